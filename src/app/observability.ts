import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../core/config';
import type { HubModule } from '../core/module';
import { HubMetrics } from '../core/observability/metrics';
import { serveMetrics, startMetricsServer } from '../core/observability/metrics-endpoint';
import { MODULES } from './modules';

/**
 * The process's metrics: its database pool and every module's scrape-time gauges (the outbox
 * lag of the changes feed, …), read through `orm` as the app role. Job queues join when the jobs
 * start (jobs.ts).
 */
export function createHubMetrics(orm: MikroORM, modules: readonly HubModule[] = MODULES): HubMetrics {
  const metrics = new HubMetrics();
  metrics.watchPool('app', orm);
  for (const module of modules) {
    for (const metric of module.metrics ?? []) metrics.addScrapeGauge({ ...metric, read: () => metric.read(orm.em.fork()) });
  }
  return metrics;
}

export interface MetricsExposure {
  /** The handler of /metrics on the API's port, when it serves them there. */
  apiRoute?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  close(): Promise<void>;
}

/**
 * Where /metrics is served (see Config['metrics']): on METRICS_PORT alone, or on the API's port
 * (behind METRICS_TOKEN when set), or, in production without either, nowhere.
 */
export async function exposeMetrics(config: Pick<Readonly<Config>, 'metrics' | 'http'>, metrics: HubMetrics, logger: Logger): Promise<MetricsExposure> {
  const { port, host, token, onApiPort } = config.metrics;
  if (port !== undefined) {
    const server = await startMetricsServer(metrics, { port, host, token, connections: config.http });
    logger.info({ port: server.port }, 'metrics on their own port');
    return { close: () => server.close() };
  }
  if (onApiPort) return { apiRoute: serveMetrics(metrics, token), close: async () => undefined };
  logger.warn('no /metrics: in production set METRICS_TOKEN (served on the API port) or METRICS_PORT');
  return { close: async () => undefined };
}
