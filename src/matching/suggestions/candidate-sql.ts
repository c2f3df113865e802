import { codeArrayOf, joinSql, rawSql, sql, type Sql } from '../../core/database/sql';
import type { StartWindow } from '../eligibility/windows';
import type { Level } from '../eligibility/rules';
import type { CandidateOffer, ClientProfile } from './score';

/**
 * The statements behind suggestions. The candidates are the published offers that pass every hard
 * rule, all of which are SQL here (score.ts checks them again on the rows it scores): legally open
 * on their start date (the eligibility windows), the offer's age range on the day of entry, an
 * admitted status, joinable, a seat (the provider's count and the referrals' holds) or an open
 * waiting list, in reach.
 */

/** A candidate offer's row as the statements here return it (FULL_COLUMNS), with its distance from the person. */
export interface CandidateRow {
  id: number;
  programme: string;
  format: string;
  start_date: string;
  end_date: string | null;
  rolling_entry: boolean;
  weekdays: string[];
  times_of_day: string[];
  capacity: number | null;
  seats_taken: number;
  waitlist_length: number;
  waitlist_open: boolean;
  fee_euro: number | null;
  support_languages: string[];
  audiences: string[];
  childcare: boolean;
  entry_level_min: Level | null;
  entry_level_max: Level | null;
  target_level: Level | null;
  min_age: number | null;
  max_age: number | null;
  admitted_residence_statuses: string[];
  distance_km: number | null;
  family?: string;
  candidate?: boolean;
}

/** earthdistance measures on a 6378.168 km sphere, hub_distance_km on 6371 km: widen its box to match (as the offer search does). */
const EARTH_BOX_SCALE = (6378.168 / 6371.0) * 1.0001;

export interface CandidateFilter {
  asOf: string;
  /** Where the person lives. */
  origin: { latitude: number; longitude: number };
  maxTravelKm: number;
  /** The legal prefilter; null: none (the person's facts are to change, as along a pathway). */
  windows: readonly StartWindow[] | null;
  /** Only these programmes; null: any. */
  programmes?: readonly string[] | null;
  families: readonly string[] | null;
  offerIds: readonly number[] | null;
  onlyWithFreeSeats: boolean;
}

const intArray = (values: readonly number[]) => `{${values.map((value) => Math.trunc(value)).join(',')}}`;

/** The legal windows as one condition: open programmes by list, dated windows one by one. */
function windowCondition(windows: readonly StartWindow[]): Sql {
  const always = windows.filter((window) => window.from === null && window.until === null).map((window) => window.programme);
  const dated = windows.filter((window) => window.from !== null || window.until !== null);
  const parts: Sql[] = [sql`o.programme::text = any(${always}::text[])`];
  for (const window of dated) {
    const from = window.from === null ? rawSql('true') : sql`o.start_date >= ${window.from}::date`;
    const until = window.until === null ? rawSql('true') : sql`o.start_date < ${window.until}::date`;
    parts.push(sql`(o.programme::text = ${window.programme} and ${from} and ${until})`);
  }
  return sql`(${joinSql(parts, ' or ')})`;
}

/** Every hard rule but reach, and the request's filter. */
function conditions(profile: ClientProfile, filter: CandidateFilter): Sql {
  const entry = sql`greatest(o.start_date, ${filter.asOf}::date)`;
  const age = sql`extract(year from age(${entry}, ${profile.birthDate}::date))`;
  const parts: Sql[] = [
    rawSql(`o.status = 'PUBLISHED'`),
    filter.windows === null ? rawSql('true') : windowCondition(filter.windows),
    sql`(o.start_date >= ${filter.asOf}::date or (o.rolling_entry and (o.end_date is null or o.end_date >= ${filter.asOf}::date)))`,
    rawSql('(o.capacity is null or o.capacity > o.seats_taken + o.seats_referred or o.waitlist_open)'),
    sql`(cardinality(o.admitted_residence_statuses) = 0 or ${profile.residenceStatus}::text = any(o.admitted_residence_statuses))`,
    sql`(o.min_age is null or ${age} >= o.min_age) and (o.max_age is null or ${age} <= o.max_age)`,
  ];
  if (filter.programmes != null) parts.push(sql`o.programme::text = any(${filter.programmes}::text[])`);
  if (filter.families !== null) parts.push(sql`o.family::text = any(${filter.families}::text[])`);
  if (filter.offerIds !== null) parts.push(sql`o.id = any(${intArray(filter.offerIds)}::int[])`);
  if (filter.onlyWithFreeSeats) parts.push(rawSql('(o.capacity is null or o.capacity > o.seats_taken + o.seats_referred)'));
  return joinSql(parts, ' and ');
}

/**
 * The candidates, in disjoint branches so that each is found through an index (an OR across them
 * would scan every offer): in-person offers within the travel distance, through the GiST index on
 * locations, and every other (online, hybrid, or no location), through the covering index of
 * remote offers.
 */
