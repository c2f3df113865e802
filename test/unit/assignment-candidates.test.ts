import fc from 'fast-check';
import { solveAssignment, type AssignmentProblem, type CandidatePair, type Household } from '../../src/matching/assignment';
import { candidatePairs, type RankOffers } from '../../src/matching/assignment/candidates';

/**
 * The candidate reduction of a caseload's assignment keeps its optimum: the problem solved over the
 * pairs it lists has the same total as the problem over every pair (each client's whole ranked
 * catalogue). The ranking here is a plain sort of each client's complete list, as the suggestion
 * service ranks the catalogue: best first, a client's best `count`, optionally among given offers.
 */

interface Catalogue {
  problem: AssignmentProblem;
  /** Every offer a client may take with its score, as the full ranking would list it. */
  scored: Map<string, CandidatePair[]>;
}

function rankerOf(catalogue: Catalogue): { rank: RankOffers; calls: () => number } {
  let calls = 0;
  const rank: RankOffers = async (client, count, offers) => {
    calls++;
    const allowed = offers === null ? null : new Set(offers);
    return catalogue.scored
      .get(client)!
      .filter((pair) => allowed === null || allowed.has(pair.offer))
      .sort((a, b) => b.score - a.score || (a.offer < b.offer ? -1 : 1))
      .slice(0, count)
      .map(({ offer, score }) => ({ offer, score }));
  };
  return { rank, calls: () => calls };
}

async function reduced(catalogue: Catalogue, firstDepth?: number): Promise<AssignmentProblem> {
  const seats = new Map(catalogue.problem.offers.map((offer) => [offer.id, offer.seats]));
  const { pairs, seats: used } = await candidatePairs({
    clients: catalogue.problem.clients,
    households: catalogue.problem.households ?? [],
    rank: rankerOf(catalogue).rank,
    seatsOf: async (offers) => new Map(offers.map((offer) => [offer, seats.get(offer)!])),
    firstDepth,
  });
  // The seats handed on are the catalogue's, for exactly the offers of the pairs.
  expect([...used].sort()).toEqual([...new Set(pairs.map((pair) => pair.offer))].sort().map((offer) => [offer, seats.get(offer)]));
  return { ...catalogue.problem, pairs };
}

function catalogueOf(clients: string[], seats: number[], score: (client: number, offer: number) => number | null, households: Household[]): Catalogue {
  const offers = seats.map((count, index) => ({ id: `o${String(index).padStart(3, '0')}`, seats: count }));
  const scored = new Map<string, CandidatePair[]>();
  clients.forEach((client, at) => {
    scored.set(
      client,
      offers.flatMap((offer, index) => {
        const value = score(at, index);
        return value === null ? [] : [{ client, offer: offer.id, score: value }];
      }),
    );
  });
  return { problem: { clients, offers, pairs: [...scored.values()].flat(), households }, scored };
}

// Coarse scores make ties, which is where a bound that is off by one shows.
const score = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.5, 0.75, 1), fc.integer({ min: 0, max: 1000 }).map((value) => value / 1000));

const smallCatalogue: fc.Arbitrary<Catalogue> = fc
  .record({
    clients: fc.integer({ min: 1, max: 7 }),
    seats: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 18 }),
    scores: fc.array(fc.option(score, { freq: 4 }), { minLength: 7 * 18, maxLength: 7 * 18 }),
    sizes: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.boolean()), { minLength: 7, maxLength: 7 }),
  })
  .map(({ clients: count, seats, scores, sizes }) => {
    const clients = Array.from({ length: count }, (_, index) => `c${index}`);
    // Consecutive clients form households of the drawn sizes (size 1: on their own).
    const households: Household[] = [];
    for (let start = 0, index = 0; start < count; index++) {
      const [size, whole] = sizes[index];
      const members = clients.slice(start, start + size);
      if (members.length >= 2) households.push({ id: `h${index}`, members, whole });
      start += size;
    }
    return catalogueOf(clients, seats, (client, offer) => scores[client * 18 + offer], households);
  });

