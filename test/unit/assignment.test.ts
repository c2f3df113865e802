import fc from 'fast-check';
import {
  AssignmentProblemError,
  greedyAssignment,
  optimalityGapPercent,
  solveAssignment,
  solveAssignmentByFlow,
  type AssignmentProblem,
  type AssignmentResult,
} from '../../src/matching/assignment';
import { solveByLp, solveByMip } from '../../src/matching/assignment/mip-solver';
import { indexProblem } from '../../src/matching/assignment/problem';

/**
 * The assignment solver against an oracle written here, independently of it: every assignment of a
 * small problem, enumerated. Also: never below greedy, never over a seat or a provider's limit,
 * never an unlisted pair, households kept, the same answer in any input order, and on larger
 * problems the same total as HiGHS solving the LP.
 */

// ---------------------------------------------------------------------------------------------
// The oracle: enumerate each client's options (no offer, or one of its listed pairs).

interface Optimum {
  total: number;
  /** Of the assignments with that total (within 1e-9), the most clients seated. */
  mostSeated: number;
}

function bruteForce(problem: AssignmentProblem): Optimum {
  const pairsOf = problem.clients.map((client) => problem.pairs.filter((pair) => pair.client === client));
  const seats = new Map(problem.offers.map((offer) => [offer.id, offer.seats]));
  const providerOf = new Map(problem.offers.map((offer) => [offer.id, offer.provider]));
  const limitOf = (provider: string | undefined) =>
    provider === undefined ? Infinity : (problem.providerLimits?.byProvider?.[provider] ?? problem.providerLimits?.default ?? Infinity);
  const choice: Array<string | undefined> = problem.clients.map(() => undefined);
  const leaves: Array<[total: number, seated: number]> = [];

  const feasible = (): boolean => {
    const used = new Map<string, number>();
    const byProvider = new Map<string, number>();
    for (const offer of choice) {
      if (offer === undefined) continue;
      used.set(offer, (used.get(offer) ?? 0) + 1);
      if (used.get(offer)! > seats.get(offer)!) return false;
      const provider = providerOf.get(offer);
      if (provider !== undefined) {
        byProvider.set(provider, (byProvider.get(provider) ?? 0) + 1);
        if (byProvider.get(provider)! > limitOf(provider)) return false;
      }
    }
    for (const household of problem.households ?? []) {
      const offers = household.members.map((member) => choice[problem.clients.indexOf(member)]);
      const placed = offers.filter((offer) => offer !== undefined);
      if (new Set(placed).size > 1) return false;
      if (household.whole && placed.length !== 0 && placed.length !== offers.length) return false;
    }
    return true;
  };

  const visit = (index: number, total: number, seated: number): void => {
    if (index === problem.clients.length) {
      if (feasible()) leaves.push([total, seated]);
      return;
    }
    choice[index] = undefined;
    visit(index + 1, total, seated);
    for (const pair of pairsOf[index]) {
      choice[index] = pair.offer;
      // Prune early on seats only (the full check runs at the leaves).
      const taken = choice.slice(0, index + 1).filter((offer) => offer === pair.offer).length;
      if (taken <= seats.get(pair.offer)!) visit(index + 1, total + pair.score, seated + 1);
    }
    choice[index] = undefined;
  };
  visit(0, 0, 0);
  const total = Math.max(...leaves.map(([value]) => value));
  return { total, mostSeated: Math.max(...leaves.filter(([value]) => value >= total - 1e-9).map(([, seated]) => seated)) };
}