function reachable(profile: ClientProfile, filter: CandidateFilter, columns: Sql): Sql {
  const lat = sql`${filter.origin.latitude}::float8`;
  const lon = sql`${filter.origin.longitude}::float8`;
  const distance = sql`hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude)`;
  const where = conditions(profile, filter);
  const km = filter.maxTravelKm;
  return sql`select ${columns}, ${distance} as distance_km
        from location l join offer o on o.location_id = l.id
       where earth_box(ll_to_earth(${lat}, ${lon}), ${km * 1000 * EARTH_BOX_SCALE}::float8) @> ll_to_earth(l.latitude, l.longitude)
         and ${distance} <= ${km}::float8 and o.format = 'IN_PERSON' and ${where}
    union all
      select ${columns}, case when l.id is null then null else ${distance} end as distance_km
        from offer o left join location l on l.id = o.location_id
       where (o.format <> 'IN_PERSON' or o.location_id is null) and ${where}`;
}

/** The full row of a candidate, as score.ts reads it. */
const FULL_COLUMNS = rawSql(`o.id, o.programme::text as programme, o.format::text as format, o.start_date::text as start_date, o.end_date::text as end_date,
      o.rolling_entry, o.weekdays, o.times_of_day, o.capacity, o.seats_taken + o.seats_referred as seats_taken, o.waitlist_length, o.waitlist_open, o.fee_euro,
      o.support_languages, o.audiences, o.childcare, o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max,
      o.target_level::text as target_level, o.min_age, o.max_age, o.admitted_residence_statuses`);

/** How many candidates there are: every published offer no hard rule excludes. */
export function candidateCountSql(profile: ClientProfile, filter: CandidateFilter): Sql {
  return sql`select count(*)::int as count from (${reachable(profile, filter, rawSql('o.id'))}) c`;
}

/** The nearest `perProgramme` candidates of each programme (online first), at most `limit` in all, nearest first, then by ID. */
export function nearestPerProgrammeSql(profile: ClientProfile, filter: CandidateFilter, perProgramme: number, limit: number): Sql {
  return sql`select * from (
      select c.*, row_number() over (partition by c.programme order by coalesce(c.distance_km, 0), c.id) as programme_rank
        from (${reachable(profile, filter, FULL_COLUMNS)}) c
    ) ranked where programme_rank <= ${perProgramme}
    order by coalesce(distance_km, 0), id limit ${limit}`;
}

/**
 * The published offers among `offerIds` with their distance, each with `candidate`: whether it
 * passes every hard rule and the filter now (the ranking's offers, read afresh); with
 * `alsoSelect`, more columns of `o` (the offer as its GraphQL node shows it).
 */
export function offerRowsSql(profile: ClientProfile, filter: CandidateFilter, offerIds: readonly number[], alsoSelect: Sql | null = null): Sql {
  const lat = sql`${filter.origin.latitude}::float8`;
  const lon = sql`${filter.origin.longitude}::float8`;
  const distance = sql`case when l.id is null then null else hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) end`;
  return sql`select ${FULL_COLUMNS}, ${alsoSelect ?? rawSql('null as nothing')}, o.family::text as family, ${distance} as distance_km,
      (${conditions(profile, filter)} and (o.format <> 'IN_PERSON' or l.id is null or ${distance} <= ${filter.maxTravelKm}::float8)) as candidate
    from offer o left join location l on l.id = o.location_id
    where o.status = 'PUBLISHED' and o.id = any(${intArray(offerIds)}::int[])`;
}

/** One published offer with its distance, whatever the hard rules say (for an offer's fit). */
export function offerRowSql(origin: CandidateFilter['origin'], offerId: number): Sql {
  const lat = sql`${origin.latitude}::float8`;
  const lon = sql`${origin.longitude}::float8`;
  return sql`select ${FULL_COLUMNS}, case when l.id is null then null else hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) end as distance_km
    from offer o left join location l on l.id = o.location_id
    where o.status = 'PUBLISHED' and o.id = ${offerId}`;
}

export function candidateOf(row: CandidateRow): CandidateOffer {
  return {
    id: row.id,
    programme: row.programme,
    format: row.format,
    startDate: row.start_date,
    endDate: row.end_date,
    rollingEntry: row.rolling_entry,
    weekdays: codeArrayOf(row.weekdays),
    timesOfDay: codeArrayOf(row.times_of_day),
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    waitlistLength: row.waitlist_length,
    waitlistOpen: row.waitlist_open,
    feeEuro: row.fee_euro,
    supportLanguages: codeArrayOf(row.support_languages),
    audiences: codeArrayOf(row.audiences),
    childcare: row.childcare,
    entryLevelMin: row.entry_level_min,
    entryLevelMax: row.entry_level_max,
    targetLevel: row.target_level,
    minAge: row.min_age,
    maxAge: row.max_age,
    admittedResidenceStatuses: codeArrayOf(row.admitted_residence_statuses),
    distanceKm: row.distance_km,
  };
}
