import { requestEnvironment } from '../../src/app/hub';
import { createHash } from 'node:crypto';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { print } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/core/config';
import { createHubOrm } from '../../src/app/hub';
import { graphiqlPage } from '../../src/core/graphql/graphiql';
import { clientAddressOf } from '../../src/core/graphql/client-address';
import { SignInService } from '../../src/tenancy/sign-in.service';
import { SearchOffersDocument } from '../generated/graphql';
import { claimsAsViewer, createTestIssuer, type TestIssuer } from '../support/test-issuer';
import { freePort } from '../support/free-port';
import { createTestHub, silentLogger, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; requestId?: string } }>;
}

const PORTAL = 'https://portal.example.test';
const MAX_BODY_BYTES = 16 * 1024;

let hub: TestHub;
let issuer: TestIssuer;
const servers: TestHttp[] = [];
let base: string;

/** Starts a server that afterAll stops; returns its URL. */
async function listen(options: Parameters<typeof startTestHttp>[1]): Promise<string> {
  const http = await startTestHttp(hub, options);
  servers.push(http);
  return http.url;
}

beforeAll(async () => {
  hub = await createTestHub();
  issuer = await createTestIssuer();
  const config = loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: `${PORTAL},https://other-portal.example.test`, MAX_BODY_BYTES: String(MAX_BODY_BYTES) });
  base = await listen({ authenticate: issuer.authenticate, config });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await hub.close();
});

const search = JSON.stringify({ query: print(SearchOffersDocument), variables: { first: 2 } });
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
  /** An error the request emitted after (or instead of) its answer. */
  error?: NodeJS.ErrnoException;
}

