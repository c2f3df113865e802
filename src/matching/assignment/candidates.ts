import type { CandidatePair, Household } from './types';

/**
 * Which pairs an assignment problem must list so that its optimum is the optimum over every pair
 * (each client's whole ranked catalogue), without listing them all: a client of a caseload can
 * take any of several thousand offers, and a MIP over a million pairs exhausts HiGHS. The argument
 * is an exchange; scores are ≥ 0 (suggestion weights are ≥ 0, factor values 0..1).
 *
 * - A client on its own, among n clients: the other n − 1 can fill offers with at most n − 1
 *   seats in all, so of its best offers whose free seats add up to n, one has a seat left; if an
 *   optimum seats the client anywhere else, it can move there and lose nothing.
 * - A household of h members: the others fill at most n − h seats. Others block an offer o for the
 *   household once fewer than min(seats, h) seats are left, which takes seats − min(seats, h) + 1
 *   of them. Let V(o) be what the household gains in o (its best min(seats, h) members' scores;
 *   whole: every member's, if they all fit). Listing every member's pairs in offers S whose
 *   blocking costs add up to more than n − h, each with V ≥ V(o*), lets an optimum that puts the
 *   household in o* move it to one of them. V of an offer outside S is bounded from the members'
 *   ranked lists (a member's score outside its list is at most the list's last score); the lists
 *   are deepened, and scores the lists leave out ranked exactly, until S meets those bounds.
 * Moving a client or household never disturbs another's listed pairs, so every client can be moved
 * in turn: some optimum uses only listed pairs.
 */

type Ranked = ReadonlyArray<{ offer: string; score: number }>;

/** A client's best `count` candidate offers (of `offers` when given), best first, with their scores. */
export type RankOffers = (client: string, count: number, offers: readonly string[] | null) => Promise<Ranked>;

/** Free seats of the given offers. */
export type SeatsOf = (offers: readonly string[]) => Promise<ReadonlyMap<string, number>>;

export interface CandidateSearch {
  readonly clients: readonly string[];
  readonly households: readonly Household[];
  readonly rank: RankOffers;
  readonly seatsOf: SeatsOf;
  /** Called before each ranking: lets a caller stop the search (its request ended). */
  readonly checkpoint?: () => void;
  /** How many offers each client's first ranking lists (default FIRST_DEPTH). */
  readonly firstDepth?: number;
}

/** Scores closer than this count as ties, as they do for the solver (SCORE_TOLERANCE). */
const TIE = 1e-9;

export interface Candidates {
  /** The pairs to solve over; each is a pair of the ranking, with its score. */
  readonly pairs: CandidatePair[];
  /** The free seats the reduction relied on, of every offer of a pair: the solver must use the same. */
  readonly seats: ReadonlyMap<string, number>;
}

/** The pairs to solve over (see the file comment), and the seats they were chosen by. */
export async function candidatePairs(search: CandidateSearch): Promise<Candidates> {
  const n = search.clients.length;
  const rank: RankOffers = (client, count, offers) => {
    search.checkpoint?.();
    return search.rank(client, count, offers);
  };
  // A short ranking is much cheaper than a long one (its bound prunes more offers), and offers
  // usually have several seats: most clients need only their first few.
  const depth = Math.max(1, Math.min(n, search.firstDepth ?? FIRST_DEPTH));
  const lists = new Map<string, Ranked>();
  for (const client of search.clients) lists.set(client, await rank(client, depth, null));
  const seats = new SeatLedger(search.seatsOf);
  await seats.load([...lists.values()].flatMap((list) => list.map(({ offer }) => offer)));

  const pairs: CandidatePair[] = [];
  const inHousehold = new Set(search.households.flatMap((household) => household.members));
  for (const client of search.clients) {
    if (!inHousehold.has(client)) pairs.push(...(await clientPairs(client, n, { list: lists.get(client)!, depth }, seats, rank)));
  }
  for (const household of search.households) pairs.push(...(await householdPairs(household, n, { lists, depth }, seats, rank)));
  return { pairs, seats: new Map(pairs.map(({ offer }) => [offer, seats.of(offer)])) };
}

/** The length of every client's first ranking; deepened where its seats do not suffice. */
const FIRST_DEPTH = 16;

/** A client's best offers until their free seats add up to n (see the file comment). */
async function clientPairs(client: string, n: number, first: { list: Ranked; depth: number }, seats: SeatLedger, rank: RankOffers): Promise<CandidatePair[]> {
  for (let { list, depth } = first; ; depth *= 2, list = await rank(client, depth, null)) {
    await seats.load(list.map(({ offer }) => offer));
    const pairs: CandidatePair[] = [];
    let room = 0;
    for (const { offer, score } of list) {
      pairs.push({ client, offer, score });
      room += seats.of(offer);
      if (room > n - 1) return pairs;
    }
    // The whole list, when it holds every candidate (or n of them, each with a seat or none).
    if (list.length < depth || depth >= n) return pairs;
  }
}

/** Free seats, fetched once per offer. */
class SeatLedger {
  private readonly known = new Map<string, number>();
  constructor(private readonly fetch: SeatsOf) {}

