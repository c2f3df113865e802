import { toGlobalId } from '../../src/core/relay/global-id';
import { userIdOf as userIdOfViewer, type Viewer } from '../../src/core/auth/viewer';
import { CaseloadDocument, CaseloadPlansDocument, ClientDocument, type CaseloadFilter, type CaseloadQuery } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let colleague: Viewer;
let teamA: number;

const userIdOf = (viewer: Viewer) => userIdOfViewer(viewer) ?? 0;

/**
 * Clients straight into the tables (as the owner), each with a current plan of two goals and two
 * measures: enough cases to page through and to measure nested reads.
 */
async function insertCases(agencyId: number, managerId: number, count: number, seed: number): Promise<void> {
  await hub.sql(
    `with place as (select m.id, m.latitude, m.longitude from agency_municipality am join municipality m on m.id = am.municipality_id where am.agency_id = ? order by m.id limit 1),
     new_clients as (
       insert into client (agency_id, manager_id, given_names, family_name, birth_date, municipality_id, latitude, longitude, location_precision,
                           german_level, support_start, support_planned_end, status, closed_at, languages)
       select ?, ?, 'Given ' || i, 'Family ' || lpad(((i * 7919 + ?) % 1000)::text, 3, '0'), date '1980-01-01' + i, place.id, place.latitude, place.longitude, 'MUNICIPALITY',
              (array['A1','A2','B1',null])[1 + i % 4]::cefr_level, current_date - (i * 37 % 700), current_date - (i * 37 % 700) + interval '2 years',
              (array['ACTIVE','ACTIVE','ACTIVE','PAUSED','CLOSED'])[1 + i % 5]::client_status,
              case when i % 5 = 4 then now() end, '{ar}'
       from generate_series(1, ?) as i, place returning id),
     new_plans as (insert into plan (client_id, version, is_current, change) select id, 1, true, 'Plan angelegt' from new_clients returning id, client_id)
     select count(*) from new_plans`,
    [agencyId, agencyId, managerId, seed, count],
  );
  await hub.sql(
    `insert into plan_goal (plan_id, client_id, origin_id, area, description, status)
     select p.id, p.client_id, 0, (array['LANGUAGE','WORK','HOUSING'])[1 + (p.client_id + g) % 3]::plan_area, 'Ziel ' || g,
            (array['OPEN','ACHIEVED','IN_PROGRESS'])[1 + (p.client_id * g) % 3]::goal_status
     from plan p cross join generate_series(1, 2) g where p.client_id in (select id from client where manager_id = ?) and not exists (select 1 from plan_goal x where x.plan_id = p.id)`,
    [managerId],
  );
  await hub.sql(`update plan_goal set origin_id = id where origin_id = 0`);
  await hub.sql(
    `insert into plan_measure (plan_id, client_id, origin_id, goal_id, offer_id, step, status)
     select g.plan_id, g.client_id, 0, g.id, (select min(id) + (g.id % 50) from offer where status = 'PUBLISHED'), null,
            (array['PLANNED','ACTIVE','COMPLETED'])[1 + g.id % 3]::measure_status
     from plan_goal g where g.client_id in (select id from client where manager_id = ?) and not exists (select 1 from plan_measure x where x.goal_id = g.id)`,
    [managerId],
  );
  await hub.sql(`update plan_measure set origin_id = id where origin_id = 0`);
}

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  colleague = await hub.signIn({ subject: 'colleague-a', roles: ['MANAGER' as never], agency: 'lra-tuebingen' });
  [{ id: teamA }] = await hub.sql<{ id: number }>('select id from team where agency_id = ? order by id limit 1', [tenants.agencyA.id]);
  await hub.sql('update hub_user set team_id = ? where id in (?, ?)', [teamA, userIdOf(tenants.viewers.managerA), userIdOf(colleague)]);
  await insertCases(tenants.agencyA.id, userIdOf(tenants.viewers.managerA), 130, 1);
  await insertCases(tenants.agencyA.id, userIdOf(colleague), 120, 2);
  await insertCases(tenants.agencyB.id, userIdOf(tenants.viewers.managerB), 40, 3);
});
afterAll(() => hub.close());

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

const ids = (rows: Array<{ id: number }>) => rows.map((row) => toGlobalId('Client', row.id)).sort();

