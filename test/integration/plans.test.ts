import { toGlobalId } from '../../src/core/relay/global-id';
import {
  ClientDocument,
  ConsentRecordDocument,
  ConsentWithdrawDocument,
  PlanGoalAddDocument,
  PlanGoalUpdateDocument,
  PlanMeasureAddDocument,
  PlanMeasureStatusSetDocument,
  PlanReviewDocument,
} from '../generated/graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditedWrite, AuditRecorder } from '../../src/audit/audit-log';
import { AuditPurpose } from '../../src/audit/audit.enums';
import { ConsentPurpose } from '../../src/consents/consent.enums';
import { hasActiveConsent } from '../../src/consents/consent.service';
import { fail, problem, succeed } from '../../src/core/result';
import { newVersion } from '../../src/plans/plan-versions';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let refs: CaseRefs;
let offerId: string;

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id desc limit 1");
  offerId = toGlobalId('Offer', offer.id);
});
afterAll(() => hub.close());

async function planTables(): Promise<unknown[]> {
  return hub.sql(`select (select count(*)::int from plan) p, (select count(*)::int from plan_goal) g, (select count(*)::int from plan_measure) m, (select count(*)::int from plan_review) r`);
}

describe('Integrationsplan versions', () => {
  it('makes a new version for every change and keeps the old ones as they were', async () => {
    const before = (await hub.execute(ClientDocument, { id: refs.client }, tenants.viewers.managerA)).data!.client!;
    expect(before.plan.version).toBe(3); // created (1), goal added (2), measure added (3)
    expect(before.planVersions.totalCount).toBe(3);
    expect(before.planVersions.nodes.map((plan) => [plan.version, plan.isCurrent, plan.goals.length])).toEqual([
      [3, true, 1],
      [2, false, 1],
      [1, false, 0],
    ]);

    const added = await hub.execute(PlanGoalAddDocument, { input: { client: refs.client, area: 'HOUSING', description: 'Eigene Wohnung finden', dueDate: '2027-06-30' } }, tenants.viewers.managerA);
    expect(added.data!.planGoalAdd.plan).toMatchObject({ version: 4, isCurrent: true });
    expect(added.data!.planGoalAdd.plan!.goals.map((goal) => goal.area)).toEqual(['LANGUAGE', 'HOUSING']);
    // The measure moved into version 4 with its goal.
    expect(added.data!.planGoalAdd.plan!.measures[0].goal.id).toBe(added.data!.planGoalAdd.plan!.goals[0].id);

    // An ID from an old version names the same goal in the current one.
    const updated = await hub.execute(PlanGoalUpdateDocument, { input: { goal: refs.goal, status: 'ACHIEVED' } }, tenants.viewers.managerA);
    const v5 = updated.data!.planGoalUpdate.plan!;
    expect(v5.version).toBe(5);
    expect(v5.goals.find((goal) => goal.area === 'LANGUAGE')!.status).toBe('ACHIEVED');

    const history = (await hub.execute(ClientDocument, { id: refs.client }, tenants.viewers.managerA)).data!.client!.planVersions.nodes;
    const languageGoal = (version: number) => history.find((plan) => plan.version === version)!.goals.find((goal) => goal.description === 'B1 erreichen')!.status;
    expect([languageGoal(4), languageGoal(5)]).toEqual(['OPEN', 'ACHIEVED']);
    expect(await hub.sql('select count(*)::int as n from plan where client_id = ? and is_current', [idOf(refs.client)])).toEqual([{ n: 1 }]);
  });

  it('agrees measures (offer or step), changes their status and records reviews', async () => {
    const withOffer = await hub.execute(PlanMeasureAddDocument, { input: { goal: refs.goal, offer: offerId, dueDate: '2027-01-31' } }, tenants.viewers.managerA);
    expect(withOffer.data!.planMeasureAdd.userErrors).toEqual([]);
    expect(withOffer.data!.planMeasureAdd.plan!.measures.map((measure) => measure.offer?.id ?? null)).toContain(offerId);
    const status = await hub.execute(PlanMeasureStatusSetDocument, { input: { measure: withOffer.data!.planMeasureAdd.measure!.id, status: 'ACTIVE' } }, tenants.viewers.managerA);
    expect(status.data!.planMeasureStatusSet.measure!.status).toBe('ACTIVE');
    const review = await hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2026-11-20', summary: 'Kurs läuft gut.', nextReviewDate: '2027-02-20' } }, tenants.viewers.managerA);
    expect(review.data!.planReview.plan!.reviews).toMatchObject([{ reviewDate: '2026-11-20', nextReviewDate: '2027-02-20' }]);
  });

  it.each([
    ['an empty goal', () => hub.execute(PlanGoalAddDocument, { input: { client: refs.client, area: 'WORK', description: '  ' } }, tenants.viewers.managerA), 'planGoalAdd', ['input', 'description'], 'INVALID'],
    ['a goal with a target of 201 characters', () => hub.execute(PlanGoalAddDocument, { input: { client: refs.client, area: 'WORK', description: 'Arbeit', target: 'x'.repeat(201) } }, tenants.viewers.managerA), 'planGoalAdd', ['input', 'target'], 'INVALID'],
    ['a measure without offer or step', () => hub.execute(PlanMeasureAddDocument, { input: { goal: refs.goal } }, tenants.viewers.managerA), 'planMeasureAdd', ['input', 'step'], 'INVALID'],
    ['a measure with an unknown offer', () => hub.execute(PlanMeasureAddDocument, { input: { goal: refs.goal, offer: toGlobalId('Offer', 999999) } }, tenants.viewers.managerA), 'planMeasureAdd', ['input', 'offer'], 'NOT_FOUND'],
    ['a measure set to the status it has', () => hub.execute(PlanMeasureStatusSetDocument, { input: { measure: refs.measure, status: 'PLANNED' } }, tenants.viewers.managerA), 'planMeasureStatusSet', ['input', 'status'], 'INVALID'],
    ['a review in the future', () => hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2999-01-01', summary: 'x' } }, tenants.viewers.managerA), 'planReview', ['input', 'reviewDate'], 'INVALID'],
    ['a review of another agency', () => hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2026-01-01', summary: 'x' } }, tenants.viewers.managerB), 'planReview', ['input', 'client'], 'NOT_FOUND'],
    ['a goal of another agency', () => hub.execute(PlanGoalUpdateDocument, { input: { goal: refs.goal, status: 'DROPPED' } }, tenants.viewers.managerB), 'planGoalUpdate', ['input', 'goal'], 'NOT_FOUND'],
  ])('refuses %s with userErrors and no new version', async (_name, run, field, path, code) => {
    const before = await planTables();
    const result = (await run()) as { data?: Record<string, { userErrors: Array<{ field: string[]; code: string }>; plan: unknown }> | null };
    expect(result.data![field].plan).toBeNull();
    expect(result.data![field].userErrors).toContainEqual(expect.objectContaining({ field: path, code }));
    expect(await planTables()).toEqual(before);
  });
});

describe('consent ledger', () => {
  it('records and withdraws consents; the check follows provider and kind', async () => {
    const [vhs] = await hub.sql<{ id: number }>("select id from provider where kind = 'VOLKSHOCHSCHULE' order by id limit 1");
    const [verein] = await hub.sql<{ id: number }>("select id from provider where kind = 'VEREIN' order by id limit 1");
    const em = hub.orm.em.fork();
    const check = (providerId: number, purpose = ConsentPurpose.REFERRAL) =>
      em.transactional(async (tx) => {
        await tx.execute("select set_config('hub.agency_id', ?, true), set_config('hub.roles', 'COORDINATOR', true)", [String(tenants.agencyA.id)]);
        return hasActiveConsent(tx, idOf(refs.client), purpose, providerId);
      });
    // createCase recorded a REFERRAL consent for every Volkshochschule.
    expect(await check(vhs.id)).toBe(true);
    expect(await check(verein.id)).toBe(false);
    expect(await check(vhs.id, ConsentPurpose.DATA_SHARING)).toBe(false);

    const named = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', recipientProvider: toGlobalId('Provider', verein.id), textVersion: 'v2026-01', givenAt: '2026-03-01T08:00:00Z' } }, tenants.viewers.managerA);
    expect(named.data!.consentRecord.userErrors).toEqual([]);
    expect(await check(verein.id)).toBe(true);

    const withdrawn = await hub.execute(ConsentWithdrawDocument, { input: { consent: refs.consent } }, tenants.viewers.managerA);
    expect(withdrawn.data!.consentWithdraw.consent!.withdrawnAt).not.toBeNull();
    expect(await check(vhs.id)).toBe(false);
    const again = await hub.execute(ConsentWithdrawDocument, { input: { consent: refs.consent } }, tenants.viewers.managerA);
    expect(again.data!.consentWithdraw.userErrors).toMatchObject([{ code: 'INVALID' }]);

    // The ledger keeps the withdrawn entry.
    const ledger = (await hub.execute(ClientDocument, { id: refs.client }, tenants.viewers.managerA)).data!.client!.consents.nodes;
    expect(ledger.map((consent) => consent.withdrawnAt !== null)).toEqual([true, false]);
  });

  it('refuses a consent without exactly one recipient, and one from the future', async () => {
    const both = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', textVersion: 'v1', givenAt: '2026-01-01T00:00:00Z' } }, tenants.viewers.managerA);
    expect(both.data!.consentRecord.userErrors).toMatchObject([{ field: ['input'] }]);
    const future = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', recipientProviderKind: 'SCHULE', textVersion: 'v1', givenAt: '2999-01-01T00:00:00Z' } }, tenants.viewers.managerA);
    expect(future.data!.consentRecord.userErrors).toMatchObject([{ field: ['input', 'givenAt'], code: 'INVALID' }]);
    const unknown = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', recipientProvider: toGlobalId('Provider', 999999), textVersion: 'v1', givenAt: '2026-01-01T00:00:00Z' } }, tenants.viewers.managerA);
    expect(unknown.data!.consentRecord.userErrors).toEqual([{ field: ['input', 'recipientProvider'], code: 'NOT_FOUND', message: 'No such provider.' }]);
    const elsewhere = await hub.execute(ConsentWithdrawDocument, { input: { consent: refs.consent } }, tenants.viewers.managerB);
    expect(elsewhere.data!.consentWithdraw).toEqual({ consent: null, userErrors: [{ field: ['input', 'consent'], code: 'NOT_FOUND', message: 'No such consent in your caseload.' }] });
  });

  it('holds consents to share data apart from consents to refer', async () => {
    const [school] = await hub.sql<{ id: number }>("select id from provider where kind = 'SCHULE' order by id limit 1");
    const shared = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'DATA_SHARING', recipientProvider: toGlobalId('Provider', school.id), textVersion: 'v2026-02', givenAt: '2026-04-01T08:00:00Z' } }, tenants.viewers.managerA);
    expect(shared.data!.consentRecord).toMatchObject({ consent: { purpose: 'DATA_SHARING' }, userErrors: [] });
    const em = hub.orm.em.fork();
    const check = (purpose: ConsentPurpose) =>
      em.transactional(async (tx) => {
        await tx.execute("select set_config('hub.agency_id', ?, true), set_config('hub.roles', 'COORDINATOR', true)", [String(tenants.agencyA.id)]);
        return hasActiveConsent(tx, idOf(refs.client), purpose, school.id);
      });
    expect([await check(ConsentPurpose.DATA_SHARING), await check(ConsentPurpose.REFERRAL)]).toEqual([true, false]);
  });

  it('refuses purposes nobody consents to, in the schema and in the database', async () => {
    const before = await hub.sql('select count(*)::int as n from consent');
    for (const purpose of ['RETENTION', 'CASE_MANAGEMENT', 'STATISTICS']) {
      const refused = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: purpose as never, recipientProviderKind: 'VEREIN', textVersion: 'v1', givenAt: '2026-01-01T00:00:00Z' } }, tenants.viewers.managerA);
      expect(refused.data).toBeUndefined();
      expect(refused.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(refused.errors![0].message).toContain('ConsentPurpose');
    }
    const literal = await hub.run(
      `mutation { consentRecord(input: { client: "${refs.client}", purpose: RETENTION, recipientProviderKind: VEREIN, textVersion: "v1", givenAt: "2026-01-01T00:00:00Z" }) { consent { id } } }`,
      {},
      tenants.viewers.managerA,
    );
    expect(literal.errors).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    await expect(
      hub.sql("insert into consent (client_id, purpose, recipient_provider_kind, text_version, given_at) values (?, 'RETENTION', 'VEREIN', 'v1', now())", [idOf(refs.client)]),
    ).rejects.toThrow(/consent_purpose/);
    expect(await hub.sql('select count(*)::int as n from consent')).toEqual(before);
  });
});

