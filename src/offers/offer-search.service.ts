import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import { ReadModel } from '../core/database/read-model';
import { joinSql, rawSql, sql, type Sql } from '../core/database/sql';
import { AppError } from '../core/errors';
import { encodeCursor, type PageRequest } from '../core/relay/connection';
import { keysetSql, type KeysetOrdering } from '../core/relay/keyset';
import { District } from '../geography/district.entity';
import { Municipality } from '../geography/municipality.entity';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { Offer } from './offer.entity';
import { MAX_RADIUS_KM, MAX_TEXT_LENGTH, type GeoRadius, type OfferSearchFilter, type OfferSort } from './offer-search';

/** One search result: read-only views of the offer and everything a result card shows. */
export interface OfferHit {
  offer: Offer;
  provider: Provider;
  location: Location | null;
  municipality: Municipality | null;
  district: District | null;
  cursor: string;
  distanceKm: number | null;
}

type HitRow = Record<string, unknown> & {
  'hits.id': number;
  'hits.start_date': string;
  'hits.distance_km': number | null;
  'hits.relevance': number | null;
};

/** The views a search page is built from, derived once per metadata (i.e. once per process). */
const readModels = new WeakMap<MetadataStorage, ReturnType<typeof createReadModels>>();

function createReadModels(metadata: MetadataStorage) {
  return {
    offer: new ReadModel(Offer, metadata, 'o'),
    provider: new ReadModel(Provider, metadata, 'p'),
    location: new ReadModel(Location, metadata, 'l'),
    municipality: new ReadModel(Municipality, metadata, 'm'),
    district: new ReadModel(District, metadata, 'd'),
  };
}

/** earthdistance measures on a 6378.168 km sphere, our distances on 6371 km: widen its box to match. */
const EARTH_BOX_SCALE = (6378.168 / 6371.0) * 1.0001;
const POSTAL_CODE = /^[0-9]{5}$/;

/**
 * Compiled filter: the shared WHERE clause plus the expressions that ordering and edges need.
 * Every public query (page, count, facets) starts from the same compiled filter, so they agree.
 */
interface CompiledFilter {
  ctes: Sql[];
  where: Sql;
  distance: Sql | null;
  relevance: Sql | null;
}

/**
 * Searches the public catalogue. A page is one statement: the keyset page of matches joined with
 * the offers, providers, locations, places and districts a result card shows, read as views (see
 * ReadModel). A second statement runs only when `totalCount` is selected, and one more only when a
 * search from a postal code finds nothing (to tell an unknown code, see assertKnownOrigin).
 */
export class OfferSearchService {
  private readonly knownPostalCodes = new Map<string, Promise<boolean>>();

  constructor(private readonly em: EntityManager) {}

  async search(viewer: Viewer, filter: OfferSearchFilter, sort: OfferSort | null, page: PageRequest): Promise<OfferHit[]> {
    const compiled = compileFilter(viewer, filter);
    const ordering = orderingFor(sort, compiled);
    const keyset = keysetSql(ordering, page);
    const metadata = this.em.getMetadata();
    let models = readModels.get(metadata);
    if (!models) readModels.set(metadata, (models = createReadModels(metadata)));

    // The innermost select names the sort keys; PostgreSQL flattens it, so indexes on offer apply.
    // The page is cut first, then joined, so only its rows are widened.
    const query = sql`${withClause(compiled.ctes)}
      select hits.id as "hits.id", hits.start_date::text as "hits.start_date", hits.distance_km as "hits.distance_km",
        hits.relevance as "hits.relevance",
        ${models.offer.selectList()}, ${models.provider.selectList()}, ${models.location.selectList()},
        ${models.municipality.selectList()}, ${models.district.selectList()}
      from (
        select hits.* from (
          select o.id, o.start_date,
            ${compiled.distance ?? rawSql('null::float8')} as distance_km,
            ${compiled.relevance ?? rawSql('null::float8')} as relevance
          from offer o
          left join location l on l.id = o.location_id
          where ${compiled.where}
        ) hits
        ${keyset.where ? sql`where ${keyset.where}` : rawSql('')}
        order by ${rawSql(keyset.orderBy)}
        limit ${page.limit + 1}
      ) hits
      join offer o on o.id = hits.id
      join provider p on p.id = o.provider_id
      left join location l on l.id = o.location_id
      left join municipality m on m.id = l.municipality_id
      left join district d on d.id = m.district_id
      order by ${rawSql(keyset.orderBy)}`;
    const rows = await this.em.execute<HitRow[]>(query.text, [...query.values]);
    if (rows.length === 0) await this.assertKnownOrigin(filter);

    return rows.map((row) => ({
      offer: models.offer.fromRow(row)!,
      provider: models.provider.fromRow(row)!,
      location: models.location.fromRow(row),
      municipality: models.municipality.fromRow(row),
      district: models.district.fromRow(row),
      distanceKm: row['hits.distance_km'],
      // Result columns are named like the sort keys, so a cursor is just those values.
      cursor: encodeCursor(ordering.keys.map((key) => row[key.column] as string | number)),
    }));
  }

