import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import type { Authenticate } from '../auth/authenticate';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import { loadConfig, type Config } from '../config';
import { createContext, requestIdOf, runRequest, type Context, type RequestEnvironment } from '../context';
import { pendingMigrations, withRequestSignal } from '../database/orm';
import { statementCounter } from '../database/statement-counter';
import { AppError, RequestAbortedError, transientErrorOf } from '../errors';
import { requestScope } from '../request-scope';
import type { HubMetrics } from '../observability/metrics';
import { tagActiveSpan } from '../observability/trace-context';
import { principalOf, rateLimitHeaders, REFUSED_DOCUMENT_CHARGE, type Charge, type RateLimiter } from '../rate-limit/rate-limiter';
import { graphiqlAsset, graphiqlPage } from './graphiql';
import { clientAddressOf } from './client-address';
import { capConnections, serverTimeouts } from './connection-limits';
import { corsFor, securityHeaders, use } from './http-protection';
import { lingeringClose, readJsonBody } from './request-body';
import { moduleRoutes, serveModuleRoute } from './module-routes';

/** What a client is told to wait before retrying a 503 (deadline passed, database unreachable). */
const RETRY_AFTER_SECONDS = '5';

/**
 * A page or asset the composition root adds beside /graphql (e.g. the partner portal): core knows
 * no domain, so what it serves is handed in. The first route whose `matches` holds answers.
 */
export interface StaticRoute {
  matches(pathname: string): boolean;
  /**
   * A public read priced like an anonymous GraphQL read: the server charges this many points to the
   * sender's anonymous budget (by client address, whatever credentials it sends) before `handle`,
   * and answers 429 when it is spent. Absent: not charged (pages and assets).
   */
  costOf?(url: URL): number;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void;
}

/** What the server reads; settings left out (tests of other behaviour) take their defaults from `loadConfig`. */
export type HttpConfig = Pick<Config, 'introspection'> & Partial<Pick<Config, 'nodeEnv' | 'timeouts' | 'http'>>;

/**
 * The hub's HTTP surface: /graphql (POST and GET; GraphiQL for browsers in development),
 * /health (process up), /ready (database reachable, migrations current, warmed up, not draining), the modules' routes
 * (signed in, like a request: e.g. /exports/{id}; see HttpRoute in core/module.ts) and the static
 * `routes` given (e.g. the partner portal).
 *
 * Every /graphql request has a deadline (REQUEST_TIMEOUT_MS): past it, or when the client goes
 * away, its signal aborts, the ORM sends nothing more for it and its transaction rolls back in
 * the background, while a client still waiting is answered 503 REQUEST_TIMEOUT at once. Every
 * connection has deadlines for sending its request, and their number is capped (connection-limits.ts).
 */
