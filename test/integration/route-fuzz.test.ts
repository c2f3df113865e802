import { request } from 'node:http';
import * as fc from 'fast-check';
import { loadConfig } from '../../src/core/config';
import { hsdsRoute } from '../../src/offers/hsds/hsds.routes';
import { portalRoute } from '../../src/portal/portal.routes';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, viewersByName, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * Every HTTP route besides /graphql (the HSDS export, the portal, the modules' signed-in routes
 * such as /exports, health, GraphiQL's assets) with generated paths and query strings: hostile
 * segments (bad percent-encodings, traversal, control characters, long runs), known parameter
 * names with hostile values, every method, anonymous and signed in. Whatever the request, the
 * answer is a client's status or data, never a 5xx, and the server keeps serving. (A request for
 * `/hsds/services/%ZZ` was a 500.) CI runs seed 42; FUZZ_SEED and FUZZ_RUNS explore further.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 42);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

let hub: TestHub;
let tenants: Tenants;
let http: TestHttp;
let refs: CaseRefs;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  http = await startTestHttp(hub, {
    config: loadConfig({ NODE_ENV: 'test', GRAPHQL_INTROSPECTION: 'true' }),
    routes: [hsdsRoute(hub.orm), portalRoute()],
    authenticate: viewersByName(tenants),
  });
});

afterAll(async () => {
  await http?.close();
  await hub?.close();
});

/** Sends the request target as it is (fetch would normalise it), with a deadline. */
function send(method: string, target: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const { port } = new URL(http.url);
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, method, path: target, headers, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk.slice(0, 2_000 - body.length)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on('timeout', () => call.destroy(new Error(`no answer to ${method} ${target}`)));
    call.on('error', reject);
    call.end();
  });
}

const prefixes = ['/hsds', '/hsds/services', '/hsds/organizations', '/hsds/service_at_locations', '/hsds/taxonomies', '/hsds/taxonomy_terms', '/exports', '/portal', '/portal/assets', '/graphiql', '/health', '/ready', '/nowhere', ''];
const parameters = ['page', 'per_page', 'search', 'taxonomy_id', 'taxonomy_terms', 'organization_id', 'modified_after', 'full', 'format', 'lang', 'q', 'x'];

/** Strings a path segment or a parameter value may hold in a hostile request (sent raw). */
const hostile = fc.oneof(
  fc.constantFrom('%', '%Z', '%ZZ', '%00', '%C0%AF', '%E0%A4', '%FF%FE', '..', '%2e%2e', '..%2f..%2fpackage.json', '%2F', '~', '-1', '0', '1e309', 'NaN', '99999999999999999999', 'null', '[]', '{}', '%0d%0aSet-Cookie:x', '%E2%80%AE', 'ä'),
  fc.constant(() => refs.client).map((id) => id()),
  fc.stringMatching(/^[A-Za-z0-9%._~-]{0,40}$/),
  fc.integer({ min: 1, max: 3_000 }).map((length) => 'a'.repeat(length)),
);

const requests = fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS'),
  prefix: fc.constantFrom(...prefixes),
  segments: fc.array(hostile, { maxLength: 3 }),
  query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...parameters), hostile), hostile), { maxLength: 4 }),
  as: fc.constantFrom(undefined, 'managerA', 'officerA', 'managerB', 'nobody'),
  trailingSlash: fc.boolean(),
});

it('answers any request to its routes below 500, and keeps serving', async () => {
  await fc.assert(
    fc.asyncProperty(requests, async ({ method, prefix, segments, query, as, trailingSlash }) => {
      // Node refuses to send some raw bytes itself (a space, a control character): the segments are path-safe.
      const path = [prefix, ...segments].join('/').replace(/[^\x21-\x7e]/g, encodeURIComponent) + (trailingSlash ? '/' : '');
      const search = query.map(([name, value]) => `${name}=${value}`.replace(/[^\x21-\x7e]/g, encodeURIComponent)).join('&');
      const target = `${path.startsWith('/') ? path : `/${path}`}${search ? `?${search}` : ''}`;
      const answer = await send(method, target, { accept: 'text/html,application/json', ...(as ? { authorization: `Bearer ${as}` } : {}) });
      expect({ target, method, as, status: answer.status < 500 ? 'below 500' : answer.status, body: answer.status < 500 ? '' : answer.body }).toEqual({ target, method, as, status: 'below 500', body: '' });
    }),
    { seed: SEED, numRuns: RUNS },
  );
  expect((await send('GET', '/health', {})).status).toBe(200);
}, 180_000);
