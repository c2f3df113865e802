import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer';
import { ReadModel } from '../../core/database/read-model';
import { rawSql, sql } from '../../core/database/sql';
import type { PageRequest } from '../../core/relay/connection';
import { keysetSql } from '../../core/relay/keyset';
import { District } from '../../geography/district.entity';
import { Municipality } from '../../geography/municipality.entity';
import { Location } from '../../providers/location.entity';
import { Provider } from '../../providers/provider.entity';
import { Offer } from '../offer.entity';
import { canSeeOffer } from '../offer.policy';
import { criteriaHeldQuery, readCriteriaHeld, type CriterionOutcome } from './evaluate';
import { compileFilter, withClause } from './filter';
import { cursorOf, orderingFor } from './ordering';
import { KnownPostalCodes } from './origin';
import type { OfferSearchFilter, OfferSort } from './search-filter';

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

export interface FacetRow {
  family: string | null;
  programme: string | null;
  district_id: number | null;
  format: string | null;
  by_district: boolean;
  count: number;
}

type HitRow = Record<string, unknown> & { 'hits.distance_km': number | null };

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

/**
 * Searches the public catalogue (see filter.ts for the criteria). A page is one statement: the
 * keyset page of matches joined with the offers, providers, locations, places and districts a
 * result card shows, read as views (see ReadModel). A second statement runs only when
 * `totalCount` is selected, and one more only when a search from a postal code finds nothing (to
 * tell an unknown code, see KnownPostalCodes).
 */
export class OfferSearchService {
  private readonly postalCodes: KnownPostalCodes;

  constructor(private readonly em: EntityManager) {
    this.postalCodes = new KnownPostalCodes(em);
  }

  async search(viewer: Viewer, filter: OfferSearchFilter, sort: OfferSort | null, page: PageRequest): Promise<OfferHit[]> {
    const compiled = compileFilter(viewer, filter);
    const ordering = orderingFor(sort, compiled);
    const keyset = keysetSql(ordering, page);
    const metadata = this.em.getMetadata();
    let models = readModels.get(metadata);
    if (!models) readModels.set(metadata, (models = createReadModels(metadata)));

    // The innermost select names the sort keys; PostgreSQL flattens it, so indexes on offer apply.
    // The page is cut first, then joined, so only its rows are widened.
    const query = sql`${withClause(compiled)}
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
    if (rows.length === 0) await this.postalCodes.assertKnown(filter.near);

    const hits = rows.map((row) => ({
      offer: models.offer.fromRow(row)!,
      provider: models.provider.fromRow(row)!,
      location: models.location.fromRow(row),
      municipality: models.municipality.fromRow(row),
      district: models.district.fromRow(row),
      distanceKm: row['hits.distance_km'],
      cursor: cursorOf(ordering, row),
    }));
    // The SQL rule (searchableOffers) lies within the policy; a hit outside it is a bug, never shown.
    if (!hits.every((hit) => canSeeOffer(viewer, hit.offer))) throw new Error('The offer search found an offer its viewer may not see');
    return hits;
  }

  async count(viewer: Viewer, filter: OfferSearchFilter): Promise<number> {
    const compiled = compileFilter(viewer, filter);
    const query = sql`${withClause(compiled)}
      select count(*)::int as count from offer o left join location l on l.id = o.location_id where ${compiled.where}`;
    const [row] = await this.em.execute<Array<{ count: number }>>(query.text, [...query.values]);
    if (row.count === 0) await this.postalCodes.assertKnown(filter.near);
    return row.count;
  }

  /** Counts per family, programme, district and format for one filter, in one statement. */
  async facets(viewer: Viewer, filter: OfferSearchFilter): Promise<FacetRow[]> {
    const compiled = compileFilter(viewer, filter);
    const query = sql`${withClause(compiled)}
      select o.family::text as family, o.programme::text as programme, m.district_id, o.format::text as format,
        grouping(m.district_id) = 0 as by_district, count(*)::int as count
      from offer o
      left join location l on l.id = o.location_id
      left join municipality m on m.id = l.municipality_id
      where ${compiled.where}
      group by grouping sets ((o.family), (o.programme), (m.district_id), (o.format))`;
    const rows = await this.em.execute<FacetRow[]>(query.text, [...query.values]);
    if (rows.length === 0) await this.postalCodes.assertKnown(filter.near);
    return rows;
  }

  /**
   * Which of the filter's criteria hold for each of these offers, in one statement: for a match
   * to say why it matched, or what it misses. Offers the viewer cannot find are left out; an
   * empty filter asks for nothing, so each offer gets an empty list. An unknown postal code is
   * the same error as in a search.
   */
  async criteriaHeld(viewer: Viewer, filter: OfferSearchFilter, offerIds: readonly number[]): Promise<Map<number, CriterionOutcome[]>> {
    const compiled = compileFilter(viewer, filter);
    const query = criteriaHeldQuery(compiled, offerIds);
    const outcomes = readCriteriaHeld(compiled, await this.em.execute<Array<Record<string, unknown>>>(query.text, [...query.values]));
    const nearHeld = [...outcomes.values()].some((list) => list.some((outcome) => outcome.criterion === 'DISTANCE' && outcome.held));
    if (!nearHeld) await this.postalCodes.assertKnown(filter.near);
    return outcomes;
  }
}
