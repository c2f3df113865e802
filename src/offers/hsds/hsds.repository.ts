import type { EntityManager } from '@mikro-orm/postgresql';

/** One published offer with its provider and place, as the HSDS export reads it. */
export interface HsdsOfferRow {
  id: number;
  title: string;
  description: string;
  programme: string;
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
  o.id, o.title, o.description, o.programme::text as programme, o.format::text as format, o.support_languages,
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

export interface HsdsOfferPage {
  total: number;
  rows: HsdsOfferRow[];
}

/** Reads of the export: each answer is one SQL statement. */
export class HsdsRepository {
  constructor(private readonly em: EntityManager) {}

  /** A page of published offers in ID order, with the number of all of them, in one statement. */
  async page(limit: number, offset: number): Promise<HsdsOfferPage> {
    const rows: (Partial<HsdsOfferRow> & { total: number })[] = await this.em.execute(
      `with total as (select count(*)::int as total from offer where status = 'PUBLISHED')
       select total.total, page.* from total
       left join lateral (
         select ${OFFER_COLUMNS} ${OFFER_JOINS}
         where o.status = 'PUBLISHED'
         order by o.id
         limit ? offset ?
       ) page on true`,
      [limit, offset],
    );
    const total = rows[0]?.total ?? 0;
    return { total, rows: rows.filter((row) => row.id != null) as HsdsOfferRow[] };
  }

  async published(id: number): Promise<HsdsOfferRow | null> {
    const rows: HsdsOfferRow[] = await this.em.execute(`select ${OFFER_COLUMNS} ${OFFER_JOINS} where o.id = ? and o.status = 'PUBLISHED'`, [id]);
    return rows[0] ?? null;
  }
}
