import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import pino from 'pino';
import type { Viewer } from '../../src/core/auth/viewer';
import { createContext, type Context } from '../../src/core/context';
import { createOrm } from '../../src/core/database/orm';
import { statementCounter } from '../../src/core/database/statement-counter';
import { buildHubSchema } from '../../src/core/graphql/schema';
import { createApollo } from '../../src/core/graphql/server';
import { TEST_ADMIN_URL_ENV, TEST_TEMPLATE_ENV, createDatabaseFromTemplate, databaseUrl, dropDatabase } from './test-database';
import { ensureTemplate } from './test-template';

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
  /** SQL statements the operation sent. */
  statements: number;
}

export interface TestHub {
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  /** Runs a typed operation through the real Apollo server with a fresh per-request context. */
  execute<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    viewer?: Viewer,
  ): Promise<GraphQLResult<TData>>;
  /** Raw SQL against the test database, for independent checks. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

let schema: Promise<GraphQLSchema> | undefined;
export const silentLogger = pino({ level: 'silent' });

/** A hub on its own copy of the seeded test database; call `close` in afterAll. */
export async function createTestHub(): Promise<TestHub> {
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!adminUrl || !template) throw new Error('Run the tests with `npm test`: global setup provides the database.');
  await ensureTemplate(adminUrl, template);
  const name = await createDatabaseFromTemplate(adminUrl, template);
  const orm = await createOrm(databaseUrl(adminUrl, name), { pool: { min: 0, max: 4 } });
  schema ??= buildHubSchema();
  const apollo = createApollo(await schema, { introspection: true }, silentLogger);
  await apollo.start();

  return {
    orm,
    apollo,
    async execute(document, variables, viewer) {
      const { result: response, statements } = await statementCounter.count(() =>
        apollo.executeOperation({ query: document, variables }, { contextValue: createContext(orm, silentLogger, undefined, viewer) }),
      );
      if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as never, errors: errors as GraphQLResult<never>['errors'], statements };
    },
    sql: (text, params = []) => orm.em.getConnection().execute(text, params) as never,
    async close() {
      await apollo.stop();
      await orm.close(true);
      await dropDatabase(adminUrl, name);
    },
  };
}
