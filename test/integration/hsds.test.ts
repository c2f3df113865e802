import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { statementCounter } from '../../src/core/database/statement-counter';
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
  });
});
