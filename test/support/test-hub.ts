import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloServer } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import pino from 'pino';
import { createHash } from 'node:crypto';
import { loadConfig } from '../../src/core/config';
import type { Limits } from '../../src/core/graphql/limits/limits-plugin';
import type { RateLimiter } from '../../src/core/rate-limit/rate-limiter';
import { KeyRing } from '../../src/core/crypto/key-ring';
import { Role, type Claims, type UserViewer, type Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest, type Context } from '../../src/core/context';
import { appUrlFor } from '../../src/core/database/app-role';
import { createHubOrm } from '../../src/app/hub';
import type { HubModule } from '../../src/core/module';
import { statementCounter } from '../../src/core/database/statement-counter';
import { applySettings, type TenantSettings } from '../../src/core/database/tenant-settings';
import { requestEnvironment, buildHubSchema } from '../../src/app/hub';
import { createApollo } from '../../src/core/graphql/apollo';
import { SignInService } from '../../src/tenancy/sign-in.service';
import { DatabaseTrustedDocumentStore } from '../../src/integrations/trusted-document.store';
import { TEST_ADMIN_URL_ENV, TEST_APP_PASSWORD, TEST_TEMPLATE_ENV, createDatabaseFromTemplate, databaseUrl, dropDatabase } from './test-database';
import { ensureTemplate } from './test-template';
import { CompiledExecution } from '../../src/core/graphql/compiled-execution';
import type { SentStatement } from '../../src/core/database/statement-counter';

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** SQL statements the operation sent. */
  statements: number;
  /** The statements themselves, as sent. */
  sent: SentStatement[];
  extensions?: Record<string, unknown>;
  /** The HTTP status and headers Apollo would answer with. */
  http: { status: number; headers: Map<string, string> };
}

export interface RunOptions {
  clientAddress?: string;
  /** Request extensions, e.g. `persistedQuery` (APQ). */
  extensions?: Record<string, unknown>;
}

export interface TestHubOptions {
  /** Limits other than the defaults (each test of a limit isolates the one it checks). */
  limits?: Partial<Limits>;
  /** A rate limiter on this hub's own database (as the app role). */
  rateLimiter?: (appUrl: string) => RateLimiter;
  /** Modules with hooks only (e.g. an erasure blocker), added to the hub's own for every request. */
  extraModules?: readonly HubModule[];
  /**
   * Runs of a document through graphql-js before it runs compiled (Config.execution). Default 0: the
   * suite checks the compiled executor, which serves every recurring document in production.
   */
  compileAfter?: number;
}

export interface TestHub {
  /** Connected as the app role, under row-level security, like the server. */
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  /** Its executor: which documents run compiled. */
  execution: CompiledExecution;
  /** Runs a typed operation through the real Apollo server, in a request like the server's. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    viewer?: Viewer,
  ): Promise<GraphQLResult<TData>>;
  /** Runs a document given as text (hostile ones are not typed operations), like `execute`. */
  run(source: string | undefined, variables?: Record<string, unknown>, viewer?: Viewer, request?: RunOptions): Promise<GraphQLResult<Record<string, unknown>>>;
  /** The app role's connection URL of this hub's database. */
  appUrl: string;
  /** The owner's connection URL of this file's database. */
  ownerUrl: string;
  /** The rate limiter this hub's Apollo server charges, if it was given one. */
  rateLimiter?: RateLimiter;
  /** Signs a person in as the server does after verifying a token: their hub_user row is created or refreshed. */
  signIn(claims: Partial<Claims> & { subject: string; roles: Role[] }): Promise<UserViewer>;
  /** A fresh EntityManager as the owner, past row-level security: for fixtures (see test/factories). */
  ownerEm(): EntityManager;
  /** Raw SQL as the owner, past row-level security: for independent checks and fixtures. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Raw SQL as the app role, in a transaction with the given RLS settings (none: no settings). */
  sqlAsApp<T = Record<string, unknown>>(text: string, params?: unknown[], settings?: Partial<TenantSettings>): Promise<T[]>;
  close(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | undefined;
/** A fixed test key, the same in every worker, so data in the template decrypts everywhere. */
export const TEST_KEY_RING = new KeyRing([{ id: 'test', key: createHash('sha256').update('integration-hub test data key').digest() }]);
export const silentLogger = pino({ level: 'silent' });
/** The default limits, as every deployment starts with them. */
export const TEST_LIMITS = loadConfig({ NODE_ENV: 'test' }).limits;

/** A hub on its own copy of the seeded test database; call `close` in afterAll. */
export async function createTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!adminUrl || !template) throw new Error('Run the tests with `npm test`: global setup provides the database.');
  await ensureTemplate(adminUrl, template);
  const name = await createDatabaseFromTemplate(adminUrl, template);
  const ownerUrl = databaseUrl(adminUrl, name);
  const appUrl = appUrlFor(ownerUrl, TEST_APP_PASSWORD);
  const orm = await createHubOrm(appUrl, { pool: { min: 0, max: 4 } }, { keyRing: TEST_KEY_RING });
  const owner = await createHubOrm(ownerUrl, { pool: { min: 0, max: 2 } }, { keyRing: TEST_KEY_RING });
  const signIn = new SignInService(orm);
  schema ??= buildHubSchema();
  const rateLimiter = options.rateLimiter?.(appUrl);
  const limits = { ...TEST_LIMITS, ...options.limits };
  const trustedDocuments = new DatabaseTrustedDocumentStore(orm);
  const execution = new CompiledExecution(await schema, { compileAfter: options.compileAfter ?? 0, maxDocuments: 500 });
  const apollo = createApollo(await schema, { config: { introspection: true, limits }, logger: silentLogger, rateLimiter, trustedDocuments, execution });
  await apollo.start();

  const run = async (query: string | TypedDocumentNode<unknown, Record<string, unknown>> | undefined, variables?: Record<string, unknown>, viewer?: Viewer, request: RunOptions = {}) => {
    const context = createContext(requestEnvironment(orm, silentLogger, options.extraModules), undefined, viewer, { clientAddress: request.clientAddress });
    const { result: response, statements: sent } = await statementCounter.capture(() =>
      runRequest(context, () => apollo.executeOperation({ query, variables, extensions: request.extensions }, { contextValue: context })),
    );
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
    const { data, errors, extensions } = response.body.singleResult;
    return {
      data: data as never,
      errors: errors as GraphQLResult<never>['errors'],
      statements: sent.length,
      sent,
      extensions,
      http: { status: response.http.status ?? 200, headers: new Map(response.http.headers) },
    };
  };

  return {
    orm,
    apollo,
    execution,
    appUrl,
    ownerUrl,
    rateLimiter,
    execute: (document, variables, viewer) => run(document as never, variables, viewer),
    run: (source, variables, viewer, request) => run(source, variables, viewer, request),
    signIn: (claims) =>
      signIn.viewerFor({ email: `${claims.subject}@example.test`, name: null, agency: null, provider: null, ...claims }),
    ownerEm: () => owner.em.fork(),
    sql: (text, params = []) => owner.em.getConnection().execute(text, params) as never,
    sqlAsApp: (text, params = [], settings) =>
      orm.em.fork().transactional(async (em) => {
        if (settings) await applySettings(em, settings);
        return em.execute(text, params as unknown[]);
      }) as never,
    async close() {
      await apollo.stop();
      await rateLimiter?.close();
      await orm.close(true);
      await owner.close(true);
      await dropDatabase(adminUrl, name);
    },
  };
}
