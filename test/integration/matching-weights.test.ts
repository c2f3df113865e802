import { settingsFor } from '../../src/core/database/tenant-settings';
import type { Viewer } from '../../src/core/auth/viewer';
import { weightSetProblems } from '../../src/matching/weights.service';
import { aClient, aGoal, aPlan, insert } from '../factories';
import {
  ClientOfferFitDocument,
  ClientSuggestionsDocument,
  MatchingWeightsDocument,
  MatchingWeightsPublishDocument,
  type FactorWeightInput,
  type MatchingWeightsPublishInput,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let clientA: string;
let clientB: string;

/** Relay's opaque ID, written out here rather than taken from src. */
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const userIdOf = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.userId : 0);

const FACTORS = ['PLAN_GOAL', 'LEVEL', 'DISTANCE', 'SCHEDULE', 'CHILDCARE', 'START', 'SEATS', 'LANGUAGES', 'AUDIENCE', 'COST'] as const;
/** The default set as the matching migration wrote it (columns read by SQL below, not through the service). */
interface WeightRow { version: number; published_by: string; default_max_travel_km: number; soon_days: number; [column: string]: unknown }
const COLUMNS: Record<(typeof FACTORS)[number], string> = {
  PLAN_GOAL: 'plan_goal', LEVEL: 'level', DISTANCE: 'distance', SCHEDULE: 'schedule', CHILDCARE: 'childcare',
  START: 'start', SEATS: 'seats', LANGUAGES: 'languages', AUDIENCE: 'audience', COST: 'cost',
};
let defaults: WeightRow;

const weightsOf = (values: number[]): FactorWeightInput[] => FACTORS.map((factor, i) => ({ factor, weight: values[i] }));
const input = (overrides: Partial<MatchingWeightsPublishInput> = {}): MatchingWeightsPublishInput => ({
  weights: weightsOf([5, 0.5, 1, 4, 0, 2, 3, 0.25, 1.5, 0.75]),
  defaultMaxTravelKm: defaults.default_max_travel_km,
  soonDays: defaults.soon_days,
  note: 'Planziele zählen mehr',
  ...overrides,
});
const rowsOfA = async () => (await hub.sql<{ n: number }>('select count(*)::int as n from matching_weight_set where agency_id = ?', [tenants.agencyA.id]))[0].n;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  [defaults] = await hub.sql<WeightRow>('select * from matching_weight_set where agency_id is null order by version desc limit 1');
  const [a, b] = await insert(hub, (em) =>
    Promise.all([
      aClient(em, { agencyId: tenants.agencyA.id, managerId: userIdOf(tenants.viewers.managerA), residenceStatus: 'AE_25_2', germanLevel: 'A1', birthDate: '1990-04-12', maxTravelKm: null }),
      aClient(em, { agencyId: tenants.agencyB.id, residenceStatus: 'AE_25_2', germanLevel: 'A1', birthDate: '1990-04-12', maxTravelKm: null }),
    ]),
  );
  await insert(hub, async (em) => {
    for (const id of [a.id, b.id]) aGoal(em, aPlan(em, (await em.findOneOrFail('Client', id)) as never), { area: 'LANGUAGE', targetLevel: 'B1' });
  });
  clientA = globalId('Client', a.id);
  clientB = globalId('Client', b.id);
}, 120_000);
afterAll(() => hub.close());