/** Every rule a result must keep, checked from the problem's raw lists. */
function expectFeasible(problem: AssignmentProblem, result: AssignmentResult): void {
  const listed = new Map(problem.pairs.map((pair) => [`${pair.client}|${pair.offer}`, pair.score]));
  const seated = new Set<string>();
  const used = new Map<string, number>();
  const byProvider = new Map<string, number>();
  let total = 0;
  for (const assignment of result.assignments) {
    const score = listed.get(`${assignment.client}|${assignment.offer}`);
    expect(score).toBeDefined(); // only listed pairs
    expect(assignment.score).toBe(score);
    expect(seated.has(assignment.client)).toBe(false); // at most one offer per client
    seated.add(assignment.client);
    used.set(assignment.offer, (used.get(assignment.offer) ?? 0) + 1);
    const provider = problem.offers.find((offer) => offer.id === assignment.offer)!.provider;
    if (provider !== undefined) byProvider.set(provider, (byProvider.get(provider) ?? 0) + 1);
    total += assignment.score;
  }
  for (const offer of problem.offers) expect(used.get(offer.id) ?? 0).toBeLessThanOrEqual(offer.seats);
  for (const [provider, count] of byProvider) {
    expect(count).toBeLessThanOrEqual(problem.providerLimits?.byProvider?.[provider] ?? problem.providerLimits?.default ?? Infinity);
  }
  for (const household of problem.households ?? []) {
    const offers = household.members.map((member) => result.assignments.find((assignment) => assignment.client === member)?.offer);
    const placed = offers.filter((offer) => offer !== undefined);
    expect(new Set(placed).size).toBeLessThanOrEqual(1);
    if (household.whole) expect([0, household.members.length]).toContain(placed.length);
  }
  expect(result.totalScore).toBeCloseTo(total, 9);
  // Every client is either seated or listed as unassigned, with a reason that holds.
  expect(new Set([...seated, ...result.unassigned.map((entry) => entry.client)])).toEqual(new Set(problem.clients));
  expect(result.assignments.length + result.unassigned.length).toBe(problem.clients.length);
  for (const { client, reason } of result.unassigned) {
    expect(seated.has(client)).toBe(false);
    const candidates = problem.pairs.filter((pair) => pair.client === client);
    const full = (offerId: string) => (used.get(offerId) ?? 0) >= problem.offers.find((offer) => offer.id === offerId)!.seats;
    if (candidates.length === 0) expect(reason).toBe('NO_CANDIDATE');
    else expect(reason).not.toBe('NO_CANDIDATE');
    if (reason === 'SEATS_TAKEN') for (const pair of candidates) expect(full(pair.offer)).toBe(true);
    if (reason === 'NO_GAIN') expect(candidates.some((pair) => pair.score <= 0 && !full(pair.offer))).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Random small problems: up to 8 clients and 6 offers with 1–2 seats (sometimes 0), sparse pairs,
// scores from a short list (ties are common) or any in 0..1 to 4 places, now and then negative.

const score = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 0.5, 0.75, 1), fc.integer({ min: 0, max: 10_000 }).map((value) => value / 10_000), fc.constantFrom(-0.25, -1));

interface SmallOptions {
  providers?: boolean;
  households?: boolean;
  /** Every client in a household of 2–3 (the first, second… clients together), seats scarce. */
  denseHouseholds?: boolean;
}

