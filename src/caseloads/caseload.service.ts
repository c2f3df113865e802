import type { EntityManager } from '@mikro-orm/postgresql';
import { hasRole, requireAgency, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { executeBound, executeBoundArrays } from '../core/database/bound-statement';
import { ReadModel } from '../core/database/read-model';
import { joinSql, rawSql, sql, type Sql } from '../core/database/sql';
import { encodeCursor, type PageRequest } from '../core/relay/connection';
import { keysetSql, type KeysetOrdering } from '../core/relay/keyset';
import type { CefrLevel } from '../vocabulary/cefr-level';
import { type PlanArea } from '../vocabulary/plan-area';
import { OrderDirection } from '../core/relay/order-direction';
import { CaseloadOrderField } from './caseload.types';
import { Client } from './client.entity';
import { ClientStatus } from './client.enums';

export interface CaseloadCriteria {
  statuses: ClientStatus[] | null;
  managerId: number | null;
  teamId: number | null;
  supportEndingWithinDays: number | null;
  germanLevels: CefrLevel[] | null;
  openGoalAreas: PlanArea[] | null;
  withoutActiveMeasure: boolean | null;
}

const SORT_KEYS: Record<CaseloadOrderField, KeysetOrdering['keys']> = {
  [CaseloadOrderField.NAME]: [{ column: 'c.family_name', type: 'string' }, { column: 'c.given_names', type: 'string' }, { column: 'c.id', type: 'integer' }],
  [CaseloadOrderField.SUPPORT_END]: [{ column: 'c.support_planned_end', type: 'date' }, { column: 'c.id', type: 'integer' }],
};
/** The properties behind SORT_KEYS' columns: a page's cursors read them from its rows. */
const SORT_PROPERTIES = ['familyName', 'givenNames', 'supportPlannedEnd'];
const DEFAULT_STATUSES = [ClientStatus.ACTIVE, ClientStatus.PAUSED];
/**
 * The goal statuses that count as open. The plans module's own list (OPEN_GOAL_STATUSES) must say
 * the same; caseloads cannot import it (plans depends on caseloads), so a test holds them equal.
 */
export const OPEN_GOAL_STATUSES_OF_PLANS: readonly string[] = ['OPEN', 'IN_PROGRESS'];

/**
 * Caseload lists. One statement per page, read as views (no change tracking: a page of 200
 * clients would otherwise cost more in bookkeeping than in SQL). Managers see their own cases
 * unless they ask for a manager or team; row-level security bounds every answer to what the
 * viewer may see.
 */
export class CaseloadService {
  private readonly clients: ReadModel<Client>;

  constructor(private readonly em: EntityManager) {
    this.clients = new ReadModel(Client, em.getMetadata(), 'c', em.getPlatform());
  }

  /**
   * A page of clients, as views. `selected`: the properties the caller reads (with the sort keys, for
   * the cursors, and what any view holds: the key and references); null: every column.
   */
  async page(
    viewer: Viewer,
    criteria: CaseloadCriteria,
    order: { field: CaseloadOrderField; direction: OrderDirection },
    page: PageRequest,
    selected: ReadonlySet<string> | null = null,
  ): Promise<Array<{ client: Client; cursor: string }>> {
    const ordering: KeysetOrdering = { keys: SORT_KEYS[order.field], direction: order.direction === OrderDirection.DESC ? 'desc' : 'asc' };
    const keyset = keysetSql(ordering, page);
    const where = this.conditions(viewer, criteria, true);
    if (keyset.where) where.push(keyset.where);
    const clients = this.clients.narrow(selected && new Set([...selected, ...SORT_PROPERTIES]));
    const query = sql`select ${clients.selectList()} from client c where ${joinSql(where, ' and ')} order by ${rawSql(keyset.orderBy)} limit ${page.limit + 1}`;
    const rows = await executeBoundArrays(this.em, query.text, [...query.values]);
    // The sort keys are among the columns read (SORT_PROPERTIES); their names are the keys' own.
    const sortKeyAt = ordering.keys.map((key) => clients.indexOf(key.column));
    if (sortKeyAt.includes(-1)) throw new Error(`caseload: a sort key of ${order.field} is not among the columns read`);
    return rows.map((row) => {
      const client = clients.fromArray(row)!;
      const cursor = encodeCursor(sortKeyAt.map((index) => row[index] as string | number));
      return { client, cursor };
    });
  }

  async count(viewer: Viewer, criteria: CaseloadCriteria): Promise<number> {
    const query = sql`select count(*)::int as count from client c where ${joinSql(this.conditions(viewer, criteria, true), ' and ')}`;
    const [row] = await executeBound<{ count: number }>(this.em, query.text, [...query.values]);
    return row.count;
  }

  async countByStatus(viewer: Viewer, criteria: CaseloadCriteria): Promise<Array<{ status: ClientStatus; count: number }>> {
    const query = sql`select c.status, count(*)::int as count from client c where ${joinSql(this.conditions(viewer, criteria, false), ' and ')} group by c.status`;
    const rows = await executeBound<{ status: ClientStatus; count: number }>(this.em, query.text, [...query.values]);
    return Object.values(ClientStatus).map((status) => ({ status, count: rows.find((row) => row.status === status)?.count ?? 0 }));
  }

  /** The conditions of a caseload; `supportEndingWithinDays` lies within 0 to MAX_SUPPORT_ENDING_WITHIN_DAYS (checked with the arguments). */
  private conditions(viewer: Viewer, criteria: CaseloadCriteria, withStatuses: boolean): Sql[] {
    const agencyId = requireAgency(viewer);
    const where: Sql[] = [sql`c.agency_id = ${agencyId}`];
    const ownOnly = hasRole(viewer, Role.MANAGER) && !hasRole(viewer, Role.COORDINATOR) && criteria.managerId === null && criteria.teamId === null;
    const managerId = ownOnly ? userIdOf(viewer) : criteria.managerId;
    if (managerId !== null) where.push(sql`c.manager_id = ${managerId}`);
    if (criteria.teamId !== null) where.push(sql`c.manager_id in (select u.id from hub_user u where u.team_id = ${criteria.teamId})`);
    if (withStatuses) where.push(sql`c.status::text = any(${criteria.statuses ?? DEFAULT_STATUSES}::text[])`);
    if (criteria.supportEndingWithinDays !== null) where.push(sql`c.support_planned_end <= current_date + ${criteria.supportEndingWithinDays}::int`);
    if (criteria.germanLevels?.length) where.push(sql`c.german_level::text = any(${criteria.germanLevels}::text[])`);
    if (criteria.openGoalAreas?.length) {
      where.push(sql`exists (select 1 from plan p join plan_goal g on g.plan_id = p.id
        where p.client_id = c.id and p.is_current and g.area::text = any(${criteria.openGoalAreas}::text[]) and g.status::text = any(${[...OPEN_GOAL_STATUSES_OF_PLANS]}::text[]))`);
    }
    if (criteria.withoutActiveMeasure) {
      where.push(sql`not exists (select 1 from plan p join plan_measure m on m.plan_id = p.id where p.client_id = c.id and p.is_current and m.status = 'ACTIVE')`);
    }
    return where;
  }
}
