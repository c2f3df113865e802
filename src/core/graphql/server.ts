import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import type { GraphQLFormattedError } from 'graphql';
import helmet, { type HelmetOptions } from 'helmet';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import { loadConfig, type Config } from '../config';
import { createContext, requestIdOf, runRequest, type Context } from '../context';
import { pendingMigrations, withRequestSignal } from '../database/orm';
import { statementCounter } from '../database/statement-counter';
import { AppError, RequestAbortedError, transientErrorOf } from '../errors';
import { requestScope } from '../request-scope';
import { graphiqlAsset, graphiqlPage } from './graphiql';

/** What a client is told to wait before retrying a 503 (deadline passed, database unreachable). */
const RETRY_AFTER_SECONDS = '5';

/** How long a connection is drained after a 413 before it is closed (see `lingeringClose`). */
const LINGER_MS = 2_000;

/** What the server reads; settings left out (tests of other behaviour) take their defaults from `loadConfig`. */
export type HttpConfig = Pick<Config, 'introspection'> & Partial<Pick<Config, 'nodeEnv' | 'timeouts' | 'http'>>;

/**
 * The hub's HTTP surface: /graphql (POST and GET; GraphiQL for browsers in development),
 * /health (process up) and /ready (database reachable, migrations current).
 *
 * Every /graphql request has a deadline (REQUEST_TIMEOUT_MS): past it, or when the client goes
 * away, its signal aborts, the ORM sends nothing more for it and its transaction rolls back in
 * the background, while a client still waiting is answered 503 REQUEST_TIMEOUT at once.
 */
export function createHttpServer(options: {
  apollo: ApolloServer<Context>;
  orm: MikroORM;
  authenticate: Authenticate;
  config: HttpConfig;
  logger: Logger;
}): Server {
  const { apollo, orm, authenticate, logger } = options;
  const defaults = loadConfig({});
  const config = { nodeEnv: defaults.nodeEnv, timeouts: defaults.timeouts, http: defaults.http, ...options.config };
  const { apiHeaders, graphiqlHeaders } = securityHeaders(config);
  const corsHeaders = corsFor(config.http.corsOrigins);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    await use(apiHeaders, req, res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') return ready(res, orm);
    if (url.pathname.startsWith('/graphiql/') && config.introspection) {
      const asset = graphiqlAsset(url.pathname.slice('/graphiql/'.length));
      if (!asset) return sendJson(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      res.end(asset.body);
      return;
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

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const log = logger.child({ requestId });
    res.setHeader('x-request-id', requestId);

    const controller = new AbortController();
    const { signal } = controller;
    const deadline = started + config.timeouts.requestMs;
    const timer = setTimeout(() => controller.abort(new RequestAbortedError('deadline')), config.timeouts.requestMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new RequestAbortedError('disconnect'));
    });

    const execute = async (): Promise<Answer> => {
      const body = await readJsonBody(req, config.http.maxBodyBytes);
      if (body.error !== undefined) {
        return { ...errorAnswer(body.status, { message: body.error, extensions: { code: 'BAD_REQUEST' } }), close: body.status === 413 };
      }
      let viewer: Viewer;
      try {
        // Signing in writes the person's row: it too stops at the deadline.
        viewer = await withRequestSignal(signal, () => authenticate(req.headers.authorization));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const refused = errorAnswer(401, { message: error.message, extensions: { code: error.code } });
        return { ...refused, headers: { ...refused.headers, 'www-authenticate': 'Bearer' } };
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const clientAddress = clientAddressOf(req, config.http.trustProxyHops);
      const context = createContext(orm, logger, req, viewer, { requestId, signal, deadline, clientAddress });
      const { result: response, statements } = await requestScope.run({ requestId }, () =>
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
      if (response.body.kind === 'complete') {
        // Apollo answers 200 with errors inside; a deadline or database outage is 503 all the same.
        const transient = /"code":"(SERVICE_UNAVAILABLE|REQUEST_TIMEOUT)"/.test(response.body.string) && carriesTransientError(response.body.string);
        return { status: transient ? 503 : (response.status ?? 200), headers: answerHeaders, body: response.body.string, statements };
      }
      return { status: response.status ?? 200, headers: answerHeaders, body: response.body.asyncIterator, statements };
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
    log.info({ status: res.statusCode, ms: Math.round(performance.now() - started), statements: answer.statements }, 'graphql request');
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Last line of defence: a request can fail, the process never does.
      const header = res.getHeader('x-request-id');
      const requestId = typeof header === 'string' ? header : randomUUID();
      logger.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.destroy();
    });
  });
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string | AsyncIterable<string>;
  /** Close the connection after answering: the request body was not (fully) read. */
  close?: boolean;
  statements?: number;
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
    res.end(answer.body);
    return;
  }
  for await (const chunk of answer.body) res.write(chunk);
  res.end();
}

