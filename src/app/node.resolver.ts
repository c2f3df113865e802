import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { ListCap } from '../core/graphql/list-cap';
import { Node } from '../core/relay/node';

const MAX_NODES = 100;

/**
 * `node` and `nodes` over every module's node types (see NodeRegistry). Here rather than in core:
 * they reach personal data, so they declare the audit purpose of the lookup.
 */
@Resolver()
export class NodeResolver {
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => Node, { nullable: true, description: 'Fetches an object by its global ID; null when it does not exist or is not visible to you.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of the object.' }) id: string): Promise<Node | null> {
    return ctx.nodes.load(ctx, id, 'id');
  }

  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @ListCap(MAX_NODES)
  @Query(() => [Node], { nullable: 'items', description: `Fetches up to ${MAX_NODES} objects by global ID, in the order given; null for each one not found.` })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global IDs of the objects.' }) ids: string[]): Promise<Array<Node | null>> {
    if (ids.length > MAX_NODES) throw new AppError('PAGE_SIZE_EXCEEDED', `"ids" must not hold more than ${MAX_NODES} IDs.`, { argument: 'ids' });
    return Promise.all(ids.map((id, i) => ctx.nodes.load(ctx, id, `ids[${i}]`)));
  }
}
