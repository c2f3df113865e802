import { aClient, aGoal, aPlan, insert } from '../factories';
import { ClientFitScoreDocument, ClientSuggestionsDocument, PlanMeasureAddWithFitDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** An agreed measure's offer, judged by matching: its fit, and warnings when a hard rule excludes it. */
let hub: TestHub;
let tenants: Tenants;
let client: string;
let goal: string;
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const made = await insert(hub, async (em) => {
    const person = await aClient(em, { agencyId: tenants.agencyA.id, residenceStatus: 'AE_25_2', germanLevel: 'A2', birthDate: '1990-03-12', maxTravelKm: 15 });
    return { person, goal: aGoal(em, aPlan(em, person), { area: 'LANGUAGE', targetLevel: 'B1' }) };
  });
  client = globalId('Client', made.person.id);
  goal = globalId('PlanGoal', made.goal.id);
});
afterAll(() => hub.close());

describe('planMeasureAdd with a catalogue offer', () => {
  it('agrees a suggested offer without warnings, with the same score as the suggestion', async () => {
    const suggestions = await hub.execute(ClientSuggestionsDocument, { id: client, first: 1 }, tenants.viewers.coordinatorA);
    const [best] = suggestions.data!.client!.suggestions.edges;
    expect(best).toBeDefined();
    const added = await hub.execute(PlanMeasureAddWithFitDocument, { input: { goal, offer: best.node.id } }, tenants.viewers.coordinatorA);
    expect(added.errors).toBeUndefined();
    const payload = added.data!.planMeasureAdd;
    expect(payload.userErrors).toEqual([]);
    expect(payload.warnings).toEqual([]);
    expect(payload.measure!.offerFit).toEqual({ score: best.score, eligible: true, excludedBy: [] });
  });

  it('agrees an excluded offer all the same, warning with every hard rule that excludes it', async () => {
    const offers = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 200");
    let excluded: { id: string; codes: string[] } | null = null;
    for (const { id } of offers) {
      const fit = (await hub.execute(ClientFitScoreDocument, { id: client, offer: globalId('Offer', id) }, tenants.viewers.coordinatorA)).data!.client!.offerFit!;
      if (!fit.eligible) {
        const full = await hub.run('query($id: ID!, $offer: ID!) { client(id: $id) { offerFit(offer: $offer) { excludedBy { code } } } }', { id: client, offer: globalId('Offer', id) }, tenants.viewers.coordinatorA);
        const codes = (full.data as { client: { offerFit: { excludedBy: Array<{ code: string }> } } }).client.offerFit.excludedBy.map((exclusion) => exclusion.code);
        excluded = { id: globalId('Offer', id), codes };
        break;
      }
    }
    expect(excluded).not.toBeNull();
    const added = await hub.execute(PlanMeasureAddWithFitDocument, { input: { goal, offer: excluded!.id } }, tenants.viewers.coordinatorA);
    const payload = added.data!.planMeasureAdd;
    expect(payload.userErrors).toEqual([]);
    expect(payload.measure).not.toBeNull();
    expect(payload.warnings.map((warning) => warning.code)).toEqual(excluded!.codes);
    expect(payload.warnings.length).toBeGreaterThan(0);
    expect(payload.warnings.every((warning) => warning.message.length > 0)).toBe(true);
    expect(payload.measure!.offerFit!.eligible).toBe(false);
  });
});
