import { CefrLevel } from '../../src/vocabulary/cefr-level';
import { fill } from '../catalogue/words';
import type { Random, Weighted } from '../random';
import type { GeneratedClient } from './client-factory';
import { addDays, daysBetween, dayBetween, earlier, officeTime } from './moments';
import { AREA_TEXTS, REVIEW_SUMMARIES } from './plan-texts';
import type { GoalStatus, MeasureStatus, PlanArea, PlanGoalRow, PlanMeasureRow, PlanReviewRow, PlanRow } from './rows';
import type { IdSequences, WorldOffer } from './world';

export interface PlanContext {
  ids: IdSequences;
  managerId: number;
  /** The agency's published offers that fit each area. */
  offersByArea: ReadonlyMap<PlanArea, readonly WorldOffer[]>;
}

export interface GeneratedPlan {
  plan: PlanRow;
  goals: PlanGoalRow[];
  measures: PlanMeasureRow[];
  reviews: PlanReviewRow[];
}

/** The level a language goal aims at, from the level the person has now. */
const NEXT_LEVELS: Readonly<Record<CefrLevel | 'NONE', Weighted<CefrLevel>>> = {
  NONE: [[CefrLevel.A1, 40], [CefrLevel.A2, 30], [CefrLevel.B1, 30]],
  A1: [[CefrLevel.A2, 40], [CefrLevel.B1, 60]],
  A2: [[CefrLevel.B1, 1]],
  B1: [[CefrLevel.B2, 1]],
  B2: [[CefrLevel.C1, 1]],
  C1: [[CefrLevel.C2, 1]],
  C2: [[CefrLevel.C2, 1]],
};

/** Measures follow their goal: an achieved goal's steps are mostly done, a dropped one's cancelled. */
const MEASURE_STATUSES: Readonly<Record<GoalStatus, Weighted<MeasureStatus>>> = {
  OPEN: [['PLANNED', 85], ['ACTIVE', 10], ['CANCELLED', 5]],
  IN_PROGRESS: [['PLANNED', 25], ['ACTIVE', 45], ['COMPLETED', 25], ['CANCELLED', 5]],
  ACHIEVED: [['COMPLETED', 85], ['CANCELLED', 15]],
  DROPPED: [['CANCELLED', 80], ['COMPLETED', 20]],
};

/** Share of measures that are an offer of the catalogue rather than a free-text step (when one fits). */
const LINKED_SHARE = 0.55;

/** Version 1 of the client's Integrationsplan: 2–4 goals in different areas, 1–3 measures each, maybe a review. */
export function buildPlan(random: Random, client: GeneratedClient, context: PlanContext): GeneratedPlan {
  const { row } = client;
  const clientId = row.id;
  const planId = context.ids.take('plan');
  const plan: PlanRow = {
    id: planId,
    clientId,
    version: 1,
    isCurrent: true,
    change: 'Plan angelegt',
    createdAt: officeTime(random, dayBetween(random, row.supportStart, earlier(addDays(row.supportStart, 14), client.lastDay))),
    createdById: context.managerId,
  };
  const goals: PlanGoalRow[] = [];
  const measures: PlanMeasureRow[] = [];
  const progress = Math.min(1, daysBetween(row.supportStart, client.lastDay) / 730);
  for (const area of random.sampleWeighted(areaWeights(client), random.int(2, 4))) {
    const goal = buildGoal(random, client, area, progress, context.ids.take('plan_goal'), planId);
    goals.push(goal);
    const offers = context.offersByArea.get(area) ?? [];
    for (let count = random.int(1, 3); count > 0; count -= 1) {
      const offer = offers.length > 0 && random.chance(LINKED_SHARE) ? random.pick(offers) : null;
      const id = context.ids.take('plan_measure');
      measures.push({
        id, planId, clientId, originId: id, goalId: goal.id,
        offerId: offer?.id ?? null,
        step: offer === null ? random.pick(AREA_TEXTS[area].steps) : null,
        dueDate: dayBetween(random, addDays(row.supportStart, 14), goal.dueDate ?? row.supportPlannedEnd),
        status: random.weighted(MEASURE_STATUSES[goal.status]),
      });
    }
  }
  return { plan, goals, measures, reviews: reviews(random, client, context, planId) };
}

function buildGoal(random: Random, client: GeneratedClient, area: PlanArea, progress: number, id: number, planId: number): PlanGoalRow {
  const template = random.pick(AREA_TEXTS[area].goals);
  const targetLevel = area === 'LANGUAGE' ? random.weighted(NEXT_LEVELS[client.row.germanLevel ?? 'NONE']) : null;
  const values = { niveau: targetLevel ?? '' };
  const closed = client.row.status === 'CLOSED';
  const statuses: Weighted<GoalStatus> = closed
    ? [['ACHIEVED', 55], ['DROPPED', 30], ['IN_PROGRESS', 15]]
    : [['OPEN', 10 + 40 * (1 - progress)], ['IN_PROGRESS', 40], ['ACHIEVED', 5 + 40 * progress], ['DROPPED', 5]];
  return {
    id,
    planId,
    clientId: client.row.id,
    originId: id,
    area,
    description: fill(template.description, values),
    target: template.target === null ? null : fill(template.target, values),
    targetLevel,
    dueDate: random.chance(0.9) ? dayBetween(random, addDays(client.row.supportStart, 60), client.row.supportPlannedEnd) : null,
    status: random.weighted(statuses),
  };
}

/** Goals fit the person: language first while German is basic, children only with children, work only with a permit. */
function areaWeights(client: GeneratedClient): Weighted<PlanArea> {
  const { row, age } = client;
  const level = row.germanLevel;
  const weights: Array<readonly [PlanArea, number]> = [
    ['LANGUAGE', level === null || level === 'A1' || level === 'A2' ? 40 : level === 'B1' ? 20 : 8],
    ['SCHOOL', age <= 20 ? 30 : age <= 25 ? 6 : 1],
    ['TRAINING_STUDIES', age <= 35 ? 15 : 3],
    ['WORK', row.workPermit === 'NOT_ALLOWED' ? 0 : age > 55 ? 6 : 22],
    ['HOUSING', 14],
    ['HEALTH', client.hasHealthNeeds ? 25 : 4],
    ['SOCIAL_PARTICIPATION', 10],
    ['CHILDREN', row.childrenBirthYears.length > 0 ? 22 : 0],
  ];
  return weights.filter(([, weight]) => weight > 0);
}

/** About half the cases older than three months have had a review. */
function reviews(random: Random, client: GeneratedClient, context: PlanContext, planId: number): PlanReviewRow[] {
  const { row } = client;
  const firstPossible = addDays(row.supportStart, 90);
  if (firstPossible > client.lastDay || !random.chance(0.55)) return [];
  const reviewDate = dayBetween(random, firstPossible, client.lastDay);
  const id = context.ids.take('plan_review');
  return [{
    id, planId, clientId: row.id, originId: id,
    reviewDate,
    summary: random.pick(REVIEW_SUMMARIES),
    nextReviewDate: row.status === 'CLOSED' ? null : addDays(reviewDate, random.int(90, 180)),
  }];
}