describe('who sees which cases', () => {
  it('shows a manager their own open cases, a coordinator the whole agency, nobody another agency', async () => {
    const own = await allCases(tenants.viewers.managerA);
    expect(own.map((c) => c.id).sort()).toEqual(ids(await hub.sql("select id from client where manager_id = ? and status <> 'CLOSED'", [userIdOf(tenants.viewers.managerA)])));
    const agency = await allCases(tenants.viewers.coordinatorA, {}, 100);
    expect(agency.map((c) => c.id).sort()).toEqual(ids(await hub.sql("select id from client where agency_id = ? and status <> 'CLOSED'", [tenants.agencyA.id])));
    const other = await allCases(tenants.viewers.managerB);
    expect(other.every((c) => !agency.some((a) => a.id === c.id))).toBe(true);
    expect((await hub.execute(ClientDocument, { id: own[0].id }, tenants.viewers.managerB)).data!.client).toBeNull();
    expect((await hub.execute(ClientDocument, { id: own[0].id }, colleague)).data!.client).toBeNull();
  });

  it("shows the team's cases only where the agency allows it", async () => {
    const teamFilter = { team: toGlobalId('Team', teamA) };
    const refused = await allCases(tenants.viewers.managerA, teamFilter);
    expect(refused.every((c) => c.manager === toGlobalId('User', userIdOf(tenants.viewers.managerA)))).toBe(true);

    await hub.sql('update agency set team_caseloads_visible = true where id = ?', [tenants.agencyA.id]);
    // A new sign-in reads the agency's setting.
    const teamMember = await hub.signIn({ subject: 'manager-a', roles: ['MANAGER' as never], agency: 'lra-tuebingen', name: 'Test manager-a again' });
    const shared = await allCases(teamMember, teamFilter);
    expect(new Set(shared.map((c) => c.manager)).size).toBe(2);
    expect(shared).toHaveLength((await hub.sql("select id from client where manager_id in (?, ?) and status <> 'CLOSED'", [userIdOf(tenants.viewers.managerA), userIdOf(colleague)])).length);
    await hub.sql('update agency set team_caseloads_visible = false where id = ?', [tenants.agencyA.id]);
  });
});

describe('caseload filters', () => {
  const cases: Array<[string, CaseloadFilter, string]> = [
    ['status', { statuses: ['PAUSED', 'CLOSED'] }, "c.status in ('PAUSED', 'CLOSED')"],
    ['support ending within 400 days', { supportEndingWithinDays: 400 }, "c.status <> 'CLOSED' and c.support_planned_end <= current_date + 400"],
    ['German level', { germanLevels: ['A1', 'B1'] }, "c.status <> 'CLOSED' and c.german_level in ('A1', 'B1')"],
    [
      'open goals in an area',
      { openGoalAreas: ['HOUSING'] },
      "c.status <> 'CLOSED' and exists (select 1 from plan p join plan_goal g on g.plan_id = p.id where p.client_id = c.id and p.is_current and g.area = 'HOUSING' and g.status in ('OPEN', 'IN_PROGRESS'))",
    ],
    [
      'no active measure',
      { withoutActiveMeasure: true },
      "c.status <> 'CLOSED' and not exists (select 1 from plan p join plan_measure m on m.plan_id = p.id where p.client_id = c.id and p.is_current and m.status = 'ACTIVE')",
    ],
    ['a manager', { manager: 'colleague' }, "c.status <> 'CLOSED' and c.manager_id = :colleague"],
  ];
  it.each(cases)('filters by %s like an independent SQL predicate', async (_name, filter, predicate) => {
    const resolved = filter.manager === 'colleague' ? { ...filter, manager: toGlobalId('User', userIdOf(colleague)) } : filter;
    const got = await allCases(tenants.viewers.coordinatorA, resolved, 100);
    const expected = await hub.sql<{ id: number }>(`select c.id from client c where c.agency_id = ? and ${predicate.replace(':colleague', String(userIdOf(colleague)))}`, [tenants.agencyA.id]);
    expect(expected.length).toBeGreaterThan(0);
    expect(got.map((c) => c.id).sort()).toEqual(ids(expected));
  });

  it('counts per status for the same filter, and in total', async () => {
    const result = await hub.execute(CaseloadDocument, { first: 1, filter: { germanLevels: ['A2'] } }, tenants.viewers.coordinatorA);
    const rows = await hub.sql<{ status: string; n: number }>("select status::text, count(*)::int as n from client where agency_id = ? and german_level = 'A2' group by 1", [tenants.agencyA.id]);
    const expected = ['ACTIVE', 'PAUSED', 'CLOSED'].map((status) => ({ status, count: rows.find((row) => row.status === status)?.n ?? 0 }));
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

  it('audits one READ per client, with the plan fields read', async () => {
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
    await hub.execute(CaseloadPlansDocument, { first: 200 }, tenants.viewers.coordinatorA);
    const rows = await hub.sql<{ subject_id: string; fields: string[] }>('select subject_id, fields from audit_event where id > ?', [last]);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => row.subject_id)).size).toBe(200);
    expect(rows[0].fields).toEqual(expect.arrayContaining(['familyName', 'plan', 'Plan.goals', 'PlanGoal.description', 'PlanMeasure.status']));
  });
});