  async count(viewer: Viewer, filter: OfferSearchFilter): Promise<number> {
    const compiled = compileFilter(viewer, filter);
    const query = sql`${withClause(compiled.ctes)}
      select count(*)::int as count from offer o left join location l on l.id = o.location_id where ${compiled.where}`;
    const [row] = await this.em.execute<Array<{ count: number }>>(query.text, [...query.values]);
    if (row.count === 0) await this.assertKnownOrigin(filter);
    return row.count;
  }

  /** Counts per family, programme, district and format for one filter, in one statement. */
  async facets(viewer: Viewer, filter: OfferSearchFilter): Promise<FacetRow[]> {
    const compiled = compileFilter(viewer, filter);
    const query = sql`${withClause(compiled.ctes)}
      select o.family::text as family, o.programme::text as programme, m.district_id, o.format::text as format,
        grouping(m.district_id) = 0 as by_district, count(*)::int as count
      from offer o
      left join location l on l.id = o.location_id
      left join municipality m on m.id = l.municipality_id
      where ${compiled.where}
      group by grouping sets ((o.family), (o.programme), (m.district_id), (o.format))`;
    const rows = await this.em.execute<FacetRow[]>(query.text, [...query.values]);
    if (rows.length === 0) await this.assertKnownOrigin(filter);
    return rows;
  }

  /**
   * An unknown postal code resolves to no origin, so nothing matches: only an empty answer can come
   * from one. Then, and only then, one cheap statement tells an unknown code (an error) from a known
   * one without matches; a search that finds offers costs no extra statement.
   */
  private async assertKnownOrigin(filter: OfferSearchFilter): Promise<void> {
    const postalCode = filter.near?.postalCode;
    if (postalCode == null) return;
    // An empty page and its zero totalCount ask once.
    let known = this.knownPostalCodes.get(postalCode);
    if (!known) {
      const query = sql`with ${postalCodeOrigin(postalCode)} select count(*)::int as known from origin`;
      known = this.em.execute<Array<{ known: number }>>(query.text, [...query.values]).then(([row]) => row.known > 0);
      this.knownPostalCodes.set(postalCode, known);
    }
    if (!(await known)) {
      throw new AppError('UNKNOWN_POSTAL_CODE', `No place or address of the catalogue has the postal code "${postalCode}".`, {
        argument: 'filter.near.postalCode',
      });
    }
  }
}

export interface FacetRow {
  family: string | null;
  programme: string | null;
  district_id: number | null;
  format: string | null;
  by_district: boolean;
  count: number;
}

function withClause(ctes: Sql[]): Sql {
  return ctes.length === 0 ? rawSql('') : sql`with ${joinSql(ctes, ', ')}`;
}

