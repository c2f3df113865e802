import type { AssignmentProblem } from './types';

/** A problem the solvers cannot take: unknown or repeated ids, bad seats or scores. */
export class AssignmentProblemError extends Error {
  override readonly name = 'AssignmentProblemError';
}

/**
 * The problem as indexed arrays in canonical order: clients and offers sorted by id (code-point
 * order), pairs by (client, offer). Every solver works on this form, so the same problem given in
 * any order yields the same answer.
 */
export interface IndexedProblem {
  readonly clientIds: readonly string[];
  readonly offerIds: readonly string[];
  /** Free seats per offer. */
  readonly seats: Int32Array;
  /** Index into `providerIds` per offer, -1 without a provider. */
  readonly offerProvider: Int32Array;
  readonly providerIds: readonly string[];
  /** Limit per provider; `Infinity` when none applies. */
  readonly providerLimit: Float64Array;
  /** True when some provider's limit could bind (a limit below the seats of its offers). */
  readonly hasProviderLimits: boolean;
  /** Pairs of client `c` are `clientStart[c] .. clientStart[c + 1] - 1`, sorted by offer. */
  readonly clientStart: Int32Array;
  readonly pairClient: Int32Array;
  readonly pairOffer: Int32Array;
  readonly pairScore: Float64Array;
  /** Households of at least two members, members sorted. */
  readonly households: ReadonlyArray<{ readonly id: string; readonly members: readonly number[]; readonly whole: boolean }>;
  /** Index into `households` per client, -1 when alone. */
  readonly householdOf: Int32Array;
  /** Clients in the order the caller gave them (greedy's default order). */
  readonly givenOrder: Int32Array;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  const clientIds = [...problem.clients].sort(byCodePoint);
  const clientIndex = indexOf(clientIds, 'client');
  const offers = [...problem.offers].sort((a, b) => byCodePoint(a.id, b.id));
  const offerIds = offers.map((offer) => offer.id);
  const offerIndex = indexOf(offerIds, 'offer');

  const seats = new Int32Array(offers.length);
  const offerProvider = new Int32Array(offers.length).fill(-1);
  const providerIds = [...new Set(offers.flatMap((offer) => (offer.provider === undefined ? [] : [offer.provider])))].sort(byCodePoint);
  const providerIndex = new Map(providerIds.map((id, index) => [id, index]));
  offers.forEach((offer, index) => {
    if (!Number.isInteger(offer.seats) || offer.seats < 0 || offer.seats > 2 ** 31 - 1) {
      throw new AssignmentProblemError(`offer ${offer.id}: seats must be a whole number ≥ 0, not ${offer.seats}`);
    }
    seats[index] = offer.seats;
    if (offer.provider !== undefined) offerProvider[index] = providerIndex.get(offer.provider)!;
  });

  const providerLimit = new Float64Array(providerIds.length).fill(Infinity);
  let hasProviderLimits = false;
  const limits = problem.providerLimits;
  if (limits) {
    for (const [provider, limit] of Object.entries(limits.byProvider ?? {})) checkLimit(limit, `provider ${provider}`);
    if (limits.default !== undefined) checkLimit(limits.default, 'default provider limit');
    const seatsOf = new Float64Array(providerIds.length);
    seats.forEach((count, offer) => {
      if (offerProvider[offer] >= 0) seatsOf[offerProvider[offer]] += count;
    });
    providerIds.forEach((provider, index) => {
      const limit = Object.hasOwn(limits.byProvider ?? {}, provider) ? limits.byProvider![provider] : limits.default;
      if (limit === undefined) return;
      providerLimit[index] = limit;
      if (limit < seatsOf[index]) hasProviderLimits = true;
    });
  }

  const pairs = problem.pairs.map((pair) => {
    const client = clientIndex.get(pair.client);
    const offer = offerIndex.get(pair.offer);
    if (client === undefined) throw new AssignmentProblemError(`pair ${pair.client} → ${pair.offer}: unknown client`);
    if (offer === undefined) throw new AssignmentProblemError(`pair ${pair.client} → ${pair.offer}: unknown offer`);
    if (typeof pair.score !== 'number' || !Number.isFinite(pair.score)) {
      throw new AssignmentProblemError(`pair ${pair.client} → ${pair.offer}: the score must be a finite number, not ${pair.score}`);
    }
    return { client, offer, score: pair.score };
  });
  pairs.sort((a, b) => a.client - b.client || a.offer - b.offer);
  const clientStart = new Int32Array(clientIds.length + 1);
  const pairClient = new Int32Array(pairs.length);
  const pairOffer = new Int32Array(pairs.length);
  const pairScore = new Float64Array(pairs.length);
  pairs.forEach((pair, index) => {
    if (index > 0 && pairs[index - 1].client === pair.client && pairs[index - 1].offer === pair.offer) {
      throw new AssignmentProblemError(`pair ${clientIds[pair.client]} → ${offerIds[pair.offer]} is listed twice`);
    }
    pairClient[index] = pair.client;
    pairOffer[index] = pair.offer;
    pairScore[index] = pair.score;
    clientStart[pair.client + 1]++;
  });
  for (let client = 0; client < clientIds.length; client++) clientStart[client + 1] += clientStart[client];

  const householdOf = new Int32Array(clientIds.length).fill(-1);
  const households: Array<{ id: string; members: number[]; whole: boolean }> = [];
  const householdIds = new Set<string>();
  for (const household of [...(problem.households ?? [])].sort((a, b) => byCodePoint(a.id, b.id))) {
    if (householdIds.has(household.id)) throw new AssignmentProblemError(`household ${household.id} is listed twice`);
    householdIds.add(household.id);
    const members = [...new Set(household.members)].map((member) => {
      const client = clientIndex.get(member);
      if (client === undefined) throw new AssignmentProblemError(`household ${household.id}: unknown client ${member}`);
      if (householdOf[client] !== -1) throw new AssignmentProblemError(`client ${member} belongs to two households`);
      return client;
    });
    if (members.length < 2) continue;
    members.sort((a, b) => a - b);
    for (const member of members) householdOf[member] = households.length;
    households.push({ id: household.id, members, whole: household.whole === true });
  }

  const givenOrder = Int32Array.from(problem.clients, (client) => clientIndex.get(client)!);
  return {
    clientIds,
    offerIds,
    seats,
    offerProvider,
    providerIds,
    providerLimit,
    hasProviderLimits,
    clientStart,
    pairClient,
    pairOffer,
    pairScore,
    households,
    householdOf,
    givenOrder,
  };
}

function indexOf(ids: readonly string[], what: string): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, position) => {
    if (index.has(id)) throw new AssignmentProblemError(`${what} ${id} is listed twice`);
    index.set(id, position);
  });
  return index;
}

function checkLimit(limit: number, what: string): void {
  if (!Number.isInteger(limit) || limit < 0) throw new AssignmentProblemError(`${what}: a limit must be a whole number ≥ 0, not ${limit}`);
}
