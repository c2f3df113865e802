import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import type { Context } from '../core/context';
import { mapNow, type ChildRows } from '../core/loaders';
import { Prefetch } from '../core/graphql/prefetch';
import { Reads, selectedProperties } from '../core/graphql/projection';
import { ConnectionArgs } from '../core/relay/connection';
import { Plan } from './plan.entity';
import { PlanConnection } from './plan.types';

/** A client's plan versions, newest first, for `EntityLoaders.connection`. */
const PLAN_VERSIONS: ChildRows = {
  parent: 'a.client_id',
  ordering: { keys: [{ column: 'a.version', type: 'integer' }, { column: 'a.id', type: 'integer' }], direction: 'desc' },
};

const currentPlans = (ctx: Context, selected: ReadonlySet<string> | null) => ctx.loaders.byColumn(Plan, 'client_id', { where: 'a.is_current' }, selected);

/** The plan fields of a client: the plans module adds them to the caseloads module's type. */
@Resolver(() => Client)
export class ClientPlanResolver {
  @FieldResolver(() => Plan, { description: 'The Integrationsplan in force.' })
  @Prefetch(() => Client, (ctx, clients, selected) => currentPlans(ctx, selected).loadAll(clients.map((client) => client.id)))
  @Reads()
  plan(@Root() client: Client, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Plan | Promise<Plan> {
    return mapNow(currentPlans(ctx, selectedProperties(info)).now(client.id), ([current]) => current);
  }

  @FieldResolver(() => PlanConnection, { description: 'Every version of the plan, newest first.' })
  planVersions(@Root() client: Client, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<PlanConnection> {
    return ctx.loaders.connection(Plan, PLAN_VERSIONS, client.id, args) as Promise<PlanConnection>;
  }
}