function orderingFor(sort: OfferSort | null, compiled: CompiledFilter): KeysetOrdering {
  const field = sort?.field ?? (compiled.relevance ? 'RELEVANCE' : compiled.distance ? 'DISTANCE' : 'START_DATE');
  const id = { column: 'hits.id', type: 'integer' } as const;
  switch (field) {
    case 'RELEVANCE':
      if (!compiled.relevance) {
        throw new AppError('INVALID_ARGUMENT', 'Ordering by RELEVANCE needs "filter.text".', { argument: 'orderBy' });
      }
      // Best matches first unless ASC is asked for explicitly.
      return { direction: sort?.direction === 'ASC' ? 'asc' : 'desc', keys: [{ column: 'hits.relevance', type: 'number' }, id] };
    case 'DISTANCE':
      if (!compiled.distance) {
        throw new AppError('INVALID_ARGUMENT', 'Ordering by DISTANCE needs "filter.near".', { argument: 'orderBy' });
      }
      return { direction: sort?.direction === 'DESC' ? 'desc' : 'asc', keys: [{ column: 'hits.distance_km', type: 'number' }, id] };
    case 'START_DATE':
      return { direction: sort?.direction === 'DESC' ? 'desc' : 'asc', keys: [{ column: 'hits.start_date', type: 'date' }, id] };
  }
}

function compileFilter(viewer: Viewer, filter: OfferSearchFilter): CompiledFilter {
  validateFilter(filter);
  const ctes: Sql[] = [];
  // Anonymous viewers (partner portals) only ever see published offers.
  const conditions: Sql[] = [visibility(viewer)];
  let distance: Sql | null = null;
  let relevance: Sql | null = null;

  const text = filter.text?.trim();
  if (text) {
    ctes.push(textQuery(text));
    conditions.push(rawSql('o.search_vector @@ (select ts from text_query)'));
    relevance = rawSql('ts_rank_cd(o.search_vector, (select ts from text_query))::float8');
  }
  if (filter.families?.length) conditions.push(sql`o.family = any(${filter.families}::offer_family[])`);
  if (filter.programmes?.length) conditions.push(sql`o.programme = any(${filter.programmes}::programme[])`);
  if (filter.near) {
    const origin = originOf(filter.near, ctes);
    distance = sql`hub_distance_km(${origin.lat}, ${origin.lon}, l.latitude, l.longitude)`;
    conditions.push(sql`earth_box(ll_to_earth(${origin.lat}, ${origin.lon}), ${filter.near.radiusKm * 1000 * EARTH_BOX_SCALE}::float8) @> ll_to_earth(l.latitude, l.longitude)`);
    conditions.push(sql`${distance} <= ${filter.near.radiusKm}::float8`);
  }
  if (filter.startsFrom) {
    // Rolling-entry offers that already run still count as joinable from that date.
    conditions.push(sql`(o.start_date >= ${filter.startsFrom}::date or (o.rolling_entry and (o.end_date is null or o.end_date >= ${filter.startsFrom}::date)))`);
  }
  if (filter.startsUntil) conditions.push(sql`o.start_date <= ${filter.startsUntil}::date`);
  if (filter.levels?.length) {
    const admits = filter.levels.map(
      (level) => sql`((o.entry_level_min is null or o.entry_level_min <= ${level}::cefr_level) and (o.entry_level_max is null or o.entry_level_max >= ${level}::cefr_level))`,
    );
    conditions.push(sql`(${joinSql(admits, ' or ')})`);
  }
  if (filter.audiences?.length) conditions.push(sql`o.audiences && ${filter.audiences}::text[]`);
  if (filter.childcare != null) conditions.push(sql`o.childcare = ${filter.childcare}`);
  if (filter.formats?.length) conditions.push(sql`o.format = any(${filter.formats}::offer_format[])`);
  if (filter.hasFreeSeats === true) conditions.push(rawSql('(o.capacity is null or o.capacity > o.seats_taken)'));
  if (filter.hasFreeSeats === false) conditions.push(rawSql('(o.capacity is not null and o.capacity <= o.seats_taken)'));
  if (filter.providerId != null) conditions.push(sql`o.provider_id = ${filter.providerId}`);
  if (filter.districtId != null) {
    conditions.push(sql`l.municipality_id in (select id from municipality where district_id = ${filter.districtId})`);
  }
  return { ctes, where: joinSql(conditions, ' and '), distance, relevance };
}

function visibility(viewer: Viewer): Sql {
  switch (viewer.kind) {
    case 'anonymous':
    // Signed-in users and integrations see the public catalogue too; a provider's own drafts come
    // with offer editing.
    case 'user':
    case 'integration':
      return rawSql(`o.status = 'PUBLISHED'`);
  }
}