/**
 * After answering a request whose body was left unread, the connection must not serve another
 * request (the rest of the body would be parsed as one), and closing it at once resets it under a
 * client still sending, which then sees EPIPE or ECONNRESET and may lose the answer. So:
 * `connection: close`, keep discarding what arrives, and close once the client has finished
 * (its FIN) or after LINGER_MS. Node ends a `connection: close` response with `destroySoon()`,
 * which would close at once; this socket's one is replaced by a lingering one.
 */
function lingeringClose(res: ServerResponse): void {
  const { req } = res;
  const { socket } = req;
  req.resume();
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('end', () => socket.destroy());
    socket.once('close', () => clearTimeout(timer));
  };
}

function carriesTransientError(body: string): boolean {
  try {
    const { errors } = JSON.parse(body) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    return (errors ?? []).some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE' || error.extensions?.code === 'REQUEST_TIMEOUT');
  } catch {
    return false;
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

/**
 * The client's address: the socket's, or, behind `trustProxyHops` proxies, the X-Forwarded-For
 * entry that many hops from the right (each proxy appends the address it was reached from; the
 * entries further left are the client's own claims).
 */
export function clientAddressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxyHops: number): string {
  const socketAddress = plainAddress(req.socket.remoteAddress ?? '');
  if (trustProxyHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const entries = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return socketAddress;
  const forwarded = plainAddress(entries[Math.max(0, entries.length - trustProxyHops)]);
  return isIP(forwarded) ? forwarded : socketAddress;
}

/** Without a port or brackets, IPv4-mapped IPv6 as IPv4: one client, one spelling. */
function plainAddress(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  const withoutPort = bracketed ? bracketed[1] : /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)?.[1] ?? address;
  return withoutPort.replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, '$1');
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

function use(middleware: Middleware, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => middleware(req, res, (error) => (error ? reject(error) : resolve())));
}

/**
 * helmet's headers on every response: nosniff, no framing, no referrer, HSTS in production (where
 * TLS ends at the proxy in front). The API itself needs no CSP sources at all; the GraphiQL page
 * (development) loads its scripts and styles from /graphiql/ and runs one inline script, allowed
 * by its hash.
 */
function securityHeaders(config: Pick<Config, 'nodeEnv'>): { apiHeaders: Middleware; graphiqlHeaders: Middleware } {
  const common: HelmetOptions = {
    strictTransportSecurity: config.nodeEnv === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
  const inlineScripts = [...graphiqlPage('/graphql').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, script]) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
  return {
    apiHeaders: helmet({
      ...common,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
    }),
    graphiqlHeaders: helmet({
      ...common,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...inlineScripts],
          // GraphiQL's components insert <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  };
}

/**
 * CORS for the origins of CORS_ORIGINS only; any other origin gets no CORS header at all, so a
 * browser keeps its page from reading the answer. Tokens travel in Authorization, never in cookies.
 */
function corsFor(origins: readonly string[]): Middleware {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
    credentials: false,
    maxAge: 600,
    // The handler answers the preflight itself, for allowed and other origins alike.
    preflightContinue: true,
  });
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

type BodyResult = { value: unknown; error?: undefined } | { error: string; status: number };

/**
 * Reads a POST body up to `maxBytes`. A larger one (declared or sent) is refused without reading
 * the rest: the caller answers 413 and closes the connection.
 */
function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (req.method !== 'POST') return Promise.resolve({ value: undefined });
  const tooLarge: BodyResult = { error: 'Request body too large.', status: 413 };
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      // Not destroyed: that would reset the socket before the 413 reaches the client.
      req.pause();
      resolve(tooLarge);
    };
    const onEnd = () => {
      stop();
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.length === 0) return resolve({ value: undefined });
      try {
        resolve({ value: JSON.parse(text) });
      } catch {
        resolve({ error: 'Request body is not valid JSON.', status: 400 });
      }
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // The client went away mid-body (an 'error' may not follow).
    const onClose = () => {
      if (!req.complete) onError(new Error('The request body was cut off.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.once('close', onClose);
  });
}
