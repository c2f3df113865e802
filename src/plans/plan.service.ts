import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type AuditPurpose } from '../audit/audit.enums';
import type { AuditLog } from '../audit/audit-log';
import { addYears, type ClientService } from '../caseloads/client.service';
import { userIdOf, type Viewer } from '../core/auth/viewer';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import { OfferStatus } from '../offers/offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { GoalStatus, MeasureStatus } from './plan.enums';
import { type PlanArea } from '../vocabulary/plan-area';

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

export interface PlanChange<T> {
  plan: Plan | null;
  /** The added or changed goal, measure or review, in the new version. */
  item: T | null;
  userErrors: UserError[];
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Caps of a plan's lists, declared on the GraphQL fields (ListCap) and refused when full. Plans
 * hold 2–6 goals of 1–3 measures each and a review every three to six months over at most four
 * years of support: the caps leave room many times over and bound what a nested read can cost.
 */
export const MAX_GOALS_PER_PLAN = 24;
export const MAX_MEASURES_PER_GOAL = 10;
export const MAX_MEASURES_PER_PLAN = 100;
export const MAX_REVIEWS_PER_PLAN = 24;

/** Plans look a few years ahead; a date decades away is a typo. */
const PLAN_HORIZON_YEARS = 10;
const EARLIEST_PLAN_DATE = '2000-01-01';

/** The problem with a due or next-review date, or null when it is plausible. */
function planDateProblem(date: string | null | undefined): string | null {
  if (date == null) return null;
  if (date < EARLIEST_PLAN_DATE) return 'Check the date.';
  if (date > addYears(today(), PLAN_HORIZON_YEARS)) return `Plan at most ${PLAN_HORIZON_YEARS} years ahead.`;
  return null;
}

/**
 * The Integrationsplan. Every change makes a new version: the current one is copied, row by row,
 * into version n + 1 with the change applied, and the old version stays as it was. Goals,
 * measures and reviews keep their `origin_id` across versions, so an ID from any version names
 * the same goal.
 */
export class PlanService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clients: ClientService,
    private readonly audit: AuditLog,
    private readonly purpose: AuditPurpose,
  ) {}

  async addGoal(clientId: number, input: GoalInput): Promise<PlanChange<PlanGoal>> {
    const userErrors = this.checkGoal(input, ['input']);
    if (!(await this.clients.find(this.viewer, clientId))) userErrors.unshift(userError(['input', 'client'], UserErrorCode.NOT_FOUND, 'No such client in your caseload.'));
    if (userErrors.length > 0) return { plan: null, item: null, userErrors };
    return this.change(clientId, `Ziel hinzugefügt (${input.area})`, ['plan.goals'], async (planId, em) => {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into plan_goal (id, origin_id, plan_id, client_id, area, description, target, target_level, due_date, status)
         select n.id, n.id, ?, ?, ?, ?, ?, ?, ?::date, 'OPEN' from (select nextval('plan_goal_id_seq')::int as id) n returning id`,
        [planId, clientId, input.area, input.description.trim(), input.target?.trim() || null, input.targetLevel, input.dueDate],
      );
      return em.findOneOrFail(PlanGoal, row.id);
    }, (planId, em) => this.goalsFull(planId, em));
  }

  async updateGoal(goalId: number, changes: GoalChanges): Promise<PlanChange<PlanGoal>> {
    const goal = await this.currentOf(PlanGoal, goalId);
    if (!goal) return { plan: null, item: null, userErrors: [userError(['input', 'goal'], UserErrorCode.NOT_FOUND, 'No such goal in your caseload.')] };
    const userErrors: UserError[] = [];
    const values: GoalChanges = { ...changes };
    for (const field of ['description', 'status'] as const) {
      if (values[field] === null) userErrors.push(userError(['input', field], UserErrorCode.INVALID, `A goal always has a ${field}; give a new one instead of null.`));
    }
    if (typeof values.description === 'string') {
      values.description = values.description.trim();
      if (values.description.length === 0 || values.description.length > 1000) {
        userErrors.push(userError(['input', 'description'], UserErrorCode.INVALID, 'Describe the goal in 1 to 1,000 characters.'));
      }
    }
    // As when adding a goal: trimmed, and an empty target is none.
    if (typeof values.target === 'string') values.target = values.target.trim() || null;
    if (values.target != null && values.target.length > 200) userErrors.push(userError(['input', 'target'], UserErrorCode.INVALID, 'Use at most 200 characters.'));
    const dueDateProblem = planDateProblem(values.dueDate);
    if (dueDateProblem) userErrors.push(userError(['input', 'dueDate'], UserErrorCode.INVALID, dueDateProblem));
    if (userErrors.length > 0) return { plan: null, item: null, userErrors };
    const fields = Object.keys(values).map((field) => `plan.goals.${field}`);
    return this.change(goal.client.id, 'Ziel geändert', fields, async (planId, em) => {
      const copy = await em.findOneOrFail(PlanGoal, { plan: planId, originId: goal.originId });
      Object.assign(copy, values);
      await em.flush();
      return copy;
    });
  }

  async addMeasure(input: MeasureInput): Promise<PlanChange<PlanMeasure>> {
    const goal = await this.currentOf(PlanGoal, input.goalId);
    const userErrors: UserError[] = [];
    if (!goal) userErrors.push(userError(['input', 'goal'], UserErrorCode.NOT_FOUND, 'No such goal in your caseload.'));
    const step = input.step?.trim() || null;
    if (input.offerId === null && step === null) userErrors.push(userError(['input', 'step'], UserErrorCode.INVALID, 'Name a catalogue offer or describe the step.'));
    if (step !== null && step.length > 500) userErrors.push(userError(['input', 'step'], UserErrorCode.INVALID, 'Use at most 500 characters.'));
    if (input.offerId !== null) {
      const [offer] = await this.em.execute<Array<{ status: string }>>('select status from offer where id = ?', [input.offerId]);
      if (!offer || offer.status !== OfferStatus.PUBLISHED) userErrors.push(userError(['input', 'offer'], UserErrorCode.NOT_FOUND, 'No such published offer.'));
    }
    const dueDateProblem = planDateProblem(input.dueDate);
    if (dueDateProblem) userErrors.push(userError(['input', 'dueDate'], UserErrorCode.INVALID, dueDateProblem));
    if (userErrors.length > 0 || !goal) return { plan: null, item: null, userErrors };
    return this.change(goal.client.id, 'Maßnahme vereinbart', ['plan.measures'], async (planId, em) => {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into plan_measure (id, origin_id, plan_id, client_id, goal_id, offer_id, step, due_date, status)
         select n.id, n.id, ?, ?, g.id, ?, ?, ?::date, 'PLANNED' from (select nextval('plan_measure_id_seq')::int as id) n
         join plan_goal g on g.plan_id = ? and g.origin_id = ? returning id`,
        [planId, goal.client.id, input.offerId, step, input.dueDate, planId, goal.originId],
      );
      return em.findOneOrFail(PlanMeasure, row.id);
    }, (planId, em) => this.measuresFull(planId, goal.originId, em));
  }

  async setMeasureStatus(measureId: number, status: MeasureStatus): Promise<PlanChange<PlanMeasure>> {
    const measure = await this.currentOf(PlanMeasure, measureId);
    if (!measure) return { plan: null, item: null, userErrors: [userError(['input', 'measure'], UserErrorCode.NOT_FOUND, 'No such measure in your caseload.')] };
    if (measure.status === status) return { plan: null, item: null, userErrors: [userError(['input', 'status'], UserErrorCode.INVALID, `The measure is ${status} already.`)] };
    return this.change(measure.client.id, `Maßnahme ${status}`, ['plan.measures.status'], async (planId, em) => {
      const copy = await em.findOneOrFail(PlanMeasure, { plan: planId, originId: measure.originId });
      copy.status = status;
      await em.flush();
      return copy;
    });
  }

  async review(clientId: number, input: { reviewDate: string; summary: string; nextReviewDate: string | null }): Promise<PlanChange<PlanReview>> {
    const userErrors: UserError[] = [];
    if (!(await this.clients.find(this.viewer, clientId))) userErrors.push(userError(['input', 'client'], UserErrorCode.NOT_FOUND, 'No such client in your caseload.'));
    const summary = input.summary.trim();
    if (summary.length === 0 || summary.length > 2000) userErrors.push(userError(['input', 'summary'], UserErrorCode.INVALID, 'Summarise in 1 to 2,000 characters.'));
    if (input.reviewDate > today()) userErrors.push(userError(['input', 'reviewDate'], UserErrorCode.INVALID, 'A review is recorded on or after the day it took place.'));
    else if (input.reviewDate < EARLIEST_PLAN_DATE) userErrors.push(userError(['input', 'reviewDate'], UserErrorCode.INVALID, 'Check the date.'));
    const nextProblem = input.nextReviewDate !== null && input.nextReviewDate <= input.reviewDate ? 'The next review comes after this one.' : planDateProblem(input.nextReviewDate);
    if (nextProblem) userErrors.push(userError(['input', 'nextReviewDate'], UserErrorCode.INVALID, nextProblem));
    if (userErrors.length > 0) return { plan: null, item: null, userErrors };
    return this.change(clientId, 'Überprüfung', ['plan.reviews'], async (planId, em) => {
      const [row] = await em.execute<Array<{ id: number }>>(
        `insert into plan_review (id, origin_id, plan_id, client_id, review_date, summary, next_review_date)
         select n.id, n.id, ?, ?, ?::date, ?, ?::date from (select nextval('plan_review_id_seq')::int as id) n returning id`,
        [planId, clientId, input.reviewDate, summary, input.nextReviewDate],
      );
      return em.findOneOrFail(PlanReview, row.id);
    }, (planId, em) => this.reviewsFull(planId, em));
  }

  /** The row of the *current* version that has the same origin as the given ID (of any version). */
  private async currentOf<T extends PlanGoal | PlanMeasure>(entity: new () => T, id: number): Promise<T | null> {
    const table = this.em.getMetadata().get(entity.name).tableName;
    const [row] = await this.em.execute<Array<{ id: number }>>(
      `select cur.id from ${table} given join ${table} cur on cur.origin_id = given.origin_id and cur.client_id = given.client_id
       join plan p on p.id = cur.plan_id and p.is_current where given.id = ?`,
      [id],
    );
    if (!row) return null;
    const found = await this.em.findOne(entity, row.id as never);
    return found && (await this.clients.find(this.viewer, found.client.id)) ? found : null;
  }

  /**
   * Copies the current version into a new one, applies `apply` to it, and audits the change.
   * `refuse` checks the current version under its row lock, so two requests cannot both take the
   * last place of a list; when it answers, nothing is written.
   */
  private async change<T>(
    clientId: number,
    description: string,
    fields: string[],
    apply: (planId: number, em: EntityManager) => Promise<T>,
    refuse?: (planId: number, em: EntityManager) => Promise<UserError | null>,
  ): Promise<PlanChange<T>> {
    // A savepoint: a failure part-way leaves no half-copied version behind.
    return this.em.transactional(async (em) => {
      const [current] = await em.execute<Array<{ id: number; version: number }>>('select id, version from plan where client_id = ? and is_current for update', [clientId]);
      const refused = refuse && (await refuse(current.id, em));
      if (refused) return { plan: null, item: null, userErrors: [refused] };
      await em.execute('update plan set is_current = false where id = ?', [current.id]);
      const [next] = await em.execute<Array<{ id: number }>>(
        'insert into plan (client_id, version, is_current, change, created_by_id) values (?, ?, true, ?, ?) returning id',
        [clientId, current.version + 1, description, userIdOf(this.viewer)],
      );
      await em.execute(
        `insert into plan_goal (plan_id, client_id, origin_id, area, description, target, target_level, due_date, status)
         select ?, client_id, origin_id, area, description, target, target_level, due_date, status from plan_goal where plan_id = ? order by id`,
        [next.id, current.id],
      );
      await em.execute(
        `insert into plan_measure (plan_id, client_id, origin_id, goal_id, offer_id, step, due_date, status)
         select ?, m.client_id, m.origin_id, ng.id, m.offer_id, m.step, m.due_date, m.status
         from plan_measure m join plan_goal og on og.id = m.goal_id join plan_goal ng on ng.plan_id = ? and ng.origin_id = og.origin_id
         where m.plan_id = ? order by m.id`,
        [next.id, next.id, current.id],
      );
      await em.execute(
        `insert into plan_review (plan_id, client_id, origin_id, review_date, summary, next_review_date)
         select ?, client_id, origin_id, review_date, summary, next_review_date from plan_review where plan_id = ? order by id`,
        [next.id, current.id],
      );
      const item = await apply(next.id, em);
      const plan = await em.findOneOrFail(Plan, next.id);
      const [client] = await em.execute<Array<{ agency_id: number }>>('select agency_id from client where id = ?', [clientId]);
      this.audit.record({ action: AuditAction.UPDATE, purpose: this.purpose, subjectType: 'Client', subjectId: clientId, agencyId: client.agency_id, fields });
      return { plan, item, userErrors: [] };
    });
  }

  private async goalsFull(planId: number, em: EntityManager): Promise<UserError | null> {
    const [{ goals }] = await em.execute<Array<{ goals: number }>>('select count(*)::int as goals from plan_goal where plan_id = ?', [planId]);
    return goals >= MAX_GOALS_PER_PLAN ? userError(['input', 'client'], UserErrorCode.INVALID, `The plan holds ${MAX_GOALS_PER_PLAN} goals, the most it can.`) : null;
  }

  private async measuresFull(planId: number, goalOriginId: number, em: EntityManager): Promise<UserError | null> {
    const [counts] = await em.execute<Array<{ plan: number; goal: number }>>(
      `select count(*)::int as plan, (count(*) filter (where g.origin_id = ?))::int as goal
       from plan_measure m join plan_goal g on g.id = m.goal_id where m.plan_id = ?`,
      [goalOriginId, planId],
    );
    if (counts.goal >= MAX_MEASURES_PER_GOAL) return userError(['input', 'goal'], UserErrorCode.INVALID, `The goal has ${MAX_MEASURES_PER_GOAL} measures, the most it can.`);
    if (counts.plan >= MAX_MEASURES_PER_PLAN) return userError(['input', 'goal'], UserErrorCode.INVALID, `The plan holds ${MAX_MEASURES_PER_PLAN} measures, the most it can.`);
    return null;
  }

  private async reviewsFull(planId: number, em: EntityManager): Promise<UserError | null> {
    const [{ reviews }] = await em.execute<Array<{ reviews: number }>>('select count(*)::int as reviews from plan_review where plan_id = ?', [planId]);
    return reviews >= MAX_REVIEWS_PER_PLAN ? userError(['input', 'client'], UserErrorCode.INVALID, `The plan holds ${MAX_REVIEWS_PER_PLAN} reviews, the most it can.`) : null;
  }

  private checkGoal(input: GoalInput, path: string[]): UserError[] {
    const userErrors: UserError[] = [];
    const description = input.description.trim();
    if (description.length === 0 || description.length > 1000) userErrors.push(userError([...path, 'description'], UserErrorCode.INVALID, 'Describe the goal in 1 to 1,000 characters.'));
    if (input.target && input.target.length > 200) userErrors.push(userError([...path, 'target'], UserErrorCode.INVALID, 'Use at most 200 characters.'));
    const dueDateProblem = planDateProblem(input.dueDate);
    if (dueDateProblem) userErrors.push(userError([...path, 'dueDate'], UserErrorCode.INVALID, dueDateProblem));
    return userErrors;
  }
}

