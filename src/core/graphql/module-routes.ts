import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate';
import { createContext, requestIdOf, runRequest, type RequestEnvironment } from '../context';
import { AppError, RequestAbortedError } from '../errors';
import type { HttpRoute } from '../module';
import { clientAddressOf } from './client-address';
import { decodedPathSegment } from './path-segment';

/** The modules' routes by their first path segment. */
export function moduleRoutes(environment: RequestEnvironment): Map<string, HttpRoute> {
  return new Map(environment.modules.flatMap((module) => module.httpRoutes ?? []).map((route) => [route.prefix, route]));
}

/**
 * Serves one module route like a GraphQL request: a bearer token is required (401 otherwise), the
 * work runs in one transaction under row-level security within the request deadline, and the
 * before-commit hooks (the audit log) run before COMMIT. Answers are never cached.
 */
export async function serveModuleRoute(
  route: HttpRoute,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: { environment: RequestEnvironment; authenticate: Authenticate; requestMs: number; trustProxyHops: number; logger: Logger },
): Promise<void> {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  res.setHeader('cache-control', 'no-store');
  if (req.method !== route.method) return plain(res, 405, 'Method not allowed.');
  let viewer;
  try {
    viewer = await options.authenticate(req.headers.authorization);
  } catch (error) {
    if (error instanceof AppError) return plain(res, 401, error.message, { 'www-authenticate': 'Bearer' });
    throw error;
  }
  if (viewer.kind === 'anonymous') return plain(res, 401, 'Sign in to read this.', { 'www-authenticate': 'Bearer' });
  const signal = AbortSignal.timeout(options.requestMs);
  const context = createContext(options.environment, req, viewer, {
    requestId,
    signal,
    deadline: performance.now() + options.requestMs,
    clientAddress: clientAddressOf(req, options.trustProxyHops),
  });
  const rest = decodedPathSegment(url.pathname.slice(route.prefix.length + 2));
  if (rest === null) return plain(res, 404, 'Not found.');
  try {
    const answer = await runRequest(context, async () => {
      await context.beginTransaction();
      return route.handle(context, rest, url.searchParams, req.headers.accept ?? '');
    });
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body);
  } catch (error) {
    if (signal.aborted || error instanceof RequestAbortedError) return plain(res, 503, 'The request took too long.', { 'retry-after': '5' });
    options.logger.error({ err: error, requestId }, `${route.prefix} route failed`);
    return plain(res, 500, `Internal server error (request ${requestId}).`);
  }
}

function plain(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(message);
}
