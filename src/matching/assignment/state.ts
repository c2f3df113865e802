import type { IndexedProblem } from './problem';
import type { AssignmentMethod, AssignmentResult, UnassignedReason } from './types';

/**
 * A (partial) assignment over an indexed problem: the chosen pair per client and what it uses up.
 * The solvers fill it in; `toResult` checks it against every limit before it leaves this folder.
 */
export class AssignmentState {
  /** Pair index per client, -1 when unassigned. */
  readonly chosen: Int32Array;
  readonly seatsUsed: Int32Array;
  readonly providerUsed: Float64Array;
  /** The offer a household's assigned members share, -1 while none is assigned. */
  readonly householdOffer: Int32Array;

  /** `relaxed`: households are not enforced (the flow's relaxation of a problem with households). */
  constructor(
    readonly problem: IndexedProblem,
    private readonly relaxed = false,
  ) {
    this.chosen = new Int32Array(problem.clientIds.length).fill(-1);
    this.seatsUsed = new Int32Array(problem.offerIds.length);
    this.providerUsed = new Float64Array(problem.providerIds.length);
    this.householdOffer = new Int32Array(problem.households.length).fill(-1);
  }

  /** Free seats of an offer, counting its provider's limit. */
  room(offer: number): number {
    const free = this.problem.seats[offer] - this.seatsUsed[offer];
    const provider = this.problem.offerProvider[offer];
    return provider < 0 ? free : Math.min(free, this.problem.providerLimit[provider] - this.providerUsed[provider]);
  }

  assign(client: number, pair: number): void {
    const { problem } = this;
    if (problem.pairClient[pair] !== client) throw new Error(`pair ${pair} is not a pair of client ${client}`);
    if (this.chosen[client] !== -1) throw new Error(`client ${problem.clientIds[client]} is assigned twice`);
    const offer = problem.pairOffer[pair];
    this.chosen[client] = pair;
    this.seatsUsed[offer]++;
    if (problem.offerProvider[offer] >= 0) this.providerUsed[problem.offerProvider[offer]]++;
    const household = problem.householdOf[client];
    if (household >= 0) {
      if (!this.relaxed && this.householdOffer[household] !== -1 && this.householdOffer[household] !== offer) {
        throw new Error(`household ${problem.households[household].id} is split across offers`);
      }
      this.householdOffer[household] = offer;
    }
  }

  /** The sum of the chosen pairs' scores, in client order. */
  total(): number {
    let sum = 0;
    for (const pair of this.chosen) if (pair !== -1) sum += this.problem.pairScore[pair];
    return sum;
  }

  /** The result, after checking seats, provider limits and households (a solver bug throws here, never reaches a caller). */
  toResult(method: AssignmentMethod): AssignmentResult {
    this.check();
    const { problem } = this;
    const assignments = [];
    const unassigned = [];
    let totalScore = 0;
    for (let client = 0; client < problem.clientIds.length; client++) {
      const pair = this.chosen[client];
      if (pair === -1) {
        unassigned.push({ client: problem.clientIds[client], reason: this.reasonFor(client) });
        continue;
      }
      const score = problem.pairScore[pair];
      assignments.push({ client: problem.clientIds[client], offer: problem.offerIds[problem.pairOffer[pair]], score });
      totalScore += score;
    }
    return { assignments, totalScore, unassigned, method };
  }

  private check(): void {
    const { problem } = this;
    const seats = new Int32Array(problem.offerIds.length);
    const providers = new Float64Array(problem.providerIds.length);
    const households = new Int32Array(problem.households.length).fill(-1);
    const placed = new Int32Array(problem.households.length);
    for (let client = 0; client < problem.clientIds.length; client++) {
      const pair = this.chosen[client];
      if (pair === -1) continue;
      if (pair < 0 || pair >= problem.pairClient.length || problem.pairClient[pair] !== client) throw new Error(`client ${problem.clientIds[client]}: not a listed pair`);
      const offer = problem.pairOffer[pair];
      if (++seats[offer] > problem.seats[offer]) throw new Error(`offer ${problem.offerIds[offer]}: more clients than seats`);
      const provider = problem.offerProvider[offer];
      if (provider >= 0 && ++providers[provider] > problem.providerLimit[provider]) throw new Error(`provider ${problem.providerIds[provider]}: over its limit`);
      const household = problem.householdOf[client];
      if (household >= 0) {
        if (households[household] !== -1 && households[household] !== offer) throw new Error(`household ${problem.households[household].id} is split`);
        households[household] = offer;
        placed[household]++;
      }
    }
    problem.households.forEach((household, index) => {
      if (household.whole && placed[index] !== 0 && placed[index] !== household.members.length) throw new Error(`household ${household.id} is placed in part`);
    });
  }

  /** See `UnassignedReason`: the reason of the candidate nearest to being available. */
  private reasonFor(client: number): UnassignedReason {
    const { problem } = this;
    const from = problem.clientStart[client];
    const to = problem.clientStart[client + 1];
    if (from === to) return 'NO_CANDIDATE';
    const household = problem.householdOf[client];
    const ranks: UnassignedReason[] = ['NO_GAIN', 'HOUSEHOLD', 'PROVIDER_LIMIT', 'SEATS_TAKEN'];
    let best = ranks.length - 1;
    for (let pair = from; pair < to; pair++) {
      const offer = problem.pairOffer[pair];
      const provider = problem.offerProvider[offer];
      let rank: number;
      if (problem.seats[offer] - this.seatsUsed[offer] <= 0) rank = 3;
      else if (provider >= 0 && this.providerUsed[provider] >= problem.providerLimit[provider]) rank = 2;
      else if (household >= 0 && (problem.households[household].whole || (this.householdOffer[household] !== -1 && this.householdOffer[household] !== offer))) rank = 1;
      else rank = 0;
      best = Math.min(best, rank);
    }
    return ranks[best];
  }
}
