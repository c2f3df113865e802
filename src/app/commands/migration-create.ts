import 'reflect-metadata';
import path from 'node:path';
import { loadConfigOrExit } from '../../core/config';
import { createLogger } from '../../core/logger';
import { openHubDatabase } from '../database';

/**
 * `npm run migration:create [-- name]`: writes an empty, timestamped migration to src/migrations.
 * Our migrations are written by hand: the schema holds SQL that entities do not model (checks,
 * generated columns, functions, triggers), so MikroORM's automatic diff would propose dropping it.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openHubDatabase(config, createLogger(config));
  try {
    const name = process.argv[2];
    const result = await database.orm.getMigrator().createMigration(path.resolve('src/migrations'), true, false, name);
    console.log(`Wrote src/migrations/${result.fileName}. Write its SQL, then list it in src/migrations/index.ts.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error('Could not create a migration:', error instanceof Error ? error.message : error);
  process.exit(1);
});
