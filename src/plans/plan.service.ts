import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecorder } from '../audit/audit-log';
import { findWorkableClient } from '../caseloads/client.policy';
import type { Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Failure, type Problem, type Result } from '../core/result';
import { OfferStatus } from '../offers/offer.enums';
import type { CefrLevel } from '../vocabulary/cefr-level';
import type { PlanArea } from '../vocabulary/plan-area';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import type { GoalStatus, MeasureStatus } from './plan.enums';
import type { PlanErrorCode } from './plan.errors';
import {
  EARLIEST_PLAN_DATE,
  MAX_GOAL_DESCRIPTION,
  MAX_GOAL_TARGET,
  MAX_GOALS_PER_PLAN,
  MAX_MEASURE_STEP,
  MAX_MEASURES_PER_GOAL,
  MAX_MEASURES_PER_PLAN,
  MAX_REVIEW_SUMMARY,
  MAX_REVIEWS_PER_PLAN,
  PLAN_HORIZON_YEARS,
} from './plan-limits';
import { newVersion, type DraftVersion, type NewVersion } from './plan-versions';

export { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN } from './plan-limits';

export interface GoalInput {
  area: PlanArea;
  description: string;
  target: string | null;
  targetLevel: CefrLevel | null;
  dueDate: string | null;
}

/** Changes to a goal: undefined = unchanged, null = clear (refused for description and status). */
export interface GoalChanges {
  description?: string | null;
  target?: string | null;
  targetLevel?: CefrLevel | null;
  dueDate?: string | null;
  status?: GoalStatus | null;
}

export interface MeasureInput {
  goalId: number;
  offerId: number | null;
  step: string | null;
  dueDate: string | null;
}

export interface ReviewInput {
  reviewDate: string;
  summary: string;
  nextReviewDate: string | null;
}

/** What a plan command made: the new version and the added or changed goal, measure or review in it. */
export interface PlanChange<T> {
  plan: Plan;
  item: T;
}

type Problems = Problem<PlanErrorCode>[];
type Change<T> = Promise<Result<PlanChange<T>, PlanErrorCode>>;

const today = () => new Date().toISOString().slice(0, 10);

