import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { encodeCursor, pageRequest, PageInfo } from '../core/relay/connection';
import { toGlobalId } from '../core/relay/global-id';
import { CatalogueFeedService, isFeedPositionPart, type CatalogueFeedEntry, type FeedPosition } from './catalogue-feed.service';

export enum CatalogueChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
  SEATS_CHANGED = 'SEATS_CHANGED',
}
describeEnum(CatalogueChangeAction, 'CatalogueChangeAction', 'What happened to an offer or location of the public catalogue.', {
  CREATED: 'It was created (locations are public from their creation; offers enter the catalogue when published).',
  UPDATED: 'Its fields changed.',
  PUBLISHED: 'The offer entered the public catalogue.',
  ARCHIVED: 'It left the public catalogue: a tombstone (`removed` is true); remove it from your copy.',
  SEATS_CHANGED: 'Its seat figures changed (by its provider, or free seats by referrals).',
});

export enum CatalogueSubjectType {
  OFFER = 'OFFER',
  LOCATION = 'LOCATION',
}
describeEnum(CatalogueSubjectType, 'CatalogueSubjectType', 'What a catalogue change concerns.', {
  OFFER: 'An offer (its ID is an Offer global ID).',
  LOCATION: 'A location (its ID is a Location global ID).',
});

@ObjectType({ simpleResolvers: true, description: 'One change of the public catalogue. Thin: fetch the subject by its ID (`node`) for its details; a removed one is no longer there.' })
export class CatalogueChange {
  @Field(() => CatalogueSubjectType, { description: 'What changed.' })
  subjectType!: CatalogueSubjectType;

  @Field(() => ID, { description: 'Global ID of the offer or location.' })
  subjectId!: string;

  @Field(() => ID, { description: 'Global ID of its provider.' })
  providerId!: string;

  @Field(() => CatalogueChangeAction, { description: 'What happened.' })
  action!: CatalogueChangeAction;

  @Field({ description: 'It left the public catalogue with this change (a tombstone).' })
  removed!: boolean;

  @Field(() => Int, { nullable: true, description: "The offer's version after the change (null for locations and for seat changes by referrals, which keep the version)." })
  version!: number | null;

  @Field(() => Date, { description: 'When the change was made (the feed is ordered by commit, not by this time).' })
  occurredAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'A catalogue change with its cursor.' })
export class CatalogueChangeEdge {
  @Field({ description: 'Cursor of this change, for `after`: store the last one and resume from it.' })
  cursor!: string;

  @Field(() => CatalogueChange, { description: 'The change.' })
  node!: CatalogueChange;
}

@ObjectType({ simpleResolvers: true, description: 'A page of the catalogue changes feed, in commit order.' })
export class CatalogueChangeConnection {
  @Field(() => [CatalogueChangeEdge], { description: 'The changes of this page, oldest first.' })
  edges!: CatalogueChangeEdge[];

  @Field(() => PageInfo, { description: 'Paging information; `endCursor` is where to resume (it stays the `after` you gave when the page is empty).' })
  pageInfo!: PageInfo;
}

@ArgsType()
export class CatalogueChangesArgs {
  @Field(() => Int, { nullable: true, description: 'At most this many changes (at most 100; 20 by default).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last change you read; none: from the beginning.' })
  after?: string | null;
}

function positionOf(cursor: Array<string | number> | null): FeedPosition | null {
  if (cursor === null) return null;
  const [tag, tx, id] = cursor;
  if (cursor.length !== 3 || tag !== 'feed' || !isFeedPositionPart(tx) || !isFeedPositionPart(id)) {
    throw new AppError('INVALID_CURSOR', '"after" is not a cursor of this feed.', { argument: 'after' });
  }
  return { tx, id };
}

const cursorOf = (position: FeedPosition) => encodeCursor(['feed', position.tx, position.id]);

const toChange = (entry: CatalogueFeedEntry): CatalogueChange => ({
  subjectType: entry.subjectType as CatalogueSubjectType,
  subjectId: toGlobalId(entry.subjectType === 'OFFER' ? 'Offer' : 'Location', entry.subjectId),
  providerId: toGlobalId('Provider', entry.providerId),
  action: entry.action as CatalogueChangeAction,
  removed: entry.removed,
  version: entry.version,
  occurredAt: entry.occurredAt,
});

@Resolver()
export class CatalogueFeedResolver {
  @Query(() => CatalogueChangeConnection, {
    description:
      'The changes feed of the public catalogue, in commit order: creates, updates, publications, seat changes, and tombstones for what left it. Resume from the last cursor you read: you miss nothing and see nothing twice, even when transactions commit out of order. Public: needs no credentials and holds no personal data.',
  })
  async catalogueChanges(@Ctx() ctx: Context, @Args() args: CatalogueChangesArgs): Promise<CatalogueChangeConnection> {
    const page = pageRequest({ first: args.first, after: args.after });
    const after = positionOf(page.cursor);
    const { entries, hasMore } = await new CatalogueFeedService(ctx.em).page(after, page.limit);
    const edges = entries.map((entry) => ({ cursor: cursorOf(entry.position), node: toChange(entry) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: hasMore,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
      },
    };
  }
}