export function createHttpServer(options: {
  apollo: ApolloServer<Context>;
  /** The ORM, logger and module hooks each request's context is made from. */
  environment: RequestEnvironment;
  authenticate: Authenticate;
  config: HttpConfig;
  /** The budgets the Apollo server charges; here it refuses senders known to be over budget before parsing. */
  rateLimiter?: RateLimiter;
  /** Further pages and assets; each sets its own headers over the API's strict defaults. */
  routes?: readonly StaticRoute[];
  /** Where request latencies, SQL per request and rate-limit refusals are counted. */
  metrics?: HubMetrics;
  /** Answers GET /metrics on this port (see observability/metrics-endpoint.ts); absent: 404. */
  metricsRoute?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** True once the process shuts down (see drain.ts): /ready answers 503 and connections are not kept. */
  draining?: () => boolean;
  /**
   * True while the modules' warm-ups run (e.g. the catalogue index loading every published offer):
   * /ready answers 503, so that a balancer sends the process no traffic that would wait for them.
   */
  warmingUp?: () => boolean;
}): Server {
  const { apollo, environment, authenticate, rateLimiter, routes = [], metrics, metricsRoute, draining = () => false, warmingUp = () => false } = options;
  const { orm, logger } = environment;
  const defaults = loadConfig({});
  const config = { nodeEnv: defaults.nodeEnv, timeouts: defaults.timeouts, http: defaults.http, ...options.config };
  const { apiHeaders, graphiqlHeaders } = securityHeaders(config);
  const corsHeaders = corsFor(config.http.corsOrigins);
  const signedInRoutes = moduleRoutes(environment);

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    await use(apiHeaders, req, res);
    // Shutting down: this answer is the connection's last, so a client sends no further request into it.
    if (draining()) res.setHeader('connection', 'close');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      if (draining()) return sendJson(res, 503, { status: 'draining' });
      return warmingUp() ? sendJson(res, 503, { status: 'warming up' }) : ready(res, orm);
    }
    if (url.pathname === '/metrics' && metricsRoute) return metricsRoute(req, res);
    if (url.pathname.startsWith('/graphiql/') && config.introspection) {
      const asset = graphiqlAsset(url.pathname.slice('/graphiql/'.length));
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      res.end(asset.body);
      return;
    }
    const moduleRoute = signedInRoutes.get(url.pathname.split('/')[1] ?? '');
    if (moduleRoute && url.pathname.length > moduleRoute.prefix.length + 2) {
      return serveModuleRoute(moduleRoute, req, res, url, { environment, authenticate, requestMs: config.timeouts.requestMs, trustProxyHops: config.http.trustProxyHops, logger });
    }
    const route = routes.find((candidate) => candidate.matches(url.pathname));
    if (route) {
      if (route.costOf && rateLimiter && !(await chargePublicRead(req, res, route.costOf(url)))) return;
      return route.handle(req, res, url);
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    // Answers may hold personal data: no browser or proxy keeps a copy.
    res.setHeader('cache-control', 'no-store');
    await use(corsHeaders, req, res);
    if (req.method === 'OPTIONS') {
      // A preflight: allowed origins got their CORS headers above, others none, so the browser stops.
      res.writeHead(204, { 'content-length': '0' });
      res.end();
      return;
    }
    if (req.method === 'GET' && config.introspection && wantsHtml(req) && !url.searchParams.has('query')) {
      await use(graphiqlHeaders, req, res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(graphiqlPage('/graphql'));
      return;
    }
    await graphql(req, res, url);
  };

  /** Charges a public route's read to the sender's anonymous budget; false when refused (answered 429 or 503). */
  const chargePublicRead = async (req: IncomingMessage, res: ServerResponse, cost: number): Promise<boolean> => {
    const principal = principalOf(ANONYMOUS, clientAddressOf(req, config.http.trustProxyHops));
    let charge: Charge;
    try {
      charge = await rateLimiter!.charge(principal, Math.min(Math.max(1, cost), rateLimiter!.limitOf(principal)));
    } catch (error) {
      logger.warn({ err: error }, 'could not charge a public read: database unavailable');
      sendJson(res, 503, { error: 'The service is unavailable; try again shortly.' });
      return false;
    }
    for (const [key, value] of Object.entries(rateLimitHeaders(charge.budget))) res.setHeader(key, value);
    if (charge.granted) return true;
    res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(charge.retryAfterSeconds) });
    res.end(JSON.stringify({ error: `Over budget: retry after ${charge.retryAfterSeconds} s.`, code: 'RATE_LIMITED', retry_after_seconds: charge.retryAfterSeconds }));
    return false;
  };

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    // An anonymous sender this process knows to be over budget is answered before anything is set
    // up for a request (logger, deadline, signal): a flood of them costs the least it can (counted
    // in the metrics, not logged one by one). Signed-in senders are refused once signed in, below.
    if (rateLimiter && !req.headers.authorization) {
      const refusal = rateLimiter.refusalOf(principalOf(ANONYMOUS, clientAddressOf(req, config.http.trustProxyHops)));
      if (refusal) return send(res, overBudgetAnswer(refusal));
    }
    const log = logger.child({ requestId });
    tagActiveSpan(requestId);

    const controller = new AbortController();
    const { signal } = controller;
    const deadline = started + config.timeouts.requestMs;
    const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline')), config.timeouts.requestMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new RequestAbortedError('disconnect'));
    });

    const execute = async (): Promise<Answer> => {
      let viewer: Viewer;
      try {
        // Signing in writes the person's row: it too stops at the deadline.
        viewer = await withRequestSignal(signal, () => authenticate(req.headers.authorization));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const refused = errorAnswer(401, { message: error.message, extensions: { code: error.code } });
        return { ...refused, headers: { ...refused.headers, 'www-authenticate': 'Bearer' } };
      }
      const clientAddress = clientAddressOf(req, config.http.trustProxyHops);
      const principal = principalOf(viewer, clientAddress);
      // A sender this process knows to be over budget costs neither reading its body, nor parsing,
      // nor SQL until Retry-After (node discards the unread body once the answer is sent).
      const refusal = rateLimiter?.refusalOf(principal);
      if (refusal) return overBudgetAnswer(refusal);
      const body = await readJsonBody(req, config.http.maxBodyBytes);
      if (body.error !== undefined) {
        return { ...errorAnswer(body.status, { message: body.error, extensions: { code: 'BAD_REQUEST' } }), close: body.status === 413 };
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const context = createContext(environment, req, viewer, { requestId, signal, deadline, clientAddress });
      const { result: response, statements, sqlMs } = await requestScope.run({ requestId }, () =>
        statementCounter.count(() =>
          runRequest(context, () =>
            apollo.executeHTTPGraphQLRequest({
              httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: body.value },
              context: async () => context,
            }),
          ),
        ),
      );
      const answerHeaders: Record<string, string> = {};
      for (const [key, value] of response.headers) answerHeaders[key] = value;
      // Refused before execution (parsing, validation, limits): the work of refusing is charged too,
      // so that a flood of refused documents runs dry like any other.
      if (rateLimiter && (response.status === 400 || response.status === 403)) {
        rateLimiter.charge(principal, REFUSED_DOCUMENT_CHARGE).catch((error: unknown) => log.warn({ err: error }, 'could not charge a refused document'));
      }
      if (response.body.kind === 'complete') {
        // A deadline or database outage is 503 already (see transientStatusPlugin in apollo.ts).
        return { status: response.status ?? 200, headers: answerHeaders, body: response.body.string, statements, sqlMs };
      }
      return { status: response.status ?? 200, headers: answerHeaders, body: response.body.asyncIterator, statements, sqlMs };
    };

    const execution = execute();
    const aborted = new Promise<null>((resolve) => signal.addEventListener('abort', () => resolve(null), { once: true }));
    const outcome = await Promise.race([
      execution.then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      ),
      aborted,
    ]);

    if (outcome === null) {
      // Deadline or disconnect first: answer now (if anyone listens); the execution, refused any
      // further statement, rolls back on its own and is only logged when it settles.
      execution.then(
        () => log.info('abandoned request finished'),
        (error: unknown) => log.info({ err: error }, 'abandoned request stopped'),
      );
      const reason: unknown = signal.reason;
      const trigger = reason instanceof RequestAbortedError ? reason.trigger : 'deadline';
      log.warn({ trigger, ms: Math.round(performance.now() - started) }, trigger === 'deadline' ? 'request passed its deadline' : 'client went away');
      if (trigger === 'deadline' && !res.headersSent && !res.destroyed) {
        await send(res, { ...errorAnswer(503, transientErrorOf(new RequestAbortedError('deadline'), requestId)!), close: !req.complete });
      }
      return;
    }
    clearTimeout(timer);
    let answer: Answer;
    if ('answer' in outcome) {
      answer = outcome.answer;
    } else {
      // Failures outside GraphQL execution (signing in, beginning the transaction).
      const transient = transientErrorOf(outcome.error, requestId);
      if (!transient) throw outcome.error;
      log.warn({ err: outcome.error }, 'request failed: database unavailable or deadline passed');
      answer = errorAnswer(503, transient);
    }
    if (res.destroyed) return;
    await send(res, answer);
    if (answer.statements !== undefined) metrics?.observeRequestSql(answer.statements, (answer.sqlMs ?? 0) / 1000);
    log.info({ status: res.statusCode, ms: Math.round(performance.now() - started), statements: answer.statements }, 'graphql request');
  };

  const routeOf = (pathname: string): string => {
    const first = pathname.split('/')[1] ?? '';
    if (['graphql', 'health', 'ready', 'metrics', 'graphiql'].includes(first) || signedInRoutes.has(first)) return first;
    // The hub's own pages (portal, HSDS): their first segment is one of a fixed few.
    return routes.some((route) => route.matches(pathname)) ? first : 'unknown';
  };

  const server = createServer(serverTimeouts(config.http), (req, res) => {
    // Parsed once, for the handler and the metrics. Node passes on request targets a URL cannot
    // parse (`GET http://[ HTTP/1.1`): those are answered 400 here and never reach a handler.
    const url = requestUrlOf(req);
    if (metrics) {
      const started = performance.now();
      res.once('finish', () => {
        const route = url ? routeOf(url.pathname) : 'unknown';
        metrics.observeHttp(route, res.statusCode, (performance.now() - started) / 1000);
        if (route === 'graphql' && res.statusCode === 429) metrics.countRateLimitRefusal(!req.headers.authorization);
      });
    }
    const answered = url ? handle(req, res, url) : use(apiHeaders, req, res).then(() => sendJson(res, 400, { error: 'The request target is not a valid URL.' }));
    answered.catch((error: unknown) => {
      // Last line of defence: a request can fail, the process never does.
      const header = res.getHeader('x-request-id');
      const requestId = typeof header === 'string' ? header : randomUUID();
      logger.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.destroy();
    });
  });
  capConnections(server, config.http, metrics && ((reason) => metrics.countConnectionRefusal(reason)));
  return server;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string | AsyncIterable<string>;
  /** Close the connection after answering: the request body was not (fully) read. */
  close?: boolean;
  statements?: number;
  /** Milliseconds the request waited for its SQL statements. */
  sqlMs?: number;
}

