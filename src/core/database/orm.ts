import { AsyncLocalStorage } from 'node:async_hooks';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { Client as PgClient } from 'pg';
import { attachKeyRing } from '../crypto/encrypted-text';
import type { KeyRing } from '../crypto/key-ring';
import { statementCounter } from './statement-counter';
import { queueStatements } from './statement-queue';

/** What the ORM maps and migrates: the modules' entities and the migrations, given by the composition root. */
export interface DatabaseSchema {
  entities: readonly EntityClass<any>[];
  migrations: readonly MigrationObject[];
}

export function ormOptions(clientUrl: string, schema: DatabaseSchema, overrides: Partial<Options> = {}): Options {
  const { pool, ...rest } = overrides;
  return {
    clientUrl,
    entities: [...schema.entities],
    extensions: [Migrator],
    // Explicit list rather than a folder glob: the same code runs from src/ (Jest) and dist/ (node).
    migrations: { migrationsList: [...schema.migrations], tableName: 'mikro_orm_migrations', transactional: true, allOrNothing: true, snapshot: false },
    discovery: { requireEntitiesArray: true },
    // Every connection hands pg one statement at a time (see `queueStatements`), whatever else a
    // caller's pool settings do when a connection is created.
    pool: {
      min: 0,
      max: 10,
      ...pool,
      afterCreate: (connection: PgClient, done: (error: Error | null, connection: PgClient) => void) => {
        queueStatements(connection);
        if (pool?.afterCreate) (pool.afterCreate as (connection: PgClient, done: (error: Error | null, connection: PgClient) => void) => void)(connection, done);
        else done(null, connection);
      },
    },
    // The global EntityManager must never be used by a request: each request forks its own.
    allowGlobalContext: false,
    forceUndefined: false,
    debug: false,
    // The migrator reports through this; callers log what was applied themselves.
    logger: () => undefined,
    ...rest,
  };
}

/** The app role's per-session limits (see `createOrm`). */
export interface SessionTimeouts {
  statementMs: number;
  idleInTransactionMs: number;
}

/** How long opening a connection may take before the request is answered as unavailable. */
const CONNECT_TIMEOUT_MS = 5_000;

export interface OrmOptions {
  /** The app role's per-session limits (the API's ORM); see `createOrm`. */
  sessionTimeouts?: SessionTimeouts;
  /**
   * The keys of this ORM's encrypted columns (see EncryptedText). Without one the ORM refuses to
   * read or write them: migrations and the catalogue need no keys.
   */
  keyRing?: KeyRing;
}

/**
 * With `sessionTimeouts` (the API's ORM, as the app role) every connection of the pool starts
 * with `statement_timeout` and `idle_in_transaction_session_timeout`: pg sends them in the startup
 * message, so they cost no round trip, and a stuck or abandoned transaction cannot hold locks
 * for long. Seeds and migrations (the owner) run without them. `keyRing` belongs to this ORM
 * alone: another ORM in the same process may encrypt under another.
 */
export async function createOrm(clientUrl: string, schema: DatabaseSchema, overrides: Partial<Options> = {}, options: OrmOptions = {}): Promise<MikroORM> {
  const { sessionTimeouts, keyRing } = options;
  const limited = sessionTimeouts
    ? {
        ...overrides,
        driverOptions: {
          ...overrides.driverOptions,
          connection: {
            ...(overrides.driverOptions?.connection as Record<string, unknown> | undefined),
            statement_timeout: sessionTimeouts.statementMs,
            idle_in_transaction_session_timeout: sessionTimeouts.idleInTransactionMs,
            connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
          },
        },
      }
    : overrides;
  const orm = await MikroORM.init(ormOptions(clientUrl, schema, limited));
  try {
    if (keyRing) attachKeyRing(orm, keyRing);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  refuseStatementsOfAbortedRequests(orm);
  statementCounter.attach(orm);
  return orm;
}

const requestSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs `work` so that once `signal` is aborted (deadline passed, client gone) the ORM sends no
 * further statement for it: each fails with the signal's reason, resolvers stop and the
 * transaction rolls back instead of running on for nobody.
 */
export function withRequestSignal<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  return requestSignal.run(signal, work);
}

// Transaction control must still pass: refusing a ROLLBACK would leave the connection idle in
// transaction, and knex sends these outside a promise chain that could carry the refusal.
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release|set transaction)\b/i;

function refuseStatementsOfAbortedRequests(orm: MikroORM): void {
  orm.em
    .getConnection()
    .getKnex()
    .on('query', (query: { sql: string }) => {
      const signal = requestSignal.getStore();
      // Thrown inside knex's runner before the statement is sent, so its query promise rejects.
      if (signal?.aborted && !TRANSACTION_CONTROL.test(query.sql)) throw signal.reason;
    });
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
}