/**
 * Words shorter than this are never corrected: the vocabulary holds no such words (see the
 * catalogue migration's hub_collect_search_terms), and trigrams of one or two characters say nothing
 * about similarity, so "B1" or "EQ" would be "corrected" into an unrelated term.
 */
const SHORTEST_CORRECTED_WORD = 3;

/**
 * German full text with typo tolerance: each query word of three characters or more that is not a
 * known catalogue term is replaced by the most similar known term (trigram similarity,
 * accent-blind); shorter words ("B1", "EQ") stay as they are. Then all words must match (stemmed,
 * stop words dropped). A slash separates words, as in the search vector. Resolved once per
 * statement, so the GIN index applies.
 */
function textQuery(text: string): Sql {
  return sql`text_query as materialized (
    select plainto_tsquery('german', coalesce(string_agg(term, ' '), '')) as ts from (
      select case when length(word) < ${rawSql(String(SHORTEST_CORRECTED_WORD))} then word else coalesce(
        (select t.term from search_term t where t.term = word),
        (select t.term from search_term t where hub_fold(t.term) % hub_fold(word)
           order by hub_fold(t.term) <-> hub_fold(word), t.term limit 1),
        word) end as term
      from unnest(tsvector_to_array(to_tsvector('simple', translate(${text}, '/', ' ')))) as word
    ) corrected)`;
}

/** The search origin as SQL expressions; postal codes and municipalities resolve inside the same statement. */
function originOf(near: GeoRadius, ctes: Sql[]): { lat: Sql; lon: Sql } {
  if (near.latitude != null && near.longitude != null) {
    return { lat: sql`${near.latitude}::float8`, lon: sql`${near.longitude}::float8` };
  }
  if (near.municipalityId != null) {
    ctes.push(sql`origin as materialized (select latitude as lat, longitude as lon from municipality where id = ${near.municipalityId})`);
  } else {
    ctes.push(postalCodeOrigin(near.postalCode!));
  }
  return { lat: rawSql('(select lat from origin)'), lon: rawSql('(select lon from origin)') };
}

/** A municipality's own postal code first, else the centre of the catalogue's addresses with that code; no row if unknown. */
function postalCodeOrigin(postalCode: string): Sql {
  return sql`origin as materialized (
    select lat, lon from (
      select latitude as lat, longitude as lon, 0 as rank from municipality where postal_code = ${postalCode}
      union all
      select avg(latitude), avg(longitude), 1 from location where postal_code = ${postalCode} having count(*) > 0
    ) candidates order by rank limit 1)`;
}

function validateFilter(filter: OfferSearchFilter): void {
  const fail = (argument: string, message: string): never => {
    throw new AppError('INVALID_ARGUMENT', message, { argument });
  };
  if (filter.text && filter.text.length > MAX_TEXT_LENGTH) fail('filter.text', `"filter.text" must not exceed ${MAX_TEXT_LENGTH} characters.`);
  if (filter.startsFrom && filter.startsUntil && filter.startsFrom > filter.startsUntil) {
    fail('filter.startsUntil', '"filter.startsUntil" must not be before "filter.startsFrom".');
  }
  const near = filter.near;
  if (!near) return;
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    fail('filter.near.radiusKm', `"filter.near.radiusKm" must be greater than 0 and at most ${MAX_RADIUS_KM}.`);
  }
  const hasPoint = near.latitude != null || near.longitude != null;
  const origins = [hasPoint, near.postalCode != null, near.municipalityId != null].filter(Boolean).length;
  if (origins !== 1) {
    fail('filter.near', '"filter.near" needs exactly one origin: latitude and longitude, postalCode, or municipality.');
  }
  if (hasPoint) {
    if (near.latitude == null || !(near.latitude >= -90 && near.latitude <= 90)) fail('filter.near.latitude', '"filter.near.latitude" must be between -90 and 90.');
    if (near.longitude == null || !(near.longitude >= -180 && near.longitude <= 180)) fail('filter.near.longitude', '"filter.near.longitude" must be between -180 and 180.');
  }
  if (near.postalCode != null && !POSTAL_CODE.test(near.postalCode)) fail('filter.near.postalCode', '"filter.near.postalCode" must be five digits.');
}
