import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Viewer } from './auth/viewer';
import type { Context } from './context';
import type { ScrapeGauge } from './observability/metrics';
import type { DisplayName, ProcessingRecord } from './processing';

/**
 * A type `node(id:)` can return, with the rule deciding who may see a row of it. A hidden row
 * answers exactly like a missing one (null), so IDs reveal nothing.
 */
export interface NodeType<T extends { id: number } = any> {
  /** The GraphQL type name, as encoded in its global IDs. */
  typeName: string;
  entity: EntityClass<T>;
  visible(viewer: Viewer, row: T, context: Context): boolean | Promise<boolean>;
}

/**
 * A GraphQL object type holding personal data: how its reads are audited. `subjectType` is the
 * record the audit names (a plan goal is audited as a read of its client, so one person's reads
 * stay one entry); `agencyId` the agency whose data it is (when absent: that of the person's other
 * entries, else the viewer's).
 */
export interface PersonalDataType<T extends object = any> {
  type: { name: string; prototype: T };
  subjectType: string;
  subjectId(row: T): number;
  agencyId?(row: T): number | null;
  /**
   * For rows of a data subject's own tables: the key the Art. 15 export names them by and the
   * column that ties them to the subject ('id' for the subject's own table). Export and erasure
   * tests walk these, so a table of personal data left out here fails them.
   */
  exportAs?: { key: string; subjectColumn: string };
}

/**
 * Asked before a person's data is erased on request (GDPR Art. 17): a reason (German, shown to the
 * coordinator) while erasure must wait, e.g. an open referral; null when the module has no objection.
 * Runs in the request's transaction, under row-level security.
 */
export type ErasureBlocker = (em: EntityManager, clientId: number) => Promise<string | null>;

/** What a module's HTTP route answers. */
export interface RouteAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/**
 * An HTTP route beside /graphql (e.g. GET /exports/{id}). It runs like a GraphQL request: signed
 * in, in one transaction under row-level security, with the before-commit hooks (the audit log).
 */
export interface HttpRoute {
  method: 'GET';
  /** The path's first segment, e.g. "exports" for /exports/{id}. */
  prefix: string;
  handle(context: Context, rest: string, query: URLSearchParams, accept: string): Promise<RouteAnswer>;
}

/**
 * A gauge a module reads from the database at each scrape of /metrics (e.g. the lag of its
 * outbox), as the app role, without tenant settings: it sees what row-level security shows anyone.
 */
export interface ModuleMetric extends Omit<ScrapeGauge, 'read'> {
  read(em: EntityManager): ReturnType<ScrapeGauge['read']>;
}

/** Work a module adds to every signed-in request, inside its transaction, just before COMMIT. */
export type BeforeCommitHook = (context: Context) => Promise<void>;

/**
 * What a domain folder contributes to the hub, declared in its `<domain>.module.ts`. The
 * composition root (`src/app/modules.ts`) lists the modules; core takes them as parameters and
 * never imports a domain.
 */
export interface HubModule {
  /** The folder's name, for messages. */
  name: string;
  entities?: readonly EntityClass<any>[];
  /** type-graphql resolver classes. */
  resolvers?: readonly Function[];
  nodeTypes?: readonly NodeType[];
  personalData?: readonly PersonalDataType[];
  beforeCommit?: readonly BeforeCommitHook[];
  /** Records of processing (Art. 30) for the module's personal-data entities, next to them. */
  processing?: readonly ProcessingRecord[];
  /** How rows of the module's entities are named where others refer to them (readable export). */
  displayNames?: readonly DisplayName[];
  /** Checks before erasure on request; see ErasureBlocker. */
  erasureBlockers?: readonly ErasureBlocker[];
  httpRoutes?: readonly HttpRoute[];
  /** Gauges read at each scrape of /metrics; see ModuleMetric. */
  metrics?: readonly ModuleMetric[];
  /**
   * Work a serving process does once after it listens, in the background (e.g. loading a cache
   * that the first request would otherwise wait for). A failure is logged, never fatal.
   */
  warmUp?: (orm: MikroORM) => Promise<void>;
  /**
   * Runs once on the built schema, with every module of the hub: to wrap resolvers or to refuse a
   * schema that breaks a rule (the audit module checks that every operation reaching personal
   * data declares a purpose).
   */
  completeSchema?(schema: GraphQLSchema, modules: readonly HubModule[]): void;
}
