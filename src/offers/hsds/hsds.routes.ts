import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { decodedPathSegment } from '../../core/graphql/path-segment';
import type { StaticRoute } from '../../core/graphql/server';
import { HsdsType, rowIdOf } from './hsds-ids';
import { fullService, organizationDocument, serviceAtLocationItem, serviceListItem } from './hsds.mapper';
import { parseListParameters, type HsdsListParameters } from './hsds.params';
import { HsdsRepository, type HsdsFilters, type HsdsPage } from './hsds.repository';
import { streamNdjson } from './hsds-stream';
import { ALL_TERMS, HSDS_TAXONOMIES, taxonomyDocument, termDocument } from './hsds-taxonomies';

export { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE } from './hsds.params';

const JSON_TYPE = 'application/json; charset=utf-8';
// Public catalogue only, the same for everyone: shared caches may keep it for a minute.
const PUBLIC_CACHE = { 'cache-control': 'public, max-age=60' };
/** What a stream of a whole list is charged against the anonymous budget (a page: one point per object). */
export const HSDS_STREAM_COST = 5_000;
const HSDS_VERSION = '3.0';

/**
 * The public catalogue as Open Referral HSDS 3.0, read-only and anonymous: `/hsds/` (metadata),
 * services, service_at_locations, organizations, taxonomies and taxonomy_terms, as pages
 * (`page`, `per_page` ≤ 100) or `format=ndjson` streams. Reads run as the app role without a viewer,
 * published offers, their providers and places only. The server charges `costOf` to the sender's
 * anonymous budget before `handle` runs.
 */
export function hsdsRoute(orm: MikroORM): StaticRoute {
  return {
    matches: (pathname) => pathname === '/hsds' || pathname.startsWith('/hsds/'),
    costOf,
    handle: (req, res, url) => serve(orm, req, res, url),
  };
}

/** Like the GraphQL price: one point per object a page can hold (a service with its organization: 2), a stream a fixed sum. */
function costOf(url: URL): number {
  const path = url.pathname.replace(/\/+$/, '');
  if (url.searchParams.get('format') === 'ndjson') return HSDS_STREAM_COST;
  if (/^\/hsds\/[a-z_]+\/[^/]+$/.test(path)) return 10;
  const perPage = Math.min(Number(url.searchParams.get('per_page')) || 50, 100);
  return 1 + 2 * perPage;
}

type Handler = (context: { repository: HsdsRepository; req: IncomingMessage; res: ServerResponse; url: URL; parameters: HsdsListParameters }) => Promise<void>;

const LISTS: Record<string, { allowed: Parameters<typeof parseListParameters>[1]; handler: Handler }> = {
  services: {
    allowed: ['modified_after', 'search', 'organization_id'],
    handler: ({ repository, req, res, parameters }) => offerList(repository, req, res, parameters, {}, serviceListItem, fullService),
  },
  service_at_locations: {
    allowed: ['modified_after', 'search', 'organization_id'],
    handler: ({ repository, req, res, parameters }) => offerList(repository, req, res, parameters, { withLocation: true }, serviceAtLocationItem, serviceAtLocationItem),
  },
  organizations: {
    allowed: ['search'],
    handler: async ({ repository, req, res, parameters }) => {
      if (parameters.format === 'ndjson') return streamNdjson(req, res, PUBLIC_CACHE, (after, limit) => repository.organizationsAfter(parameters.search, after, limit), organizationDocument);
      const { total, rows } = await repository.organizationPage(parameters.search, parameters.perPage, (parameters.page - 1) * parameters.perPage);
      return answer(req, res, 200, pageOf(parameters, total, rows.map(organizationDocument)), PUBLIC_CACHE);
    },
  },
  taxonomies: {
    allowed: ['search'],
    handler: async ({ req, res, parameters }) => staticList(req, res, parameters, HSDS_TAXONOMIES.filter((entry) => matches(parameters, entry.name)).map(taxonomyDocument)),
  },
  taxonomy_terms: {
    allowed: ['search', 'taxonomy_id'],
    handler: async ({ req, res, parameters }) =>
      staticList(req, res, parameters, ALL_TERMS.filter((term) => (parameters.taxonomyId === undefined || term.taxonomy_id === parameters.taxonomyId) && matches(parameters, `${term.name} ${term.code}`)).map(termDocument)),
  },
};

