import { Client as PgClient } from 'pg';
import { aClient, aGoal, aPlan, insert } from '../factories';
import { CaseloadAssignmentDocument, ClientFitScoreDocument, ClientSuggestionsDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { until } from '../support/hub-process';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * caseloadAssignment over real clients and the seeded catalogue. Optimality itself is proven
 * against brute force in test/unit/assignment.test.ts; here: the proposal keeps every limit, as
 * read from the tables, and its scores are the clients' own offer fits.
 */
let hub: TestHub;
let tenants: Tenants;
let clientIds: string[] = [];
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const idOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const made = await insert(hub, (em) =>
    Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        aClient(em, { agencyId: tenants.agencyA.id, residenceStatus: i % 2 === 0 ? 'AE_25_2' : 'AE_24', germanLevel: i % 3 === 0 ? 'A1' : 'A2', birthDate: `19${80 + i}-05-1${i % 9}`, maxTravelKm: 60 }),
      ),
    ),
  );
  await insert(hub, async (em) => {
    for (const client of made) aGoal(em, aPlan(em, client), { area: 'LANGUAGE', targetLevel: 'B1' });
  });
  clientIds = made.map((client) => globalId('Client', client.id));
}, 120_000);
afterAll(() => hub.close());

async function freeSeats(offerIds: number[]): Promise<Map<number, number>> {
  const rows = await hub.sql<{ id: number; capacity: number | null; seats_taken: number }>('select id, capacity, seats_taken from offer where id = any(?::int[])', [`{${offerIds.join(',')}}`]);
  return new Map(rows.map((row) => [row.id, row.capacity === null ? Number.POSITIVE_INFINITY : row.capacity - row.seats_taken]));
}

describe('caseloadAssignment', () => {
  it('proposes at most one offer per client, never over an offer’s free seats, scored as the clients’ fits', async () => {
    const result = await hub.execute(CaseloadAssignmentDocument, { input: { clients: clientIds } }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    const proposal = result.data!.caseloadAssignment;
    expect(proposal.userErrors).toEqual([]);
    expect(proposal.assignments.length).toBeGreaterThan(0);

    const assigned = proposal.assignments.map((assignment) => assignment.client.id);
    const left = proposal.unassigned.map((entry) => entry.client.id);
    expect(new Set(assigned).size).toBe(assigned.length);
    expect([...assigned, ...left].sort()).toEqual([...clientIds].sort());

    const perOffer = new Map<number, number>();
    for (const assignment of proposal.assignments) perOffer.set(idOf(assignment.offer.id), (perOffer.get(idOf(assignment.offer.id)) ?? 0) + 1);
    const seats = await freeSeats([...perOffer.keys()]);
    for (const [offer, taken] of perOffer) expect({ offer, taken: taken <= seats.get(offer)! }).toEqual({ offer, taken: true });

    let sum = 0;
    for (const assignment of proposal.assignments) {
      const fit = await hub.execute(ClientFitScoreDocument, { id: assignment.client.id, offer: assignment.offer.id }, tenants.viewers.coordinatorA);
      expect(fit.data!.client!.offerFit).toEqual({ score: assignment.score, eligible: true });
      sum += assignment.score;
    }
    expect(proposal.totalScore).toBeCloseTo(sum, 9);
    expect(proposal.greedyTotalScore).toBeLessThanOrEqual(proposal.totalScore + 1e-9);
  });

  it('gives one offer of one seat to exactly one client, the one it fits best', async () => {
    // An offer most clients are suggested, made to have one free seat left.
    const suggested = new Map<string, Map<string, number>>();
    for (const id of clientIds) {
      const page = await hub.execute(ClientSuggestionsDocument, { id, first: 100 }, tenants.viewers.coordinatorA);
      suggested.set(id, new Map(page.data!.client!.suggestions.edges.map((edge) => [edge.node.id, edge.score])));
    }
    const counts = new Map<string, number>();
    for (const offers of suggested.values()) for (const offer of offers.keys()) counts.set(offer, (counts.get(offer) ?? 0) + 1);
    const [offer, fans] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    expect(fans).toBeGreaterThan(1);
    const [row] = await hub.sql<{ capacity: number | null; seats_taken: number }>('select capacity, seats_taken from offer where id = ?', [idOf(offer)]);
    await hub.sql('update offer set capacity = ?, seats_taken = ? where id = ?', [1, 0, idOf(offer)]);
    try {
      // The fits as they are now, with one seat: who may take it, and how well it fits each.
      const fits: number[] = [];
      for (const id of clientIds) {
        const fit = (await hub.execute(ClientFitScoreDocument, { id, offer }, tenants.viewers.coordinatorA)).data!.client!.offerFit!;
        if (fit.eligible) fits.push(fit.score);
      }
      expect(fits.length).toBeGreaterThan(1);
      const result = await hub.execute(CaseloadAssignmentDocument, { input: { clients: clientIds, offers: [offer] } }, tenants.viewers.coordinatorA);
      const proposal = result.data!.caseloadAssignment;
      expect(proposal.assignments).toHaveLength(1);
      expect(proposal.assignments[0].score).toBeCloseTo(Math.max(...fits), 9);
      expect(proposal.totalScore).toBeCloseTo(Math.max(...fits), 9);
      const reasons = new Set(proposal.unassigned.map((entry) => entry.reason));
      expect([...reasons].every((reason) => reason === 'SEATS_TAKEN' || reason === 'NO_CANDIDATE')).toBe(true);
      expect(proposal.unassigned.filter((entry) => entry.reason === 'SEATS_TAKEN')).toHaveLength(fits.length - 1);
    } finally {
      await hub.sql('update offer set capacity = ?, seats_taken = ? where id = ?', [row.capacity, row.seats_taken, idOf(offer)]);
    }
  });

  it('names a client outside the caseload by its place in the list, and proposes nothing', async () => {
    const [foreign] = await insert(hub, (em) => Promise.all([aClient(em, { agencyId: tenants.agencyB.id })]));
    const result = await hub.execute(CaseloadAssignmentDocument, { input: { clients: [clientIds[0], globalId('Client', foreign.id)] } }, tenants.viewers.coordinatorA);
    expect(result.data!.caseloadAssignment).toEqual({
      assignments: [],
      totalScore: 0,
      greedyTotalScore: 0,
      unassigned: [],
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'clients', '1'], message: 'No such client in your caseload.' }],
    });
  });

  it('computes at most two proposals at once in a process: a third is BUSY at once, and the two then finish', async () => {
    // The owner holds the client table: both proposals wait at their first read of it, inside the service.
    const owner = new PgClient({ connectionString: hub.ownerUrl });
    await owner.connect();
    await owner.query('begin');
    await owner.query('lock table client in access exclusive mode');
    let running: Array<ReturnType<typeof propose>> = [];
    try {
      running = [propose(clientIds), propose(clientIds.slice(0, 5))];
      await until('both proposals to wait for the lock', async () => {
        const [row] = await hub.sql<{ waiting: number }>(
          `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and usename = 'hub_app' and wait_event_type = 'Lock'`,
        );
        return row!.waiting >= 2 ? true : undefined;
      });
      const third = await propose(clientIds.slice(0, 2));
      expect(third.data!.caseloadAssignment.userErrors).toEqual([
        { code: 'BUSY', field: ['input', 'clients'], message: 'Other proposals are being computed. Try again in a few seconds.' },
      ]);
    } finally {
      await owner.query('rollback');
      await owner.end();
    }
    for (const answer of await Promise.all(running)) expect(answer.data!.caseloadAssignment.userErrors).toEqual([]);
    // Their places are free again.
    expect((await propose(clientIds.slice(0, 2))).data!.caseloadAssignment.userErrors).toEqual([]);
  });
});

