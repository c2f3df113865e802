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
import { hasActiveConsent } from '../../src/consents/consent.service';
import { AuditPurpose } from '../../src/audit/audit.enums';
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
    ['an empty goal', () => hub.execute(PlanGoalAddDocument, { input: { client: refs.client, area: 'WORK', description: '  ' } }, tenants.viewers.managerA), 'planGoalAdd', ['input', 'description']],
    ['a measure without offer or step', () => hub.execute(PlanMeasureAddDocument, { input: { goal: refs.goal } }, tenants.viewers.managerA), 'planMeasureAdd', ['input', 'step']],
    ['a measure with an unknown offer', () => hub.execute(PlanMeasureAddDocument, { input: { goal: refs.goal, offer: toGlobalId('Offer', 999999) } }, tenants.viewers.managerA), 'planMeasureAdd', ['input', 'offer']],
    ['a review in the future', () => hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2999-01-01', summary: 'x' } }, tenants.viewers.managerA), 'planReview', ['input', 'reviewDate']],
    ['a goal of another agency', () => hub.execute(PlanGoalUpdateDocument, { input: { goal: refs.goal, status: 'DROPPED' } }, tenants.viewers.managerB), 'planGoalUpdate', ['input', 'goal']],
  ])('refuses %s with userErrors and no new version', async (_name, run, field, path) => {
    const before = await planTables();
    const result = (await run()) as { data?: Record<string, { userErrors: Array<{ field: string[] }>; plan: unknown }> | null };
    expect(result.data![field].plan).toBeNull();
    expect(result.data![field].userErrors.map((error) => error.field)).toContainEqual(path);
    expect(await planTables()).toEqual(before);
  });
});

describe('consent ledger', () => {
  it('records and withdraws consents; the check follows provider and kind', async () => {
    const [vhs] = await hub.sql<{ id: number }>("select id from provider where kind = 'VOLKSHOCHSCHULE' order by id limit 1");
    const [verein] = await hub.sql<{ id: number }>("select id from provider where kind = 'VEREIN' order by id limit 1");
    const em = hub.orm.em.fork();
    const check = (providerId: number, purpose = AuditPurpose.REFERRAL) =>
      em.transactional(async (tx) => {
        await tx.execute("select set_config('hub.agency_id', ?, true), set_config('hub.roles', 'COORDINATOR', true)", [String(tenants.agencyA.id)]);
        return hasActiveConsent(tx, idOf(refs.client), purpose, providerId);
      });
    // createCase recorded a REFERRAL consent for every Volkshochschule.
    expect(await check(vhs.id)).toBe(true);
    expect(await check(verein.id)).toBe(false);
    expect(await check(vhs.id, AuditPurpose.STATISTICS)).toBe(false);

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
    expect(future.data!.consentRecord.userErrors).toMatchObject([{ field: ['input', 'givenAt'] }]);
  });
});
