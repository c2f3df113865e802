import { toGlobalId } from '../../src/core/relay/global-id';
import { RequestLoader } from '../../src/core/loaders';
import { userIdOf as userIdOfViewer, type Viewer } from '../../src/core/auth/viewer';
import { CaseloadDocument, CaseloadPlansDocument, ClientDocument, type CaseloadFilter, type CaseloadQuery } from '../generated/graphql';
import { aClient, aGoal, aMeasure, aPlan, inDays, insert } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let colleague: Viewer;
let teamA: number;

const userIdOf = (viewer: Viewer) => userIdOfViewer(viewer) ?? 0;

type Status = 'ACTIVE' | 'PAUSED' | 'CLOSED';
type Area = 'LANGUAGE' | 'WORK' | 'HOUSING';
type GoalState = 'OPEN' | 'IN_PROGRESS' | 'ACHIEVED' | 'DROPPED';
type MeasureState = 'PLANNED' | 'ACTIVE' | 'COMPLETED';

/**
 * What this file put into the database, case by case: the oracle. Expected answers are read off
 * these facts, never off the tables or the service's predicates.
 */
interface Case {
  id: string;
  manager: 'managerA' | 'colleague' | 'managerB';
  status: Status;
  germanLevel: 'A1' | 'A2' | 'B1' | null;
  /** Days from today to the planned end of support; none is near the 400 days a filter below uses. */
  supportEndsInDays: number;
  /** Goals of the current plan, each with one measure. */
  goals: Array<{ area: Area; status: GoalState; measure: MeasureState }>;
}
const cases: Case[] = [];

const STATUSES: Status[] = ['ACTIVE', 'ACTIVE', 'ACTIVE', 'PAUSED', 'CLOSED'];
const LEVELS: Case['germanLevel'][] = ['A1', 'A2', 'B1', null];
const ENDS_IN_DAYS = [-30, 60, 200, 350, 450, 600, 700];
const AREAS: Area[] = ['LANGUAGE', 'WORK', 'HOUSING'];
const GOAL_STATES: GoalState[] = ['OPEN', 'ACHIEVED', 'IN_PROGRESS', 'DROPPED'];
const MEASURE_STATES: MeasureState[] = ['PLANNED', 'ACTIVE', 'COMPLETED'];

/**
 * `count` cases of one manager, with facts varied by their index, each with a current plan of
 * two goals and a measure (an offer) per goal. Every fifth case also has an older plan version
 * with an open HOUSING goal and an ACTIVE measure, which filters must not look at.
 */
async function insertCases(agencyId: number, manager: Case['manager'], managerId: number, count: number): Promise<void> {
  const offers = (await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 50")).map((row) => row.id);
  const made = await insert(hub, async (em) => {
    const built = [];
    for (let i = 0; i < count; i += 1) {
      const pick = <T>(list: readonly T[], salt = 0) => list[(i + salt) % list.length];
      const facts: Omit<Case, 'id'> = {
        manager,
        status: pick(STATUSES),
        germanLevel: pick(LEVELS),
        supportEndsInDays: pick(ENDS_IN_DAYS),
        goals: [0, 1].map((g) => ({ area: pick(AREAS, g + Math.floor(i / 3)), status: pick(GOAL_STATES, g * 3 + Math.floor(i / 2)), measure: pick(MEASURE_STATES, g + Math.floor(i / 4)) })),
      };
      const end = facts.supportEndsInDays;
      const client = await aClient(em, { agencyId, managerId, status: facts.status, germanLevel: facts.germanLevel, supportStart: inDays(end - 730), supportPlannedEnd: inDays(end) });
      if (i % 5 === 1) {
        const old = aPlan(em, client, { version: 1, isCurrent: false });
        aMeasure(em, aGoal(em, old, { area: 'HOUSING', status: 'OPEN' }), { offerId: pick(offers), status: 'ACTIVE' });
      }
      const plan = aPlan(em, client, { version: i % 5 === 1 ? 2 : 1 });
      for (const [g, goal] of facts.goals.entries()) aMeasure(em, aGoal(em, plan, { area: goal.area, status: goal.status }), { offerId: pick(offers, g), status: goal.measure });
      built.push({ client, facts });
    }
    return built;
  });
  cases.push(...made.map(({ client, facts }) => ({ id: toGlobalId('Client', client.id), ...facts })));
}

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  colleague = await hub.signIn({ subject: 'colleague-a', roles: ['MANAGER' as never], agency: 'lra-tuebingen' });
  [{ id: teamA }] = await hub.sql<{ id: number }>('select id from team where agency_id = ? order by id limit 1', [tenants.agencyA.id]);
  await hub.sql('update hub_user set team_id = ? where id in (?, ?)', [teamA, userIdOf(tenants.viewers.managerA), userIdOf(colleague)]);
  await insertCases(tenants.agencyA.id, 'managerA', userIdOf(tenants.viewers.managerA), 130);
  await insertCases(tenants.agencyA.id, 'colleague', userIdOf(colleague), 120);
  await insertCases(tenants.agencyB.id, 'managerB', userIdOf(tenants.viewers.managerB), 40);
});
afterAll(() => hub.close());

