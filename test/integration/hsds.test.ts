import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { statementCounter } from '../../src/core/database/statement-counter';
import { PostgresRateLimiter } from '../../src/core/rate-limit/rate-limiter';
import { hsdsRoute } from '../../src/offers/hsds/hsds.routes';
import { createTestIssuer } from '../support/test-issuer';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * The Open Referral HSDS 3.0 export, validated with ajv against the official schemas, read from
 * the shared copy at test time (never copied into the repository). Expected offers come from SQL.
 */
const HSDS = process.env.HSDS_SCHEMA_DIR ?? '/work/shared/hsds-3.0';
const readSchema = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(HSDS, file), 'utf8')) as Record<string, unknown>;

// The schemas carry HSDS's own annotations (name, core, constraints, …) and no $schema: draft-07, not strict.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const openapi = readSchema('openapi.json') as { components: { schemas: { Page: Record<string, unknown> } } };
// The API's list answer (openapi.json, /services 200): a Page whose contents are compiled/service_list.json items.
// The Page fields are optional in the spec; this export promises all of them.
const validateList: ValidateFunction = ajv.compile({
  allOf: [openapi.components.schemas.Page],
  type: 'object',
  required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
  properties: { contents: { type: 'array', items: readSchema('compiled/service_list.json') } },
});
const validateService: ValidateFunction = ajv.compile(readSchema('compiled/service_with_definitions.json'));
// The object schemas refer to each other by file name ("taxonomy.json"): registered under it.
for (const file of readdirSync(HSDS).filter((name) => name.endsWith('.json') && name !== 'openapi.json')) ajv.addSchema(readSchema(file), file);
const pageOf = (items: Record<string, unknown>): ValidateFunction =>
  ajv.compile({
    allOf: [openapi.components.schemas.Page],
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: { contents: { type: 'array', items } },
  });
const validateOrganizations = pageOf(readSchema('compiled/organization_list.json'));
const validateServiceAtLocations = pageOf(readSchema('compiled/service_at_location_list.json'));
const validateTaxonomies = pageOf({ $ref: 'taxonomy.json' });
const validateTerms = pageOf({ $ref: 'taxonomy_term.json' });
const validateOrganization = ajv.compile(readSchema('compiled/organization_list.json'));
const validateTerm = ajv.compile({ $ref: 'taxonomy_term.json' });
// The metadata answer of GET / in openapi.json, with its fields required here.
const validateMetadata = ajv.compile({
  ...(openapi as unknown as { paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Record<string, unknown> } } } } } }> }).paths['/']!.get.responses[200].content['application/json'].schema,
  required: ['version', 'profile', 'openapi_url'],
});
/** HSDS 3.1's service_capacity (3.0 has none), written out from the 3.1 schema's required fields. */
const validateCapacity = ajv.compile({
  type: 'object',
  required: ['id', 'service_id', 'unit', 'available', 'updated'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    service_id: { type: 'string', format: 'uuid' },
    unit: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } } },
    available: { type: 'number' },
    maximum: { type: 'number' },
    description: { type: 'string' },
    updated: { type: 'string', format: 'date-time' },
  },
});

/** The documented ID layout, written out here: 6875622d-TTTT-8000-a000-<row ID, 12 hex digits>. */
const serviceIdOf = (rowId: number): string => `6875622d-0001-8000-a000-${rowId.toString(16).padStart(12, '0')}`;
const rowIdOfServiceId = (id: string): number => parseInt(id.slice(-12), 16);

interface ListBody {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Array<{ id: string; name: string; organization: { name: string } }>;
}

let hub: TestHub;
let http: TestHttp;
let published: number[];
let draftId: number;
let archivedId: number;

const get = (pathAndQuery: string, init?: RequestInit) => fetch(`${http.url}${pathAndQuery}`, init);
const errorsOf = (validate: ValidateFunction): string => ajv.errorsText(validate.errors, { separator: '\n' });

