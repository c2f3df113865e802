import { createUnionType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditActorKind } from '../audit/audit.enums';
import { storedNode } from '../audit/stored-node';
import type { Context } from '../core/context';
import { ViewerInfo } from '../tenancy/tenancy.types';
import { User } from '../tenancy/user.entity';
import { ApiKey, ApiKeyScope } from './api-key.entity';

const SCOPES = new Set<string>(Object.values(ApiKeyScope));
const scopesOf = (values: readonly string[]): ApiKeyScope[] => values.filter((value): value is ApiKeyScope => SCOPES.has(value));

/**
 * Who acts in the hub: a person or a third-party system. Declared here, where both types are
 * known: tenancy and integrations import the audit log, so audit cannot import them.
 */
export const Actor = createUnionType({
  name: 'Actor',
  description: 'Who acted: a signed-in person (User) or a third-party system (ApiKey).',
  // type-graphql's own resolveType (instanceof User or ApiKey) is synchronous, as graphql-jit needs.
  types: () => [User, ApiKey] as const,
});

/** The API-key side of the audit log's entries: the actor object and the scopes it acted with. */
@Resolver(() => AuditEvent)
export class AuditEventActorResolver {
  @FieldResolver(() => Actor, {
    nullable: true,
    description:
      'Who acted, as node(id:) would answer you: null when the account or key was deleted, when you may not see it (API keys: admins only), and for the hub itself (actorKind SYSTEM). actorId names it in any case.',
  })
  async actor(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<User | ApiKey | null> {
    if (event.actorKind === AuditActorKind.SYSTEM) return null;
    const node = await storedNode(ctx, event.actorId);
    return node instanceof User || node instanceof ApiKey ? node : null;
  }

  @FieldResolver(() => [ApiKeyScope], { description: 'The scopes of the API key that acted (actorKind INTEGRATION); empty for people and the hub itself.' })
  actorScopes(@Root() event: AuditEvent): ApiKeyScope[] {
    return event.actorKind === AuditActorKind.INTEGRATION ? scopesOf(event.actorRolesOrScopes) : [];
  }
}

/** The API-key side of `viewer`. */
@Resolver(() => ViewerInfo)
export class ViewerScopesResolver {
  @FieldResolver(() => [ApiKeyScope], { description: 'The scopes of the API key asking; empty for people and the public audience.' })
  scopes(@Ctx() ctx: Context): ApiKeyScope[] {
    return ctx.viewer.kind === 'integration' ? scopesOf(ctx.viewer.scopes) : [];
  }
}
