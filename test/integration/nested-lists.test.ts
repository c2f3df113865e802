import { userIdOf as userIdOfViewer, type Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN } from '../../src/plans/plan.service';
import { MAX_TEAMS_PER_AGENCY } from '../../src/tenancy/tenancy.service';
import {
  AgenciesDocument,
  AgencyMunicipalitiesDocument,
  CaseloadListsDocument,
  ClientCaseNotesDocument,
  ClientConsentsDocument,
  ClientPlanVersionsDocument,
  ClientSupportExtensionsDocument,
  PlanGoalAddDocument,
  PlanMeasureAddDocument,
  PlanReviewDocument,
  TeamCreateDocument,
} from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';
import { aCaseNote, aClient, aConsent, aGoal, aMeasure, aPlan, aReview, aSupportExtension, aTeam, existing, inDays, insert } from '../factories';

let hub: TestHub;
let tenants: Tenants;
/** A case made through the API, with more notes, consents, extensions and versions added as the owner. */
let refs: CaseRefs;
let clientId: number;

const userIdOf = (viewer: Viewer) => userIdOfViewer(viewer) ?? 0;
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** Clients of one manager, each with a plan, three notes, two consents and an extension. */
async function insertCases(agencyId: number, managerId: number, count: number): Promise<void> {
  await insert(hub, async (em) => {
    for (let i = 1; i <= count; i += 1) {
      const client = await aClient(em, { agencyId, managerId, familyName: `Listenfall ${String(i).padStart(3, '0')}`, supportStart: inDays(-100) });
      aPlan(em, client);
      for (let n = 1; n <= 3; n += 1) aCaseNote(em, client, { body: 'Gespräch geführt.', createdAt: daysAgo(n) });
      for (let n = 1; n <= 2; n += 1) aConsent(em, client, { textVersion: `v${n}`, givenAt: daysAgo(n) });
      aSupportExtension(em, client, { extendedTo: inDays(800), reason: 'Ausbildung' });
    }
  });
}

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  clientId = idOf(refs.client);
  await insert(hub, async (em) => {
    const client = existing.client(em, clientId);
    for (let n = 1; n <= 6; n += 1) aCaseNote(em, client, { body: 'Weitere Notiz.' });
    for (let n = 1; n <= 4; n += 1) aConsent(em, client, { recipientProviderKind: 'SCHULE', textVersion: `v${n}` });
    for (let n = 1; n <= 5; n += 1) aSupportExtension(em, client, { extendedTo: inDays(700 + n), reason: `Grund ${n}` });
  });
  for (const day of ['2026-01-10', '2026-02-10', '2026-03-10']) {
    await hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: day, summary: `Review ${day}` } }, tenants.viewers.managerA);
  }
  await insertCases(tenants.agencyA.id, userIdOf(tenants.viewers.managerA), 70);
});
afterAll(() => hub.close());

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
  nodes: T[];
}

/** Every page of one connection, `first` at a time, following `after`; checks totalCount on each page. */
async function pageThrough<T>(fetch: (after: string | null) => Promise<Page<T>>): Promise<{ nodes: T[]; totalCount: number; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 1; pages < 100; pages += 1) {
    const page = await fetch(after);
    if (totalCount === -1) totalCount = page.totalCount;
    expect(page.totalCount).toBe(totalCount);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount, pages };
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('paging did not end');
}

const ids = (type: string, rows: Array<{ id: number }>) => rows.map((row) => toGlobalId(type, row.id));

