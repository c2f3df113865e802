// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http, pg and graphql before they load.
import '../core/observability/tracing';
import 'reflect-metadata';
import { loadConfigOrExit } from '../core/config';
import { leaveSignalsToCaller } from '../core/database/embedded-postgres';
import { createLogger } from '../core/logger';
import { stopTracing } from '../core/observability/tracing';
import { startHub, type RunningHub } from './app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  // SIGTERM drains the server before the (embedded) database stops: see `shutdown` below.
  leaveSignalsToCaller();
  // A stray promise must not take the server down; log it loudly instead.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  let stopping = false;
  let started: Promise<RunningHub> | undefined;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Stops accepting, lets requests in flight finish (SHUTDOWN_GRACE_MS), then jobs and pools. A
    // signal during start-up waits for the start, so that the embedded database is stopped too.
    logger.info({ signal, graceMs: config.timeouts.shutdownGraceMs }, 'shutting down');
    (started ?? Promise.reject(new Error('not started')))
      .then((hub) => hub.stop())
      .then(stopTracing)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  // Imported only when asked for: the production start-up never loads the demo generators.
  const demo = config.seedDemo ? await import('./demo-seed') : undefined;
  started = startHub(config, logger, { seedDemo: demo && ((ownerUrl, keyRing) => demo.seedDemo(ownerUrl, keyRing, config, logger)) });
  const hub = await started;
  logger.info({ url: hub.url }, 'integration hub ready');
  console.log(`\n  Integration hub ready at ${hub.url}\n`);
}

main().catch((error: unknown) => {
  console.error('The hub could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
