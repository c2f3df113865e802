import type { MetadataStorage } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReadModel } from '../core/database/read-model';
import { Offer } from '../offers/offer.entity';
import { canSeeClient } from '../caseloads/client.policy';
import type { Client } from '../caseloads/client.entity';
import type { Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { evaluateEligibility } from './eligibility/evaluate';
import type { EligibilityDecision, Level } from './eligibility/rules';
import { eligibilityWindows } from './eligibility/windows';
import { EligibilityService, type LoadedRuleSet } from './eligibility.service';
import { MAX_CANDIDATES, MAX_CANDIDATES_PER_PROGRAMME } from './matching.limits';
import { OPEN_GOAL_STATUSES } from '../plans/plan.enums';
import { Programme } from '../offers/offer.enums';
import { programmesServing } from './suggestions/programme-areas';
import { candidateCountSql, candidateOf, nearestPerProgrammeSql, offerRowSql, offerRowsSql, type CandidateFilter, type CandidateRow } from './suggestions/candidate-sql';
import { profileOf, type AttendedCourse, type MatchingFacts } from './suggestions/client-profile';
import { catalogueIndexOf, type CatalogueIndex } from './suggestions/catalogue-index';
import { rankInMemory, type RankedOffer, type RankingSearch } from './suggestions/in-memory-ranking';
import { weightSetInForce, weightsOf } from './weights.service';
import { exclusions, maxTravelOf, scoreFactors, scoreOf, type CandidateOffer, type ClientProfile, type ExclusionFound, type FactorScore, type Weights } from './suggestions/score';
import type { Sql } from '../core/database/sql';

export interface SuggestionCriteria {
  families: string[] | null;
  programmes: string[] | null;
  goalId: number | null;
  onlyWithFreeSeats: boolean;
  /** Only these offers; null: any. */
  offerIds?: readonly number[] | null;
}

/** One offer scored for one person: what a suggestion edge and an offer fit show. */
export interface ScoredOffer {
  offerId: number;
  /** The offer itself, as a read-only view, where the statement that scored it read it too. */
  offer?: Offer;
  distanceKm: number | null;
  score: number;
  factors: FactorScore[];
  eligibility: EligibilityDecision;
  excludedBy: ExclusionFound[];
}

/** Offers of some programmes a person can reach, and their score for the person as they will be: what a pathway's steps choose from. */
export interface StepCandidates {
  offers: CandidateOffer[];
  /** The offer scored, with its hard rules, for the person with facts later steps change (level, finished Integrationskurs), on `asOf`. */
  score(offer: CandidateOffer, facts: Pick<ClientProfile, 'germanLevel' | 'finishedIntegrationCourse'>, asOf: string): ScoredOffer;
}

/** A position in the suggestion order: after the offer with this score and ID. */
export interface SuggestionCursor {
  score: number;
  offerId: number;
}

/** One person's ranking, asked for again (SuggestionService.ranking). */
export interface RepeatedRanking {
  /** The best `count` suggestions, best first. */
  best(count: number): Promise<ScoredOffer[]>;
  /** The best `count` among the named offers. */
  among(offerIds: readonly number[], count: number): Promise<ScoredOffer[]>;
}

export interface SuggestionPage {
  /** Up to `first` suggestions after the cursor, by score (highest first), then offer ID. */
  items: ScoredOffer[];
  hasNextPage: boolean;
  rules: LoadedRuleSet;
  /** Every suggestion across all pages: one count statement, when asked. */
  countTotal: () => Promise<number>;
}

export type { CandidateRow } from './suggestions/candidate-sql';

const today = () => new Date().toISOString().slice(0, 10);
const ALL_PROGRAMMES: readonly string[] = Object.values(Programme);
/** The ranking keeps, scored, this many offers per suggestion asked for (at least MIN_KEEP), in case some read afresh no longer pass; it ranks again keeping more when they do not suffice. */
const KEEP_PER_SUGGESTION = 4;
const MIN_KEEP = 50;
const MAX_KEEP = 20_000;

/** The score order: highest first, then the lower offer ID (stable). */
export function bySuggestionOrder(a: Pick<ScoredOffer, 'score' | 'offerId'>, b: Pick<ScoredOffer, 'score' | 'offerId'>): number {
  return b.score - a.score || a.offerId - b.offerId;
}

const isAfter = (scored: ScoredOffer, cursor: SuggestionCursor | null) =>
  cursor === null || scored.score < cursor.score || (scored.score === cursor.score && scored.offerId > cursor.offerId);

/** What one request's entity manager has read of the rules and weights (they do not change within it), and of each person's facts. */
interface RequestMemo {
  /** The catalogue index brought up to date, once per request (a caseload's runs share it). */
  caughtUp?: Promise<CatalogueIndex>;
  rules?: Promise<LoadedRuleSet>;
  weights: Map<number, Promise<Weights>>;
  facts: Map<number, Promise<MatchingFacts>>;
}
const memos = new WeakMap<EntityManager, RequestMemo>();

/** After a request published new weights, its later suggestions read them anew. */
export function forgetWeights(em: EntityManager): void {
  memos.get(em)?.weights.clear();
}

/**
 * Rule sets by ID, per catalogue index (that is, per database). A published set never changes (a
 * change is a new version; the app may only insert), so a process reads each once, with an
 * entity manager of its own: the request's would be kept alive by the entities.
 */
const ruleSetsByIndex = new WeakMap<CatalogueIndex, Map<number, Promise<LoadedRuleSet | null>>>();
const RULE_SETS_KEPT = 4;

/** The offer as a read-only view (ReadModel), per ORM. */
const offerViews = new WeakMap<MetadataStorage, ReadModel<Offer>>();
function offerViewOf(em: EntityManager): ReadModel<Offer> {
  const metadata = em.getMetadata();
  let view = offerViews.get(metadata);
  if (!view) offerViews.set(metadata, (view = new ReadModel(Offer, metadata, 'o')));
  return view;
}

function memoOf(em: EntityManager): RequestMemo {
  let memo = memos.get(em);
  if (!memo) memos.set(em, (memo = { weights: new Map(), facts: new Map() }));
  return memo;
}

/** One person's search: the profile, the weights, the rules, the day and the filter. */
interface Search extends RankingSearch {
  rules: LoadedRuleSet;
}

/**
 * Ranked, explained suggestions for one person, and the fit of any one offer.
 *
 * Exact top-k over the whole catalogue: the catalogue index (suggestions/catalogue-index.ts) holds
 * every published offer in memory, fresh to the last commit; the ranking skips whole groups by a
 * score bound, passes the rest through the hard rules and scores them (suggestions/in-memory-ranking.ts),
 * then reads the best from the database with the hard rules in SQL and scores them afresh with
 * their explanations (score.ts). Per request: the index's catch-up (which names the rule set in
 * force; the process keeps rule sets it read), the weights, the person's facts and one read of the
 * page's offers, whatever the catalogue's size. A suggestion and its offer's fit are one computation.
 */
export class SuggestionService {
  constructor(private readonly em: EntityManager) {}

  /** A page of suggestions: up to `first` after `after`. */
  async page(viewer: Viewer, client: Client, criteria: SuggestionCriteria, after: SuggestionCursor | null, first: number): Promise<SuggestionPage> {
    const search = await this.search(viewer, client, criteria);
    const placed = search === null ? [] : await this.top(search, after, first + 1, { withOffers: true });
    return {
      items: placed.slice(0, first),
      hasNextPage: placed.length > first,
      rules: search?.rules ?? (await this.rules(viewer)),
      countTotal: async () => (search === null ? 0 : (await this.em.execute<Array<{ count: number }>>(...statement(candidateCountSql(search.profile, search.filter))))[0].count),
    };
  }

  /** The person's best `count` suggestions (e.g. for an assignment across a caseload). */
  async best(viewer: Viewer, client: Client, criteria: SuggestionCriteria, count: number): Promise<ScoredOffer[]> {
    const search = await this.search(viewer, client, criteria);
    return search === null ? [] : this.top(search, null, count);
  }

  /**
   * One person ranked again and again, deeper or among given offers (a caseload's assignment
   * deepens its clients' lists): the access check, profile, weights and rules are read once, and a
   * deeper list continues the one read before (the page after its last offer).
   */
  async ranking(viewer: Viewer, client: Client, criteria: SuggestionCriteria): Promise<RepeatedRanking> {
    const search = await this.search(viewer, client, criteria);
    let read: ScoredOffer[] = [];
    let complete = search === null;
    return {
      best: async (count) => {
        if (read.length < count && !complete) {
          const last = read.at(-1);
          const more = await this.top(search!, last === undefined ? null : { score: last.score, offerId: last.offerId }, count - read.length);
          complete = more.length < count - read.length;
          read = read.concat(more);
        }
        return read.slice(0, count);
      },
      // Offers named here lie among those of the criteria (they come from this ranking).
      among: async (offerIds, count) => (search === null || offerIds.length === 0 ? [] : this.top({ ...search, filter: { ...search.filter, offerIds } }, null, count)),
    };
  }

  /** The fit of one published offer; null when there is no such published offer. */
  async offerFit(viewer: Viewer, client: Client, offerId: number): Promise<{ scored: ScoredOffer; rules: LoadedRuleSet } | null> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const asOf = today();
    const [rules, weights, facts] = await Promise.all([this.rules(viewer), this.weights(client), this.facts(client)]);
    const [row] = await this.em.execute<CandidateRow[]>(...statement(offerRowSql(client, offerId)));
    if (!row) return null;
    return { scored: this.score(profileOf(client, facts, asOf), candidateOf(row), rules, weights, asOf), rules };
  }

  /** Null when the filter leaves no programme the person could attend. */
  private async search(viewer: Viewer, client: Client, criteria: SuggestionCriteria): Promise<Search | null> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const asOf = today();
    const [rules, weights, facts] = await Promise.all([this.rules(viewer), this.weights(client), this.facts(client)]);
    const goals = facts.goals;
    const profile = profileOf(client, facts, asOf);
    let programmes = criteria.programmes ?? ALL_PROGRAMMES;
    if (criteria.goalId !== null) {
      const goal = goals.find((open) => open.id === criteria.goalId);
      const serving = goal ? programmesServing(goal.area) : [];
      programmes = programmes.filter((programme) => serving.includes(programme));
    }
    const windows = eligibilityWindows(profile, rules.data, programmes, asOf);
    if (windows.length === 0 || criteria.offerIds?.length === 0) return null;
    const filter: CandidateFilter = {
      asOf,
      origin: client,
      maxTravelKm: maxTravelOf(client, weights),
      windows,
      families: criteria.families,
      offerIds: criteria.offerIds ?? null,
      onlyWithFreeSeats: criteria.onlyWithFreeSeats,
    };
    return { profile, weights, rules, asOf, filter };
  }

  /**
   * The first `count` suggestions after `after`, exactly (see the class comment): every published
   * offer of the catalogue index that passes the hard rules, ranked in memory, then the best of
   * them read from the database and scored afresh. The in-memory score differs from the exact one
   * at most by `slack` (its distance comes from JavaScript's sine, not PostgreSQL's), so an offer is
   * placed once its exact score exceeds the in-memory score of every offer not read, plus `slack`.
   */
  private async top(search: Search, after: SuggestionCursor | null, count: number, { withOffers = false } = {}): Promise<ScoredOffer[]> {
    const slack = search.weights.DISTANCE * 0.0011 + 1e-9;
    const index = await this.caughtUp();
    // A page the API shows gets its offers from the statement that scores them afresh, so no
    // loader statement follows; a ranking that needs only scores (a caseload's assignment, the
    // deadlines' next offers, fairness) reads none of the offers' own columns.
    const view = withOffers ? offerViewOf(this.em) : null;
    const { origin, windows, programmes } = search.filter;
    const open = windows === null ? (programmes == null ? null : new Set(programmes)) : new Set(windows.map((window) => window.programme));
    // Named offers (a caseload's assignment asks for a few): only their groups, not the whole region's.
    const offers =
      search.filter.offerIds === null ? index.reachableFrom(origin.latitude, origin.longitude, search.filter.maxTravelKm, open) : index.groupsHolding(search.filter.offerIds, open);
    const cursor = after === null ? null : { score: after.score, id: after.offerId, slack };
    let keep = Math.max(KEEP_PER_SUGGESTION * count, MIN_KEEP);
    let { ranked, floor } = rankInMemory(search, offers, cursor, keep, 2 * slack);
    // How far an offer's exact score may lie from its in-memory one.
    const slackOf = (offer: RankedOffer) => (offer.exact ? 0 : slack);
    let wanted = Math.min(ranked.length, count);
    for (;;) {
      // The first `wanted`, and every later one that may yet come before the last of them.
      let end = wanted;
      if (wanted > 0) {
        const last = ranked[wanted - 1];
        for (let at = wanted; at < ranked.length && ranked[at].score >= last.score - 2 * slack; at++) {
          const other = ranked[at];
          // Two exact scores keep their order (equal ones by ID); otherwise the distances' difference may swap them.
          if (slackOf(other) + slackOf(last) > 0 && other.score + slackOf(other) >= last.score - slackOf(last)) end = at + 1;
        }
      }
      const read = ranked.slice(0, end);
      const rows = read.length === 0 ? [] : await this.em.execute<CandidateRow[]>(...statement(offerRowsSql(search.profile, search.filter, read.map((offer) => offer.id), view?.selectList() ?? null)));
      // Gone from the catalogue since the index read it (deleted): the index forgets it.
      const found = new Set(rows.map((row) => row.id));
      for (const offer of read) if (!found.has(offer.id)) index.forget(offer.id);
      const fresh = rows
        .filter((row) => row.candidate)
        .map((row) => ({ ...this.score(search.profile, candidateOf(row), search.rules, search.weights, search.asOf), offer: view?.fromRow(row as never) ?? undefined }))
        .filter((offer) => offer.excludedBy.length === 0 && isAfter(offer, after));
      const unread = ranked.slice(end);
      const firstExact = unread.find((offer) => offer.exact);
      const firstInexact = unread.find((offer) => !offer.exact);
      // Placed: it comes before every offer not read, whatever the distances' last bits (the ranking left out only offers below its floor).
      const precedesUnread = (offer: ScoredOffer) =>
        offer.score > floor + slack &&
        (firstInexact === undefined || offer.score > firstInexact.score + slack) &&
        (firstExact === undefined || offer.score > firstExact.score || (offer.score === firstExact.score && offer.offerId < firstExact.id));
      const placed = fresh.filter(precedesUnread).sort(bySuggestionOrder);
      if (placed.length >= count || (end === ranked.length && floor === -Infinity)) return placed.slice(0, count);
      if (end === ranked.length) {
        // Offers read were no longer candidates, and the ranking had left out others: rank keeping more.
        keep = keep >= MAX_KEEP ? Infinity : keep * 4;
        ({ ranked, floor } = rankInMemory(search, offers, cursor, keep, 2 * slack));
      }
      wanted = Math.min(ranked.length, Math.max(wanted * 4, end + 1));
    }
  }

  /**
   * The candidates of `programmes` (one statement, the nearest MAX_CANDIDATES_PER_PROGRAMME of each
   * programme, so that a crowded one leaves room for the others) with a scoring for later facts.
   * No legal prefilter: later facts (a level reached, a finished course) open other programmes.
   */
  async stepCandidates(viewer: Viewer, client: Client, programmes: readonly string[]): Promise<StepCandidates> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const asOf = today();
    const [rules, weights, facts] = await Promise.all([this.rules(viewer), this.weights(client), this.facts(client)]);
    const profile = profileOf(client, facts, asOf);
    const filter: CandidateFilter = { asOf, origin: client, maxTravelKm: maxTravelOf(client, weights), windows: null, programmes, families: null, offerIds: null, onlyWithFreeSeats: false };
    const rows = programmes.length === 0 ? [] : await this.em.execute<CandidateRow[]>(...statement(nearestPerProgrammeSql(profile, filter, MAX_CANDIDATES_PER_PROGRAMME, MAX_CANDIDATES)));
    return {
      offers: rows.map(candidateOf),
      score: (offer, facts, on) => this.score({ ...profile, ...facts }, offer, rules, weights, on),
    };
  }

  private score(profile: ClientProfile, offer: CandidateOffer, rules: LoadedRuleSet, weights: Weights, asOf: string): ScoredOffer {
    const eligibility = evaluateEligibility(profile, offer, rules.data, asOf);
    const factors = scoreFactors(profile, offer, weights, asOf);
    const excludedBy = exclusions(profile, offer, eligibility, weights, asOf, (ruleId) => rules.byId.get(ruleId)?.explanation ?? '');
    return { offerId: offer.id, distanceKm: offer.distanceKm, score: scoreOf(factors), factors, eligibility, excludedBy };
  }

  /** The catalogue index, up to date with every commit before the request's first use of it. */
  private caughtUp(): Promise<CatalogueIndex> {
    const memo = memoOf(this.em);
    const index = catalogueIndexOf(this.em);
    memo.caughtUp ??= index.catchUp(this.em).then(() => index);
    return memo.caughtUp;
  }

  /** The rule set in force (the newest the index's catch-up saw), once per request, from the process's copy. */
  private rules(viewer: Viewer): Promise<LoadedRuleSet> {
    const memo = memoOf(this.em);
    memo.rules ??= this.caughtUp().then(async (index) => {
      const id = index.ruleSetInForce;
      const loaded = id === null ? null : await this.sharedRuleSet(viewer, index, id);
      if (!loaded) throw new Error('No eligibility rule set: the matching migration seeds version 1');
      return loaded;
    });
    return memo.rules;
  }

  private sharedRuleSet(viewer: Viewer, index: CatalogueIndex, id: number): Promise<LoadedRuleSet | null> {
    let byId = ruleSetsByIndex.get(index);
    if (!byId) ruleSetsByIndex.set(index, (byId = new Map()));
    let loaded = byId.get(id);
    if (!loaded) {
      // A fork outside the request's transaction: the set seen is committed.
      byId.set(id, (loaded = new EligibilityService(this.em.fork()).ruleSetById(viewer, id)));
      loaded.catch(() => byId!.delete(id));
      for (const kept of byId.keys()) if (byId.size > RULE_SETS_KEPT && kept !== id) byId.delete(kept);
    }
    return loaded;
  }

  /** The agency's newest weights, else the default set's newest; read once per request and agency. */
  private weights(client: Client): Promise<Weights> {
    const memo = memoOf(this.em);
    let weights = memo.weights.get(client.agency.id);
    if (!weights) memo.weights.set(client.agency.id, (weights = this.loadWeights(client)));
    return weights;
  }

  private async loadWeights(client: Client): Promise<Weights> {
    const set = await weightSetInForce(this.em, client.agency.id);
    if (!set) throw new Error('No matching weights: the matching migration seeds the default set');
    return weightsOf(set);
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
}

const statement = (query: Sql): [string, unknown[]] => [query.text, [...query.values]];
