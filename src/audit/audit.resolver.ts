import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { assertUnreachable } from '../core/errors';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalId } from '../core/relay/global-id';
import { Node } from '../core/relay/node';
import { AuditEvent } from './audit-event.entity';
import { AuditActorKind, AuditPurpose } from './audit.enums';
import { AuditService } from './audit.service';
import { AuditEventConnection, AuditEventFilter } from './audit.types';
import { Purpose } from './purpose';
import { storedNode } from './stored-node';

const ROLES = new Set<string>(Object.values(Role));

@Resolver()
export class AuditResolver {
  @Authorized(Role.DATA_PROTECTION_OFFICER)
  // Entries lead to their actors and subjects, personal data whose reads are audited in turn.
  @Purpose(AuditPurpose.ADMINISTRATION)
  @Query(() => AuditEventConnection, { description: "The agency's audit log, newest first. Data protection officers only." })
  async auditEvents(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Which entries.' }) filter?: AuditEventFilter | null,
  ): Promise<AuditEventConnection> {
    const page = pageRequest(args);
    // IDs are compared as given; decoding them first turns malformed ones into INVALID_ID.
    if (filter?.actor) fromGlobalId(filter.actor, 'filter.actor');
    if (filter?.subject) fromGlobalId(filter.subject, 'filter.subject');
    const criteria = {
      actor: filter?.actor ?? null,
      subject: filter?.subject ?? null,
      actions: filter?.actions ?? null,
      purposes: filter?.purposes ?? null,
      from: filter?.from ?? null,
      until: filter?.until ?? null,
    };
    const service = new AuditService(ctx.em);
    const { rows, cursorOf } = await service.list(ctx.viewer, criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.count(ctx.viewer, criteria)) as AuditEventConnection;
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => [Role], { description: 'Roles the person held when acting; [INTEGRATION] for an API key (see actorScopes); empty for the hub itself.' })
  actorRoles(@Root() event: AuditEvent): Role[] {
    switch (event.actorKind) {
      case AuditActorKind.USER:
        return event.actorRolesOrScopes.filter((role): role is Role => ROLES.has(role));
      case AuditActorKind.INTEGRATION:
        return [Role.INTEGRATION];
      case AuditActorKind.SYSTEM:
        return [];
      default:
        return assertUnreachable(event.actorKind);
    }
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      "The record concerned, as node(id:) would answer you: null when it was erased or deleted, or when you may not see it (a data protection officer sees the agency's people, not its clients). subjectId names it in any case.",
  })
  subject(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return storedNode(ctx, event.subjectId);
  }
}