/** IDs of the cases made here that satisfy `fact`, sorted. */
const casesWhere = (fact: (c: Case) => boolean) => cases.filter(fact).map((c) => c.id).sort();
const inAgencyA = (c: Case) => c.manager !== 'managerB';
const open = (c: Case) => c.status !== 'CLOSED';

/** Every page of a caseload, in order. */
async function allCases(viewer: Viewer, filter?: CaseloadFilter, first = 37): Promise<Array<{ id: string; manager: string | null }>> {
  const seen: Array<{ id: string; manager: string | null }> = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult<CaseloadQuery> = await hub.execute(CaseloadDocument, { first, after, filter }, viewer);
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.caseload;
    seen.push(...edges.map((edge) => ({ id: edge.node.id, manager: edge.node.manager?.id ?? null })));
    if (!pageInfo.hasNextPage) return seen;
    after = pageInfo.endCursor ?? null;
  }
}

describe('who sees which cases', () => {
  it('shows a manager their own open cases, a coordinator the whole agency, nobody another agency', async () => {
    const own = await allCases(tenants.viewers.managerA);
    expect(own.map((c) => c.id).sort()).toEqual(casesWhere((c) => c.manager === 'managerA' && open(c)));
    const agency = await allCases(tenants.viewers.coordinatorA, {}, 100);
    expect(agency.map((c) => c.id).sort()).toEqual(casesWhere((c) => inAgencyA(c) && open(c)));
    const other = await allCases(tenants.viewers.managerB);
    expect(other.map((c) => c.id).sort()).toEqual(casesWhere((c) => c.manager === 'managerB' && open(c)));
    expect((await hub.execute(ClientDocument, { id: own[0].id }, tenants.viewers.managerB)).data!.client).toBeNull();
    expect((await hub.execute(ClientDocument, { id: own[0].id }, colleague)).data!.client).toBeNull();
  });

  it("shows the team's cases only where the agency allows it", async () => {
    const teamFilter = { team: toGlobalId('Team', teamA) };
    const refused = await allCases(tenants.viewers.managerA, teamFilter);
    expect(refused.map((c) => c.id).sort()).toEqual(casesWhere((c) => c.manager === 'managerA' && open(c)));

    await hub.sql('update agency set team_caseloads_visible = true where id = ?', [tenants.agencyA.id]);
    try {
      // A new sign-in reads the agency's setting.
      const teamMember = await hub.signIn({ subject: 'manager-a', roles: ['MANAGER' as never], agency: 'lra-tuebingen', name: 'Test manager-a again' });
      const shared = await allCases(teamMember, teamFilter);
      expect(new Set(shared.map((c) => c.manager)).size).toBe(2);
      expect(shared.map((c) => c.id).sort()).toEqual(casesWhere((c) => inAgencyA(c) && open(c)));
    } finally {
      // Back as the other tests expect agency A, even when an expectation above failed.
      await hub.sql('update agency set team_caseloads_visible = false where id = ?', [tenants.agencyA.id]);
    }
  });
});