describe('assignment candidates', () => {
  it('keep the optimum over every pair, with households together or whole, on random small catalogues', async () => {
    await fc.assert(
      // First rankings of one or two offers, deepened as needed, and of every client's best n.
      fc.asyncProperty(smallCatalogue, fc.constantFrom(1, 2, undefined), async (catalogue, firstDepth) => {
        const everyPair = await solveAssignment(catalogue.problem);
        const candidates = await reduced(catalogue, firstDepth);
        const solved = await solveAssignment(candidates);
        expect(solved.totalScore).toBeCloseTo(everyPair.totalScore, 9);
        // Only pairs of the catalogue, with its scores.
        const known = new Map(catalogue.problem.pairs.map((pair) => [`${pair.client}|${pair.offer}`, pair.score]));
        for (const pair of candidates.pairs) expect(known.get(`${pair.client}|${pair.offer}`)).toBe(pair.score);
      }),
      { numRuns: 300 },
    );
  });

  it('list a small part of a large catalogue and keep its optimum', async () => {
    // 20 clients, 200 offers each can take; two households of three together, one whole.
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const values = Array.from({ length: 20 * 200 }, () => Math.round(random() * 1e6) / 1e6);
    const seats = Array.from({ length: 200 }, () => 1 + Math.floor(random() * 2));
    const clients = Array.from({ length: 20 }, (_, index) => `c${String(index).padStart(2, '0')}`);
    const households: Household[] = [
      { id: 'h0', members: clients.slice(0, 3), whole: false },
      { id: 'h1', members: clients.slice(3, 6), whole: false },
      { id: 'h2', members: clients.slice(6, 9), whole: true },
    ];
    const catalogue = catalogueOf(clients, seats, (client, offer) => values[client * 200 + offer], households);
    const candidates = await reduced(catalogue);
    expect(candidates.pairs.length).toBeLessThan(catalogue.problem.pairs.length / 4);
    const everyPair = await solveAssignment(catalogue.problem);
    expect((await solveAssignment(candidates)).totalScore).toBeCloseTo(everyPair.totalScore, 9);
  });

  it("find a household's offer that none of its members ranks among its best", async () => {
    // c takes o1, where the household would do best; its next best, oX, is third or lower on both
    // members' lists, behind offers each would take alone.
    const offers = ['o1', 'oA1', 'oA2', 'oB1', 'oB2', 'oX', 'f1', 'f2', 'f3', 'f4'];
    const table: Record<string, Record<string, number>> = {
      a: { o1: 1, oA1: 0.9, oA2: 0.85, oX: 0.8, f1: 0.1, f2: 0.1, f3: 0.1, f4: 0.1 },
      b: { o1: 1, oB1: 0.9, oB2: 0.85, oX: 0.8, f1: 0.1, f2: 0.1, f3: 0.1, f4: 0.1 },
      c: { o1: 1, f1: 0, f2: 0 },
    };
    const clients = ['a', 'b', 'c'];
    const seats = offers.map((offer) => (offer === 'o1' || offer === 'oX' ? 2 : 1));
    const catalogue = catalogueOf(clients, seats, (client, offer) => table[clients[client]][offers[offer]] ?? null, [{ id: 'h', members: ['a', 'b'] }]);
    const ids = new Map(catalogue.problem.offers.map((offer, index) => [offer.id, offers[index]]));
    const candidates = await reduced(catalogue);
    expect(candidates.pairs.filter((pair) => ids.get(pair.offer) === 'oX').map((pair) => pair.client).sort()).toEqual(['a', 'b']);
    const solved = await solveAssignment(candidates);
    expect(solved.totalScore).toBeCloseTo(2.6, 9);
  });

  it('stop when the checkpoint throws', async () => {
    const catalogue = catalogueOf(['a', 'b'], [1, 1], () => 0.5, [{ id: 'h', members: ['a', 'b'] }]);
    const { rank, calls } = rankerOf(catalogue);
    const stopped = new Error('request ended');
    const checkpoint = () => {
      if (calls() === 1) throw stopped;
    };
    await expect(candidatePairs({ clients: ['a', 'b'], households: catalogue.problem.households!, rank, seatsOf: async () => new Map(), checkpoint })).rejects.toBe(stopped);
    expect(calls()).toBe(1);
  });
});
