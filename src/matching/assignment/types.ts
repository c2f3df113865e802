/**
 * The assignment problem of a caseload (issue 10 §3), in plain data: no SQL, no GraphQL. Ids are
 * opaque strings; the caller maps them to its records.
 */

/** An offer that can take clients: `seats` are the seats still free to hand out (an integer ≥ 0). */
export interface AssignmentOffer {
  readonly id: string;
  readonly seats: number;
  /** The offer's provider; needed only when `providerLimits` apply. */
  readonly provider?: string;
}

/** An allowed (client, offer) pair and its score: higher is better. Pairs not listed are never assigned. */
export interface CandidatePair {
  readonly client: string;
  readonly offer: string;
  /** A finite number; in this hub a suggestion score in 0..1. */
  readonly score: number;
}

/**
 * Members of one household (clients of this problem) kept together: the members who get a seat all
 * get it in the same offer. With `whole`, the household gets seats for every member in one offer or
 * none at all (the offer must be a candidate of every member).
 */
export interface Household {
  readonly id: string;
  readonly members: readonly string[];
  readonly whole?: boolean;
}

/** At most this many clients of this problem per provider: `byProvider` first, else `default`. */
export interface ProviderLimits {
  readonly default?: number;
  readonly byProvider?: Readonly<Record<string, number>>;
}

export interface AssignmentProblem {
  readonly clients: readonly string[];
  readonly offers: readonly AssignmentOffer[];
  readonly pairs: readonly CandidatePair[];
  readonly providerLimits?: ProviderLimits;
  readonly households?: readonly Household[];
}

/**
 * Why a client got no offer (judged against the final assignment, candidate by candidate; the reason
 * is that of the candidate nearest to being available, in the order NO_GAIN, HOUSEHOLD,
 * PROVIDER_LIMIT, SEATS_TAKEN):
 * - `NO_CANDIDATE`: no pair lists the client.
 * - `SEATS_TAKEN`: every candidate offer is full (its seats went to others, or it had none).
 * - `PROVIDER_LIMIT`: a candidate offer has a free seat, but its provider has reached its limit.
 * - `HOUSEHOLD`: a candidate offer has room, but the client's household is placed elsewhere (or,
 *   whole, cannot be placed together).
 * - `NO_GAIN`: a candidate offer has room, but taking it would lower the total (a negative score).
 */
export type UnassignedReason = 'NO_CANDIDATE' | 'SEATS_TAKEN' | 'PROVIDER_LIMIT' | 'HOUSEHOLD' | 'NO_GAIN';

export interface Assignment {
  readonly client: string;
  readonly offer: string;
  readonly score: number;
}

export interface UnassignedClient {
  readonly client: string;
  readonly reason: UnassignedReason;
}

/** Which algorithm produced the result. */
export type AssignmentMethod = 'MIN_COST_FLOW' | 'MIP' | 'GREEDY';

export interface AssignmentResult {
  /** One per assigned client, ordered by client id (code-point order). */
  readonly assignments: readonly Assignment[];
  /** The sum of the assignments' scores, added in that order. */
  readonly totalScore: number;
  /** Every client without an offer, ordered by client id. */
  readonly unassigned: readonly UnassignedClient[];
  readonly method: AssignmentMethod;
}
