import type { EntityManager } from '@mikro-orm/postgresql';
import { rawSql, sql, type Sql } from '../../core/database/sql';
import { AppError } from '../../core/errors';
import type { GeoRadius } from './search-filter';

/**
 * Where a radius search starts, as SQL expressions. A point is bound as it is; a postal code or a
 * municipality resolves inside the same statement, in the CTE `origin` (one row, or none when
 * the postal code is unknown: then every distance is null and nothing matches).
 */
export interface Origin {
  cte: Sql | null;
  lat: Sql;
  lon: Sql;
}

export function resolveOrigin(near: GeoRadius): Origin {
  if (near.latitude != null && near.longitude != null) {
    return { cte: null, lat: sql`${near.latitude}::float8`, lon: sql`${near.longitude}::float8` };
  }
  const cte =
    near.municipalityId != null
      ? sql`origin as materialized (select latitude as lat, longitude as lon from municipality where id = ${near.municipalityId})`
      : postalCodeOrigin(near.postalCode!);
  return { cte, lat: rawSql('(select lat from origin)'), lon: rawSql('(select lon from origin)') };
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

/**
 * Tells an unknown postal code (an error, `UNKNOWN_POSTAL_CODE`) from a known one. An unknown code
 * resolves to no origin, so nothing matches: only an empty answer can come from one. Callers ask
 * then, and only then, and it costs one cheap statement; a search that finds offers costs none.
 * One per search service, i.e. per request: an empty page and its zero totalCount ask once.
 */
export class KnownPostalCodes {
  private readonly known = new Map<string, Promise<boolean>>();

  constructor(private readonly em: EntityManager) {}

  async assertKnown(near: GeoRadius | null | undefined): Promise<void> {
    const postalCode = near?.postalCode;
    if (postalCode == null) return;
    let known = this.known.get(postalCode);
    if (!known) {
      const query = sql`with ${postalCodeOrigin(postalCode)} select count(*)::int as known from origin`;
      known = this.em.execute<Array<{ known: number }>>(query.text, [...query.values]).then(([row]) => row.known > 0);
      this.known.set(postalCode, known);
    }
    if (!(await known)) {
      throw new AppError('UNKNOWN_POSTAL_CODE', `No place or address of the catalogue has the postal code "${postalCode}".`, {
        argument: 'filter.near.postalCode',
      });
    }
  }
}
