import type { EntityManager } from '@mikro-orm/postgresql';

/** One published offer with its provider and place, as the HSDS export reads it. */
export interface HsdsOfferRow {
  id: number;
  title: string;
  description: string;
  programme: string;
  family: string;
  audiences: string[];
  target_level: string | null;
  capacity: number | null;
  seats_taken: number;
  seats_referred: number;
  seats_confirmed_at: Date;
  format: string;
  support_languages: string[];
  entry_level_min: string | null;
  entry_level_max: string | null;
  min_age: number | null;
  max_age: number | null;
  fee_euro: number | null;
  cost_note: string | null;
  start_date: string;
  end_date: string | null;
  weekdays: string[];
  times_of_day: string[];
  last_modified: Date;
  provider_id: number;
  provider_name: string;
  provider_kind: string;
  provider_email: string | null;
  provider_website: string | null;
  location_id: number | null;
  location_name: string | null;
  street: string | null;
  postal_code: string | null;
  latitude: number | null;
  longitude: number | null;
  municipality: string | null;
  district: string | null;
}

// Only the public catalogue: the read policies let the app role see drafts, so the filter is here.
// Provider columns are the organisation's public contact, never a person's.
const OFFER_COLUMNS = `
  o.id, o.title, o.description, o.programme::text as programme, o.family::text as family, o.audiences::text[] as audiences,
  o.target_level::text as target_level, o.capacity, o.seats_taken, o.seats_referred, o.seats_confirmed_at, o.format::text as format, o.support_languages,
  o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max, o.min_age, o.max_age,
  o.fee_euro, o.cost_note, o.start_date::text as start_date, o.end_date::text as end_date, o.weekdays, o.times_of_day,
  greatest(o.updated_at, l.updated_at) as last_modified,
  p.id as provider_id, p.name as provider_name, p.kind::text as provider_kind, p.email as provider_email, p.website as provider_website,
  l.id as location_id, l.name as location_name, l.street, l.postal_code, l.latitude, l.longitude,
  m.name as municipality, d.name as district`;

const OFFER_JOINS = `
  from offer o
  join provider p on p.id = o.provider_id
  left join location l on l.id = o.location_id
  left join municipality m on m.id = l.municipality_id
  left join district d on d.id = m.district_id`;

/** What a list may be narrowed to (HSDS API parameters). */
export interface HsdsFilters {
  /** `modified_after`: offers (or their place) changed at or after this instant. */
  modifiedAfter?: Date;
  /** `search`: the catalogue's German full-text search (title, description, …). */
  search?: string;
  /** `organization_id`: one provider's offers. */
  providerId?: number;
  /** Only offers with a place (service_at_locations). */
  withLocation?: boolean;
}

export interface HsdsPage<T> {
  total: number;
  rows: T[];
}

export interface HsdsOrganizationRow {
  id: number;
  name: string;
  kind: string;
  email: string | null;
  website: string | null;
}

function offerWhere(filters: HsdsFilters): { sql: string; params: unknown[] } {
  const clauses = [`o.status = 'PUBLISHED'`];
  const params: unknown[] = [];
  if (filters.modifiedAfter) {
    clauses.push('greatest(o.updated_at, l.updated_at) >= ?');
    params.push(filters.modifiedAfter);
  }
  if (filters.search) {
    clauses.push(`o.search_vector @@ plainto_tsquery('german', ?)`);
    params.push(filters.search);
  }
  if (filters.providerId !== undefined) {
    clauses.push('o.provider_id = ?');
    params.push(filters.providerId);
  }
  if (filters.withLocation) clauses.push('o.location_id is not null');
  return { sql: clauses.join(' and '), params };
}

const ILIKE_SPECIALS = /[\\%_]/g;

function organizationWhere(search: string | undefined): { sql: string; params: unknown[] } {
  // Providers are public as far as they offer something public.
  const clauses = [`exists (select 1 from offer o where o.provider_id = p.id and o.status = 'PUBLISHED')`];
  const params: unknown[] = [];
  if (search) {
    clauses.push(`p.name ilike ? escape '\\'`);
    params.push(`%${search.replace(ILIKE_SPECIALS, (special) => `\\${special}`)}%`);
  }
  return { sql: clauses.join(' and '), params };
}

const ORGANIZATION_COLUMNS = 'p.id, p.name, p.kind::text as kind, p.email, p.website';

/**
 * Reads of the export: each page is one SQL statement (count and rows together); streams read in
 * keyset batches (`id > last`), so memory stays bounded whatever the catalogue's size.
 */
export class HsdsRepository {
  constructor(private readonly em: EntityManager) {}

  /** A page of published offers in ID order, with the number of all that match, in one statement. */
  async page(filters: HsdsFilters, limit: number, offset: number): Promise<HsdsPage<HsdsOfferRow>> {
    const where = offerWhere(filters);
    const rows: (Partial<HsdsOfferRow> & { total: number })[] = await this.em.execute(
      `with total as (select count(*)::int as total from offer o left join location l on l.id = o.location_id where ${where.sql})
       select total.total, page.* from total
       left join lateral (
         select ${OFFER_COLUMNS} ${OFFER_JOINS}
         where ${where.sql}
         order by o.id
         limit ? offset ?
       ) page on true`,
      [...where.params, ...where.params, limit, offset],
    );
    return { total: rows[0]?.total ?? 0, rows: rows.filter((row) => row.id != null) as HsdsOfferRow[] };
  }

  /** The next `limit` published offers after ID `after` (keyset), for streams. */
  async after(filters: HsdsFilters, after: number, limit: number): Promise<HsdsOfferRow[]> {
    const where = offerWhere(filters);
    return this.em.execute(`select ${OFFER_COLUMNS} ${OFFER_JOINS} where ${where.sql} and o.id > ? order by o.id limit ?`, [...where.params, after, limit]);
  }

  async published(id: number): Promise<HsdsOfferRow | null> {
    const rows: HsdsOfferRow[] = await this.em.execute(`select ${OFFER_COLUMNS} ${OFFER_JOINS} where o.id = ? and o.status = 'PUBLISHED'`, [id]);
    return rows[0] ?? null;
  }

  async organizationPage(search: string | undefined, limit: number, offset: number): Promise<HsdsPage<HsdsOrganizationRow>> {
    const where = organizationWhere(search);
    const rows: (Partial<HsdsOrganizationRow> & { total: number })[] = await this.em.execute(
      `with total as (select count(*)::int as total from provider p where ${where.sql})
       select total.total, page.* from total
       left join lateral (select ${ORGANIZATION_COLUMNS} from provider p where ${where.sql} order by p.id limit ? offset ?) page on true`,
      [...where.params, ...where.params, limit, offset],
    );
    return { total: rows[0]?.total ?? 0, rows: rows.filter((row) => row.id != null) as HsdsOrganizationRow[] };
  }

  async organizationsAfter(search: string | undefined, after: number, limit: number): Promise<HsdsOrganizationRow[]> {
    const where = organizationWhere(search);
    return this.em.execute(`select ${ORGANIZATION_COLUMNS} from provider p where ${where.sql} and p.id > ? order by p.id limit ?`, [...where.params, after, limit]);
  }

  async organization(id: number): Promise<HsdsOrganizationRow | null> {
    const where = organizationWhere(undefined);
    const rows: HsdsOrganizationRow[] = await this.em.execute(`select ${ORGANIZATION_COLUMNS} from provider p where ${where.sql} and p.id = ?`, [id]);
    return rows[0] ?? null;
  }
}
