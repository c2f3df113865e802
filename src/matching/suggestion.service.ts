import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeClient } from '../caseloads/client.policy';
import type { Client } from '../caseloads/client.entity';
import { CERTIFICATE_LEVEL, INTEGRATION_COURSE_CERTIFICATES, OBLIGING_AUTHORITY, type GermanCertificate } from '../caseloads/client-facts.enums';
import type { Viewer } from '../core/auth/viewer';
import { rawSql, sql, type Sql } from '../core/database/sql';
import { AppError } from '../core/errors';
import { evaluateEligibility } from './eligibility/evaluate';
import type { EligibilityDecision, Level } from './eligibility/rules';
import { EligibilityService, type LoadedRuleSet } from './eligibility.service';
import { MatchingWeightSet } from './matching.entities';
import { MAX_CANDIDATES } from './matching.limits';
import { OPEN_GOAL_STATUSES } from '../plans/plan.enums';
import { programmesServing } from './suggestions/programme-areas';
import { exclusions, maxTravelOf, scoreFactors, scoreOf, type CandidateOffer, type ClientProfile, type ExclusionFound, type FactorScore, type OpenGoal, type Weights } from './suggestions/score';
import { levelRank } from './eligibility/rules';

/** earthdistance measures on a 6378.168 km sphere, hub_distance_km on 6371 km: widen its box to match (as the offer search does). */
const EARTH_BOX_SCALE = (6378.168 / 6371.0) * 1.0001;

export interface SuggestionCriteria {
  families: string[] | null;
  programmes: string[] | null;
  goalId: number | null;
  onlyWithFreeSeats: boolean;
}

/** One offer scored for one person: what a suggestion edge and an offer fit show. */
export interface ScoredOffer {
  offerId: number;
  distanceKm: number | null;
  score: number;
  factors: FactorScore[];
  eligibility: EligibilityDecision;
  excludedBy: ExclusionFound[];
}

export interface SuggestionResult {
  /** Eligible offers, by score (highest first), then offer ID. */
  ranked: ScoredOffer[];
  rules: LoadedRuleSet;
}

interface CandidateRow {
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
}

const today = () => new Date().toISOString().slice(0, 10);

/** The score order: highest first, then the lower offer ID (stable). */
export function bySuggestionOrder(a: Pick<ScoredOffer, 'score' | 'offerId'>, b: Pick<ScoredOffer, 'score' | 'offerId'>): number {
  return b.score - a.score || a.offerId - b.offerId;
}

/**
 * Ranked, explained suggestions for one person, and the fit of any one offer. Per request: the
 * rule set (2 statements), the weights, the facts (open goals and courses) and the candidates (1 each). Candidates
 * come in one bounded statement (published, joinable, within travel distance for in-person offers,
 * a seat or an open waiting list, admitted status, the filter), nearest first; then every hard
 * rule is checked again and the score computed in TypeScript (score.ts), so a suggestion and its
 * offer's fit are one computation.
 */
/** A course on the person's record, as the matching reads it. */
export interface AttendedCourse {
  programme: string;
  completed: boolean;
  certificate: GermanCertificate | null;
}

/** What the matching reads of a person beyond the client row: open goals of the plan in force, courses attended. */
export interface MatchingFacts {
  goals: OpenGoal[];
  courses: AttendedCourse[];
}

/** What one request's entity manager has read of the rules and weights (they do not change within it), and of each person's facts. */
interface RequestMemo {
  rules?: Promise<LoadedRuleSet>;
  weights: Map<number, Promise<Weights>>;
  facts: Map<number, Promise<MatchingFacts>>;
}
const memos = new WeakMap<EntityManager, RequestMemo>();

function memoOf(em: EntityManager): RequestMemo {
  let memo = memos.get(em);
  if (!memo) memos.set(em, (memo = { weights: new Map(), facts: new Map() }));
  return memo;
}

export class SuggestionService {
  private readonly eligibility: EligibilityService;

  constructor(private readonly em: EntityManager) {
    this.eligibility = new EligibilityService(em);
  }

