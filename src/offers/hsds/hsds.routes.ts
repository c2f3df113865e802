import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { StaticRoute } from '../../core/graphql/server';
import { HsdsType, rowIdOf } from './hsds-ids';
import { fullService, serviceListItem } from './hsds.mapper';
import { HsdsRepository } from './hsds.repository';

export const HSDS_DEFAULT_PER_PAGE = 50;
export const HSDS_MAX_PER_PAGE = 100;
/** Deep pages cost an offset scan; beyond this no catalogue has entries anyway. */
const MAX_PAGE = 100_000;

const JSON_TYPE = 'application/json; charset=utf-8';
// Public catalogue only, the same for everyone: shared caches may keep it for a minute.
const PUBLIC_CACHE = 'public, max-age=60';

/**
 * The public catalogue as Open Referral HSDS 3.0, read-only and anonymous: `GET /hsds/services`
 * (paginated: `page`, `per_page` ≤ 100) and `GET /hsds/services/{id}`. Each answer is one SQL
 * statement as the app role, without a viewer: published offers, their providers and places only.
 */
export function hsdsRoute(orm: MikroORM): StaticRoute {
  return {
    matches: (pathname) => pathname === '/hsds' || pathname.startsWith('/hsds/'),
    handle: (req, res, url) => serve(orm, req, res, url),
  };
}

async function serve(orm: MikroORM, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(req, res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
  const repository = new HsdsRepository(orm.em.fork());
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/hsds/services') {
    const page = integerParameter(url.searchParams, 'page', 1, MAX_PAGE);
    const perPage = integerParameter(url.searchParams, 'per_page', HSDS_DEFAULT_PER_PAGE, Number.MAX_SAFE_INTEGER);
    if (page === null || perPage === null) return answer(req, res, 400, { error: 'page and per_page must be positive integers' });
    const size = Math.min(perPage, HSDS_MAX_PER_PAGE);
    const { total, rows } = await repository.page(size, (page - 1) * size);
    const totalPages = Math.ceil(total / size);
    return answer(req, res, 200, {
      total_items: total,
      total_pages: totalPages,
      page_number: page,
      size: rows.length,
      first_page: page === 1,
      last_page: page >= totalPages,
      empty: rows.length === 0,
      contents: rows.map(serviceListItem),
    }, { 'cache-control': PUBLIC_CACHE });
  }
  const serviceId = /^\/hsds\/services\/([^/]+)$/.exec(path)?.[1];
  if (serviceId !== undefined) {
    const id = rowIdOf(serviceId, HsdsType.SERVICE);
    const row = id === null ? null : await repository.published(id);
    if (!row) return answer(req, res, 404, { error: 'not found' }, { 'cache-control': PUBLIC_CACHE });
    return answer(req, res, 200, fullService(row), { 'cache-control': PUBLIC_CACHE });
  }
  return answer(req, res, 404, { error: 'not found' });
}

/** A positive integer parameter (absent: the default); null when malformed or out of range. */
function integerParameter(query: URLSearchParams, name: string, fallback: number, max: number): number | null {
  const text = query.get(name);
  if (text === null) return fallback;
  if (!/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}

function answer(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(req.method === 'HEAD' ? '' : text);
}
