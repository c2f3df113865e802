import 'reflect-metadata';
import { loadConfigOrExit } from '../core/config';
import { keyRingFor } from '../core/crypto/key-ring';
import { createLogger } from '../core/logger';
import { openHubDatabase } from './database';
import { configureWebhookUrls } from '../webhooks/webhook-url-policy';
import { startJobs, webhookWorkerOptions } from './jobs';

/**
 * `npm run worker`: the hub's jobs without the API (production; `npm start` with the embedded
 * database runs them itself). The work runs as the app role under row-level security; pg-boss
 * keeps its queues in the `pgboss` schema through the owner's DATABASE_URL, because it creates
 * a table per queue, which the app role may not.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  const keyRing = await keyRingFor(config);
  configureWebhookUrls({ requireHttps: config.webhooks.requireHttps, allowPrivateAddresses: config.webhooks.allowPrivateAddresses });
  const database = await openHubDatabase(config, logger, { applyMigrations: config.migrateOnStart, as: 'app', keyRing });
  if (!database.ownerUrl) {
    await database.close();
    throw new Error('The worker needs DATABASE_URL (the schema owner) for its job queues, besides DATABASE_APP_URL for the work');
  }
  const jobs = await startJobs({ ownerUrl: database.ownerUrl, orm: database.orm, logger, retentionYears: config.retentionYears, auditRetentionYears: config.auditRetentionYears, retentionIntervalHours: config.retentionIntervalHours, webhooks: webhookWorkerOptions(config) });
  logger.info('integration hub worker ready');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down');
    jobs.stop().then(() => database.close()).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('The worker could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
