// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http, pg and graphql before they load.
import '../core/observability/tracing';
import 'reflect-metadata';
import { loadConfigOrExit } from '../core/config';
import { keyRingFor } from '../core/crypto/key-ring';
import { createLogger } from '../core/logger';
import { startMetricsServer } from '../core/observability/metrics-endpoint';
import { stopTracing } from '../core/observability/tracing';
import { openHubDatabase } from './database';
import { configureWebhookUrls } from '../webhooks/webhook-url-policy';
import { startJobs, webhookWorkerOptions } from './jobs';
import { createHubMetrics } from './observability';

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
  // The worker serves no API: its metrics (queues, failures, pool) only on METRICS_PORT.
  const metrics = createHubMetrics(database.orm);
  const metricsServer = config.metrics.port === undefined ? undefined : await startMetricsServer(metrics, { port: config.metrics.port, host: config.metrics.host, token: config.metrics.token, connections: config.http });
  const jobs = await startJobs({ ownerUrl: database.ownerUrl, orm: database.orm, logger, retentionYears: config.retentionYears, auditRetentionYears: config.auditRetentionYears, retentionIntervalHours: config.retentionIntervalHours, webhooks: webhookWorkerOptions(config), metrics });
  logger.info('integration hub worker ready');

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down');
    jobs.stop().then(() => metricsServer?.close()).then(() => database.close()).then(stopTracing).then(
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