/** node:http, not fetch: keep-alive sockets of one Agent, and errors seen as the socket sees them. */
function rawPost(agent: Agent, url: string, body: Buffer | string, options: { chunked?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!options.chunked) headers['content-length'] = Buffer.byteLength(body);
    let answer: RawAnswer | undefined;
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        answer = { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), reusedSocket: req.reusedSocket };
        // Give a late EPIPE/ECONNRESET of the same request a moment to show.
        setTimeout(() => resolve(answer!), 100);
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answer) answer.error = error;
      else reject(error);
    });
    if (options.chunked) {
      // Several writes without a length: the server only learns the size while reading.
      const buffer = Buffer.from(body);
      for (let offset = 0; offset < buffer.length; offset += 64 * 1024) req.write(buffer.subarray(offset, offset + 64 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

describe('request bodies over the limit', () => {
  const tooLarge = Buffer.from(JSON.stringify({ query: `{ offers(first: 1) { totalCount } } # ${'x'.repeat(8 * 1024 * 1024)}` }));

  it.each([
    ['declared by Content-Length', {}],
    ['sent chunked', { chunked: true }],
  ])('are answered 413 with connection: close, and the next request on the keep-alive agent succeeds (%s)', async (_name, options) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const warmup = await rawPost(agent, base, search);
      expect(warmup.status).toBe(200);

      const refused = await rawPost(agent, base, tooLarge, options);
      expect(refused.status).toBe(413);
      expect(refused.headers.connection).toBe('close');
      expect((JSON.parse(refused.body) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
      // The server drains before closing: the client still sending sees no reset or broken pipe.
      expect(refused.error).toBeUndefined();

      const next = await rawPost(agent, base, search);
      expect(next.error).toBeUndefined();
      expect(next.status).toBe(200);
      // The refused connection was closed, not reused with the rest of the body in it.
      expect(next.reusedSocket).toBe(false);
      expect((JSON.parse(next.body) as { data: { offers: { edges: unknown[] } } }).data.offers.edges).toHaveLength(2);
    } finally {
      agent.destroy();
    }
  });
});

describe('security headers', () => {
  it('are on every response: nosniff, no framing, no referrer, no HSTS outside production', async () => {
    for (const response of [await fetch(`${base}/health`), await post(base, search), await fetch(`${base}/nowhere`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const api = await post(base, search);
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it("lets the GraphiQL page run from the hub's own assets and its one inline script", async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy')!;
    const directives = new Map(csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }));
    const [, inline] = /<script>([\s\S]*?)<\/script>/.exec(await page.text())!;
    expect(directives.get('script-src')).toEqual(["'self'", `'sha256-${createHash('sha256').update(inline).digest('base64')}'`]);
    expect(directives.get('style-src')).toContain("'self'");
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    // The page is the one graphiql.ts renders: a changed inline script changes its hash with it.
    expect(graphiqlPage('/graphql')).toContain(inline);
  });

  it('adds HSTS in production', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    const url = await listen({ authenticate: issuer.authenticate, config: { ...config, nodeEnv: 'production', introspection: false } });
    const response = await fetch(`${url}/health`);
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  });
});

describe('CORS', () => {
  it('answers an allowed origin with its CORS headers', async () => {
    const response = await post(base, search, { origin: PORTAL });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase().split(',');
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']));
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives any other origin no CORS header at all', async () => {
    for (const origin of ['https://evil.example.test', `${PORTAL}.evil.example.test`, 'null']) {
      const response = await post(base, search, { origin });
      const cors = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
      expect(cors).toEqual([]);
    }
  });

  it('answers preflights: the allowed origin with methods and headers, another origin without', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,apollo-require-preflight' },
      });
    const allowed = await preflight(PORTAL);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')!.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight']),
    );
    expect(Number(allowed.headers.get('access-control-max-age'))).toBeGreaterThan(0);

    const other = await preflight('https://evil.example.test');
    expect(other.status).toBe(204);
    expect([...other.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('the client address', () => {
  const from = (remoteAddress: string, forwardedFor?: string) => ({
    socket: { remoteAddress } as Socket,
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });

  it('is the socket address unless proxies are trusted', () => {
    expect(clientAddressOf(from('::ffff:10.0.0.7', '203.0.113.9'), 0)).toBe('10.0.0.7');
    expect(clientAddressOf(from('2001:db8::1'), 0)).toBe('2001:db8::1');
  });

  it('is the X-Forwarded-For entry as many hops from the right as there are trusted proxies', () => {
    // The client claims 1.1.1.1; the first proxy saw 203.0.113.9, the second the first proxy.
    const header = '1.1.1.1, 203.0.113.9, 10.0.0.2';
    expect(clientAddressOf(from('10.0.0.3', header), 1)).toBe('10.0.0.2');
    expect(clientAddressOf(from('10.0.0.3', header), 2)).toBe('203.0.113.9');
    expect(clientAddressOf(from('10.0.0.3', '203.0.113.9:4711'), 1)).toBe('203.0.113.9');
    expect(clientAddressOf(from('10.0.0.3', '[2001:db8::7]:443'), 1)).toBe('2001:db8::7');
    // Fewer entries than hops: the furthest one there is; no header or garbage: the socket.
    expect(clientAddressOf(from('10.0.0.3', '203.0.113.9'), 3)).toBe('203.0.113.9');
    expect(clientAddressOf(from('10.0.0.3'), 1)).toBe('10.0.0.3');
    expect(clientAddressOf(from('10.0.0.3', 'not-an-address'), 1)).toBe('10.0.0.3');
  });
});

describe('while the database is unreachable', () => {
  let deadOrm: MikroORM;
  let deadBase: string;
  let deadIssuer: TestIssuer;

  beforeAll(async () => {
    const port = await freePort();
    deadOrm = await createHubOrm(`postgresql://hub_app:x@127.0.0.1:${port}/nowhere`, { connect: false, pool: { min: 0, max: 2 } }, { sessionTimeouts: { statementMs: 1000, idleInTransactionMs: 1000 } });
    // The real sign-in, which needs the database too.
    const signIn = new SignInService(deadOrm);
    deadIssuer = await createTestIssuer({ apiKey: async () => null, user: (claims) => signIn.viewerFor(claims) });
    const config = loadConfig({ NODE_ENV: 'test' });
    deadBase = await listen({ environment: requestEnvironment(deadOrm, silentLogger), authenticate: deadIssuer.authenticate, config });
  });

  afterAll(async () => {
    await deadOrm.close(true);
  });

  const expectUnavailable = async (response: Response) => {
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect|knex|select|stack/i);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.errors.map((error) => error.extensions.code)).toContain('SERVICE_UNAVAILABLE');
    expect(body.errors.map((error) => error.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(response.headers.get('x-request-id')).toBeTruthy();
  };

  it('answers an anonymous query (the resolver fails) 503 SERVICE_UNAVAILABLE', async () => {
    await expectUnavailable(await post(deadBase, search));
  });

  it('answers a sign-in (authentication needs the database) 503', async () => {
    const token = await deadIssuer.sign({ sub: 'manager-x', roles: ['MANAGER'], agency: 'lra-tuebingen' });
    await expectUnavailable(await post(deadBase, search, { authorization: `Bearer ${token}` }));
  });

  it('answers a signed-in request whose transaction cannot begin 503', async () => {
    const noLookup = await createTestIssuer(claimsAsViewer);
    const url = await listen({ environment: requestEnvironment(deadOrm, silentLogger), authenticate: noLookup.authenticate, config: loadConfig({ NODE_ENV: 'test' }) });
    const token = await noLookup.sign({ sub: 'user-1', roles: ['MANAGER'] });
    await expectUnavailable(await post(url, search, { authorization: `Bearer ${token}` }));
  });

  it('answers /ready 503 with Retry-After, and /health still 200', async () => {
    const ready = await fetch(`${deadBase}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await ready.json()).toEqual({ status: 'database unreachable' });
    expect((await fetch(`${deadBase}/health`)).status).toBe(200);
  });
});