describe('newVersion', () => {
  let client: number;
  const written: AuditedWrite[] = [];
  const audit: AuditRecorder = { purpose: AuditPurpose.CASE_MANAGEMENT, record: (entry) => written.push(entry) };
  /** Work as agency A's coordinator, as a request would, in a transaction of its own. */
  const asCoordinator = <T>(work: (em: EntityManager) => Promise<T>) =>
    hub.orm.em.fork().transactional(async (em) => {
      await em.execute("select set_config('hub.agency_id', ?, true), set_config('hub.roles', 'COORDINATOR', true)", [String(tenants.agencyA.id)]);
      return work(em);
    });
  const rowsOf = (version: number) =>
    hub.sql<{ kind: string; id: number; origin_id: number; goal_origin: number | null }>(
      `select 'goal' as kind, g.id, g.origin_id, null::int as goal_origin from plan_goal g join plan p on p.id = g.plan_id where p.client_id = ? and p.version = ?
       union all
       select 'measure', m.id, m.origin_id, g.origin_id from plan_measure m join plan_goal g on g.id = m.goal_id join plan p on p.id = m.plan_id where p.client_id = ? and p.version = ?
       order by 1, 3`,
      [client, version, client, version],
    );

  beforeAll(async () => {
    client = idOf((await createCase(hub, tenants, 'A', tenants.viewers.managerA)).client);
  });

  it('copies the version in force with its origin IDs, applies the change to the copy and audits it', async () => {
    const made = await asCoordinator((em) =>
      newVersion(em, tenants.viewers.coordinatorA, audit, { clientId: client, description: 'Test', fields: ['plan.test'] }, async (draft) => {
        await draft.em.execute('update plan_goal set status = ? where id = any(?::int[])', ['IN_PROGRESS', `{${[...draft.rows.goals.values()].join(',')}}`]);
        return succeed(draft.planId);
      }),
    );
    if (!made.ok) throw new Error('refused');
    expect(made.value.plan).toMatchObject({ version: 4, isCurrent: true, change: 'Test' });
    expect(made.value.value).toBe(made.value.plan.id);
    const [old, copied] = [await rowsOf(3), await rowsOf(4)];
    // The same origins, new rows; the measure sits on the copy of its goal.
    expect(copied.map(({ kind, origin_id, goal_origin }) => [kind, origin_id, goal_origin])).toEqual(old.map(({ kind, origin_id, goal_origin }) => [kind, origin_id, goal_origin]));
    expect(copied.some((row) => old.some((before) => before.id === row.id))).toBe(false);
    expect([...made.value.rows.goals]).toEqual(copied.filter((row) => row.kind === 'goal').map((row) => [row.origin_id, row.id]));
    expect([...made.value.rows.measures]).toEqual(copied.filter((row) => row.kind === 'measure').map((row) => [row.origin_id, row.id]));
    expect(await hub.sql('select version, is_current from plan where client_id = ? order by version', [client])).toEqual([
      { version: 1, is_current: false },
      { version: 2, is_current: false },
      { version: 3, is_current: false },
      { version: 4, is_current: true },
    ]);
    // The change touched the copy only.
    expect(await hub.sql("select p.version, g.status from plan_goal g join plan p on p.id = g.plan_id where p.client_id = ? and p.version >= 3 order by 1", [client])).toEqual([
      { version: 3, status: 'OPEN' },
      { version: 4, status: 'IN_PROGRESS' },
    ]);
    expect(written).toEqual([{ action: 'UPDATE', subjectType: 'Client', subjectId: client, agencyId: tenants.agencyA.id, fields: ['plan.test'] }]);
  });

  it('writes nothing and audits nothing when the change is refused', async () => {
    written.length = 0;
    const before = await planTables();
    const refused = await asCoordinator((em) =>
      newVersion(em, tenants.viewers.coordinatorA, audit, { clientId: client, description: 'Refused', fields: ['plan.test'] }, async () => fail([problem('INVALID', 'goal', 'Full.')])),
    );
    expect(refused).toEqual({ ok: false, problems: [{ code: 'INVALID', field: 'goal', message: 'Full.' }] });
    expect(await planTables()).toEqual(before);
    expect(await hub.sql('select max(version) as version from plan where client_id = ?', [client])).toEqual([{ version: 4 }]);
    expect(written).toEqual([]);
  });
});
