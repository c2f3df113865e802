import { joinSql, rawSql, sql, type Sql } from '../../core/database/sql';
import type { StartWindow } from '../eligibility/windows';
import { LEVELS, levelRank } from '../eligibility/rules';
import { FACTORS, type ClientProfile, type Factor, type Weights } from './score';

/**
 * The statements behind suggestions. The candidates are the published offers that pass every hard
 * rule, all of which are SQL here (score.ts checks them again on the rows it scores): legally open
 * on their start date (the eligibility windows), the offer's age range on the day of entry, an
 * admitted status, joinable, a seat (the provider's count and the referrals' holds) or an open
 * waiting list, in reach. Each candidate carries an
 * upper bound of its score: per factor the exact value where SQL can state it plainly (plan goal,
 * level, distance, childcare, start after the support, seats, languages) and 1 elsewhere;
 * score.ts never scores above it (test/integration/suggestion-bound.test.ts).
 */

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
  /** Only the candidates of one ring around the person; null or absent: every candidate. */
  ring?: Ring | null;
  families: readonly string[] | null;
  offerIds: readonly number[] | null;
  onlyWithFreeSeats: boolean;
}

/**
 * A ring of candidates around the person: offers at a place (in person or hybrid) farther than
 * `fromKm` and at most `toKm` away (null: no bound; in-person offers stay within the travel
 * distance), and with `placeless` every offer without a place to travel to (online, no location).
 */
export interface Ring {
  fromKm: number | null;
  toKm: number | null;
  placeless: boolean;
}