/** `isoDate` plus whole years; 29 February lands on 28 February (§ 188(3) BGB). */
function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year + years, month - 1, day));
  if (date.getUTCMonth() !== month - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/** The problem with a due or next-review date, or null when it is plausible. */
function planDateProblem(date: string | null | undefined): string | null {
  if (date == null) return null;
  if (date < EARLIEST_PLAN_DATE) return 'Check the date.';
  if (date > addYears(today(), PLAN_HORIZON_YEARS)) return `Plan at most ${PLAN_HORIZON_YEARS} years ahead.`;
  return null;
}

const notFound = (field: 'client' | 'goal' | 'measure') => problem<PlanErrorCode>('NOT_FOUND', field, `No such ${field} in your caseload.`);
const invalid = (field: string, message: string) => problem<PlanErrorCode>('INVALID', field, message);
const full = (field: 'client' | 'goal', message: string) => fail([invalid(field, message)]);
const asChange = <T>(made: Result<NewVersion<T>, PlanErrorCode>): Result<PlanChange<T>, PlanErrorCode> => (made.ok ? succeed({ plan: made.value.plan, item: made.value.value }) : made);

/**
 * The rules of the Integrationsplan: what goals, measures and reviews may be, and which lists are
 * full. Every accepted change makes a new version (plan-versions.ts), audited under the
 * operation's purpose. Anything outside the viewer's caseload answers like a missing row.
 */
export class PlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
  ) {}

  async addGoal(viewer: Viewer, clientId: number, input: GoalInput): Change<PlanGoal> {
    const problems = this.checkGoal(input);
    if (!(await findWorkableClient(this.em, viewer, clientId))) problems.unshift(notFound('client'));
    if (problems.length > 0) return fail(problems);
    const change = { clientId, description: `Ziel hinzugefügt (${input.area})`, fields: ['plan.goals'] };
    return asChange(await newVersion(this.em, viewer, this.audit, change, async ({ planId, em }) => {
      if ((await this.count(em, 'plan_goal', planId)) >= MAX_GOALS_PER_PLAN) return full('client', `The plan holds ${MAX_GOALS_PER_PLAN} goals, the most it can.`);
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into plan_goal (id, origin_id, plan_id, client_id, area, description, target, target_level, due_date, status)
         select n.id, n.id, ?, ?, ?, ?, ?, ?, ?::date, 'OPEN' from (select nextval('plan_goal_id_seq')::int as id) n returning id`,
        [planId, clientId, input.area, input.description.trim(), input.target?.trim() || null, input.targetLevel, input.dueDate],
      );
      return succeed(await em.findOneOrFail(PlanGoal, row.id));
    }));
  }

  async updateGoal(viewer: Viewer, goalId: number, changes: GoalChanges): Change<PlanGoal> {
    const goal = await this.currentOf(viewer, PlanGoal, goalId);
    if (!goal) return fail([notFound('goal')]);
    const problems: Problems = [];
    const values: GoalChanges = { ...changes };
    for (const field of ['description', 'status'] as const) {
      if (values[field] === null) problems.push(invalid(field, `A goal always has a ${field}; give a new one instead of null.`));
    }
    if (typeof values.description === 'string') {
      values.description = values.description.trim();
      if (values.description.length === 0 || values.description.length > MAX_GOAL_DESCRIPTION) problems.push(invalid('description', 'Describe the goal in 1 to 1,000 characters.'));
    }
    // As when adding a goal: trimmed, and an empty target is none.
    if (typeof values.target === 'string') values.target = values.target.trim() || null;
    if (values.target != null && values.target.length > MAX_GOAL_TARGET) problems.push(invalid('target', `Use at most ${MAX_GOAL_TARGET} characters.`));
    const dueDateProblem = planDateProblem(values.dueDate);
    if (dueDateProblem) problems.push(invalid('dueDate', dueDateProblem));
    if (problems.length > 0) return fail(problems);
    const change = { clientId: goal.client.id, description: 'Ziel geändert', fields: Object.keys(values).map((field) => `plan.goals.${field}`) };
    return asChange(await newVersion(this.em, viewer, this.audit, change, async ({ rows, em }) => {
      const copy = await em.findOneOrFail(PlanGoal, rows.goals.get(goal.originId)!);
      Object.assign(copy, values);
      await em.flush();
      return succeed(copy);
    }));
  }

  async addMeasure(viewer: Viewer, input: MeasureInput): Change<PlanMeasure> {
    const goal = await this.currentOf(viewer, PlanGoal, input.goalId);
    const problems: Problems = [];
    if (!goal) problems.push(notFound('goal'));
    const step = input.step?.trim() || null;
    if (input.offerId === null && step === null) problems.push(invalid('step', 'Name a catalogue offer or describe the step.'));
    if (step !== null && step.length > MAX_MEASURE_STEP) problems.push(invalid('step', `Use at most ${MAX_MEASURE_STEP} characters.`));
    if (input.offerId !== null) {
      const [offer] = await this.em.execute<Array<{ status: string }>>('select status from offer where id = ?', [input.offerId]);
      if (!offer || offer.status !== OfferStatus.PUBLISHED) problems.push(problem('NOT_FOUND', 'offer', 'No such published offer.'));
    }
    const dueDateProblem = planDateProblem(input.dueDate);
    if (dueDateProblem) problems.push(invalid('dueDate', dueDateProblem));
    if (problems.length > 0 || !goal) return fail(problems);
    const change = { clientId: goal.client.id, description: 'Maßnahme vereinbart', fields: ['plan.measures'] };
    return asChange(await newVersion(this.em, viewer, this.audit, change, async (draft) => {
      const refused = await this.measuresFull(draft, goal.originId);
      if (refused) return refused;
      const [row] = await draft.em.execute<Array<{ id: number }>>(
        `insert into plan_measure (id, origin_id, plan_id, client_id, goal_id, offer_id, step, due_date, status)
         select n.id, n.id, ?, ?, ?, ?, ?, ?::date, 'PLANNED' from (select nextval('plan_measure_id_seq')::int as id) n returning id`,
        [draft.planId, draft.clientId, draft.rows.goals.get(goal.originId)!, input.offerId, step, input.dueDate],
      );
      return succeed(await draft.em.findOneOrFail(PlanMeasure, row.id));
    }));
  }

  async setMeasureStatus(viewer: Viewer, measureId: number, status: MeasureStatus): Change<PlanMeasure> {
    const measure = await this.currentOf(viewer, PlanMeasure, measureId);
    if (!measure) return fail([notFound('measure')]);
    if (measure.status === status) return fail([invalid('status', `The measure is ${status} already.`)]);
    const change = { clientId: measure.client.id, description: `Maßnahme ${status}`, fields: ['plan.measures.status'] };
    return asChange(await newVersion(this.em, viewer, this.audit, change, async ({ rows, em }) => {
      const copy = await em.findOneOrFail(PlanMeasure, rows.measures.get(measure.originId)!);
      copy.status = status;
      await em.flush();
      return succeed(copy);
    }));
  }

  async review(viewer: Viewer, clientId: number, input: ReviewInput): Change<PlanReview> {
    const problems: Problems = [];
    if (!(await findWorkableClient(this.em, viewer, clientId))) problems.push(notFound('client'));
    const summary = input.summary.trim();
    if (summary.length === 0 || summary.length > MAX_REVIEW_SUMMARY) problems.push(invalid('summary', 'Summarise in 1 to 2,000 characters.'));
    if (input.reviewDate > today()) problems.push(invalid('reviewDate', 'A review is recorded on or after the day it took place.'));
    else if (input.reviewDate < EARLIEST_PLAN_DATE) problems.push(invalid('reviewDate', 'Check the date.'));
    const nextProblem = input.nextReviewDate !== null && input.nextReviewDate <= input.reviewDate ? 'The next review comes after this one.' : planDateProblem(input.nextReviewDate);
    if (nextProblem) problems.push(invalid('nextReviewDate', nextProblem));
    if (problems.length > 0) return fail(problems);
    return asChange(await newVersion(this.em, viewer, this.audit, { clientId, description: 'Überprüfung', fields: ['plan.reviews'] }, async ({ planId, em }) => {
      if ((await this.count(em, 'plan_review', planId)) >= MAX_REVIEWS_PER_PLAN) return full('client', `The plan holds ${MAX_REVIEWS_PER_PLAN} reviews, the most it can.`);
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into plan_review (id, origin_id, plan_id, client_id, review_date, summary, next_review_date)
         select n.id, n.id, ?, ?, ?::date, ?, ?::date from (select nextval('plan_review_id_seq')::int as id) n returning id`,
        [planId, clientId, input.reviewDate, summary, input.nextReviewDate],
      );
      return succeed(await em.findOneOrFail(PlanReview, row.id));
    }));
  }

  /** The row of the *current* version that has the same origin as the given ID (of any version). */
  private async currentOf<T extends PlanGoal | PlanMeasure>(viewer: Viewer, entity: new () => T, id: number): Promise<T | null> {
    const table = this.em.getMetadata().get(entity.name).tableName;
    const [row] = await this.em.execute<Array<{ id: number }>>(
      `select cur.id from ${table} given join ${table} cur on cur.origin_id = given.origin_id and cur.client_id = given.client_id
       join plan p on p.id = cur.plan_id and p.is_current where given.id = ?`,
      [id],
    );
    if (!row) return null;
    const found = await this.em.findOne(entity, row.id as never);
    return found && (await findWorkableClient(this.em, viewer, found.client.id)) ? found : null;
  }

  /** The rows of a version in one of its lists; the new version holds those of the old one. */
  private async count(em: EntityManager, table: 'plan_goal' | 'plan_review', planId: number): Promise<number> {
    const [{ rows }] = await em.execute<Array<{ rows: number }>>(`select count(*)::int as rows from ${table} where plan_id = ?`, [planId]);
    return rows;
  }

  private async measuresFull({ planId, em }: DraftVersion, goalOriginId: number): Promise<Failure<PlanErrorCode> | null> {
    const [counts] = await em.execute<Array<{ plan: number; goal: number }>>(
      `select count(*)::int as plan, (count(*) filter (where g.origin_id = ?))::int as goal
       from plan_measure m join plan_goal g on g.id = m.goal_id where m.plan_id = ?`,
      [goalOriginId, planId],
    );
    if (counts.goal >= MAX_MEASURES_PER_GOAL) return full('goal', `The goal has ${MAX_MEASURES_PER_GOAL} measures, the most it can.`);
    if (counts.plan >= MAX_MEASURES_PER_PLAN) return full('goal', `The plan holds ${MAX_MEASURES_PER_PLAN} measures, the most it can.`);
    return null;
  }

  private checkGoal(input: GoalInput): Problems {
    const problems: Problems = [];
    const description = input.description.trim();
    if (description.length === 0 || description.length > MAX_GOAL_DESCRIPTION) problems.push(invalid('description', 'Describe the goal in 1 to 1,000 characters.'));
    const target = input.target?.trim() ?? '';
    if (target.length > MAX_GOAL_TARGET) problems.push(invalid('target', `Use at most ${MAX_GOAL_TARGET} characters.`));
    const dueDateProblem = planDateProblem(input.dueDate);
    if (dueDateProblem) problems.push(invalid('dueDate', dueDateProblem));
    return problems;
  }
}