function overBudgetAnswer(refusal: Charge): Answer {
  const answer = errorAnswer(429, {
    message: `Over budget: ${Math.floor(refusal.budget.remaining)} points are left. Retry after ${refusal.retryAfterSeconds} s.`,
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: refusal.retryAfterSeconds },
  });
  return { ...answer, headers: { ...answer.headers, 'retry-after': String(refusal.retryAfterSeconds), ...rateLimitHeaders(refusal.budget) } };
}

function errorAnswer(status: number, error: GraphQLFormattedError): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 503 ? { 'retry-after': RETRY_AFTER_SECONDS } : {}) },
    body: JSON.stringify({ errors: [error] }),
  };
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  res.statusCode = answer.status;
  for (const [key, value] of Object.entries(answer.headers ?? {})) res.setHeader(key, value);
  if (answer.status === 503) res.setHeader('retry-after', RETRY_AFTER_SECONDS);
  if (answer.close) {
    res.setHeader('connection', 'close');
    lingeringClose(res);
  }
  if (typeof answer.body === 'string') {
    // Encoded once: given a string, Node measures its UTF-8 length and then encodes it again.
    const bytes = Buffer.from(answer.body, 'utf8');
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
    return;
  }
  for await (const chunk of answer.body) res.write(chunk);
  res.end();
}

function requestUrlOf(req: IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

async function ready(res: ServerResponse, orm: MikroORM): Promise<void> {
  try {
    await orm.em.getConnection().execute('select 1');
    const pending = await pendingMigrations(orm);
    if (pending.length > 0) return sendJson(res, 503, { status: 'migrations pending', pending });
    return sendJson(res, 200, { status: 'ready' });
  } catch {
    return sendJson(res, 503, { status: 'database unreachable' });
  }
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (status === 503) headers['retry-after'] = RETRY_AFTER_SECONDS;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}