  async suggestions(viewer: Viewer, client: Client, criteria: SuggestionCriteria): Promise<SuggestionResult> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const asOf = today();
    const [rules, weights, facts] = await Promise.all([this.rules(viewer), this.weights(client), this.facts(client)]);
    const { goals } = facts;
    const profile = profileOf(client, facts, asOf);
    let programmes = criteria.programmes;
    if (criteria.goalId !== null) {
      const goal = goals.find((open) => open.id === criteria.goalId);
      const serving = goal ? programmesServing(goal.area) : [];
      programmes = programmes === null ? serving : programmes.filter((programme) => serving.includes(programme));
    }
    const rows = await this.candidates(client, weights, asOf, { ...criteria, programmes });
    const ranked = rows
      .map((row) => this.score(profile, candidateOf(row), rules, weights, asOf))
      .filter((scored) => scored.excludedBy.length === 0)
      .sort(bySuggestionOrder);
    return { ranked, rules };
  }

  /** The fit of one published offer; null when there is no such published offer. */
  async offerFit(viewer: Viewer, client: Client, offerId: number): Promise<{ scored: ScoredOffer; rules: LoadedRuleSet } | null> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const asOf = today();
    const [rules, weights, facts] = await Promise.all([this.rules(viewer), this.weights(client), this.facts(client)]);
    const [row] = await this.em.execute<CandidateRow[]>(...statement(candidateSql(client, sql`o.id = ${offerId}`, 1)));
    if (!row) return null;
    return { scored: this.score(profileOf(client, facts, asOf), candidateOf(row), rules, weights, asOf), rules };
  }

  private score(profile: ClientProfile, offer: CandidateOffer, rules: LoadedRuleSet, weights: Weights, asOf: string): ScoredOffer {
    const eligibility = evaluateEligibility(profile, offer, rules.data, asOf);
    const factors = scoreFactors(profile, offer, weights, asOf);
    const excludedBy = exclusions(profile, offer, eligibility, weights, asOf, (ruleId) => rules.byId.get(ruleId)?.explanation ?? '');
    return { offerId: offer.id, distanceKm: offer.distanceKm, score: scoreOf(factors), factors, eligibility, excludedBy };
  }

  /** The rule set in force, read once per request (a caseload page asks for it per client). */
  private rules(viewer: Viewer): Promise<LoadedRuleSet> {
    const memo = memoOf(this.em);
    memo.rules ??= this.eligibility.ruleSet(viewer).then((loaded) => {
      if (!loaded) throw new Error('No eligibility rule set: the matching migration seeds version 1');
      return loaded;
    });
    return memo.rules;
  }

  /** The agency's newest weights, else the default set's newest; read once per request and agency. */
  private weights(client: Client): Promise<Weights> {
    const memo = memoOf(this.em);
    let weights = memo.weights.get(client.agency.id);
    if (!weights) memo.weights.set(client.agency.id, (weights = this.loadWeights(client)));
    return weights;
  }

  private async loadWeights(client: Client): Promise<Weights> {
    const [set] = await this.em.find(MatchingWeightSet, { $or: [{ agencyId: client.agency.id }, { agencyId: null }] }, { orderBy: { agencyId: 'asc nulls last' as never, version: 'desc' }, limit: 1 });
    if (!set) throw new Error('No matching weights: the matching migration seeds the default set');
    return {
      PLAN_GOAL: set.planGoal,
      LEVEL: set.level,
      DISTANCE: set.distance,
      SCHEDULE: set.schedule,
      CHILDCARE: set.childcare,
      START: set.start,
      SEATS: set.seats,
      LANGUAGES: set.languages,
      AUDIENCE: set.audience,
      COST: set.cost,
      defaultMaxTravelKm: set.defaultMaxTravelKm,
      soonDays: set.soonDays,
    };
  }

  /** The rule set in force, for callers that evaluate eligibility themselves (the fairness report). */
  ruleSet(viewer: Viewer): Promise<LoadedRuleSet> {
    return this.rules(viewer);
  }

  /** The person's facts (open goals, courses), read once per request; see `preloadFacts`. */
  facts(client: Client): Promise<MatchingFacts> {
    const memo = memoOf(this.em);
    let facts = memo.facts.get(client.id);
    if (!facts) {
      this.preloadFacts([client]);
      facts = memo.facts.get(client.id)!;
    }
    return facts;
  }

  /**
   * Reads the facts of many people in one statement (a report over a caseload), so that their
   * suggestion runs cost only their candidate statements. People already read are skipped.
   */
  preloadFacts(clients: readonly Client[]): void {
    const memo = memoOf(this.em);
    const ids = [...new Set(clients.map((client) => client.id))].filter((id) => !memo.facts.has(id));
    if (ids.length === 0) return;
    const loaded = this.loadFacts(ids);
    for (const id of ids) memo.facts.set(id, loaded.then((byId) => byId.get(id) ?? { goals: [], courses: [] }));
  }

  /** Open goals (OPEN, IN_PROGRESS) of the plan in force and the courses attended, of every person named, in one statement. */
  private async loadFacts(ids: readonly number[]): Promise<Map<number, MatchingFacts>> {
    const rows = await this.em.execute<Array<{ id: number; goals: Array<{ id: number; area: string; targetLevel: Level | null }>; courses: AttendedCourse[] }>>(
      `select c.id,
         coalesce((select json_agg(json_build_object('id', g.origin_id, 'area', g.area::text, 'targetLevel', g.target_level::text) order by g.origin_id)
                   from plan p join plan_goal g on g.plan_id = p.id
                   where p.client_id = c.id and p.is_current and g.status::text = any(?::text[])), '[]'::json) as goals,
         coalesce((select json_agg(json_build_object('programme', k.programme::text, 'completed', k.completed, 'certificate', k.certificate::text) order by k.id)
                   from client_course k where k.client_id = c.id), '[]'::json) as courses
       from unnest(?::int[]) as c(id)`,
      [`{${OPEN_GOAL_STATUSES.join(',')}}`, `{${ids.join(',')}}`],
    );
    return new Map(rows.map((row) => [row.id, { goals: row.goals, courses: row.courses }]));
  }

  private async candidates(client: Client, weights: Weights, asOf: string, criteria: SuggestionCriteria): Promise<CandidateRow[]> {
    const maxTravel = maxTravelOf(client, weights);
    const conditions: Sql[] = [
      sql`(o.start_date >= ${asOf}::date or (o.rolling_entry and (o.end_date is null or o.end_date >= ${asOf}::date)))`,
      rawSql('(o.capacity is null or o.capacity > o.seats_taken or o.waitlist_open)'),
      sql`(cardinality(o.admitted_residence_statuses) = 0 or ${client.residenceStatus}::text = any(o.admitted_residence_statuses))`,
    ];
    if (criteria.families !== null) conditions.push(sql`o.family::text = any(${criteria.families}::text[])`);
    if (criteria.programmes !== null) conditions.push(sql`o.programme::text = any(${criteria.programmes}::text[])`);
    if (criteria.onlyWithFreeSeats) conditions.push(rawSql('(o.capacity is null or o.capacity > o.seats_taken)'));
    const where = conditions.reduce((all, condition) => sql`${all} and ${condition}`);
    return this.em.execute<CandidateRow[]>(...statement(reachableCandidateSql(client, maxTravel, where, MAX_CANDIDATES)));
  }
}

