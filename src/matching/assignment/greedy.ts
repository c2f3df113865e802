import type { IndexedProblem } from './problem';
import { AssignmentState } from './state';

/**
 * Greedy placement, for comparison with the optimum (`greedyTotalScore`) and to top up a MIP
 * solution: each client in `order`, if still unassigned, takes its best remaining offer (highest
 * score, then lowest offer id; a seat must be free and the provider under its limit; a negative
 * score is never taken, it would lower the total). A household is placed as a unit at its first
 * member's turn: the offer with the greatest sum of its members' scores that seats them (all of
 * them when `whole`, else as many of the best as fit); a member whose household already has an offer
 * may only join that one.
 */
export function placeGreedily(state: AssignmentState, order: Int32Array): void {
  const { problem } = state;
  const tried = new Uint8Array(problem.households.length);
  for (const client of order) {
    if (state.chosen[client] !== -1) continue;
    const household = problem.householdOf[client];
    if (household < 0) {
      const pair = bestPair(state, client, -1);
      if (pair !== -1) state.assign(client, pair);
    } else if (state.householdOffer[household] !== -1) {
      if (!problem.households[household].whole) {
        const pair = bestPair(state, client, state.householdOffer[household]);
        if (pair !== -1) state.assign(client, pair);
      }
    } else if (!tried[household]) {
      tried[household] = 1;
      placeHousehold(state, household);
    }
  }
}

/** The client's best pair with room and a score ≥ 0 (only at `onlyOffer` when that is ≥ 0), -1 if none. */
function bestPair(state: AssignmentState, client: number, onlyOffer: number): number {
  const { problem } = state;
  let best = -1;
  for (let pair = problem.clientStart[client]; pair < problem.clientStart[client + 1]; pair++) {
    const offer = problem.pairOffer[pair];
    if (onlyOffer >= 0 && offer !== onlyOffer) continue;
    if (problem.pairScore[pair] < 0 || state.room(offer) <= 0) continue;
    if (best === -1 || problem.pairScore[pair] > problem.pairScore[best]) best = pair;
  }
  return best;
}

function placeHousehold(state: AssignmentState, household: number): void {
  const { problem } = state;
  const { members, whole } = problem.households[household];
  // Pairs of the unassigned members, by offer.
  const byOffer = new Map<number, number[]>();
  for (const member of members) {
    if (state.chosen[member] !== -1) continue;
    for (let pair = problem.clientStart[member]; pair < problem.clientStart[member + 1]; pair++) {
      const list = byOffer.get(problem.pairOffer[pair]) ?? [];
      list.push(pair);
      byOffer.set(problem.pairOffer[pair], list);
    }
  }
  let bestValue = -Infinity;
  let bestPairs: number[] = [];
  for (const offer of [...byOffer.keys()].sort((a, b) => a - b)) {
    const room = state.room(offer);
    let pairs = byOffer.get(offer)!;
    if (whole) {
      if (pairs.length !== members.length || room < members.length) continue;
    } else {
      pairs = pairs.filter((pair) => problem.pairScore[pair] >= 0);
      pairs.sort((a, b) => problem.pairScore[b] - problem.pairScore[a] || a - b);
      pairs = pairs.slice(0, Math.max(0, room));
      if (pairs.length === 0) continue;
    }
    const value = pairs.reduce((sum, pair) => sum + problem.pairScore[pair], 0);
    if (value < 0) continue;
    if (value > bestValue || (value === bestValue && pairs.length > bestPairs.length)) {
      bestValue = value;
      bestPairs = pairs;
    }
  }
  for (const pair of bestPairs) state.assign(problem.pairClient[pair], pair);
}

/** Clients in the order to visit: `order` (client ids) if given, else the order of `problem.clients`. */
export function visitingOrder(problem: IndexedProblem, order: readonly string[] | undefined): Int32Array {
  if (order === undefined) return problem.givenOrder;
  const index = new Map(problem.clientIds.map((id, position) => [id, position]));
  const seen = new Uint8Array(problem.clientIds.length);
  const visits: number[] = [];
  for (const id of order) {
    const client = index.get(id);
    if (client === undefined) throw new RangeError(`greedy order: unknown client ${id}`);
    if (!seen[client]) visits.push(client);
    seen[client] = 1;
  }
  // Clients the order leaves out come last, in the problem's order.
  for (const client of problem.givenOrder) if (!seen[client]) visits.push(client);
  return Int32Array.from(visits);
}