function propose(clients: string[]) {
  return hub.execute(CaseloadAssignmentDocument, { input: { clients } }, tenants.viewers.coordinatorA);
}

describe('suggestions of many clients in one request', () => {
  it('read the rules and weights once: each further client costs at most its facts, its two candidate reads (the near ring, then all) and its page of offers', async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Client { suggestions(first: 3) { edges { score } } } } }';
    const two = await hub.run(query, { ids: clientIds.slice(0, 2) }, tenants.viewers.coordinatorA);
    const six = await hub.run(query, { ids: clientIds.slice(0, 6) }, tenants.viewers.coordinatorA);
    expect(two.errors).toBeUndefined();
    expect(six.errors).toBeUndefined();
    // Reading rules (2 statements) and weights again for each client would cost about 6 per client.
    expect(six.statements - two.statements).toBeLessThanOrEqual(4 * 4);
  });
});

describe('the price of the work', () => {
  it('charges each client of a proposal its suggestion ranking, in the requested and the actual cost, though the answer is small', async () => {
    const query = 'query($input: CaseloadAssignmentInput!) { caseloadAssignment(input: $input) { totalScore } }';
    const one = await hub.run(query, { input: { clients: clientIds.slice(0, 1) } }, tenants.viewers.coordinatorA);
    const four = await hub.run(query, { input: { clients: clientIds.slice(0, 4) } }, tenants.viewers.coordinatorA);
    const costOf = (result: typeof one) => result.extensions?.cost as { requestedQueryCost: number; actualQueryCost: number };
    // 200 points of work per client (matching.limits.ts), written out here.
    expect(costOf(four).requestedQueryCost - costOf(one).requestedQueryCost).toBe(3 * 200);
    expect(costOf(four).actualQueryCost - costOf(one).actualQueryCost).toBe(3 * 200);
    expect(costOf(four).actualQueryCost).toBeGreaterThanOrEqual(4 * 200);
  });
});
