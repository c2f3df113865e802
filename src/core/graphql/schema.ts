import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import type { HubModule } from '../module';
import { callFieldResolversDirectly } from './direct-resolvers';
import { recordFieldReads } from './projection';

/**
 * type-graphql wants a PubSub for any subscription; the hub's subscriptions bring their own
 * `subscribe` (fed by PostgreSQL notifications, see subscriptions.ts), so topics are refused.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Subscriptions of the hub use `subscribe`, not topics');
  },
  subscribe: () => {
    throw new Error('Subscriptions of the hub use `subscribe`, not topics');
  },
};

/** The schema of the given modules: their resolvers, then each module's `completeSchema`. */
export async function buildModuleSchema(modules: readonly HubModule[], extraResolvers: readonly Function[] = []): Promise<GraphQLSchema> {
  const resolvers = [...extraResolvers, ...modules.flatMap((module) => module.resolvers ?? [])];
  if (resolvers.length === 0) throw new Error('No module has resolvers');
  // Input validation happens in services (typed errors), so class-validator is not wired in.
  const schema = await buildSchema({ resolvers: resolvers as unknown as NonEmptyArray<Function>, validate: false, authChecker, pubSub: NO_TOPICS });
  // Before the modules wrap any resolver (e.g. the audit of personal data).
  recordFieldReads(schema);
  callFieldResolversDirectly(schema, resolvers);
  for (const module of modules) module.completeSchema?.(schema, modules);
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSorted(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
