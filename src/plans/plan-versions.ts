import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import type { Client } from '../caseloads/client.entity';
import { userIdOf, type Viewer } from '../core/auth/viewer';
import { succeed, type Failure, type Result } from '../core/result';
import { User } from '../tenancy/user.entity';
import { Plan } from './plan.entity';

/**
 * The versions of an Integrationsplan, copy on write. A change never edits a version: `newVersion`
 * copies the version in force, row by row, into version n + 1, applies the change to the copy, and
 * the old version stays as it was agreed. Goals, measures and reviews keep their `origin_id` (the ID
 * of their first version), so an ID from any version names the same goal. The rules of what may
 * change live in PlanService; this unit only makes versions.
 */

/** A new case's plan: version 1, empty, persisted with the client in the same unit of work. */
export function openFirstPlan(em: EntityManager, viewer: Viewer, client: Client): void {
  const userId = userIdOf(viewer);
  const createdBy = userId === null ? null : em.getReference(User, userId, { wrapped: true });
  em.persist(Object.assign(new Plan(), { client, version: 1, isCurrent: true, change: 'Plan angelegt', createdBy }));
}

/** The rows of a new version: the ID of each copied goal, measure and review, by its origin ID. */
export interface VersionRows {
  readonly goals: ReadonlyMap<number, number>;
  readonly measures: ReadonlyMap<number, number>;
  readonly reviews: ReadonlyMap<number, number>;
}

/** A version being made, as `apply` sees it: copied, in force, not yet committed. */
export interface DraftVersion {
  readonly clientId: number;
  /** The new version's plan row. */
  readonly planId: number;
  readonly rows: VersionRows;
  /** The EntityManager of the version's savepoint: `apply` writes through it. */
  readonly em: EntityManager;
}

export interface VersionChange {
  clientId: number;
  /** What changed, shown as the version's `change` (at most 200 characters). */
  description: string;
  /** The client's fields the change writes, for its audit entry ('plan.goals', 'plan.measures.status', …). */
  fields: readonly string[];
}

export interface NewVersion<T> {
  plan: Plan;
  /** What `apply` answered: the added or changed goal, measure or review. */
  value: T;
  rows: VersionRows;
}

/** Carries a refusal of `apply` out of the savepoint it rolls back. */
class Refused<Code extends string> extends Error {
  constructor(readonly failure: Failure<Code>) {
    super('The change was refused');
  }
}

/**
 * Makes version n + 1 of the client's plan and applies the change to it, as one unit:
 * 1. locks the version in force (`for update`): changes of one plan queue, so two requests can
 *    neither both make version n + 1 nor both take the last place of a list;
 * 2. in a savepoint, copies its goals, measures (onto the copied goals) and reviews, keeping their
 *    origin IDs, and puts the copy in force;
 * 3. runs `apply` on the copy. A failure it answers (a list found full under the lock) rolls the
 *    savepoint back and is returned: nothing was written. An exception rolls back as well;
 * 4. records an UPDATE of the client under the operation's purpose.
 * The caller has checked that the viewer may work on the client.
 */
export async function newVersion<T, Code extends string>(
  em: EntityManager,
  viewer: Viewer,
  audit: AuditRecorder,
  change: VersionChange,
  apply: (draft: DraftVersion) => Promise<Result<T, Code>>,
): Promise<Result<NewVersion<T>, Code>> {
  try {
    return await em.transactional(async (tx) => {
      const [current] = await tx.execute<Array<{ id: number; version: number }>>('select id, version from plan where client_id = ? and is_current for update', [change.clientId]);
      if (!current) throw new Error(`Client ${change.clientId} has no plan in force`);
      const planId = await copyVersion(tx, viewer, change, current);
      const draft: DraftVersion = { clientId: change.clientId, planId, rows: await copyRows(tx, current.id, planId), em: tx };
      const applied = await apply(draft);
      if (!applied.ok) throw new Refused(applied);
      const [client] = await tx.execute<Array<{ agency_id: number }>>('select agency_id from client where id = ?', [change.clientId]);
      audit.record({ action: AuditAction.UPDATE, subjectType: 'Client', subjectId: change.clientId, agencyId: client.agency_id, fields: change.fields });
      return succeed({ plan: await tx.findOneOrFail(Plan, planId), value: applied.value, rows: draft.rows });
    });
  } catch (error) {
    if (error instanceof Refused) return error.failure as Failure<Code>;
    throw error;
  }
}

/** Takes the version in force out of force and opens version n + 1; returns its ID. */
async function copyVersion(em: EntityManager, viewer: Viewer, change: VersionChange, current: { id: number; version: number }): Promise<number> {
  await em.execute('update plan set is_current = false where id = ?', [current.id]);
  const [next] = await em.execute<Array<{ id: number }>>(
    'insert into plan (client_id, version, is_current, change, created_by_id) values (?, ?, true, ?, ?) returning id',
    [change.clientId, current.version + 1, change.description, userIdOf(viewer)],
  );
  return next.id;
}

/** Copies the rows of version `from` into version `to`, measures onto the copies of their goals. */
async function copyRows(em: EntityManager, from: number, to: number): Promise<VersionRows> {
  type Copied = Array<{ id: number; origin_id: number }>;
  const goals = await em.execute<Copied>(
    `insert into plan_goal (plan_id, client_id, origin_id, area, description, target, target_level, due_date, status)
     select ?, client_id, origin_id, area, description, target, target_level, due_date, status from plan_goal where plan_id = ? order by id
     returning id, origin_id`,
    [to, from],
  );
  const measures = await em.execute<Copied>(
    `insert into plan_measure (plan_id, client_id, origin_id, goal_id, offer_id, step, due_date, status)
     select ?, m.client_id, m.origin_id, ng.id, m.offer_id, m.step, m.due_date, m.status
     from plan_measure m join plan_goal og on og.id = m.goal_id join plan_goal ng on ng.plan_id = ? and ng.origin_id = og.origin_id
     where m.plan_id = ? order by m.id
     returning id, origin_id`,
    [to, to, from],
  );
  const reviews = await em.execute<Copied>(
    `insert into plan_review (plan_id, client_id, origin_id, review_date, summary, next_review_date)
     select ?, client_id, origin_id, review_date, summary, next_review_date from plan_review where plan_id = ? order by id
     returning id, origin_id`,
    [to, from],
  );
  const byOrigin = (rows: Copied) => new Map(rows.map((row) => [row.origin_id, row.id]));
  return { goals: byOrigin(goals), measures: byOrigin(measures), reviews: byOrigin(reviews) };
}
