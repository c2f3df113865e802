import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { KeyRing } from '../crypto/key-ring';
import { appUrlFor, localAppPassword, provisionAppLogin } from './app-role';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { createOrm, migrate, type DatabaseSchema } from './orm';

export interface Database {
  /** Connected as the owner (`as: 'owner'`) or as the non-owner app role under RLS (`as: 'app'`). */
  orm: MikroORM;
  /**
   * Where the public audience reads: one ORM per streaming replica (DATABASE_REPLICA_URLS, as the
   * app role), else just `orm`. Replicas refuse writes; signed-in requests never use them.
   */
  readOrms: readonly MikroORM[];
  /** The owner's connection URL, for work the app role may not do (seeding demo data); empty when the API has none. */
  ownerUrl: string;
  /** Closes the pool and, in embedded mode, stops PostgreSQL. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'integration_hub';

type DatabaseConfig = Pick<Config, 'databaseUrl' | 'databaseAppUrl' | 'databaseReplicaUrls' | 'dataDir' | 'embeddedPostgresPort' | 'timeouts'>;

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL (data under HUB_DATA_DIR) when it is
 * absent, then applies pending migrations as the owner. With `as: 'app'` (the server) the returned
 * ORM connects as the app role: DATABASE_APP_URL, or the app role provisioned with a local password.
 * Seeds, migrations and the benchmark's loader use the owner. Only the app role's ORM runs with
 * the statement and idle-in-transaction timeouts (`config.timeouts`). `keyRing` (see createOrm)
 * is the returned ORM's, for its encrypted columns; without it they cannot be read or written.
 */
export async function openDatabase(
  config: DatabaseConfig,
  logger: Logger,
  schema: DatabaseSchema,
  options: { applyMigrations?: boolean; as?: 'owner' | 'app'; keyRing?: KeyRing } = {},
): Promise<Database> {
  // Production: the API holds only the app role's credentials; migrations ran before, as the owner.
  const { keyRing } = options;
  if (options.as === 'app' && config.databaseAppUrl && !config.databaseUrl && options.applyMigrations === false) {
    const orm = await createOrm(config.databaseAppUrl, schema, {}, { sessionTimeouts: config.timeouts, keyRing });
    const readOrms = await openReplicas(config, schema, keyRing, orm);
    return { orm, readOrms, ownerUrl: '', close: () => closeAll(orm, readOrms) };
  }
  let embedded: RunningPostgres | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    const dataDir = path.join(config.dataDir, 'postgres');
    logger.info({ dataDir, port: config.embeddedPostgresPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
      persistent: true,
      onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded PostgreSQL'),
    });
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    ownerUrl = embedded.urlFor(EMBEDDED_DATABASE);
  }

  // Serving as the app role, the owner only migrates and provisions: hand-written SQL that needs
  // no entity metadata, so its ORM skips discovering the entities (a good part of start-up).
  let orm = options.as === 'app' ? await createOrm(ownerUrl, { entities: [], migrations: schema.migrations }, { discovery: { warnWhenNoEntities: false } }) : await createOrm(ownerUrl, schema, {}, { keyRing });
  let readOrms: readonly MikroORM[] = [orm];
  try {
    if (options.applyMigrations ?? true) {
      const applied = await migrate(orm);
      if (applied.length > 0) logger.info({ applied }, 'applied migrations');
    }
    if (options.as === 'app') {
      const appUrl = config.databaseAppUrl ?? (await provisionLocalAppLogin(ownerUrl, config));
      await orm.close(true);
      orm = await createOrm(appUrl, schema, {}, { sessionTimeouts: config.timeouts, keyRing });
      readOrms = await openReplicas(config, schema, keyRing, orm);
    }
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    readOrms,
    ownerUrl,
    async close() {
      await closeAll(orm, readOrms);
      await embedded?.stop();
    },
  };
}

/** The replicas' ORMs, with the app role's limits (on a replica too a query must end); none: `[primary]`. */
async function openReplicas(config: DatabaseConfig, schema: DatabaseSchema, keyRing: KeyRing | undefined, primary: MikroORM): Promise<MikroORM[]> {
  const opened: MikroORM[] = [];
  try {
    for (const url of config.databaseReplicaUrls) opened.push(await createOrm(url, schema, {}, { sessionTimeouts: config.timeouts, keyRing }));
  } catch (error) {
    await Promise.all(opened.map((replica) => replica.close(true)));
    throw error;
  }
  return opened.length > 0 ? opened : [primary];
}

async function closeAll(primary: MikroORM, readOrms: readonly MikroORM[]): Promise<void> {
  await Promise.all(readOrms.filter((replica) => replica !== primary).map((replica) => replica.close(true)));
  await primary.close(true);
}

async function provisionLocalAppLogin(ownerUrl: string, config: DatabaseConfig): Promise<string> {
  const appUrl = appUrlFor(ownerUrl, await localAppPassword(config.dataDir));
  await provisionAppLogin(ownerUrl, appUrl, config.timeouts);
  return appUrl;
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
