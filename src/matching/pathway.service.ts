import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeClient } from '../caseloads/client.policy';
import type { Client } from '../caseloads/client.entity';
import type { Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { entryDateOf } from './eligibility/evaluate';
import { levelRank, type Level } from './eligibility/rules';
import { PathwayStep, PathwayStepSet } from './pathway.entities';
import { planPathway, type ChainLink, type PathwayStatus, type PathwayStepData } from './pathways/plan-pathway';
import { germanDate, scheduleChain, type ChosenOffer, type ScheduledStep } from './pathways/schedule';
import { bySuggestionOrder, SuggestionService, type StepCandidates } from './suggestion.service';
import { profileOf } from './suggestions/client-profile';
import type { CandidateOffer } from './suggestions/score';

/** A step set with its steps as entities (for GraphQL) and as data (for the planning). */
export interface LoadedStepSet {
  set: PathwayStepSet;
  steps: PathwayStep[];
  data: PathwayStepData[];
  byId: Map<number, PathwayStep>;
}

export interface PlannedPathway {
  /** The goal's row in the current plan. */
  goalId: number;
  status: PathwayStatus;
  startLevel: Level | null;
  steps: Array<ScheduledStep & { score: number | null }>;
  monthsMin: number;
  monthsMax: number;
  expectedEnd: string | null;
  supportPlannedEnd: string;
  endsBeforeSupportEnd: boolean;
  stepSet: LoadedStepSet;
  explanation: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const memos = new WeakMap<EntityManager, Map<number | null, Promise<LoadedStepSet | null>>>();

export function stepData(step: PathwayStep): PathwayStepData {
  return {
    id: step.id,
    key: step.key,
    programme: step.programme,
    entryLevelMin: step.entryLevelMin,
    entryLevelMax: step.entryLevelMax,
    integrationCourseFinished: step.integrationCourseFinished,
    latinLiterate: step.latinLiterate,
    exitLevel: step.exitLevel,
    certificate: step.certificate,
    completesIntegrationCourse: step.completesIntegrationCourse,
    completesGoal: step.completesGoal,
    areas: step.areas,
    durationMonthsMin: step.durationMonthsMin,
    durationMonthsMax: step.durationMonthsMax,
  };
}

/** The offer's levels fit the step: it admits the person's level then and leads at least to the step's exit level. */
function fitsStep(offer: CandidateOffer, link: ChainLink): boolean {
  const rank = levelRank(link.entryLevel);
  if (offer.entryLevelMin !== null && rank < levelRank(offer.entryLevelMin)) return false;
  if (offer.entryLevelMax !== null && rank > levelRank(offer.entryLevelMax)) return false;
  return offer.targetLevel === null || link.step.exitLevel === null || levelRank(offer.targetLevel) >= levelRank(link.step.exitLevel);
}

/**
 * Pathways: the prerequisite graph (versioned step sets, public like the rules) and, for a goal
 * of a person's current plan, the shortest chain of programmes with a concrete offer per step.
 * Per request: the step set (2 statements, once), the goal (1), and through SuggestionService the
 * rules, weights, open goals and one candidate statement for all the chain's programmes: the
 * same number whatever the chain's length or the offers' count.
 */
export class PathwayService {
  constructor(private readonly em: EntityManager) {}

  /** A step set with all its steps; the newest by default; null when there is no such version. Read once per request and version. */
  stepSet(_viewer: Viewer, version: number | null = null): Promise<LoadedStepSet | null> {
    let memo = memos.get(this.em);
    if (!memo) memos.set(this.em, (memo = new Map()));
    let loaded = memo.get(version);
    if (!loaded) memo.set(version, (loaded = this.loadStepSet(version)));
    return loaded;
  }

  private async loadStepSet(version: number | null): Promise<LoadedStepSet | null> {
    const set = version === null ? await this.em.findOne(PathwayStepSet, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } }) : await this.em.findOne(PathwayStepSet, { version });
    if (!set) return null;
    const steps = await this.em.find(PathwayStep, { stepSet: set.id }, { orderBy: { id: 'asc' } });
    for (const step of steps) step.version = set.version;
    return { set, steps, data: steps.map(stepData), byId: new Map(steps.map((step) => [step.id, step])) };
  }

  /** The pathway to a goal of the person's current plan (`goalId` of any version of it); null when the plan has no such goal. */
  async pathway(viewer: Viewer, client: Client, goalId: number): Promise<PlannedPathway | null> {
    if (!canSeeClient(viewer, client)) throw new AppError('FORBIDDEN', 'This person is not in your caseload.');
    const [goal] = await this.em.execute<Array<{ id: number; area: string; target_level: Level | null }>>(
      `select cur.id, cur.area::text as area, cur.target_level::text as target_level
       from plan_goal given join plan_goal cur on cur.origin_id = given.origin_id and cur.client_id = given.client_id
       join plan p on p.id = cur.plan_id and p.is_current
       where given.id = ? and given.client_id = ?`,
      [goalId, client.id],
    );
    if (!goal) return null;
    const stepSet = await this.stepSet(viewer);
    if (!stepSet) throw new Error('No pathway step set: the pathways migration seeds version 1');

    const asOf = today();
    const suggestions = new SuggestionService(this.em);
    // The level evidenced by the record and its certificates, as suggestions read it.
    const profile = profileOf(client, await suggestions.facts(client), asOf);
    const start = { level: profile.germanLevel, finishedIntegrationCourse: profile.finishedIntegrationCourse === true, latinLiterate: client.latinLiterate };
    const chain = planPathway(start, { area: goal.area, targetLevel: goal.target_level }, stepSet.data);
    const programmes = [...new Set(chain.links.map((link) => link.step.programme))];
    const candidates = programmes.length === 0 ? null : await suggestions.stepCandidates(viewer, client, programmes);
    const scores = new Map<ScheduledStep['link'], number>();
    const steps = scheduleChain(chain.links, asOf, (link, notBefore) => {
      const chosen = candidates === null ? null : this.bestOffer(candidates, link, notBefore);
      if (chosen) scores.set(link, chosen.score);
      return chosen?.offer ?? null;
    });

    const expectedEnd = steps.at(-1)?.expectedEnd ?? null;
    const endsBeforeSupportEnd = chain.status === 'ALREADY_MET' || (chain.status === 'PLANNED' && expectedEnd !== null && expectedEnd <= client.supportPlannedEnd);
    const ending = chain.status !== 'PLANNED' ? '' : endsBeforeSupportEnd
      ? ` Der letzte Schritt endet voraussichtlich am ${germanDate(expectedEnd!)}, vor dem geplanten Ende der Begleitung am ${germanDate(client.supportPlannedEnd)}.`
      : ` Der letzte Schritt endet voraussichtlich am ${germanDate(expectedEnd!)}, nach dem geplanten Ende der Begleitung am ${germanDate(client.supportPlannedEnd)}.`;
    return {
      goalId: goal.id,
      status: chain.status,
      startLevel: start.level,
      steps: steps.map((step) => ({ ...step, score: scores.get(step.link) ?? null })),
      monthsMin: chain.monthsMin,
      monthsMax: chain.monthsMax,
      expectedEnd,
      supportPlannedEnd: client.supportPlannedEnd,
      endsBeforeSupportEnd,
      stepSet,
      explanation: chain.explanation + ending,
    };
  }

  /** The best-scored offer of the step's programme that fits its levels and that no hard rule excludes for the person as they will be on `notBefore`. */
  private bestOffer(candidates: StepCandidates, link: ChainLink, notBefore: string): { offer: ChosenOffer; score: number } | null {
    const byId = new Map<number, CandidateOffer>();
    const facts = { germanLevel: link.entryLevel, finishedIntegrationCourse: link.integrationCourseFinished };
    const ranked = candidates.offers
      .filter((offer) => offer.programme === link.step.programme && fitsStep(offer, link))
      .map((offer) => {
        byId.set(offer.id, offer);
        return candidates.score(offer, facts, notBefore);
      })
      .filter((scored) => scored.excludedBy.length === 0)
      .sort(bySuggestionOrder);
    const best = ranked[0];
    if (!best) return null;
    const offer = byId.get(best.offerId)!;
    return { offer: { offerId: offer.id, entryDate: entryDateOf(offer, notBefore), startDate: offer.startDate, endDate: offer.endDate }, score: best.score };
  }
}