function smallProblem(options: SmallOptions = {}): fc.Arbitrary<AssignmentProblem> {
  return fc
    .record({
      clients: fc.integer({ min: 1, max: 8 }),
      seats: fc.array(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 2 }) }, { weight: 1, arbitrary: fc.constant(0) }), { minLength: 1, maxLength: 6 }),
      pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), score), { maxLength: 24 }),
      providerOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
      limit: fc.integer({ min: 0, max: 3 }),
      households: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 3 }), fc.boolean()), { maxLength: 3 }),
    })
    .map(({ clients: clientCount, seats, pairs, providerOf, limit, households }) => {
      const clients = Array.from({ length: clientCount }, (_, index) => `c${index}`);
      const offers = seats.map((count, index) => ({ id: `o${index}`, seats: count, ...(options.providers ? { provider: `p${providerOf[index]}` } : {}) }));
      const seen = new Set<string>();
      const listed = pairs.flatMap(([client, offer, value]) => {
        const pair = { client: clients[client % clientCount], offer: offers[offer % offers.length].id, score: value };
        const key = `${pair.client}|${pair.offer}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [pair];
      });
      const problem: AssignmentProblem = { clients, offers, pairs: listed };
      if (options.providers) Object.assign(problem, { providerLimits: { default: limit, byProvider: { p0: limit + 1 } } });
      if (options.denseHouseholds) {
        const kept = [];
        for (let start = 0, index = 0; start + 1 < clientCount; index++) {
          const size = households[index]?.[1] ?? 2;
          kept.push({ id: `h${index}`, members: clients.slice(start, start + size), whole: households[index]?.[2] ?? index % 2 === 0 });
          start += size;
        }
        Object.assign(problem, { households: kept.filter((household) => household.members.length >= 2) });
      } else if (options.households) {
        const inHousehold = new Set<string>();
        const kept = households.flatMap(([start, size, whole], index) => {
          const members = clients.slice(start % clientCount, (start % clientCount) + size).filter((member) => !inHousehold.has(member));
          members.forEach((member) => inHousehold.add(member));
          return members.length >= 2 ? [{ id: `h${index}`, members, whole }] : [];
        });
        Object.assign(problem, { households: kept });
      }
      return problem;
    });
}

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 48271) % 2147483647;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
};

describe('optimal assignment', () => {
  it('equals the brute-force optimum, seating the most clients among optimal assignments, on random small problems', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem(), async (problem) => {
        const result = await solveAssignment(problem);
        const optimum = bruteForce(problem);
        expectFeasible(problem, result);
        expect(result.method).toBe('MIN_COST_FLOW');
        expect(result.totalScore).toBeCloseTo(optimum.total, 9);
        expect(result.assignments.length).toBe(optimum.mostSeated);
      }),
      { numRuns: 400, seed: 10_3 },
    );
  });

  it('is never below greedy, whatever order greedy visits the clients in', () => {
    let greedyBehind = 0;
    fc.assert(
      fc.property(smallProblem({ providers: true }), fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
        const optimal = solveAssignmentByFlow(problem);
        for (const order of [undefined, shuffled(problem.clients, seed), [...problem.clients].reverse()]) {
          const greedy = greedyAssignment(problem, order);
          expectFeasible(problem, greedy);
          expect(greedy.method).toBe('GREEDY');
          expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
          if (greedy.totalScore < optimal.totalScore - 1e-9) greedyBehind++;
        }
      }),
      { numRuns: 300, seed: 10_31 },
    );
    // The problems are hard enough for greedy to lose now and then.
    expect(greedyBehind).toBeGreaterThan(20);
  });

  it('keeps providers under their limits, and still equals the brute-force optimum', () => {
    fc.assert(
      fc.property(smallProblem({ providers: true }), (problem) => {
        const result = solveAssignmentByFlow(problem);
        expectFeasible(problem, result);
        const optimum = bruteForce(problem);
        expect(result.totalScore).toBeCloseTo(optimum.total, 9);
        expect(result.assignments.length).toBe(optimum.mostSeated);
      }),
      { numRuns: 300, seed: 10_32 },
    );
  });

  it('keeps households in one offer (whole ones all or none), by MIP, and equals the brute-force optimum', async () => {
    let bound = 0;
    const provenBy = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(smallProblem({ households: true, providers: true }), async (problem) => {
        const result = await solveAssignment(problem);
        // Households that bind (the optimum without them is higher), and problems HiGHS itself had to solve.
        if (result.totalScore < solveAssignmentByFlow({ ...problem, households: [] }).totalScore - 1e-9) bound++;
        await solveByMip(indexProblem(problem), {}, (report) => provenBy.set(report.provenBy, (provenBy.get(report.provenBy) ?? 0) + 1));
        expectFeasible(problem, result);
        expect(result.method).toBe((problem.households ?? []).length > 0 ? 'MIP' : 'MIN_COST_FLOW');
        expect(result.totalScore).toBeCloseTo(bruteForce(problem).total, 9);
        const greedy = greedyAssignment(problem);
        expectFeasible(problem, greedy);
        expect(result.totalScore).toBeGreaterThanOrEqual(greedy.totalScore - 1e-9);
      }),
      { numRuns: 250, seed: 10_33 },
    );
    expect(bound).toBeGreaterThan(10);
    for (const path of ['FLOW', 'BOUND']) expect(provenBy.get(path)).toBeGreaterThan(3);
  });

  it('keeps households where most clients live with others, by every path of the MIP, and equals the brute-force optimum', async () => {
    const provenBy = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(smallProblem({ denseHouseholds: true, providers: true }), async (problem) => {
        const optimum = bruteForce(problem).total;
        const result = await solveAssignment(problem);
        expectFeasible(problem, result);
        expect(result.totalScore).toBeCloseTo(optimum, 9);
        await solveByMip(indexProblem(problem), {}, (report) => provenBy.set(report.provenBy, (provenBy.get(report.provenBy) ?? 0) + 1));
        // The model alone, without the bounds and the pairs they leave out.
        const model = (await solveByMip(indexProblem(problem), { alwaysBranchAndCut: true })).toResult('MIP');
        expectFeasible(problem, model);
        expect(model.totalScore).toBeCloseTo(optimum, 9);
      }),
      { numRuns: 200, seed: 10_35 },
    );
    for (const path of ['FLOW', 'BOUND', 'BRANCH_AND_CUT']) expect(provenBy.get(path)).toBeGreaterThan(3);
  });

  it('with households on larger problems equals branch and cut over every pair', async () => {
    const provenBy = new Map<string, number>();
    let pairsLeftOut = 0;
    const cases = [
      [1, 120, 0.4],
      [3, 120, 0.4],
      [4, 200, 0.1],
      [5, 200, 0.1],
    ] as const;
    for (const [seed, clients, share] of cases) {
      const problem = mediumProblem(seed, clients, share);
      const result = await solveAssignment(problem);
      expectFeasible(problem, result);
      await solveByMip(indexProblem(problem), {}, (report) => {
        provenBy.set(report.provenBy, (provenBy.get(report.provenBy) ?? 0) + 1);
        if (report.provenBy === 'BRANCH_AND_CUT') pairsLeftOut += report.pairs - report.pairsToHighs;
      });
      const model = (await solveByMip(indexProblem(problem), { alwaysBranchAndCut: true })).toResult('MIP');
      expect(result.totalScore).toBeCloseTo(model.totalScore, 7);
      expect(result.totalScore).toBeGreaterThanOrEqual(greedyAssignment(problem).totalScore);
      expect(result.totalScore).toBeLessThan(solveAssignmentByFlow({ ...problem, households: [] }).totalScore);
    }
    // Branch and cut ran, and on some problems the bounds left pairs out before it.
    expect(provenBy.get('BRANCH_AND_CUT')).toBeGreaterThan(2);
    expect(pairsLeftOut).toBeGreaterThan(100);
  });

  it('gives the same answer for the same problem in any order', async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem({ providers: true, households: true }), fc.integer({ min: 1, max: 1000 }), async (problem, seed) => {
        const again: AssignmentProblem = {
          ...problem,
          clients: shuffled(problem.clients, seed),
          offers: shuffled(problem.offers, seed + 1),
          pairs: shuffled(problem.pairs, seed + 2),
          households: shuffled(problem.households ?? [], seed + 3).map((household) => ({ ...household, members: shuffled(household.members, seed) })),
        };
        expect(await solveAssignment(again)).toEqual(await solveAssignment(problem));
      }),
      { numRuns: 150, seed: 10_34 },
    );
  });

  it('agrees with HiGHS solving the LP on larger problems (200 clients, 60 offers)', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const problem = mediumProblem(seed);
      const flow = solveAssignmentByFlow(problem);
      expectFeasible(problem, flow);
      const lp = (await solveByLp(indexProblem(problem))).toResult('MIP');
      expect(flow.totalScore).toBeCloseTo(lp.totalScore, 7);
      expect(flow.totalScore).toBeGreaterThanOrEqual(greedyAssignment(problem).totalScore);
    }
  });

  it('beats greedy where taking the best offer first blocks another client', () => {
    const problem: AssignmentProblem = {
      clients: ['anna', 'ben', 'cem'],
      offers: [
        { id: 'course-a', seats: 1 },
        { id: 'course-b', seats: 1 },
        { id: 'course-c', seats: 0 },
      ],
      pairs: [
        { client: 'anna', offer: 'course-a', score: 0.9 },
        { client: 'anna', offer: 'course-b', score: 0.8 },
        { client: 'ben', offer: 'course-a', score: 0.85 },
        { client: 'cem', offer: 'course-c', score: 1 },
      ],
    };
    const optimal = solveAssignmentByFlow(problem);
    expect(optimal.assignments).toEqual([
      { client: 'anna', offer: 'course-b', score: 0.8 },
      { client: 'ben', offer: 'course-a', score: 0.85 },
    ]);
    expect(optimal.totalScore).toBeCloseTo(1.65, 12);
    expect(optimal.unassigned).toEqual([{ client: 'cem', reason: 'SEATS_TAKEN' }]);
    const greedy = greedyAssignment(problem);
    expect(greedy.assignments).toEqual([{ client: 'anna', offer: 'course-a', score: 0.9 }]);
    expect(greedy.unassigned).toEqual([
      { client: 'ben', reason: 'SEATS_TAKEN' },
      { client: 'cem', reason: 'SEATS_TAKEN' },
    ]);
    // Greedy in another order finds the optimum here.
    expect(greedyAssignment(problem, ['ben', 'anna', 'cem']).totalScore).toBeCloseTo(1.65, 12);
    expect(optimalityGapPercent(optimal.totalScore, greedy.totalScore)).toBeCloseTo((0.75 / 1.65) * 100, 9);
  });

  it('names why a client is left out', async () => {
    const problem: AssignmentProblem = {
      clients: ['alone', 'full', 'limited', 'negative', 'sibling-1', 'sibling-2'],
      offers: [
        { id: 'taken', seats: 1, provider: 'p1' },
        { id: 'capped', seats: 5, provider: 'p2' },
        { id: 'other', seats: 5, provider: 'p3' },
        { id: 'pair-only', seats: 1, provider: 'p3' },
      ],
      pairs: [
        { client: 'full', offer: 'taken', score: 0.5 },
        { client: 'sibling-1', offer: 'taken', score: 0.9 },
        { client: 'limited', offer: 'capped', score: 0.4 },
        { client: 'negative', offer: 'other', score: -0.1 },
        { client: 'sibling-2', offer: 'capped', score: 0.1 },
        { client: 'sibling-2', offer: 'pair-only', score: 0.2 },
      ],
      providerLimits: { default: 10, byProvider: { p2: 0 } },
      households: [{ id: 'family', members: ['sibling-1', 'sibling-2'] }],
    };
    const result = await solveAssignment(problem);
    expect(result.assignments).toEqual([{ client: 'sibling-1', offer: 'taken', score: 0.9 }]);
    expect(result.unassigned).toEqual([
      { client: 'alone', reason: 'NO_CANDIDATE' },
      { client: 'full', reason: 'SEATS_TAKEN' },
      { client: 'limited', reason: 'PROVIDER_LIMIT' },
      { client: 'negative', reason: 'NO_GAIN' },
      { client: 'sibling-2', reason: 'HOUSEHOLD' },
    ]);
  });

  it('seats a client whose pair adds 0 when a seat is free, and breaks ties the same way every time', () => {
    const problem: AssignmentProblem = {
      clients: ['b', 'a', 'c'],
      offers: [{ id: 'x', seats: 1 }, { id: 'y', seats: 1 }],
      pairs: [
        { client: 'a', offer: 'x', score: 0.5 },
        { client: 'b', offer: 'x', score: 0.5 },
        { client: 'c', offer: 'y', score: 0 },
      ],
    };
    const first = solveAssignmentByFlow(problem);
    expect(first.assignments).toHaveLength(2);
    expect(first.assignments.find((assignment) => assignment.client === 'c')).toEqual({ client: 'c', offer: 'y', score: 0 });
    for (let round = 0; round < 5; round++) expect(solveAssignmentByFlow({ ...problem, clients: shuffled(problem.clients, round + 7) })).toEqual(first);
  });

  it('refuses problems it cannot take', () => {
    const base: AssignmentProblem = { clients: ['a'], offers: [{ id: 'x', seats: 1 }], pairs: [{ client: 'a', offer: 'x', score: 1 }] };
    const refused = (problem: AssignmentProblem) => expect(() => solveAssignmentByFlow(problem)).toThrow(AssignmentProblemError);
    refused({ ...base, clients: ['a', 'a'] });
    refused({ ...base, offers: [{ id: 'x', seats: -1 }] });
    refused({ ...base, offers: [{ id: 'x', seats: 1.5 }] });
    refused({ ...base, pairs: [{ client: 'z', offer: 'x', score: 1 }] });
    refused({ ...base, pairs: [{ client: 'a', offer: 'z', score: 1 }] });
    refused({ ...base, pairs: [{ client: 'a', offer: 'x', score: Number.NaN }] });
    refused({ ...base, pairs: [...base.pairs, ...base.pairs] });
    refused({ ...base, providerLimits: { default: -1 } });
    refused({ ...base, clients: ['a', 'b'], households: [{ id: 'h', members: ['a', 'b'] }] });
    expect(solveAssignmentByFlow({ clients: [], offers: [], pairs: [] })).toEqual({ assignments: [], totalScore: 0, unassigned: [], method: 'MIN_COST_FLOW' });
  });
});

/**
 * `clients` clients and `clients` × 0.3 offers on a 30 × 30 km map; candidates within 8–15 km;
 * seats 1–4, about 0.8 per client. With `householdShare`, that share of the clients lives in
 * households of 2–3 (same home, same reach; half of them whole).
 */
function mediumProblem(seed: number, clientCount = 200, householdShare = 0): AssignmentProblem {
  let state = seed * 7919;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const offers = Array.from({ length: Math.round(clientCount * 0.3) }, (_, index) => ({ id: `o${index}`, seats: 1 + Math.floor(random() * 20), x: random() * 30, y: random() * 30 }));
  const clients: Array<{ id: string; x: number; y: number; reach: number }> = [];
  const households: Array<{ id: string; members: string[]; whole: boolean }> = [];
  while (clients.length < clientCount) {
    const size = clients.length < clientCount * householdShare ? 2 + Math.floor(random() * 2) : 1;
    const home = { x: random() * 30, y: random() * 30, reach: 8 + random() * 7 };
    const members = Array.from({ length: Math.min(size, clientCount - clients.length) }, (_, index) => ({ id: `c${clients.length + index}`, ...home }));
    clients.push(...members);
    if (members.length >= 2) households.push({ id: `h${households.length}`, members: members.map((member) => member.id), whole: random() < 0.5 });
  }
  const pairs = clients.flatMap((client) =>
    offers.flatMap((offer) => {
      const distance = Math.hypot(offer.x - client.x, offer.y - client.y);
      return distance > client.reach ? [] : [{ client: client.id, offer: offer.id, score: Math.round((0.5 * (1 - distance / client.reach) + 0.5 * random()) * 1e4) / 1e4 }];
    }),
  );
  // Fewer seats than clients: a third of the offers keep at most 2, the others 1–4.
  return {
    clients: clients.map((client) => client.id),
    offers: offers.map(({ id, seats }, index) => ({ id, seats: index % 3 === 0 ? Math.min(seats, 2) : Math.ceil(seats / 5) })),
    pairs,
    ...(households.length > 0 ? { households } : {}),
  };
}
