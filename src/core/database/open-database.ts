import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';
import { createOrm, migrate } from './orm';

export interface Database {
  orm: MikroORM;
  /** Closes the pool and, in embedded mode, stops PostgreSQL. */
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'integration_hub';

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL (data under HUB_DATA_DIR) when it is
 * absent, then applies pending migrations. Used by the server, the seed command and the benchmark.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'embeddedPostgresPort'>,
  logger: Logger,
  options: { applyMigrations?: boolean } = {},
): Promise<Database> {
  let embedded: RunningPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'postgres');
    logger.info({ dataDir, port: config.embeddedPostgresPort }, 'starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
      persistent: true,
      onLog: (message) => logger.debug({ postgres: message.trim() }, 'embedded PostgreSQL'),
    });
    await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
    url = embedded.urlFor(EMBEDDED_DATABASE);
  }

  const orm = await createOrm(url);
  try {
    if (options.applyMigrations ?? true) {
      const applied = await migrate(orm);
      if (applied.length > 0) logger.info({ applied }, 'applied migrations');
    }
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
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
