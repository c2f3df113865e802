import 'reflect-metadata';
import { loadConfigOrExit } from './core/config';
import { createLogger } from './core/logger';
import { openDatabase } from './core/database/open-database';

/** `npm run migrate`: applies pending migrations and exits (the one-shot service in docker/compose.yaml). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger, { applyMigrations: true });
  await database.close();
  logger.info('migrations are current');
}

main().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