const matches = (parameters: HsdsListParameters, text: string) => parameters.search === undefined || text.toLowerCase().includes(parameters.search.toLowerCase());

async function serve(orm: MikroORM, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(req, res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
  const repository = new HsdsRepository(orm.em.fork());
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/hsds') {
    return answer(req, res, 200, { version: HSDS_VERSION, profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html', openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json' }, PUBLIC_CACHE);
  }
  const [, , collection, id, ...rest] = path.split('/');
  const list = collection === undefined ? undefined : LISTS[collection];
  if (!list || rest.length > 0) return answer(req, res, 404, { error: 'not found' });
  if (id !== undefined) {
    const decoded = decodedPathSegment(id);
    return decoded === null ? answer(req, res, 404, { error: 'not found' }) : one(repository, req, res, collection!, decoded);
  }
  const parsed = parseListParameters(url.searchParams, list.allowed);
  if (!parsed.ok) return answer(req, res, 400, { error: parsed.error, parameter: parsed.parameter });
  return list.handler({ repository, req, res, url, parameters: parsed.value });
}

async function one(repository: HsdsRepository, req: IncomingMessage, res: ServerResponse, collection: string, id: string): Promise<void> {
  let document: unknown = null;
  if (collection === 'services') {
    const rowId = rowIdOf(id, HsdsType.SERVICE);
    const row = rowId === null ? null : await repository.published(rowId);
    document = row && fullService(row);
  } else if (collection === 'service_at_locations') {
    const rowId = rowIdOf(id, HsdsType.SERVICE_AT_LOCATION);
    const row = rowId === null ? null : await repository.published(rowId);
    document = row && serviceAtLocationItem(row);
  } else if (collection === 'organizations') {
    const rowId = rowIdOf(id, HsdsType.ORGANIZATION);
    const row = rowId === null ? null : await repository.organization(rowId);
    document = row && organizationDocument(row);
  } else if (collection === 'taxonomies') {
    const found = HSDS_TAXONOMIES.find((entry) => entry.id === id.toLowerCase());
    document = found ? taxonomyDocument(found) : null;
  } else {
    const found = ALL_TERMS.find((term) => term.id === id.toLowerCase());
    document = found ? termDocument(found) : null;
  }
  if (!document) return answer(req, res, 404, { error: 'not found' }, PUBLIC_CACHE);
  return answer(req, res, 200, document, PUBLIC_CACHE);
}

async function offerList<T>(
  repository: HsdsRepository,
  req: IncomingMessage,
  res: ServerResponse,
  parameters: HsdsListParameters,
  narrowing: HsdsFilters,
  item: (row: Parameters<typeof serviceListItem>[0]) => T,
  streamed: (row: Parameters<typeof serviceListItem>[0]) => unknown,
): Promise<void> {
  const filters: HsdsFilters = { ...narrowing, modifiedAfter: parameters.modifiedAfter, search: parameters.search, providerId: parameters.providerId };
  if (parameters.format === 'ndjson') return streamNdjson(req, res, PUBLIC_CACHE, (after, limit) => repository.after(filters, after, limit), streamed);
  const { total, rows }: HsdsPage<Parameters<typeof serviceListItem>[0]> = await repository.page(filters, parameters.perPage, (parameters.page - 1) * parameters.perPage);
  return answer(req, res, 200, pageOf(parameters, total, rows.map(item)), PUBLIC_CACHE);
}

async function staticList(req: IncomingMessage, res: ServerResponse, parameters: HsdsListParameters, documents: unknown[]): Promise<void> {
  if (parameters.format === 'ndjson') {
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', ...PUBLIC_CACHE });
    res.end(req.method === 'HEAD' ? '' : documents.map((document) => `${JSON.stringify(document)}\n`).join(''));
    return;
  }
  const start = (parameters.page - 1) * parameters.perPage;
  return answer(req, res, 200, pageOf(parameters, documents.length, documents.slice(start, start + parameters.perPage)), PUBLIC_CACHE);
}

/** The HSDS page envelope (openapi.json `Page`, with `contents`). */
function pageOf(parameters: HsdsListParameters, total: number, contents: unknown[]) {
  const totalPages = Math.ceil(total / parameters.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: parameters.page,
    size: contents.length,
    first_page: parameters.page === 1,
    last_page: parameters.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

function answer(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(req.method === 'HEAD' ? '' : text);
}
