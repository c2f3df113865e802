import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config';
import { createContext, runRequest, type Context } from '../context';
import { pendingMigrations } from '../database/orm';
import { statementCounter } from '../database/statement-counter';
import { AppError } from '../errors';
import { requestScope } from '../request-scope';
import { graphiqlAsset, graphiqlPage } from './graphiql';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The hub's HTTP surface: /graphql (POST and GET; GraphiQL for browsers in development),
 * /health (process up) and /ready (database reachable, migrations current).
 */
export function createHttpServer(options: {
  apollo: ApolloServer<Context>;
  orm: MikroORM;
  authenticate: Authenticate;
  config: Pick<Config, 'introspection'>;
  logger: Logger;
}): Server {
  const { apollo, orm, authenticate, config, logger } = options;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
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
    if (req.method === 'GET' && config.introspection && wantsHtml(req) && !url.searchParams.has('query')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(graphiqlPage('/graphql'));
      return;
    }
    await graphql(req, res, url);
  };

  const graphql = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const body = await readJsonBody(req);
    if (body.error !== undefined) return sendJson(res, body.status, { errors: [{ message: body.error, extensions: { code: 'BAD_REQUEST' } }] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let viewer: Viewer;
    try {
      viewer = await authenticate(req.headers.authorization);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
    const context = createContext(orm, logger, req, viewer);
    const started = performance.now();
    const { result: response, statements } = await requestScope.run({ requestId: context.requestId }, () =>
      statementCounter.count(() =>
        runRequest(context, () =>
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: body.value },
            context: async () => context,
          }),
        ),
      ),
    );
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', context.requestId);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    context.logger.info({ status: res.statusCode, ms: Math.round(performance.now() - started), statements }, 'graphql request');
  };

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Last line of defence: a request can fail, the process never does.
      const requestId = randomUUID();
      logger.error({ err: error, requestId }, 'request failed outside GraphQL');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      else res.destroy();
    });
  });
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
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

type BodyResult = { value: unknown; error?: undefined } | { error: string; status: number };

async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  if (req.method !== 'POST') return { value: undefined };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { error: 'Request body too large.', status: 413 };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.length === 0) return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: 'Request body is not valid JSON.', status: 400 };
  }
}
