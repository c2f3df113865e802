import { HsdsType, rowIdOf } from './hsds-ids';

export const HSDS_DEFAULT_PER_PAGE = 50;
export const HSDS_MAX_PER_PAGE = 100;
/** Deep pages cost an offset scan; beyond this no catalogue has entries anyway (ndjson streams all without one). */
export const HSDS_MAX_PAGE = 100_000;
const MAX_SEARCH = 200;

/** The list parameters of the HSDS API, read and checked. */
export interface HsdsListParameters {
  page: number;
  perPage: number;
  format: 'json' | 'ndjson';
  modifiedAfter?: Date;
  search?: string;
  /** `organization_id`, decoded: a provider's row ID (-1 for an ID of no provider: nothing matches). */
  providerId?: number;
  /** `taxonomy_id` of /taxonomy_terms. */
  taxonomyId?: string;
}

export type Parsed = { ok: true; value: HsdsListParameters } | { ok: false; error: string; parameter: string };

// RFC 3339 / ISO 8601 with a time zone, or a plain date (midnight UTC).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Reads the query; `allowed` names the filters this endpoint takes beyond page, per_page and format. */
export function parseListParameters(query: URLSearchParams, allowed: ReadonlyArray<'modified_after' | 'search' | 'organization_id' | 'taxonomy_id'>): Parsed {
  const refuse = (parameter: string, error: string): Parsed => ({ ok: false, parameter, error });
  const page = positiveInteger(query.get('page'), 1, HSDS_MAX_PAGE);
  if (page === null) return refuse('page', `page must be an integer from 1 to ${HSDS_MAX_PAGE}.`);
  const perPage = positiveInteger(query.get('per_page'), HSDS_DEFAULT_PER_PAGE, Number.MAX_SAFE_INTEGER);
  if (perPage === null) return refuse('per_page', `per_page must be a positive integer (at most ${HSDS_MAX_PER_PAGE} are served).`);
  const format = query.get('format') ?? 'json';
  if (format !== 'json' && format !== 'ndjson') return refuse('format', 'format must be json or ndjson.');
  const value: HsdsListParameters = { page, perPage: Math.min(perPage, HSDS_MAX_PER_PAGE), format };

  for (const name of ['modified_after', 'search', 'organization_id', 'taxonomy_id'] as const) {
    const text = query.get(name);
    if (text === null) continue;
    if (!allowed.includes(name)) return refuse(name, `${name} is not a parameter of this endpoint.`);
    if (name === 'modified_after') {
      const instant = DATE_TIME.test(text) ? new Date(text) : null;
      if (!instant || Number.isNaN(instant.getTime())) return refuse(name, 'modified_after must be an RFC 3339 date-time with a time zone (e.g. 2026-01-31T12:00:00Z) or a date.');
      value.modifiedAfter = instant;
    } else if (name === 'search') {
      if (text.length > MAX_SEARCH) return refuse(name, `search takes at most ${MAX_SEARCH} characters.`);
      if (text.trim() !== '') value.search = text.trim();
    } else if (name === 'organization_id') {
      value.providerId = rowIdOf(text, HsdsType.ORGANIZATION) ?? -1;
    } else {
      value.taxonomyId = text.toLowerCase();
    }
  }
  return { ok: true, value };
}

/** A positive integer parameter (absent: the default); null when malformed or out of range. */
function positiveInteger(text: string | null, fallback: number, max: number): number | null {
  if (text === null) return fallback;
  if (!/^\d{1,15}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}