describe('caseload filters', () => {
  const openGoal = (status: GoalState) => status === 'OPEN' || status === 'IN_PROGRESS';
  const filters: Array<[string, CaseloadFilter, (c: Case) => boolean]> = [
    ['status', { statuses: ['PAUSED', 'CLOSED'] }, (c) => c.status === 'PAUSED' || c.status === 'CLOSED'],
    ['support ending within 400 days', { supportEndingWithinDays: 400 }, (c) => open(c) && c.supportEndsInDays <= 400],
    ['German level', { germanLevels: ['A1', 'B1'] }, (c) => open(c) && (c.germanLevel === 'A1' || c.germanLevel === 'B1')],
    ['open goals in an area', { openGoalAreas: ['HOUSING'] }, (c) => open(c) && c.goals.some((goal) => goal.area === 'HOUSING' && openGoal(goal.status))],
    ['no active measure', { withoutActiveMeasure: true }, (c) => open(c) && !c.goals.some((goal) => goal.measure === 'ACTIVE')],
    ['a manager', { manager: 'colleague' }, (c) => open(c) && c.manager === 'colleague'],
  ];
  it.each(filters)('filters by %s as the cases made here say', async (_name, filter, fact) => {
    const resolved = filter.manager === 'colleague' ? { ...filter, manager: toGlobalId('User', userIdOf(colleague)) } : filter;
    const got = await allCases(tenants.viewers.coordinatorA, resolved, 100);
    const expected = casesWhere((c) => inAgencyA(c) && fact(c));
    // Each filter keeps some cases and drops some.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(casesWhere(inAgencyA).length);
    expect(got.map((c) => c.id).sort()).toEqual(expected);
  });

  it('counts per status for the same filter, and in total', async () => {
    const result = await hub.execute(CaseloadDocument, { first: 1, filter: { germanLevels: ['A2'] } }, tenants.viewers.coordinatorA);
    const expected = (['ACTIVE', 'PAUSED', 'CLOSED'] as const).map((status) => ({ status, count: casesWhere((c) => inAgencyA(c) && c.germanLevel === 'A2' && c.status === status).length }));
    expect(expected.every((entry) => entry.count > 0)).toBe(true);
    expect(result.data!.caseload.countsByStatus).toEqual(expected);
    expect(result.data!.caseload.totalCount).toBe(expected[0].count + expected[1].count);
  });

  it('orders by planned end of support', async () => {
    const result = await hub.execute(CaseloadDocument, { first: 50, orderBy: { field: 'SUPPORT_END' } }, tenants.viewers.coordinatorA);
    const ends = result.data!.caseload.edges.map((edge) => edge.node.supportPlannedEnd as string);
    expect([...ends].sort()).toEqual(ends);
    const latest = await hub.execute(CaseloadDocument, { first: 50, orderBy: { field: 'SUPPORT_END', direction: 'DESC' } }, tenants.viewers.coordinatorA);
    const descending = latest.data!.caseload.edges.map((edge) => edge.node.supportPlannedEnd as string);
    expect([...descending].sort().reverse()).toEqual(descending);
  });

  it('refuses more than 200 per page and a negative window as bad input', async () => {
    for (const variables of [{ first: 201 }, { first: 5, filter: { supportEndingWithinDays: -1 } }]) {
      const result = await hub.execute(CaseloadDocument, variables, tenants.viewers.coordinatorA);
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('nested caseload reads', () => {
  it('costs the same number of statements for 20 and for 200 clients, with plans, goals, measures, offers and providers', async () => {
    const small = await hub.execute(CaseloadPlansDocument, { first: 20 }, tenants.viewers.coordinatorA);
    const large = await hub.execute(CaseloadPlansDocument, { first: 200 }, tenants.viewers.coordinatorA);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const clients = large.data!.caseload.edges;
    expect(clients).toHaveLength(200);
    const measures = clients.flatMap((edge) => edge.node.plan.goals.flatMap((goal) => goal.measures));
    expect(measures.length).toBeGreaterThan(300);
    expect(measures.every((measure) => measure.offer?.provider.name)).toBe(true);
    expect(large.statements).toBe(small.statements);
    // BEGIN, settings, page, plans, goals, measures, offers, providers, audit insert, COMMIT.
    expect(large.statements).toBeLessThanOrEqual(10);
  });

  it('answers every nested field from the prefetched levels, without a load per object', async () => {
    // A level left out of the prefetch still loads in batches (the same statements), one promise per object.
    const loads = jest.spyOn(RequestLoader.prototype, 'load');
    try {
      const result = await hub.execute(CaseloadPlansDocument, { first: 200 }, tenants.viewers.coordinatorA);
      expect(result.errors).toBeUndefined();
      expect(result.data!.caseload.edges.flatMap((edge) => edge.node.plan.goals.flatMap((goal) => goal.measures)).length).toBeGreaterThan(300);
      expect(loads).not.toHaveBeenCalled();
    } finally {
      loads.mockRestore();
    }
  });

  it('audits one READ per client, with the plan fields read', async () => {
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
    await hub.execute(CaseloadPlansDocument, { first: 200 }, tenants.viewers.coordinatorA);
    const rows = await hub.sql<{ subject_id: string; fields: string[] }>('select subject_id, fields from audit_event where id > ?', [last]);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => row.subject_id)).size).toBe(200);
    expect(rows[0].fields).toEqual(expect.arrayContaining(['familyName', 'plan', 'Plan.goals', 'PlanGoal.description', 'PlanMeasure.status']));
  });
});