/** The columns of a candidate row, with its distance from the person (null without a location). */
function candidateColumns(client: Client): Sql {
  const lat = sql`${client.latitude}::float8`;
  const lon = sql`${client.longitude}::float8`;
  return sql`o.id, o.programme::text as programme, o.format::text as format, o.start_date::text as start_date, o.end_date::text as end_date,
      o.rolling_entry, o.weekdays, o.times_of_day, o.capacity, o.seats_taken, o.waitlist_length, o.waitlist_open, o.fee_euro,
      o.support_languages, o.audiences, o.childcare, o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max,
      o.target_level::text as target_level, o.min_age, o.max_age, o.admitted_residence_statuses,
      case when l.id is null then null else hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) end as distance_km`;
}

/**
 * The suggestions' candidates: published offers passing `where` that the person can reach, nearest
 * first (online first), then by ID. Two disjoint branches, so that the in-person one is found
 * through the GiST index on locations (an OR across both would scan every offer): in-person offers
 * within the travel distance, and offers that are not in person or have no location.
 */
function reachableCandidateSql(client: Client, maxTravelKm: number, where: Sql, limit: number): Sql {
  const lat = sql`${client.latitude}::float8`;
  const lon = sql`${client.longitude}::float8`;
  return sql`select * from (
      select ${candidateColumns(client)}
        from location l join offer o on o.location_id = l.id
       where earth_box(ll_to_earth(${lat}, ${lon}), ${maxTravelKm * 1000 * EARTH_BOX_SCALE}::float8) @> ll_to_earth(l.latitude, l.longitude)
         and hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) <= ${maxTravelKm}::float8
         and o.format = 'IN_PERSON' and o.status = 'PUBLISHED' and ${where}
      union all
      select ${candidateColumns(client)}
        from offer o left join location l on l.id = o.location_id
       where (o.format <> 'IN_PERSON' or o.location_id is null) and o.status = 'PUBLISHED' and ${where}
    ) candidate
    order by coalesce(distance_km, 0), id
    limit ${limit}`;
}

