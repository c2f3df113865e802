import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import type { RequestEnvironment } from '../core/context';
import type { HubModule } from '../core/module';
import { createOrm, type DatabaseSchema, type OrmOptions } from '../core/database/orm';
import { buildModuleSchema, printSchemaSorted } from '../core/graphql/schema';
import { NodeRegistry } from '../core/relay/node-registry';
import { migrationsList } from '../migrations';
import { MODULES } from './modules';
import { NodeResolver } from './node.resolver';

/** The hub's parts, composed from its modules: what core is handed as parameters. */
export const DATABASE_SCHEMA: DatabaseSchema = {
  entities: MODULES.flatMap((module) => module.entities ?? []),
  migrations: migrationsList,
};

export const NODE_TYPES = new NodeRegistry(MODULES.flatMap((module) => module.nodeTypes ?? []));

const BEFORE_COMMIT = MODULES.flatMap((module) => module.beforeCommit ?? []);

export const PERSONAL_DATA = MODULES.flatMap((module) => module.personalData ?? []);

export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildModuleSchema(MODULES, [NodeResolver]);
}

/** The SDL committed as schema/schema.graphql. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchemaSorted(schema);
}

/** An ORM over the hub's entities and migrations; `options.keyRing` for the encrypted columns (see createOrm). */
export function createHubOrm(clientUrl: string, overrides: Partial<Options> = {}, options: OrmOptions = {}): Promise<MikroORM> {
  return createOrm(clientUrl, DATABASE_SCHEMA, overrides, options);
}

/**
 * What every request of this hub shares (see createContext). `extraModules` add hooks without
 * entities or resolvers (tests register an erasure blocker this way).
 */
export function requestEnvironment(orm: MikroORM, logger: Logger, extraModules: readonly HubModule[] = []): RequestEnvironment {
  return { orm, logger, nodes: NODE_TYPES, personalData: PERSONAL_DATA, beforeCommit: BEFORE_COMMIT, modules: [...MODULES, ...extraModules] };
}

