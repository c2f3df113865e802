import { AssignmentNetwork } from './min-cost-flow';
import type { IndexedProblem } from './problem';
import { AssignmentState } from './state';

/**
 * Scores within this much of each other count as equal (relative to the largest |score|, at least
 * 1): far below any difference a suggestion score can express, far above float rounding.
 */
export const SCORE_TOLERANCE = 1e-9;

/** Changes to the problem for one flow (the MIP's heuristic): pairs left out, fewer seats or less room per provider. */
export interface FlowRestriction {
  /** Per pair: 0 leaves it out. */
  readonly allowed?: Uint8Array;
  readonly seats?: Int32Array;
  readonly providerLimit?: Float64Array;
}

export interface FlowSolution {
  readonly state: AssignmentState;
  /**
   * A bound on the total of every assignment of this (restricted) problem, from the flow's dual
   * prices: equal to the optimum up to rounding.
   */
  readonly upperBound: number;
  /**
   * Per pair, what using it costs against that bound (≥ 0; 0 for pairs in use or left out): an
   * assignment that uses pair j totals at most `upperBound − reducedCost[j]`.
   */
  readonly reducedCost: Float64Array;
}

/**
 * The exact optimum without households, as a min-cost circulation (see AssignmentNetwork):
 *
 *   root → client (1 unit) → offer (1 unit per listed pair, cost −score) → [provider] → root
 *
 * offer → provider carries the offer's seats and provider → root the provider's limit (offers of a
 * provider without a binding limit go straight to the root with their seats). Each client's
 * capacity of 1, each offer's seats and each provider's limit are arc capacities, so every
 * circulation is a feasible assignment and vice versa; integral capacities give an integral
 * optimum. Clients are inserted in id order. Of the assignments with the greatest total, the
 * network keeps one that seats the most clients (a path through a free seat that adds 0 is taken).
 */
export function solveByFlow(problem: IndexedProblem, restriction: FlowRestriction = {}): FlowSolution {
  const clients = problem.clientIds.length;
  const offers = problem.offerIds.length;
  const providers = problem.providerIds.length;
  const seats = restriction.seats ?? problem.seats;
  const providerLimit = restriction.providerLimit ?? problem.providerLimit;
  const allowed = (pair: number) => (restriction.allowed ? restriction.allowed[pair] === 1 : true) && seats[problem.pairOffer[pair]] > 0;
  const seatsOfProvider = new Float64Array(providers);
  for (let offer = 0; offer < offers; offer++) if (problem.offerProvider[offer] >= 0) seatsOfProvider[problem.offerProvider[offer]] += seats[offer];
  const binding = (provider: number) => provider >= 0 && providerLimit[provider] < seatsOfProvider[provider];

  // Nodes: the root, clients, offers, providers.
  const root = AssignmentNetwork.ROOT;
  const clientNode = (client: number) => 1 + client;
  const offerNode = (offer: number) => 1 + clients + offer;
  const providerNode = (provider: number) => 1 + clients + offers + provider;
  let largest = 1;
  for (const score of problem.pairScore) largest = Math.max(largest, Math.abs(score));
  const network = new AssignmentNetwork(1 + clients + offers + providers, SCORE_TOLERANCE * largest, 2 * clients + problem.pairClient.length + offers + providers);
  // The dual bound sums capacity × max(0, −reduced cost) over the arcs but the pairs'.
  const arcs: Array<{ from: number; to: number; capacity: number }> = [];

  const pairEdge = new Int32Array(problem.pairClient.length).fill(-1);
  for (let pair = 0; pair < problem.pairClient.length; pair++) {
    if (allowed(pair)) pairEdge[pair] = network.addEdge(clientNode(problem.pairClient[pair]), offerNode(problem.pairOffer[pair]), 1, -problem.pairScore[pair]);
  }
  for (let offer = 0; offer < offers; offer++) {
    if (seats[offer] === 0) continue;
    const provider = problem.offerProvider[offer];
    const to = binding(provider) ? providerNode(provider) : root;
    network.addEdge(offerNode(offer), to, seats[offer], 0);
    arcs.push({ from: offerNode(offer), to, capacity: seats[offer] });
  }
  for (let provider = 0; provider < providers; provider++) {
    if (!binding(provider)) continue;
    network.addEdge(providerNode(provider), root, providerLimit[provider], 0);
    arcs.push({ from: providerNode(provider), to: root, capacity: providerLimit[provider] });
  }
  for (let client = 0; client < clients; client++) {
    network.markClient(clientNode(client));
    let any = false;
    for (let pair = problem.clientStart[client]; pair < problem.clientStart[client + 1]; pair++) any ||= pairEdge[pair] !== -1;
    if (!any) continue;
    network.insert(clientNode(client));
    arcs.push({ from: root, to: clientNode(client), capacity: 1 });
  }

  const state = new AssignmentState(problem, problem.households.length > 0);
  for (let pair = 0; pair < pairEdge.length; pair++) {
    if (pairEdge[pair] !== -1 && network.flowOn(pairEdge[pair]) > 0.5) state.assign(problem.pairClient[pair], pair);
  }

  // The dual bound (valid for any potentials, the root pricing both ends; tight for the network's own).
  const potential = network.potentials();
  let upperBound = 0;
  for (const { from, to, capacity } of arcs) upperBound += capacity * Math.max(0, potential[to] - potential[from]);
  const reducedCost = new Float64Array(problem.pairClient.length);
  for (let pair = 0; pair < pairEdge.length; pair++) {
    if (pairEdge[pair] === -1) continue;
    const reduced = -problem.pairScore[pair] + potential[clientNode(problem.pairClient[pair])] - potential[offerNode(problem.pairOffer[pair])];
    upperBound += Math.max(0, -reduced);
    reducedCost[pair] = Math.max(0, reduced);
  }
  return { state, upperBound, reducedCost };
}
