import { print } from 'graphql';
import { loadConfig } from '../../src/core/config';
import { SearchOffersDocument } from '../generated/graphql';
import { createTestIssuer, type TestIssuer } from '../support/test-issuer';
import { createTestHub, silentLogger, TEST_LIMITS, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: string; requestId?: string } }>;
}

let hub: TestHub;
let issuer: TestIssuer;
let http: TestHttp;
let base: string;

beforeAll(async () => {
  hub = await createTestHub();
  issuer = await createTestIssuer();
  http = await startTestHttp(hub, { authenticate: issuer.authenticate, config: loadConfig({ NODE_ENV: 'test' }) });
  base = http.url;
});

afterAll(async () => {
  await http.close();
  await hub.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP surface', () => {
  it('answers /health and /ready', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphiQL from local assets to a browser', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const asset of html.match(/\/graphiql\/[a-z-]+\.(js|css)/g)!) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('runs a search over HTTP and echoes the request id', async () => {
    const response = await post(JSON.stringify({ query: print(SearchOffersDocument), variables: { first: 3 } }), { 'x-request-id': 'test-request-0001' });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    const body = (await response.json()) as { data: { offers: { edges: unknown[] } } };
    expect(body.data.offers.edges).toHaveLength(3);
  });

  it('answers malformed JSON and invalid queries with typed errors', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');

    const invalid = await post(JSON.stringify({ query: '{ offers { nope } }' }));
    expect(((await invalid.json()) as ErrorBody).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('masks internal errors: no database message or stack, a request id instead, and the server lives on', async () => {
    // Break the database for this one request: rename a table, query, then restore it.
    await hub.sql('alter table provider rename to provider_gone');
    try {
      const response = await post(JSON.stringify({ query: print(SearchOffersDocument), variables: { first: 3 } }));
      const text = await response.text();
      expect(text).not.toMatch(/provider_gone|relation|select|stack|at \w+ \(/i);
      const body = JSON.parse(text) as ErrorBody;
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(body.errors[0].extensions.requestId).toEqual(response.headers.get('x-request-id'));
    } finally {
      await hub.sql('alter table provider_gone rename to provider');
    }
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
  });
});

describe('credentials over HTTP', () => {
  const search = JSON.stringify({ query: print(SearchOffersDocument), variables: { first: 2 } });

  it('serves a verified user', async () => {
    const token = await issuer.sign({ sub: 'user-1', realm_access: { roles: ['manager'] } });
    const response = await post(search, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { offers: { edges: unknown[] } } }).data.offers.edges).toHaveLength(2);
  });

  it.each([
    ['an expired token', () => issuer.sign({ sub: 'user-1' }, { expiresIn: '-1m' })],
    ['a token of another issuer', () => issuer.sign({ sub: 'user-1' }, { issuer: 'https://evil.example.test' })],
    ['a forged signature', () => issuer.sign({ sub: 'user-1' }, { key: 'foreign' })],
    ['garbage', async () => 'not.a.token'],
  ])('refuses %s with 401 UNAUTHENTICATED instead of treating it as anonymous', async (_name, token) => {
    const response = await post(search, { authorization: `Bearer ${await token()}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await response.json()) as ErrorBody & { data?: unknown };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('production mode', () => {
  it('turns off introspection and the IDE', async () => {
    const { createApollo } = await import('../../src/core/graphql/apollo');
    const { buildHubSchema } = await import('../../src/app/hub');
    const apollo = createApollo(await buildHubSchema(), { config: { introspection: false, limits: { ...TEST_LIMITS, fieldSuggestions: false } }, logger: silentLogger });
    await apollo.start();
    const production = await startTestHttp(hub, { apollo, authenticate: issuer.authenticate, config: { ...loadConfig({ NODE_ENV: 'test' }), nodeEnv: 'production', introspection: false } });
    const { url } = production;
    try {
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toContain('text/html');
      expect((await fetch(`${url}/graphiql/graphiql.js`)).status).toBe(404);
      const introspection = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await introspection.json()) as ErrorBody;
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
      await apollo.stop();
    }
  });
});