async function offerFitOf(client: string, offer: string, viewer: Viewer) {
  const result = await hub.execute(ClientOfferFitDocument, { id: client, offer }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.client!.offerFit!;
}

describe('matchingWeights', () => {
  it('is the default set for an agency without its own, for its managers and coordinators', async () => {
    const result = await hub.execute(MatchingWeightsDocument, {}, tenants.viewers.managerA);
    expect(result.errors).toBeUndefined();
    expect(result.data!.matchingWeights).toMatchObject({
      version: defaults.version,
      isDefault: true,
      publishedBy: 'migration',
      defaultMaxTravelKm: defaults.default_max_travel_km,
      soonDays: defaults.soon_days,
      weights: FACTORS.map((factor) => ({ factor, weight: defaults[COLUMNS[factor]] })),
    });
  });
});

describe('matchingWeightsPublish', () => {
  it("refuses managers, and writes nothing", async () => {
    const before = await rowsOfA();
    const result = await hub.execute(MatchingWeightsPublishDocument, { input: input() }, tenants.viewers.managerA);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await rowsOfA()).toBe(before);
  });

  it.each([
    ['a negative weight', { weights: weightsOf([3, 2, -1, 2, 1.5, 1, 1, 0.5, 1, 0.5]) }, ['input', 'weights', '2', 'weight']],
    ['a weight above 100', { weights: weightsOf([3, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 100.5]) }, ['input', 'weights', '9', 'weight']],
    ['all weights 0', { weights: weightsOf([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }, ['input', 'weights']],
    ['a factor missing', { weights: weightsOf([3, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 0.5]).slice(1) }, ['input', 'weights']],
    ['a factor twice', { weights: [...weightsOf([3, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 0.5]), { factor: 'LEVEL' as const, weight: 1 }] }, ['input', 'weights', '10', 'factor']],
    ['a travel distance of 0 km', { defaultMaxTravelKm: 0 }, ['input', 'defaultMaxTravelKm']],
    ['a travel distance of 501 km', { defaultMaxTravelKm: 501 }, ['input', 'defaultMaxTravelKm']],
    ['"soon" as 0 days', { soonDays: 0 }, ['input', 'soonDays']],
    ['"soon" as 366 days', { soonDays: 366 }, ['input', 'soonDays']],
  ])('refuses %s with a user error, and writes nothing', async (_case, overrides, field) => {
    const before = await rowsOfA();
    const result = await hub.execute(MatchingWeightsPublishDocument, { input: input(overrides) }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    expect(result.data!.matchingWeightsPublish.weightSet).toBeNull();
    expect(result.data!.matchingWeightsPublish.userErrors.map((error) => [error.code, error.field])).toEqual([['INVALID', field]]);
    expect(await rowsOfA()).toBe(before);
  });

  it('refuses NaN and Infinity (GraphQL refuses them before the service; the service and the database refuse them too)', async () => {
    const before = await rowsOfA();
    const result = await hub.run(
      'mutation ($input: MatchingWeightsPublishInput!) { matchingWeightsPublish(input: $input) { weightSet { version } } }',
      { input: input({ weights: weightsOf([NaN, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 0.5]) }) },
      tenants.viewers.coordinatorA,
    );
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await rowsOfA()).toBe(before);
    for (const bad of [NaN, Infinity]) {
      const problems = weightSetProblems({ ...input(), note: '', weights: weightsOf([bad, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 0.5]) });
      expect(problems.map((found) => found.field)).toEqual(['weights.0.weight']);
    }
    const columns = FACTORS.map((factor) => COLUMNS[factor]);
    await expect(
      hub.sql(`insert into matching_weight_set (agency_id, version, published_by, ${columns.join(', ')}, default_max_travel_km, soon_days)
               values (?, 99, 'test', 'NaN', 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 42)`, [tenants.agencyA.id]),
    ).rejects.toThrow(/matching_weight_set_plan_goal_max/);
  });

  it("publishes the agency's next version: its clients' scores follow the new weights, another agency's do not", async () => {
    // An offer both clients may be suggested, with its factor values under the default weights.
    const suggested = await hub.execute(ClientSuggestionsDocument, { id: clientA, first: 5 }, tenants.viewers.coordinatorA);
    expect(suggested.errors).toBeUndefined();
    const offer = suggested.data!.client!.suggestions.edges[0].node.id;
    const beforeA = await offerFitOf(clientA, offer, tenants.viewers.coordinatorA);
    const beforeB = await offerFitOf(clientB, offer, tenants.viewers.coordinatorB);
    expect(beforeA.factors.map((factor) => factor.weight)).toEqual(FACTORS.map((factor) => defaults[COLUMNS[factor]]));

    const published = await hub.execute(MatchingWeightsPublishDocument, { input: input() }, tenants.viewers.coordinatorA);
    expect(published.errors).toBeUndefined();
    expect(published.data!.matchingWeightsPublish).toMatchObject({
      userErrors: [],
      weightSet: { version: defaults.version + 1, isDefault: false, publishedBy: globalId('User', userIdOf(tenants.viewers.coordinatorA)), note: 'Planziele zählen mehr', weights: input().weights },
    });
    const [row] = await hub.sql<{ agency_id: number; published_by: string }>('select agency_id, published_by from matching_weight_set where agency_id = ? order by version desc limit 1', [tenants.agencyA.id]);
    expect(row).toEqual({ agency_id: tenants.agencyA.id, published_by: globalId('User', userIdOf(tenants.viewers.coordinatorA)) });

    // The travel distance and "soon" stayed, so every factor keeps its value: the score is Σ new weight × old value.
    const newWeights = input().weights.map((each) => each.weight);
    const predicted = beforeA.factors.reduce((sum, factor, i) => sum + newWeights[i] * factor.value, 0);
    const afterA = await offerFitOf(clientA, offer, tenants.viewers.managerA);
    expect(afterA.factors.map((factor) => [factor.factor, factor.weight, factor.value])).toEqual(beforeA.factors.map((factor, i) => [factor.factor, newWeights[i], factor.value]));
    expect(afterA.score).toBeCloseTo(predicted, 9);
    expect(afterA.score).not.toBeCloseTo(beforeA.score, 3);

    const afterB = await offerFitOf(clientB, offer, tenants.viewers.coordinatorB);
    expect(afterB.score).toBe(beforeB.score);
    expect(afterB.factors.map((factor) => factor.weight)).toEqual(beforeB.factors.map((factor) => factor.weight));
  });

  it("applies the agency's default travel distance to people who gave none", async () => {
    const inPerson = new Set((await hub.sql<{ id: number }>("select id from offer where format = 'IN_PERSON' and location_id is not null")).map((offer) => globalId('Offer', offer.id)));
    const suggestions = async () => (await hub.execute(ClientSuggestionsDocument, { id: clientA, first: 100 }, tenants.viewers.managerA)).data!.client!.suggestions.edges;
    const far = (await suggestions()).find((edge) => inPerson.has(edge.node.id) && edge.distanceKm! > 4);
    expect(far).toBeDefined();

    const second = await hub.execute(MatchingWeightsPublishDocument, { input: input({ defaultMaxTravelKm: 4, note: 'Nur kurze Wege' }) }, tenants.viewers.coordinatorA);
    expect(second.data!.matchingWeightsPublish).toMatchObject({ userErrors: [], weightSet: { version: defaults.version + 2, defaultMaxTravelKm: 4 } });
    const after = await suggestions();
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((edge) => inPerson.has(edge.node.id) && edge.distanceKm! > 4)).toEqual([]);
    const refused = await offerFitOf(clientA, far!.node.id, tenants.viewers.managerA);
    expect(refused.excludedBy.map((exclusion) => exclusion.code)).toContain('TOO_FAR');
    expect(refused.excludedBy.find((exclusion) => exclusion.code === 'TOO_FAR')!.message).toMatch(/die 4 km/);
  });

  it('keeps earlier versions readable, to the agency only; the other agency still reads the default set', async () => {
    const version = defaults.version + 2;
    const read = async (viewer: Viewer, v?: number) => (await hub.execute(MatchingWeightsDocument, { version: v }, viewer)).data!.matchingWeights;
    expect(await read(tenants.viewers.managerA)).toMatchObject({ version, defaultMaxTravelKm: 4, isDefault: false, note: 'Nur kurze Wege' });
    expect(await read(tenants.viewers.managerA, version - 1)).toMatchObject({ version: version - 1, note: 'Planziele zählen mehr', isDefault: false });
    expect(await read(tenants.viewers.managerA, defaults.version)).toMatchObject({ version: defaults.version, isDefault: true });
    expect(await read(tenants.viewers.managerA, version + 1)).toBeNull();
    expect(await read(tenants.viewers.coordinatorB)).toMatchObject({ version: defaults.version, isDefault: true });
    expect(await read(tenants.viewers.coordinatorB, version)).toBeNull();
  });
});

describe('row-level security on matching_weight_set', () => {
  const as = (viewer: Viewer) => settingsFor(viewer, 'weights-rls');
  const insertAs = (viewer: Viewer, agencyId: number | null) =>
    hub.sqlAsApp(
      `insert into matching_weight_set (agency_id, version, published_by, plan_goal, level, distance, schedule, childcare, start, seats, languages, audience, cost, default_max_travel_km, soon_days)
       values (?, 50, 'rls', 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 42)`,
      [agencyId],
      as(viewer),
    );

  it("shows an agency its own sets and the default set, never another agency's", async () => {
    const ofB = await hub.sqlAsApp<{ agency_id: number | null }>('select agency_id from matching_weight_set', [], as(tenants.viewers.coordinatorB));
    expect(ofB.length).toBeGreaterThan(0);
    expect(ofB.every((row) => row.agency_id === null || row.agency_id === tenants.agencyB.id)).toBe(true);
    const ofA = await hub.sqlAsApp<{ agency_id: number | null }>('select agency_id from matching_weight_set', [], as(tenants.viewers.managerA));
    expect(ofA.some((row) => row.agency_id === tenants.agencyA.id)).toBe(true);
  });

  it("lets only a coordinator insert, and only for their own agency; nobody changes or deletes a version", async () => {
    await expect(insertAs(tenants.viewers.coordinatorB, tenants.agencyA.id)).rejects.toThrow(/row-level security/);
    await expect(insertAs(tenants.viewers.coordinatorA, null)).rejects.toThrow(/row-level security/);
    await expect(insertAs(tenants.viewers.managerA, tenants.agencyA.id)).rejects.toThrow(/row-level security/);
    await expect(hub.sqlAsApp('update matching_weight_set set cost = 9', [], as(tenants.viewers.coordinatorA))).rejects.toThrow(/permission denied/);
    await expect(hub.sqlAsApp('delete from matching_weight_set', [], as(tenants.viewers.coordinatorA))).rejects.toThrow(/permission denied/);
  });
});
