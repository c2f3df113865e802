import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalId } from '../core/relay/global-id';
import { AuditService } from './audit.service';
import { AuditEventConnection, AuditEventFilter } from './audit.types';

@Resolver()
export class AuditResolver {
  @Authorized(Role.DATA_PROTECTION_OFFICER)
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
    const service = new AuditService(ctx.em, ctx.viewer);
    const { rows, cursorOf } = await service.list(criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.count(criteria)) as AuditEventConnection;
  }
}