export interface BoundInput {
  profile: ClientProfile;
  weights: Weights;
  /** Programmes that serve an open goal of the plan. */
  servingGoals: readonly string[];
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
 * The candidates with what their bound needs, in disjoint branches so that each is found through
 * an index (an OR across them would scan every offer): offers at a place, through the GiST index
 * on locations (in person within the travel distance; hybrid ones anywhere, or all of them within
 * `nearKm`), and offers without a place to travel to (online, or no location), through the
 * covering index of remote offers.
 */
function reachable(profile: ClientProfile, filter: CandidateFilter, columns: Sql): Sql {
  const lat = sql`${filter.origin.latitude}::float8`;
  const lon = sql`${filter.origin.longitude}::float8`;
  const distance = sql`hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude)`;
  const where = conditions(profile, filter);
  const ring = filter.ring ?? null;
  const beyond = ring?.fromKm == null ? rawSql('true') : sql`${distance} > ${ring.fromKm}::float8`;
  const within = (km: number, formats: string) => sql`select ${columns}, ${distance} as distance_km
        from location l join offer o on o.location_id = l.id
       where earth_box(ll_to_earth(${lat}, ${lon}), ${km * 1000 * EARTH_BOX_SCALE}::float8) @> ll_to_earth(l.latitude, l.longitude)
         and ${distance} <= ${km}::float8 and ${beyond} and ${rawSql(formats)} and ${where}`;
  const remote = (formats: string) => sql`select ${columns}, case when l.id is null then null else ${distance} end as distance_km
        from offer o left join location l on l.id = o.location_id
       where (o.format <> 'IN_PERSON' or o.location_id is null) and ${rawSql(formats)} and ${where}`;
  if (ring === null) return sql`${within(filter.maxTravelKm, `o.format = 'IN_PERSON'`)} union all ${remote('true')}`;
  const parts: Sql[] = [];
  if (ring.toKm !== null) parts.push(within(ring.toKm, `o.format <> 'ONLINE'`));
  else parts.push(within(filter.maxTravelKm, `o.format = 'IN_PERSON'`), sql`${remote(`o.format = 'HYBRID' and o.location_id is not null`)} and ${beyond}`);
  if (ring.placeless) parts.push(remote(`(o.format = 'ONLINE' or o.location_id is null)`));
  return joinSql(parts, ' union all ');
}

const BOUND_COLUMNS = rawSql(
  'o.id, o.programme, o.format, o.start_date, o.entry_level_min, o.entry_level_max, o.childcare, o.capacity, o.seats_taken + o.seats_referred as seats_taken, o.waitlist_open, o.waitlist_length, o.support_languages',
);

/** A factor's value as score.ts rounds it (three decimals, half up): floor(x·1000 + ½)/1000 is never below Math.round's. */
const rounded = (value: Sql) => sql`(floor(least(1, greatest(0, ${value})) * 1000 + 0.5) / 1000)`;
/** The same rounding in TypeScript, for bounds computed beside the statement. */
const roundedValue = (value: number) => Math.floor(Math.min(1, Math.max(0, value)) * 1000 + 0.5) / 1000;

/**
 * The highest bound of any candidate at a place farther than `km`: the bound's terms with the
 * distance term at `km` and every other at its maximum, summed in the bound's order, so no such
 * row's bound exceeds it.
 */
export function boundBeyond(weights: Weights, maxTravelKm: number, km: number): number {
  return FACTORS.reduce((sum, factor) => sum + weights[factor] * (factor === 'DISTANCE' ? roundedValue(1 - km / maxTravelKm) : 1), 0);
}

/**
 * The score's upper bound of one candidate row `c`: each term is the factor's weight times a value
 * at least the one score.ts computes (the same float operations where SQL states it exactly, 1
 * where it does not), summed in FACTORS order like scoreOf, so bound ≥ score holds exactly, and an
 * offer whose every factor is stated exactly has bound = score.
 */
function boundOf({ profile, weights, servingGoals }: BoundInput, filter: CandidateFilter): Sql {
  const rank = levelRank(profile.germanLevel);
  const levels = LEVELS as readonly string[];
  const entry = sql`greatest(c.start_date, ${filter.asOf}::date)`;
  const youngest = profile.childrenBirthYears.length === 0 ? null : Math.max(...profile.childrenBirthYears);
  const maxTravel = filter.maxTravelKm;
  const values: Record<Factor, Sql> = {
    PLAN_GOAL: sql`(case when c.programme::text = any(${servingGoals}::text[]) then 1 else 0 end)`,
    LEVEL: rounded(sql`1 - 0.5::float8 * greatest(coalesce(array_position(${levels}::text[], c.entry_level_min::text) - 1, -1) - ${rank}::int,
                                          ${rank}::int - coalesce(array_position(${levels}::text[], c.entry_level_max::text) - 1, 99), 0)`),
    DISTANCE: sql`(case when c.format = 'ONLINE' or c.distance_km is null or ${maxTravel}::float8 <= 0 then 1 else ${rounded(sql`1 - c.distance_km / ${maxTravel}::float8`)} end)`,
    SCHEDULE: profile.availability.length === 0 ? rawSql('(case when cardinality(c.o_weekdays) * cardinality(c.o_times) = 0 then 1 else 0.5 end)') : rawSql('1'),
    CHILDCARE: sql`(case when c.childcare or ${youngest}::int is null or extract(year from ${entry}) - ${youngest}::int >= 6 then 1 else 0 end)`,
    START: sql`(case when ${entry} > ${profile.supportPlannedEnd}::date then 0 else 1 end)`,
    SEATS: sql`(case when c.capacity is null or c.capacity > c.seats_taken then 1 when c.waitlist_open then ${rounded(rawSql('0.3::float8 / (1 + c.waitlist_length::float8 / 10)'))} else 0 end)`,
    LANGUAGES: sql`(case when cardinality(c.support_languages) = 0 then 0.5 when c.support_languages && ${profile.languages}::text[] then 1 else 0 end)`,
    AUDIENCE: rawSql('1'),
    COST: rawSql('1'),
  };
  const terms = FACTORS.map((factor) => sql`${weights[factor]}::float8 * ${values[factor]}::float8`);
  return sql`(${joinSql(terms, ' + ')})`;
}

/** The full row of a candidate, as score.ts reads it. */
const FULL_COLUMNS = rawSql(`o.id, o.programme::text as programme, o.format::text as format, o.start_date::text as start_date, o.end_date::text as end_date,
      o.rolling_entry, o.weekdays, o.times_of_day, o.capacity, o.seats_taken + o.seats_referred as seats_taken, o.waitlist_length, o.waitlist_open, o.fee_euro,
      o.support_languages, o.audiences, o.childcare, o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max,
      o.target_level::text as target_level, o.min_age, o.max_age, o.admitted_residence_statuses`);

/**
 * One batch of candidates by bound (highest first), then ID: the `limit` after (`after.bound`,
 * `after.id`) in that order, with their full rows. The bound of the batch's last row bounds the
 * score of every candidate not yet read.
 */
export function candidateBatchSql(input: BoundInput, filter: CandidateFilter, limit: number, after: { bound: number; id: number } | null): Sql {
  const columns = sql`${BOUND_COLUMNS}, o.weekdays as o_weekdays, o.times_of_day as o_times`;
  const keyset = after === null ? rawSql('true') : sql`(bound < ${after.bound}::float8 or (bound = ${after.bound}::float8 and id > ${after.id}::int))`;
  return sql`with bounded as (
      select c.id, c.distance_km, ${boundOf(input, filter)} as bound from (${reachable(input.profile, filter, columns)}) c
    ), batch as (
      select id, distance_km, bound from bounded where ${keyset} order by bound desc, id limit ${limit}
    )
    select ${FULL_COLUMNS}, b.distance_km, b.bound from batch b join offer o on o.id = b.id order by b.bound desc, b.id`;
}

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

/** One published offer with its distance, whatever the hard rules say (for an offer's fit). */
export function offerRowSql(origin: CandidateFilter['origin'], offerId: number): Sql {
  const lat = sql`${origin.latitude}::float8`;
  const lon = sql`${origin.longitude}::float8`;
  return sql`select ${FULL_COLUMNS}, case when l.id is null then null else hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) end as distance_km
    from offer o left join location l on l.id = o.location_id
    where o.status = 'PUBLISHED' and o.id = ${offerId}`;
}
