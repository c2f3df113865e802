import { sql, type Sql } from '../../../core/database/sql';
import { predicate, type CriterionPredicate } from '../criterion';
import type { Origin } from '../origin';

/** Where the offer takes place: its distance from an origin, its district. Online-only offers have no location and hold neither. */

/** earthdistance measures on a 6378.168 km sphere, our distances on 6371 km: widen its box to match. */
const EARTH_BOX_SCALE = (6378.168 / 6371.0) * 1.0001;

/** Great-circle kilometres from the origin to the offer's location (6,371 km sphere); null without a location. */
export function distanceKm(origin: Origin): Sql {
  return sql`hub_distance_km(${origin.lat}, ${origin.lon}, l.latitude, l.longitude)`;
}

/**
 * The offer's location lies within `radiusKm` of the origin: an earthdistance box first (so the
 * GiST index on locations applies), then the exact distance.
 */
export function distancePredicate(origin: Origin, radiusKm: number): CriterionPredicate<'DISTANCE'> {
  const box = sql`earth_box(ll_to_earth(${origin.lat}, ${origin.lon}), ${radiusKm * 1000 * EARTH_BOX_SCALE}::float8) @> ll_to_earth(l.latitude, l.longitude)`;
  return predicate('DISTANCE', sql`${box} and ${distanceKm(origin)} <= ${radiusKm}::float8`);
}

/** The offer's location is in this district. */
export function districtPredicate(districtId: number): CriterionPredicate<'DISTRICT'> {
  return predicate('DISTRICT', sql`l.municipality_id in (select id from municipality where district_id = ${districtId})`);
}
