import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../caseloads/client.entity';
import { ClientStatus } from '../caseloads/client.enums';
import { hasRole, requireAgency, Role, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { Programme, PROGRAMME_FAMILY } from '../offers/offer.enums';
import { ageOn, evaluateEligibility } from './eligibility/evaluate';
import { SuggestionService } from './suggestion.service';
import { profileOf } from './suggestions/client-profile';

/**
 * The fairness report of the matching (issue 10): per group of the agency's active clients, how
 * many get at least one eligible suggestion, their mean top score and mean distance, and a flag
 * where a group falls behind in a way the eligibility rules do not explain.
 *
 * Cost: one suggestion run per client, bounded by MAX_FAIRNESS_CLIENTS. The rules, the weights
 * and every client's goals and courses are read once for all (4 statements), so each client adds
 * exactly one statement, its candidates; at the demo scale (2,000 offers) about 2–5 ms each.
 */

/** The most clients one report weighs (the lowest IDs first; `truncated` says when more are active). */
export const MAX_FAIRNESS_CLIENTS = 1000;
/** Groups smaller than this are not reported, only counted: their figures would point at people. */
export const MIN_GROUP_SIZE = 5;
export const DEFAULT_GAP_THRESHOLD = 0.15;

export type FairnessDimension = 'RESIDENCE_STATUS' | 'AGE_BAND' | 'GENDER' | 'LATIN_LITERACY' | 'CHILDREN';
export const FAIRNESS_DIMENSIONS: readonly FairnessDimension[] = ['RESIDENCE_STATUS', 'AGE_BAND', 'GENDER', 'LATIN_LITERACY', 'CHILDREN'];

export interface FairnessCriteria {
  families: string[] | null;
  programmes: string[] | null;
  districtId: number | null;
  municipalityId: number | null;
  /** A gap counts above this share (0.15 = 15 percentage points). */
  gapThreshold: number;
}

export interface FairnessFigures {
  clients: number;
  /** Share of the clients with at least one eligible suggestion. */
  withSuggestionShare: number;
  /** Share of the clients the rules admit to at least one programme of the filter. */
  ruleEligibleShare: number;
  /** Among those the rules admit: the share with a suggestion; null when the rules admit none. */
  withSuggestionShareAmongRuleEligible: number | null;
  /** Mean score of the top suggestion, over clients with one. */
  meanTopScore: number | null;
  /** Mean distance of the top suggestion in km, over clients whose top suggestion has a place. */
  meanDistanceKm: number | null;
}

export interface FairnessGroup extends FairnessFigures {
  dimension: FairnessDimension;
  value: string;
  /** withSuggestionShare minus the overall share. */
  gap: number;
  /** The same among the clients the rules admit; null when the rules admit no one of the group. */
  gapAmongRuleEligible: number | null;
  flagged: boolean;
  explanation: string;
}

export interface FairnessReport {
  asOf: string;
  truncated: boolean;
  gapThreshold: number;
  overall: FairnessFigures;
  dimensions: Array<{ dimension: FairnessDimension; groups: FairnessGroup[]; suppressedGroups: number }>;
}

interface Outcome {
  client: Client;
  withSuggestion: boolean;
  ruleEligible: boolean;
  topScore: number | null;
  topDistanceKm: number | null;
}

const SCHOOL_AGE = 6;
const percent = (share: number) => `${Math.round(share * 100)} %`;
const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** The group of a client in each dimension; null: not grouped there (gender not recorded). */
export function groupOf(dimension: FairnessDimension, client: Client, asOf: string): string | null {
  switch (dimension) {
    case 'RESIDENCE_STATUS':
      return client.residenceStatus ?? 'NOT_RECORDED';
    case 'AGE_BAND': {
      // Bands at the rules' own ages: school obligation to 18, youth offers to 26.
      const age = ageOn(client.birthDate, asOf);
      return age < 18 ? 'UNDER_18' : age <= 26 ? 'AGE_18_TO_26' : age <= 39 ? 'AGE_27_TO_39' : age <= 54 ? 'AGE_40_TO_54' : 'AGE_55_AND_OVER';
    }
    case 'GENDER':
      return client.gender === null || client.gender === 'UNSPECIFIED' ? null : client.gender;
    case 'LATIN_LITERACY':
      return client.latinLiterate === null ? 'NOT_RECORDED' : client.latinLiterate ? 'LITERATE' : 'NOT_LITERATE';
    case 'CHILDREN': {
      const year = Number(asOf.slice(0, 4));
      if (client.childrenBirthYears.length === 0) return 'NONE';
      return client.childrenBirthYears.some((born) => year - born < SCHOOL_AGE) ? 'UNDER_SCHOOL_AGE' : 'SCHOOL_AGE_ONLY';
    }
  }
}

function figures(outcomes: readonly Outcome[]): FairnessFigures {
  const admitted = outcomes.filter((outcome) => outcome.ruleEligible);
  const share = (of: readonly Outcome[]) => of.filter((outcome) => outcome.withSuggestion).length / of.length;
  return {
    clients: outcomes.length,
    withSuggestionShare: outcomes.length === 0 ? 0 : share(outcomes),
    ruleEligibleShare: outcomes.length === 0 ? 0 : admitted.length / outcomes.length,
    withSuggestionShareAmongRuleEligible: admitted.length === 0 ? null : share(admitted),
    meanTopScore: mean(outcomes.flatMap((outcome) => (outcome.topScore === null ? [] : [outcome.topScore]))),
    meanDistanceKm: mean(outcomes.flatMap((outcome) => (outcome.topDistanceKm === null ? [] : [outcome.topDistanceKm]))),
  };
}

/**
 * A group is flagged when its share with a suggestion lies more than the threshold below the
 * overall share, and that gap is not explained by the rules: among the group's clients whom the
 * rules admit to at least one programme of the filter, the share with a suggestion still lies
 * more than the threshold below the same share over all admitted clients. A group the rules
 * admit no one of is explained entirely.
 */
export function judge(group: FairnessFigures, overall: FairnessFigures, threshold: number): Pick<FairnessGroup, 'gap' | 'gapAmongRuleEligible' | 'flagged' | 'explanation'> {
  const gap = group.withSuggestionShare - overall.withSuggestionShare;
  const among = group.withSuggestionShareAmongRuleEligible;
  const gapAmongRuleEligible = among === null || overall.withSuggestionShareAmongRuleEligible === null ? null : among - overall.withSuggestionShareAmongRuleEligible;
  const shares = `${percent(group.withSuggestionShare)} der Gruppe haben mindestens einen passenden Vorschlag, insgesamt ${percent(overall.withSuggestionShare)}`;
  if (gap >= -threshold) return { gap, gapAmongRuleEligible, flagged: false, explanation: `${shares}: kein Rückstand über der Schwelle von ${percent(threshold)}.` };
  if (gapAmongRuleEligible === null) {
    return { gap, gapAmongRuleEligible, flagged: false, explanation: `${shares}. Der Rückstand ist durch die Regeln erklärt: niemand der Gruppe ist nach den Zugangsregeln für ein Programm des Filters berechtigt.` };
  }
  const admitted = `unter den nach den Regeln Berechtigten ${percent(among!)} gegenüber ${percent(overall.withSuggestionShareAmongRuleEligible!)}`;
  if (gapAmongRuleEligible >= -threshold) return { gap, gapAmongRuleEligible, flagged: false, explanation: `${shares}; ${admitted}. Der Rückstand ist durch die Regeln erklärt.` };
  return { gap, gapAmongRuleEligible, flagged: true, explanation: `${shares}; auch ${admitted}. Der Rückstand ist nicht durch die Zugangsregeln erklärt (etwa durch Entfernung, Termine oder Plätze): bitte prüfen.` };
}

export class FairnessService {
  constructor(private readonly em: EntityManager) {}

  async report(viewer: Viewer, criteria: FairnessCriteria): Promise<FairnessReport> {
    if (!hasRole(viewer, Role.COORDINATOR)) throw new AppError('FORBIDDEN', 'Only coordinators see the fairness report.');
    const agencyId = requireAgency(viewer);
    const asOf = new Date().toISOString().slice(0, 10);
    const where: Record<string, unknown> = { agency: agencyId, status: ClientStatus.ACTIVE };
    if (criteria.municipalityId !== null) where.municipality = criteria.municipalityId;
    else if (criteria.districtId !== null) where.municipality = { district: criteria.districtId };
    const found = await this.em.find(Client, where, { orderBy: { id: 'asc' }, limit: MAX_FAIRNESS_CLIENTS + 1 });
    const clients = found.slice(0, MAX_FAIRNESS_CLIENTS);

    const suggestions = new SuggestionService(this.em);
    suggestions.preloadFacts(clients);
    const rules = await suggestions.ruleSet(viewer);
    const scope = programmesInScope(criteria);
    const outcomes: Outcome[] = [];
    for (const client of clients) {
      const [top] = await suggestions.best(viewer, client, { families: criteria.families, programmes: criteria.programmes, goalId: null, onlyWithFreeSeats: false }, 1);
      const profile = profileOf(client, await suggestions.facts(client), asOf);
      // The law alone: the programme on the day, without an offer's own age range or admitted statuses.
      const ruleEligible = scope.some(
        (programme) =>
          evaluateEligibility(profile, { programme, startDate: asOf, minAge: null, maxAge: null, admittedResidenceStatuses: [], entryLevelMin: null, entryLevelMax: null }, rules.data, asOf)
            .legallyEligible,
      );
      outcomes.push({ client, withSuggestion: top !== undefined, ruleEligible, topScore: top?.score ?? null, topDistanceKm: top?.distanceKm ?? null });
    }

    const overall = figures(outcomes);
    const dimensions = FAIRNESS_DIMENSIONS.map((dimension) => {
      const byValue = new Map<string, Outcome[]>();
      for (const outcome of outcomes) {
        const value = groupOf(dimension, outcome.client, asOf);
        if (value === null) continue;
        const members = byValue.get(value);
        if (members) members.push(outcome);
        else byValue.set(value, [outcome]);
      }
      const sorted = [...byValue].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const shown = sorted.filter(([, members]) => members.length >= MIN_GROUP_SIZE);
      const groups = shown.map(([value, members]) => {
        const own = figures(members);
        return { dimension, value, ...own, ...judge(own, overall, criteria.gapThreshold) };
      });
      return { dimension, groups, suppressedGroups: sorted.length - shown.length };
    });
    return { asOf, truncated: found.length > MAX_FAIRNESS_CLIENTS, gapThreshold: criteria.gapThreshold, overall, dimensions };
  }
}

/** The programmes the filter covers: those named, else those of the families named, else all. */
export function programmesInScope(criteria: Pick<FairnessCriteria, 'families' | 'programmes'>): string[] {
  const all = Object.values(Programme) as string[];
  return all.filter(
    (programme) => (criteria.programmes === null || criteria.programmes.includes(programme)) && (criteria.families === null || criteria.families.includes(PROGRAMME_FAMILY[programme as Programme])),
  );
}
