import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HubMetrics } from './metrics';
import { capConnections, serverTimeouts, type ConnectionLimits } from '../graphql/connection-limits';

/**
 * Serves /metrics. With a token, only to `Authorization: Bearer <token>` (Prometheus'
 * `authorization: { credentials: … }`); a scrape without it gets 401 and learns nothing.
 */
export function serveMetrics(metrics: HubMetrics, token: string | undefined) {
  const expected = token === undefined ? undefined : digest(token);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (expected) {
      const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
      // Digests of equal length, so the comparison leaks neither the token nor its length.
      if (!match || !timingSafeEqual(digest(match[1]), expected)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' });
        res.end('unauthorized\n');
        return;
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const body = await metrics.render();
    res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * The metrics on a port of their own (METRICS_PORT), for the worker and for deployments that keep
 * the scrape port off the public network. Only /metrics; everything else is 404.
 */
export async function startMetricsServer(
  metrics: HubMetrics,
  options: { port: number; host: string; token?: string; connections: ConnectionLimits },
): Promise<{ port: number; close(): Promise<void> }> {
  const handle = serveMetrics(metrics, options.token);
  const server: Server = createServer(serverTimeouts(options.connections), (req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  // The same deadlines and caps as the API's port: a scrape port can be reached by more than Prometheus.
  capConnections(server, options.connections, (reason) => metrics.countConnectionRefusal(reason));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
