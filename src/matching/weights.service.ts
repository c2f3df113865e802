import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAgency, requireRole, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { toGlobalId } from '../core/relay/global-id';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { MatchingWeightSet, WEIGHT_PROPERTIES } from './matching.entities';
import type { MatchingErrorCode } from './matching.errors';
import { MAX_FACTOR_WEIGHT, MAX_SOON_DAYS, MAX_TRAVEL_KM } from './matching.limits';
import { FACTORS, type Factor, type Weights } from './suggestions/score';

export interface WeightSetDraft {
  weights: ReadonlyArray<{ factor: string; weight: number }>;
  defaultMaxTravelKm: number;
  soonDays: number;
  note: string;
}

/** A weight set as the score reads it. */
export function weightsOf(set: MatchingWeightSet): Weights {
  const weights = {} as Record<Factor, number>;
  for (const factor of FACTORS) weights[factor] = set[WEIGHT_PROPERTIES[factor]];
  return { ...weights, defaultMaxTravelKm: set.defaultMaxTravelKm, soonDays: set.soonDays };
}

/** The set in force for an agency: its own newest, else the default set's newest. */
export async function weightSetInForce(em: EntityManager, agencyId: number): Promise<MatchingWeightSet | null> {
  const [set] = await em.find(MatchingWeightSet, { $or: [{ agencyId }, { agencyId: null }] }, { orderBy: { agencyId: 'asc nulls last' as never, version: 'desc' }, limit: 1 });
  return set ?? null;
}

/** Every problem of a draft, named by the input's fields ('weights.2.weight', 'soonDays'). */
export function weightSetProblems(draft: WeightSetDraft): Problem<MatchingErrorCode>[] {
  const problems: Problem<MatchingErrorCode>[] = [];
  const seen = new Set<string>();
  draft.weights.forEach(({ factor, weight }, i) => {
    if (!(FACTORS as readonly string[]).includes(factor)) problems.push(problem('INVALID', `weights.${i}.factor`, `"${factor}" is not a factor of the score.`));
    else if (seen.has(factor)) problems.push(problem('INVALID', `weights.${i}.factor`, `${factor} is weighted twice.`));
    seen.add(factor);
    if (!(Number.isFinite(weight) && weight >= 0 && weight <= MAX_FACTOR_WEIGHT)) {
      problems.push(problem('INVALID', `weights.${i}.weight`, `A weight is a number from 0 to ${MAX_FACTOR_WEIGHT}.`));
    }
  });
  const missing = FACTORS.filter((factor) => !seen.has(factor));
  if (missing.length > 0) problems.push(problem('INVALID', 'weights', `Weigh every factor once; missing: ${missing.join(', ')}.`));
  else if (problems.length === 0 && draft.weights.every(({ weight }) => weight === 0)) {
    problems.push(problem('INVALID', 'weights', 'At least one weight must be above 0: with all at 0, every offer scores the same.'));
  }
  if (!(Number.isInteger(draft.defaultMaxTravelKm) && draft.defaultMaxTravelKm >= 1 && draft.defaultMaxTravelKm <= MAX_TRAVEL_KM)) {
    problems.push(problem('INVALID', 'defaultMaxTravelKm', `The default travel distance is a whole number of km from 1 to ${MAX_TRAVEL_KM}.`));
  }
  if (!(Number.isInteger(draft.soonDays) && draft.soonDays >= 1 && draft.soonDays <= MAX_SOON_DAYS)) {
    problems.push(problem('INVALID', 'soonDays', `"Soon" is a whole number of days from 1 to ${MAX_SOON_DAYS}.`));
  }
  if (draft.note.length > 1000) problems.push(problem('INVALID', 'note', 'The note holds at most 1,000 characters.'));
  return problems;
}

/**
 * The weights of the suggestion score per agency, versioned like the rules: the agency's staff
 * read the set in force (or an earlier version), its coordinators publish a new one. A version
 * is never changed; the newest of the agency's own is in force, else the default set's newest.
 */
export class MatchingWeightsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The set in force for the viewer's agency, or `version` of its line: the agency's own
   * version, else the default set's (the versions the agency's own followed on). Null: none.
   */
  async weightSet(viewer: Viewer, version: number | null = null): Promise<MatchingWeightSet | null> {
    requireRole(viewer, Role.MANAGER, Role.COORDINATOR);
    const agencyId = requireAgency(viewer);
    if (version === null) return weightSetInForce(this.em, agencyId);
    const [set] = await this.em.find(MatchingWeightSet, { version, $or: [{ agencyId }, { agencyId: null }] }, { orderBy: { agencyId: 'asc nulls last' as never }, limit: 1 });
    return set ?? null;
  }

  /** Publishes the agency's next version (the one in force + 1); refused with every problem found. Coordinators only. */
  async publish(viewer: Viewer, draft: WeightSetDraft): Promise<Result<MatchingWeightSet, MatchingErrorCode>> {
    requireRole(viewer, Role.COORDINATOR);
    const agencyId = requireAgency(viewer);
    const problems = weightSetProblems(draft);
    if (problems.length > 0) return fail(problems);

    // Two coordinators publishing at once would pick the same version: the second waits for the first's commit.
    await this.em.execute('select pg_advisory_xact_lock(hashtext(?), ?)', ['matching_weight_set', agencyId]);
    const current = await weightSetInForce(this.em, agencyId);
    const userId = userIdOf(viewer);
    const values: Record<string, number> = {};
    for (const { factor, weight } of draft.weights) values[WEIGHT_PROPERTIES[factor as Factor]] = weight;
    const set = this.em.create(MatchingWeightSet, {
      ...values,
      agencyId,
      version: (current?.version ?? 0) + 1,
      publishedBy: userId === null ? 'unknown' : toGlobalId('User', userId),
      note: draft.note.trim(),
      defaultMaxTravelKm: draft.defaultMaxTravelKm,
      soonDays: draft.soonDays,
    } as never, { partial: true });
    await this.em.flush();
    return succeed(set);
  }
}