/** The candidate statement: published offers passing `where`, with their distance from the person, nearest first (online first), then by ID. */
function candidateSql(client: Client, where: Sql, limit: number): Sql {
  const lat = sql`${client.latitude}::float8`;
  const lon = sql`${client.longitude}::float8`;
  return sql`select ${candidateColumns(client)}
    from offer o left join location l on l.id = o.location_id
    where o.status = 'PUBLISHED' and ${where}
    order by coalesce(case when l.id is null then null else hub_distance_km(${lat}, ${lon}, l.latitude, l.longitude) end, 0), o.id
    limit ${limit}`;
}

const statement = (query: Sql): [string, unknown[]] => [query.text, [...query.values]];

const asArray = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) : []);

function candidateOf(row: CandidateRow): CandidateOffer {
  return {
    id: row.id,
    programme: row.programme,
    format: row.format,
    startDate: row.start_date,
    endDate: row.end_date,
    rollingEntry: row.rolling_entry,
    weekdays: asArray(row.weekdays),
    timesOfDay: asArray(row.times_of_day),
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    waitlistLength: row.waitlist_length,
    waitlistOpen: row.waitlist_open,
    feeEuro: row.fee_euro,
    supportLanguages: asArray(row.support_languages),
    audiences: asArray(row.audiences),
    childcare: row.childcare,
    entryLevelMin: row.entry_level_min,
    entryLevelMax: row.entry_level_max,
    targetLevel: row.target_level,
    minAge: row.min_age,
    maxAge: row.max_age,
    admittedResidenceStatuses: asArray(row.admitted_residence_statuses),
    distanceKm: row.distance_km,
  };
}

const INTEGRATION_COURSE = /^INTEGRATIONSKURS_/;

/**
 * Whether the person finished an Integrationskurs: a completed one on record, or a DTZ (or the
 * Zertifikat Integrationskurs) among the certificates of courses or the record's own certificate
 * text. null when nothing on record speaks to it.
 */
export function finishedIntegrationCourse(client: Pick<Client, 'germanCertificate'>, courses: readonly AttendedCourse[]): boolean | null {
  const finished =
    courses.some((course) => (course.completed && INTEGRATION_COURSE.test(course.programme)) || (course.certificate !== null && INTEGRATION_COURSE_CERTIFICATES.includes(course.certificate))) ||
    (client.germanCertificate !== null && /\bDTZ\b/i.test(client.germanCertificate));
  if (finished) return true;
  return courses.length > 0 || client.germanCertificate !== null ? false : null;
}

/** The German level the record holds, raised to the highest a certificate of a course proves. */
export function evidencedLevel(client: Pick<Client, 'germanLevel'>, courses: readonly AttendedCourse[]): Level | null {
  let level = client.germanLevel as Level | null;
  for (const { certificate } of courses) {
    const proven = certificate === null ? null : (CERTIFICATE_LEVEL[certificate] as Level | null);
    if (proven !== null && levelRank(proven) > levelRank(level)) level = proven;
  }
  return level;
}

/** The authorities whose obligations run on `asOf`, each once. */
export function activeObligations(client: Pick<Client, 'obligations'>, asOf: string): string[] {
  const running = client.obligations.filter((obligation) => obligation.obligedOn <= asOf && (obligation.validUntil === null || obligation.validUntil >= asOf));
  return [...new Set(running.map((obligation) => OBLIGING_AUTHORITY[obligation.ground]))];
}

/** What the matching reads of a client record and its facts, on the day `asOf`. */
export function profileOf(client: Client, facts: MatchingFacts, asOf: string): ClientProfile {
  return {
    birthDate: client.birthDate,
    residenceStatus: client.residenceStatus,
    residenceParagraph: client.residenceParagraph,
    workPermit: client.workPermit,
    arrivalDate: client.arrivalDate,
    germanLevel: evidencedLevel(client, facts.courses),
    finishedIntegrationCourse: finishedIntegrationCourse(client, facts.courses),
    obligations: activeObligations(client, asOf),
    languages: client.languages,
    availability: client.availability,
    maxTravelKm: client.maxTravelKm,
    childrenBirthYears: client.childrenBirthYears,
    latinLiterate: client.latinLiterate,
    gender: client.gender,
    employment: client.employment,
    feeExempt: client.feeExempt,
    supportPlannedEnd: client.supportPlannedEnd,
    openGoals: facts.goals,
  };
}