beforeAll(async () => {
  hub = await createTestHub();
  const issuer = await createTestIssuer();
  http = await startTestHttp(hub, { authenticate: issuer.authenticate, routes: [hsdsRoute(hub.orm)] });
  const [draft, archived] = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' order by id limit 2`);
  draftId = draft!.id;
  archivedId = archived!.id;
  await hub.sql(`update offer set status = 'DRAFT' where id = ?`, [draftId]);
  await hub.sql(`update offer set status = 'ARCHIVED' where id = ?`, [archivedId]);
  published = (await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' order by id`)).map((row) => row.id);
}, 60_000);

afterAll(async () => {
  await http?.close();
  await hub?.close();
});

describe('GET /hsds/services', () => {
  it('serves a valid HSDS page of published offers, cacheable as public JSON', async () => {
    const response = await get('/hsds/services?per_page=20');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await response.json()) as ListBody;
    expect(validateList(body) || errorsOf(validateList)).toBe(true);
    expect(body).toMatchObject({ total_items: published.length, total_pages: Math.ceil(published.length / 20), page_number: 1, size: 20, first_page: true, empty: false });
    expect(body.contents.map((service) => rowIdOfServiceId(service.id))).toEqual(published.slice(0, 20));
  });

  it('pages through every published offer once, without drafts or archived ones', async () => {
    const seen: number[] = [];
    const perPage = 100;
    for (let page = 1; ; page++) {
      const body = (await (await get(`/hsds/services?page=${page}&per_page=${perPage}`)).json()) as ListBody;
      expect(body.page_number).toBe(page);
      seen.push(...body.contents.map((service) => rowIdOfServiceId(service.id)));
      if (body.last_page) break;
      expect(page).toBeLessThan(1000);
    }
    expect(seen).toEqual(published);
    expect(seen).not.toContain(draftId);
    expect(seen).not.toContain(archivedId);
  });

  it('caps per_page at 100 and answers an empty page past the end', async () => {
    const capped = (await (await get('/hsds/services?per_page=100000')).json()) as ListBody;
    expect(capped.size).toBe(Math.min(100, published.length));
    expect(capped.total_pages).toBe(Math.ceil(published.length / 100));
    const past = (await (await get(`/hsds/services?page=${capped.total_pages + 1}&per_page=100`)).json()) as ListBody;
    expect(validateList(past) || errorsOf(validateList)).toBe(true);
    expect(past).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it('refuses malformed paging parameters and anything but GET', async () => {
    for (const query of ['page=0', 'page=-1', 'per_page=abc', 'page=1.5', 'per_page=0']) {
      expect({ query, status: (await get(`/hsds/services?${query}`)).status }).toEqual({ query, status: 400 });
    }
    expect((await get('/hsds/services', { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('GET /hsds/services/{id}', () => {
  it('serves one published offer with everything nested, valid against service_with_definitions.json', async () => {
    // An in-person offer with a fee, schedules and support languages, so the nested parts are there.
    const [rich] = await hub.sql<{ id: number; title: string; provider: string; street: string; support_languages: string[] }>(
      `select o.id, o.title, p.name as provider, l.street, o.support_languages
       from offer o join provider p on p.id = o.provider_id join location l on l.id = o.location_id
       where o.status = 'PUBLISHED' and o.fee_euro > 0 and cardinality(o.weekdays) > 0 and cardinality(o.support_languages) > 0
       order by o.id limit 1`,
    );
    expect(rich).toBeDefined();
    const response = await get(`/hsds/services/${serviceIdOf(rich!.id)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const service = (await response.json()) as Record<string, any>;
    expect(validateService(service) || errorsOf(validateService)).toBe(true);
    expect(service).toMatchObject({ id: serviceIdOf(rich!.id), name: rich!.title, status: 'active', organization: { name: rich!.provider } });
    expect(service.service_at_locations[0].location.addresses[0].address_1).toBe(rich!.street);
    expect(service.schedules.length).toBeGreaterThan(0);
    expect(service.schedules[0].freq).toBe('WEEKLY');
    expect(service.cost_options[0]).toMatchObject({ currency: 'EUR' });
    expect(service.languages.map((language: { code: string }) => language.code)).toEqual(expect.arrayContaining(['de', ...rich!.support_languages]));
  });

  it('answers 404 for drafts, archived offers, unknown and malformed IDs', async () => {
    const ids = [serviceIdOf(draftId), serviceIdOf(archivedId), serviceIdOf(2 ** 31 - 1), 'not-a-uuid', '123', serviceIdOf(published[0]!).replace('-0001-', '-0002-'), 'ac148810-d857-441c-9679-408f346de14b'];
    for (const id of ids) {
      const response = await get(`/hsds/services/${encodeURIComponent(id)}`);
      expect({ id, status: response.status }).toEqual({ id, status: 404 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
    // Sent as they are: no valid percent-encoding (a bad escape, a lone %, bytes that are no UTF-8).
    for (const raw of ['%ZZ', '%', 'ab%E0%A4', '%C0%AF']) {
      const response = await get(`/hsds/services/${raw}`);
      expect({ raw, status: response.status }).toEqual({ raw, status: 404 });
    }
  });
});

describe('bounded work per request', () => {
  /** Runs the route's handler itself (the server's socket callbacks leave the counting scope) and counts its SQL. */
  async function statementsFor(pathAndQuery: string): Promise<{ status: number; statements: number }> {
    let status = 0;
    const res = { writeHead: (code: number) => ((status = code), res), end: () => res } as unknown as ServerResponse;
    const req = { method: 'GET' } as IncomingMessage;
    const { statements } = await statementCounter.count(async () => hsdsRoute(hub.orm).handle(req, res, new URL(pathAndQuery, 'http://localhost')));
    return { status, statements };
  }

  it('answers a page and a service with one SQL statement each, a malformed ID with none', async () => {
    expect(await statementsFor('/hsds/services?page=2&per_page=100')).toEqual({ status: 200, statements: 1 });
    expect(await statementsFor(`/hsds/services/${serviceIdOf(published[0]!)}`)).toEqual({ status: 200, statements: 1 });
    expect(await statementsFor('/hsds/services/not-a-uuid')).toEqual({ status: 404, statements: 0 });
    expect(await statementsFor('/hsds/organizations?per_page=100')).toEqual({ status: 200, statements: 1 });
    expect(await statementsFor('/hsds/taxonomy_terms')).toEqual({ status: 200, statements: 0 });
  });
});

const organizationIdOf = (rowId: number): string => `6875622d-0002-8000-a000-${rowId.toString(16).padStart(12, '0')}`;
const readNdjson = async (pathAndQuery: string): Promise<Array<Record<string, any>>> => {
  const response = await get(pathAndQuery);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
  const text = await response.text();
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, any>);
};

describe('the other HSDS endpoints', () => {
  it('answers the API metadata at /hsds/', async () => {
    const body = await (await get('/hsds/')).json();
    expect(validateMetadata(body) || errorsOf(validateMetadata)).toBe(true);
    expect(body).toMatchObject({ version: '3.0' });
  });

  it('lists the providers of published offers as valid organizations, and serves each', async () => {
    const expected = (await hub.sql<{ id: number; name: string }>(`select id, name from provider p where exists (select 1 from offer o where o.provider_id = p.id and o.status = 'PUBLISHED') order by id`));
    const body = (await (await get('/hsds/organizations?per_page=100')).json()) as ListBody;
    expect(validateOrganizations(body) || errorsOf(validateOrganizations)).toBe(true);
    expect(body.total_items).toBe(expected.length);
    expect(body.contents.slice(0, 3).map((entry) => (entry as unknown as { name: string }).name)).toEqual(expected.slice(0, 3).map((row) => row.name));
    const one = await (await get(`/hsds/organizations/${organizationIdOf(expected[0]!.id)}`)).json();
    expect(validateOrganization(one) || errorsOf(validateOrganization)).toBe(true);
    const [hidden] = await hub.sql<{ id: number }>(`select id from provider p where not exists (select 1 from offer o where o.provider_id = p.id and o.status = 'PUBLISHED') limit 1`);
    if (hidden) expect((await get(`/hsds/organizations/${organizationIdOf(hidden.id)}`)).status).toBe(404);
  });

  it('lists offers with a place as valid service_at_locations', async () => {
    const [{ count }] = await hub.sql<{ count: number }>(`select count(*)::int as count from offer where status = 'PUBLISHED' and location_id is not null`);
    const body = (await (await get('/hsds/service_at_locations?per_page=30')).json()) as ListBody;
    expect(validateServiceAtLocations(body) || errorsOf(validateServiceAtLocations)).toBe(true);
    expect(body.total_items).toBe(count);
  });

  it('serves programmes, families, audiences, levels and parts of the day as valid taxonomies and terms', async () => {
    const taxonomies = (await (await get('/hsds/taxonomies')).json()) as ListBody;
    expect(validateTaxonomies(taxonomies) || errorsOf(validateTaxonomies)).toBe(true);
    expect(taxonomies.total_items).toBe(5);
    const terms = (await (await get('/hsds/taxonomy_terms?per_page=100')).json()) as Omit<ListBody, 'contents'> & { contents: Array<{ id: string; code: string; taxonomy_id: string }> };
    expect(validateTerms(terms) || errorsOf(validateTerms)).toBe(true);
    const codes = terms.contents.map((term) => term.code);
    expect(codes).toEqual(expect.arrayContaining(['VABO', 'LANGUAGE_COURSE', 'WOMEN', 'B1', 'MORNING']));
    const levels = (await (await get(`/hsds/taxonomy_terms?taxonomy_id=${terms.contents.find((term) => term.code === 'B1')!.taxonomy_id}`)).json()) as { contents: Array<{ code: string }> };
    expect(levels.contents.map((term) => term.code)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    const one = await (await get(`/hsds/taxonomy_terms/${terms.contents[0]!.id}`)).json();
    expect(validateTerm(one) || errorsOf(validateTerm)).toBe(true);
  });

  it('names the programme, family, audiences and levels as attributes, and capacity with free seats as service_capacity', async () => {
    const [row] = await hub.sql<{ id: number; programme: string; family: string; audiences: string[]; entry_level_min: string; capacity: number; free: number }>(
      `select id, programme::text, family::text, audiences::text[] as audiences, entry_level_min::text, capacity, capacity - seats_taken - seats_referred as free
       from offer where status = 'PUBLISHED' and capacity is not null and cardinality(audiences) > 0 and entry_level_min is not null order by id limit 1`,
    );
    const service = (await (await get(`/hsds/services/${serviceIdOf(row!.id)}`)).json()) as Record<string, any>;
    expect(validateService(service) || errorsOf(validateService)).toBe(true);
    const codes = (service.attributes as Array<{ taxonomy_term: { code: string } }>).map((entry) => entry.taxonomy_term.code);
    expect(codes).toEqual(expect.arrayContaining([row!.programme, row!.family, ...row!.audiences, row!.entry_level_min]));
    expect(service.capacities).toHaveLength(1);
    expect(validateCapacity(service.capacities[0]) || errorsOf(validateCapacity)).toBe(true);
    expect(service.capacities[0]).toMatchObject({ maximum: row!.capacity, available: Math.max(0, row!.free) });
  });

  it('narrows by modified_after, search and organization_id', async () => {
    const [recent] = await hub.sql<{ id: number }>(`update offer set updated_at = now() + interval '1 day' where id = ? returning id`, [published[5]]);
    const since = (await hub.sql<{ at: string }>(`select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at from offer where id = ?`, [recent!.id]))[0]!.at;
    const expectedSince = await hub.sql<{ id: number }>(
      `select o.id from offer o left join location l on l.id = o.location_id where o.status = 'PUBLISHED' and greatest(o.updated_at, l.updated_at) >= ?::timestamptz order by o.id`, [since]);
    const modified = (await (await get(`/hsds/services?per_page=100&modified_after=${encodeURIComponent(since)}`)).json()) as ListBody;
    expect(modified.contents.map((service) => rowIdOfServiceId(service.id))).toEqual(expectedSince.slice(0, 100).map((entry) => entry.id));
    expect(modified.contents.map((service) => rowIdOfServiceId(service.id))).toContain(recent!.id);
    expect(modified.total_items).toBeLessThan(published.length);

    const searched = (await (await get('/hsds/services?per_page=100&search=Sprachcaf%C3%A9')).json()) as ListBody;
    const expectedSearch = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' and search_vector @@ plainto_tsquery('german', 'Sprachcafé') order by id limit 100`);
    expect(expectedSearch.length).toBeGreaterThan(0);
    expect(searched.contents.map((service) => rowIdOfServiceId(service.id))).toEqual(expectedSearch.map((entry) => entry.id));

    const [provider] = await hub.sql<{ provider_id: number; count: number }>(`select provider_id, count(*)::int as count from offer where status = 'PUBLISHED' group by provider_id order by provider_id limit 1`);
    const own = (await (await get(`/hsds/services?organization_id=${organizationIdOf(provider!.provider_id)}`)).json()) as ListBody;
    expect(own.total_items).toBe(provider!.count);
    expect(((await (await get('/hsds/services?organization_id=nobody')).json()) as ListBody).total_items).toBe(0);
  });

  it('streams every published offer as ndjson, each line a valid full service, ignoring paging', async () => {
    const lines = await readNdjson('/hsds/services?format=ndjson&per_page=5');
    expect(lines.map((line) => rowIdOfServiceId(line.id as string))).toEqual(published);
    for (const line of lines.slice(0, 50)) expect(validateService(line) || errorsOf(validateService)).toBe(true);
    const organizations = await readNdjson('/hsds/organizations?format=ndjson');
    for (const line of organizations) expect(validateOrganization(line) || errorsOf(validateOrganization)).toBe(true);
    expect((await readNdjson('/hsds/taxonomies?format=ndjson')).length).toBe(5);
  });

  it('answers bad parameters with 400 and a JSON reason naming the parameter', async () => {
    const cases: Array<[string, string]> = [
      ['/hsds/services?modified_after=yesterday', 'modified_after'],
      ['/hsds/services?modified_after=2026-13-45T00:00:00Z', 'modified_after'],
      ['/hsds/services?page=0', 'page'],
      ['/hsds/services?format=csv', 'format'],
      ['/hsds/organizations?modified_after=2026-01-01', 'modified_after'],
      ['/hsds/services?search=' + 'x'.repeat(201), 'search'],
    ];
    for (const [pathAndQuery, parameter] of cases) {
      const response = await get(pathAndQuery);
      expect({ pathAndQuery, status: response.status }).toEqual({ pathAndQuery, status: 400 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ parameter, error: expect.any(String) });
    }
    expect((await get('/hsds/unknown')).status).toBe(404);
  });

  it('charges every read to the anonymous budget of the sender, and refuses with 429 once it is spent', async () => {
    const limiter = new PostgresRateLimiter(hub.appUrl, { enabled: true, points: 1000, refillPerSecond: 1, anonymousPoints: 300, anonymousRefillPerSecond: 1 });
    const limited = await startTestHttp(hub, { authenticate: async () => { throw new Error('HSDS reads never sign in'); }, routes: [hsdsRoute(hub.orm)], rateLimiter: limiter });
    try {
      const first = await fetch(`${limited.url}/hsds/services?per_page=100`);
      expect(first.status).toBe(200);
      expect(Number(first.headers.get('ratelimit-remaining'))).toBe(300 - 201);
      expect((await fetch(`${limited.url}/hsds/services?per_page=100`, { headers: { authorization: 'Bearer whatever' } })).status).toBe(429);
      const refused = await fetch(`${limited.url}/hsds/services?format=ndjson`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    } finally {
      await limited.close();
      await limiter.close();
    }
  });
});
