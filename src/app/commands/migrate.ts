import 'reflect-metadata';
import { loadConfigOrExit } from '../../core/config';
import { createLogger } from '../../core/logger';
import { openHubDatabase } from '../database';
import { provisionAppLogin } from '../../core/database/app-role';

/** `npm run migrate`: applies pending migrations and exits (the one-shot service in docker/compose.yaml). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  if (config.nodeEnv === 'production' && !config.databaseUrl) {
    console.error('npm run migrate needs DATABASE_URL: the owner of the schema, who runs migrations.');
    process.exit(1);
  }
  const database = await openHubDatabase(config, logger, { applyMigrations: true });
  try {
    // Lets the API's login (DATABASE_APP_URL) connect as the app role the migrations granted to.
    if (config.databaseAppUrl) {
      await provisionAppLogin(database.ownerUrl, config.databaseAppUrl, config.timeouts);
      logger.info('app role login provisioned');
    }
  } finally {
    await database.close();
  }
  logger.info('migrations are current');
}

main().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