describe('connections of a case', () => {
  const as = () => tenants.viewers.managerA;

  it('pages case notes newest first, forward and backward', async () => {
    const expected = ids('CaseNote', await hub.sql<{ id: number }>('select id from case_note where client_id = ? order by id desc', [clientId]));
    expect(expected).toHaveLength(7);
    const forward = await pageThrough(async (after) => {
      const result = await hub.execute(ClientCaseNotesDocument, { id: refs.client, first: 3, after }, as());
      expect(result.errors).toBeUndefined();
      const { edges, ...page } = result.data!.client!.caseNotes;
      return { ...page, nodes: edges.map((edge) => edge.node) };
    });
    expect(forward).toMatchObject({ totalCount: 7, pages: 3 });
    expect(forward.nodes.map((note) => note.id)).toEqual(expected);
    expect(forward.nodes[0].body).toBe('Weitere Notiz.');

    const last = await hub.execute(ClientCaseNotesDocument, { id: refs.client, last: 2 }, as());
    expect(last.data!.client!.caseNotes.edges.map((edge) => edge.node.id)).toEqual(expected.slice(-2));
    const before = await hub.execute(ClientCaseNotesDocument, { id: refs.client, last: 2, before: last.data!.client!.caseNotes.pageInfo.startCursor }, as());
    expect(before.data!.client!.caseNotes.edges.map((edge) => edge.node.id)).toEqual(expected.slice(-4, -2));
  });

  it('pages the consent ledger oldest first', async () => {
    const expected = ids('Consent', await hub.sql<{ id: number }>('select id from consent where client_id = ? order by id', [clientId]));
    const all = await pageThrough(async (after) => (await hub.execute(ClientConsentsDocument, { id: refs.client, first: 2, after }, as())).data!.client!.consents);
    expect(all).toMatchObject({ totalCount: 5, pages: 3 });
    expect(all.nodes.map((consent) => consent.id)).toEqual(expected);
  });

  it('pages support extensions oldest first', async () => {
    const expected = ids('SupportExtension', await hub.sql<{ id: number }>('select id from support_extension where client_id = ? order by id', [clientId]));
    const all = await pageThrough(async (after) => (await hub.execute(ClientSupportExtensionsDocument, { id: refs.client, first: 2, after }, as())).data!.client!.supportExtensions);
    expect(all).toMatchObject({ totalCount: 5, pages: 3 });
    expect(all.nodes.map((extension) => extension.id)).toEqual(expected);
  });

  it('pages plan versions newest first', async () => {
    const all = await pageThrough(async (after) => (await hub.execute(ClientPlanVersionsDocument, { id: refs.client, first: 4, after }, as())).data!.client!.planVersions);
    expect(all).toMatchObject({ totalCount: 6, pages: 2 });
    expect(all.nodes.map((plan) => [plan.version, plan.isCurrent])).toEqual([[6, true], [5, false], [4, false], [3, false], [2, false], [1, false]]);
  });

  it('pages the municipalities of an agency by name', async () => {
    const expected = ids('Municipality', await hub.sql<{ id: number }>('select m.id from agency_municipality am join municipality m on m.id = am.municipality_id where am.agency_id = ? order by m.name, m.id', [tenants.agencyA.id]));
    expect(expected.length).toBeGreaterThan(5);
    const all = await pageThrough(async (after) => {
      const result = await hub.execute(AgencyMunicipalitiesDocument, { id: tenants.agencyA.globalId, first: 4, after });
      expect(result.errors).toBeUndefined();
      const node = result.data!.node as { municipalities: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: Array<{ node: { id: string } }> } };
      const { edges, pageInfo, totalCount } = node.municipalities;
      return { totalCount, pageInfo: { ...pageInfo, hasPreviousPage: after !== null }, nodes: edges.map((edge) => edge.node) };
    });
    expect(all.totalCount).toBe(expected.length);
    expect(all.nodes.map((place) => place.id)).toEqual(expected);
  });

  it('refuses a cursor of another ordering and an oversized page as bad input', async () => {
    const plans = await hub.execute(ClientPlanVersionsDocument, { id: refs.client, first: 1 }, as());
    const foreign = plans.data!.client!.planVersions.pageInfo.endCursor;
    for (const variables of [{ id: refs.client, first: 2, after: foreign }, { id: refs.client, first: 101 }]) {
      const result = await hub.execute(ClientCaseNotesDocument, variables, as());
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('nested lists in a caseload', () => {
  it('costs the same number of statements for 20 and for 60 clients, counts included', async () => {
    const small = await hub.execute(CaseloadListsDocument, { first: 20 }, tenants.viewers.managerA);
    const large = await hub.execute(CaseloadListsDocument, { first: 60 }, tenants.viewers.managerA);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const clients = large.data!.caseload.edges.map((edge) => edge.node);
    expect(clients).toHaveLength(60);
    const listed = clients.filter((client) => client.caseNotes.totalCount === 3);
    expect(listed.length).toBeGreaterThan(50);
    for (const client of listed) {
      expect(client.caseNotes.nodes).toHaveLength(2);
      expect(client.caseNotes.nodes[0].body).toBe('Gespräch geführt.');
      expect(client.consents).toMatchObject({ totalCount: 2 });
      expect(client.supportExtensions.nodes).toHaveLength(1);
      expect(client.planVersions.nodes).toMatchObject([{ version: 1 }]);
    }
    expect(large.statements).toBe(small.statements);
    // BEGIN, settings, page, notes, note counts, consents, consent counts, extensions, versions, audit insert, COMMIT.
    expect(large.statements).toBeLessThanOrEqual(11);
  });

  it('audits notes read through the connection as reads of their client', async () => {
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
    const result = await hub.execute(ClientCaseNotesDocument, { id: refs.client, first: 2 }, tenants.viewers.managerA);
    expect(result.data!.client!.caseNotes.edges).toHaveLength(2);
    const rows = await hub.sql<{ subject_type: string; subject_id: string; action: string; fields: string[] }>('select subject_type, subject_id, action, fields from audit_event where id > ?', [last]);
    expect(rows).toEqual([{ subject_type: 'Client', subject_id: refs.client, action: 'READ', fields: ['CaseNote.body', 'CaseNote.createdAt', 'CaseNote.id', 'caseNotes', 'id'] }]);
  });

  it("reads the teams of many agencies in one statement", async () => {
    const few = await hub.execute(AgenciesDocument, { first: 3 }, tenants.viewers.admin);
    const many = await hub.execute(AgenciesDocument, { first: 40 }, tenants.viewers.admin);
    expect(many.errors).toBeUndefined();
    const agencies = many.data!.agencies.edges.map((edge) => edge.node);
    expect(agencies).toHaveLength(40);
    expect(agencies.every((agency) => agency.teams.length >= 2 && agency.municipalities.nodes.length > 0)).toBe(true);
    expect(many.statements).toBe(few.statements);
  });
});

describe('write caps', () => {
  async function rows(): Promise<unknown[]> {
    return hub.sql(`select (select count(*)::int from plan) p, (select count(*)::int from plan_goal) g, (select count(*)::int from plan_measure) m,
      (select count(*)::int from plan_review) r, (select count(*)::int from team) t, (select max(id) from audit_event) a`);
  }
  const currentPlan = async (client: string) => (await hub.sql<{ id: number }>('select id from plan where client_id = ? and is_current', [idOf(client)]))[0].id;
  async function addGoals(client: string, count: number): Promise<void> {
    await insert(hub, async (em) => {
      const plan = await existing.currentPlan(em, idOf(client));
      for (let n = 1; n <= count; n += 1) aGoal(em, plan, { area: 'WORK', description: `Ziel ${n}` });
    });
  }
  async function addMeasures(goalId: number, count: number): Promise<void> {
    await insert(hub, async (em) => {
      const goal = await existing.goal(em, goalId);
      for (let n = 1; n <= count; n += 1) aMeasure(em, goal, { step: `Schritt ${n}` });
    });
  }
  const goalsOf = async (client: string) =>
    hub.sql<{ id: number; measures: number }>(
      'select g.id, (select count(*)::int from plan_measure m where m.goal_id = g.id) as measures from plan_goal g where g.plan_id = ? order by g.id',
      [await currentPlan(client)],
    );

  it(`takes the ${MAX_GOALS_PER_PLAN}th goal of a plan and refuses the next`, async () => {
    const { client } = await createCase(hub, tenants, 'A', tenants.viewers.managerA, { familyName: 'Zielvoll' });
    await addGoals(client, MAX_GOALS_PER_PLAN - 2);
    const input = { client, area: 'WORK' as const, description: 'Noch ein Ziel' };
    const last = await hub.execute(PlanGoalAddDocument, { input }, tenants.viewers.managerA);
    expect(last.data!.planGoalAdd.userErrors).toEqual([]);
    expect(last.data!.planGoalAdd.plan!.goals).toHaveLength(MAX_GOALS_PER_PLAN);

    const before = await rows();
    const refused = await hub.execute(PlanGoalAddDocument, { input }, tenants.viewers.managerA);
    expect(refused.data!.planGoalAdd).toMatchObject({ plan: null, goal: null, userErrors: [{ field: ['input', 'client'], code: 'INVALID' }] });
    expect(await rows()).toEqual(before);
  });

  it(`takes the ${MAX_MEASURES_PER_GOAL}th measure of a goal and the ${MAX_MEASURES_PER_PLAN}th of a plan, and refuses the next`, async () => {
    const { client } = await createCase(hub, tenants, 'A', tenants.viewers.managerA, { familyName: 'Massnahmenreich' });
    await addGoals(client, 10);
    const goals = await goalsOf(client);
    expect(goals).toHaveLength(11);
    // Ten goals with ten measures, the last of them with nine; the eleventh goal has none.
    for (const goal of goals.slice(0, 10)) await addMeasures(goal.id, MAX_MEASURES_PER_GOAL - goal.measures - (goal === goals[9] ? 1 : 0));
    const add = (goalId: number) => hub.execute(PlanMeasureAddDocument, { input: { goal: toGlobalId('PlanGoal', goalId), step: 'Beratung' } }, tenants.viewers.managerA);

    const last = await add(goals[9].id);
    expect(last.data!.planMeasureAdd.userErrors).toEqual([]);
    expect(last.data!.planMeasureAdd.plan!.measures).toHaveLength(MAX_MEASURES_PER_PLAN);

    const before = await rows();
    const fullGoal = await add(goals[0].id);
    expect(fullGoal.data!.planMeasureAdd).toMatchObject({ plan: null, measure: null, userErrors: [{ field: ['input', 'goal'], code: 'INVALID' }] });
    expect(fullGoal.data!.planMeasureAdd.userErrors[0].message).toContain('goal');
    const fullPlan = await add(goals[10].id);
    expect(fullPlan.data!.planMeasureAdd).toMatchObject({ plan: null, measure: null, userErrors: [{ field: ['input', 'goal'], code: 'INVALID' }] });
    expect(fullPlan.data!.planMeasureAdd.userErrors[0].message).toContain('plan');
    expect(await rows()).toEqual(before);
  });

  it(`takes the ${MAX_REVIEWS_PER_PLAN}th review of a plan and refuses the next`, async () => {
    const { client } = await createCase(hub, tenants, 'A', tenants.viewers.managerA, { familyName: 'Oftgeprueft' });
    await insert(hub, async (em) => {
      const plan = await existing.currentPlan(em, idOf(client));
      for (let n = 1; n < MAX_REVIEWS_PER_PLAN; n += 1) aReview(em, plan, { reviewDate: inDays(-n), summary: `Review ${n}` });
    });
    const input = { client, reviewDate: '2026-01-05', summary: 'Läuft.' };
    const last = await hub.execute(PlanReviewDocument, { input }, tenants.viewers.managerA);
    expect(last.data!.planReview.userErrors).toEqual([]);
    expect(last.data!.planReview.plan!.reviews).toHaveLength(MAX_REVIEWS_PER_PLAN);

    const before = await rows();
    const refused = await hub.execute(PlanReviewDocument, { input }, tenants.viewers.managerA);
    expect(refused.data!.planReview).toMatchObject({ plan: null, review: null, userErrors: [{ field: ['input', 'client'], code: 'INVALID' }] });
    expect(await rows()).toEqual(before);
  });

  it(`takes the ${MAX_TEAMS_PER_AGENCY}th team of an agency and refuses the next`, async () => {
    const [{ teams }] = await hub.sql<{ teams: number }>('select count(*)::int as teams from team where agency_id = ?', [tenants.agencyB.id]);
    await insert(hub, (em) => {
      for (let n = 1; n < MAX_TEAMS_PER_AGENCY - teams; n += 1) aTeam(em, tenants.agencyB.id, { name: `Team ${n}` });
    });
    const last = await hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyB.globalId, name: 'Team Letztes' } }, tenants.viewers.admin);
    expect(last.data!.teamCreate.userErrors).toEqual([]);

    const before = await rows();
    const refused = await hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyB.globalId, name: 'Team Zuviel' } }, tenants.viewers.admin);
    expect(refused.data!.teamCreate).toMatchObject({ team: null, userErrors: [{ field: ['input', 'agency'], code: 'INVALID' }] });
    expect(await rows()).toEqual(before);
    expect(await hub.sql('select count(*)::int as n from team where agency_id = ?', [tenants.agencyB.id])).toEqual([{ n: MAX_TEAMS_PER_AGENCY }]);
  });
});
