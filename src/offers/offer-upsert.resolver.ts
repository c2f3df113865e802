import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { toGlobalId } from '../core/relay/global-id';
import { WorkCostOf } from '../core/graphql/work-cost';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { OfferFieldsInput, toOfferFields } from './offer-publishing.inputs';
import { MAX_UPSERT_ITEMS, OfferUpsertService, type UpsertAnswer, type UpsertItemResult } from './offer-upsert.service';
import { offerUserError, OfferUserError } from './offer.user-errors';

export enum OfferUpsertStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
  NOT_APPLIED = 'NOT_APPLIED',
}
describeEnum(OfferUpsertStatus, 'OfferUpsertStatus', 'What an upsert did with one item.', {
  CREATED: 'A new draft (or, with publish, published) offer with this external ID.',
  UPDATED: 'The offer with this external ID changed (a new version).',
  UNCHANGED: 'The offer already was as given; nothing was written.',
  REFUSED: 'The item has problems (its userErrors); the whole batch was refused.',
  NOT_APPLIED: 'The item was fine, but another item was refused, so nothing was written.',
});

@InputType({ description: 'One offer of an upsert, by your own external ID.' })
export class OfferUpsertItemInput {
  @Field({ description: "Your system's ID of the offer (1 to 100 letters, digits or . _ : - /), unique per provider: an existing offer with it is updated, else one is created." })
  externalId!: string;

  @Field(() => OfferFieldsInput, { description: 'Its fields: for a new offer programme, title and startDate are required; omitted fields stay as they are.' })
  fields!: OfferFieldsInput;

  @Field(() => Boolean, { nullable: true, description: 'Publish it (it must be complete); false or omitted leaves its state as it is.' })
  publish?: boolean | null;
}

@InputType({ description: 'A batch of offers of your provider.' })
export class OffersUpsertInput {
  @Field(() => [OfferUpsertItemInput], { description: `At most ${MAX_UPSERT_ITEMS} offers; all are applied or none.` })
  items!: OfferUpsertItemInput[];

  @Field(() => String, { nullable: true, description: 'A key of yours (e.g. a UUID, at most 255 characters): the same key with the same items within 24 hours answers as the first call did and changes nothing; with other items it is refused.' })
  idempotencyKey?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What an upsert did with one item.' })
export class OfferUpsertItemResult {
  @Field(() => Int, { description: 'Position of the item in `items`.' })
  index!: number;

  @Field({ description: 'The external ID of the item.' })
  externalId!: string;

  @Field(() => OfferUpsertStatus, { description: 'What happened.' })
  status!: OfferUpsertStatus;

  @Field(() => ID, { nullable: true, description: 'The offer (null for a new one that was not created).' })
  offer!: string | null;

  @Field(() => Int, { nullable: true, description: "The offer's version after the upsert (null when nothing was written)." })
  version!: number | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [OfferUserError], { description: 'Problems of this item, with paths under `input.items.<index>`.' })
  userErrors!: OfferUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of offersUpsert.' })
export class OffersUpsertPayload {
  @Field({ description: 'Every item was applied (true), or none was (false).' })
  applied!: boolean;

  @Field({ description: 'The answer of an earlier call with the same idempotency key and items; nothing was written now.' })
  replayed!: boolean;

  @ListCap(MAX_UPSERT_ITEMS)
  @Field(() => [OfferUpsertItemResult], { description: 'One result per item, in input order (empty when the call itself was refused).' })
  items!: OfferUpsertItemResult[];

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [OfferUserError], { description: `Problems of the call (too many items, the idempotency key), then the items' problems (the first ${MAX_USER_ERRORS}).` })
  userErrors!: OfferUserError[];
}

const itemResult = (result: UpsertItemResult): OfferUpsertItemResult => ({
  index: result.index,
  externalId: result.externalId,
  status: result.status as OfferUpsertStatus,
  offer: result.offerId === null ? null : toGlobalId('Offer', result.offerId),
  version: result.version,
  userErrors: result.problems.slice(0, MAX_USER_ERRORS).map(offerUserError),
});

function payload(answer: UpsertAnswer): OffersUpsertPayload {
  const items = answer.items.map(itemResult);
  return { applied: answer.applied, replayed: answer.replayed, items, userErrors: [...answer.problems.map(offerUserError), ...items.flatMap((item) => item.userErrors)].slice(0, MAX_USER_ERRORS) };
}

@Resolver()
export class OfferUpsertResolver {
  @Authorized<Role | ApiKeyScope>(Role.PROVIDER_STAFF, ApiKeyScope.OFFERS_WRITE)
  @WorkCostOf({ points: 2, perItemOf: 'input.items' })
  @Mutation(() => OffersUpsertPayload, {
    description: `Creates or updates up to ${MAX_UPSERT_ITEMS} of your provider's offers by your own external IDs, all or none, idempotent with a key. Provider staff and keys with OFFERS_WRITE.`,
  })
  async offersUpsert(@Ctx() ctx: Context, @Arg('input', { description: 'The offers.' }) input: OffersUpsertInput): Promise<OffersUpsertPayload> {
    const items = input.items.slice(0, MAX_UPSERT_ITEMS + 1).map((item, index) => ({
      externalId: item.externalId,
      fields: toOfferFields(item.fields, `input.items.${index}.fields`),
      publish: item.publish === true,
    }));
    return payload(await new OfferUpsertService(ctx.em).upsert(ctx.viewer, items, input.idempotencyKey ?? null));
  }
}