  async load(offers: readonly string[]): Promise<void> {
    const missing = [...new Set(offers)].filter((offer) => !this.known.has(offer));
    if (missing.length === 0) return;
    const found = await this.fetch(missing);
    for (const offer of missing) this.known.set(offer, found.get(offer) ?? 0);
  }

  of(offer: string): number {
    return this.known.get(offer) ?? 0;
  }
}

/** Every member's pairs in offers that keep the household's optimum (see the file comment). */
async function householdPairs(
  household: Household,
  n: number,
  first: { lists: ReadonlyMap<string, Ranked>; depth: number },
  seats: SeatLedger,
  rank: RankOffers,
): Promise<CandidatePair[]> {
  const { members } = household;
  const whole = household.whole === true;
  const others = n - members.length;
  // Scores ranked exactly, per member: offer → score, or null where the offer is not a candidate.
  const exact = members.map(() => new Map<string, number | null>());
  for (let depth = first.depth; ; depth *= 2) {
    const lists = depth === first.depth ? members.map((member) => first.lists.get(member)!) : await inTurn(members, (member) => rank(member, depth, null));
    const complete = lists.map((list) => list.length < depth);
    const listed = lists.map((list) => new Map(list.map(({ offer, score }) => [offer, score])));
    // A member's score where its list is silent: at most the list's last score; none once the list is complete.
    const ceilings = lists.map((list, at) => (complete[at] ? undefined : list[list.length - 1].score));
    const offers = [...new Set(lists.flatMap((list) => list.map(({ offer }) => offer)))];
    await seats.load(offers);
    /** A member's score in an offer: known (a number), not a candidate (undefined), or unknown (null). */
    const scoreAt = (at: number, offer: string): number | undefined | null => {
      const score = listed[at].get(offer) ?? exact[at].get(offer);
      if (score !== undefined) return score ?? undefined;
      return complete[at] ? undefined : null;
    };
    const outside = gainIn(ceilings, members.length, whole);

    for (;;) {
      const rated = offers.map((offer) => {
        const scores = members.map((_, at) => scoreAt(at, offer));
        const free = seats.of(offer);
        return {
          offer,
          scores,
          // What the listed pairs achieve, and the most the offer could give.
          gain: gainIn(scores.map((score) => score ?? undefined), free, whole),
          most: gainIn(scores.map((score, at) => (score === null ? ceilings[at] : score)), free, whole),
          blockingCost: free - Math.min(free, members.length) + 1,
        };
      });
      rated.sort((a, b) => b.gain - a.gain || (a.offer < b.offer ? -1 : 1));
      const kept: typeof rated = [];
      let cost = 0;
      for (const offer of rated) {
        if (offer.gain === -Infinity || cost > others) break;
        kept.push(offer);
        cost += offer.blockingCost;
      }
      const reached = cost > others;
      const least = reached ? kept[kept.length - 1].gain : -Infinity;
      // Offers (in S or not) that might give more than S's least on scores the lists leave out: rank those exactly.
      const open = rated.filter(({ most, scores }) => most > least + TIE && scores.includes(null)).map(({ offer }) => offer);
      if (open.length > 0) {
        const asked = members.map((_, at) => open.filter((offer) => scoreAt(at, offer) === null));
        await inTurn(
          members.map((member, at) => ({ member, at })).filter(({ at }) => asked[at].length > 0),
          async ({ member, at }) => {
            const found = new Map((await rank(member, asked[at].length, asked[at])).map(({ offer, score }) => [offer, score]));
            for (const offer of asked[at]) exact[at].set(offer, found.get(offer) ?? null);
          },
        );
        continue;
      }
      const everyListComplete = complete.every(Boolean);
      if (reached && outside <= least + TIE) return pairsIn(members, kept);
      // Nothing left to learn: every offer the members can take, with every pair.
      if (everyListComplete) return pairsIn(members, rated);
      break;
    }
  }
}

function pairsIn(members: readonly string[], offers: ReadonlyArray<{ offer: string; scores: ReadonlyArray<number | undefined | null> }>): CandidatePair[] {
  return offers.flatMap(({ offer, scores }) => members.flatMap((client, at) => (typeof scores[at] === 'number' ? [{ client, offer, score: scores[at] as number }] : [])));
}

/** One after another: the rankings share the request's database connection. */
async function inTurn<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

/**
 * What a household gains in an offer with `seats` free: its best members' scores that fit (the
 * members without a score there stay out); whole, all of them or nothing (-Infinity). Summed
 * best first, so the same scores give the same sum to the last bit.
 */
function gainIn(scores: ReadonlyArray<number | undefined>, seats: number, whole: boolean): number {
  const placeable = scores.filter((score): score is number => score !== undefined).sort((a, b) => b - a);
  if (whole) return seats >= scores.length && placeable.length === scores.length ? placeable.reduce((sum, score) => sum + score, 0) : -Infinity;
  return placeable.slice(0, seats).reduce((sum, score) => sum + score, 0);
}
