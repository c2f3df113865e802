// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http, pg and graphql before they load.
import '../core/observability/tracing';
import 'reflect-metadata';
import { loadConfigOrExit } from '../core/config';
import { createLogger } from '../core/logger';
import { stopTracing } from '../core/observability/tracing';
import { startHub } from './app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  // A stray promise must not take the server down; log it loudly instead.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  // Imported only when asked for: the production start-up never loads the demo generators.
  const demo = config.seedDemo ? await import('./demo-seed') : undefined;
  const hub = await startHub(config, logger, { seedDemo: demo && ((ownerUrl, keyRing) => demo.seedDemo(ownerUrl, keyRing, config, logger)) });
  logger.info({ url: hub.url }, 'integration hub ready');
  console.log(`\n  Integration hub ready at ${hub.url}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    hub.stop().then(stopTracing).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('The hub could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
