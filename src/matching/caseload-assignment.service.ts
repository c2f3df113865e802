import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../caseloads/client.entity';
import { agencyOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { AssignmentNotSolvedError, type AssignmentProblem, type Household, type UnassignedReason } from './assignment';
import { candidatePairs } from './assignment/candidates';
import { AssignmentSolverBusyError, MAX_SOLVER_SECONDS, solveOffThread } from './assignment/solver-pool';
import type { MatchingErrorCode } from './matching.errors';
import { SuggestionService, type RepeatedRanking } from './suggestion.service';
import { programmesServing } from './suggestions/programme-areas';

/** The most clients one proposal weighs: a caseload page (each costs a suggestion run). */
export const MAX_ASSIGNMENT_CLIENTS = 200;
/** The most offers a proposal may be restricted to. */
export const MAX_ASSIGNMENT_OFFERS = 500;
/**
 * The most candidate pairs one proposal hands to the solver. A household's members list more pairs
 * than a client on its own (assignment/candidates.ts); past this the MIP outgrows what HiGHS can
 * hold in its WebAssembly memory within the deadline.
 */
export const MAX_ASSIGNMENT_PAIRS = 100_000;
/**
 * Proposals computed at once in this process. Each ranks hundreds of times on the event loop
 * (seconds of CPU for 200 clients): more at once would not finish sooner, only push one another,
 * and every other request, towards the deadline. Past this a proposal is BUSY at once.
 */
export const MAX_CONCURRENT_PROPOSALS = 2;
let proposalsRunning = 0;
/** Missing clients named one by one; the rest are counted in one more problem. */
const NAMED_MISSING = 10;

export interface AssignmentCriteria {
  clientIds: readonly number[];
  /** Only these offers are candidates; null: every offer a client's suggestions hold. */
  offerIds: readonly number[] | null;
  family: string | null;
  /** Only offers of programmes that serve this plan area. */
  goalArea: string | null;
  /**
   * Households of the record among the clients: ANY places members independently; TOGETHER puts
   * the members who get a seat in one offer; WHOLE seats all of them in one offer or none.
   */
  households: 'ANY' | 'TOGETHER' | 'WHOLE';
}

export interface AssignmentProposal {
  assignments: Array<{ client: Client; offerId: number; score: number }>;
  totalScore: number;
  /** Each client in the given order takes its best remaining offer: what the optimum is measured against. */
  greedyTotalScore: number;
  unassigned: Array<{ client: Client; reason: UnassignedReason }>;
}

/**
 * A proposal of one offer per client across a caseload (nothing is booked): the sum of the
 * clients' suggestion scores is maximal, each client gets at most one offer and each offer at most
 * its free seats. Candidates and scores are the clients' own suggestions (only offers with a free
 * seat), so every proposed pair passed every hard rule.
 */
export class CaseloadAssignmentService {
  constructor(
    private readonly em: EntityManager,
    /** The request's: the solver thread is cut off when it aborts, and its time limit ends before the deadline. */
    private readonly request: { signal: AbortSignal; deadline: number },
  ) {}

  async propose(viewer: Viewer, criteria: AssignmentCriteria): Promise<Result<AssignmentProposal, MatchingErrorCode>> {
    const problems: Problem<MatchingErrorCode>[] = [];
    const clientIds = [...new Set(criteria.clientIds)];
    if (clientIds.length === 0 || clientIds.length > MAX_ASSIGNMENT_CLIENTS) problems.push(problem('INVALID', 'clients', `Name 1 to ${MAX_ASSIGNMENT_CLIENTS} clients.`));
    if (criteria.offerIds !== null && (criteria.offerIds.length === 0 || criteria.offerIds.length > MAX_ASSIGNMENT_OFFERS)) {
      problems.push(problem('INVALID', 'offers', `Name 1 to ${MAX_ASSIGNMENT_OFFERS} offers, or none to take every suggestion.`));
    }
    if (problems.length > 0) return fail(problems);
    if (proposalsRunning >= MAX_CONCURRENT_PROPOSALS) return fail([busy('Other proposals are being computed.')]);
    proposalsRunning++;
    try {
      return await this.proposeFor(viewer, criteria, clientIds);
    } finally {
      proposalsRunning--;
    }
  }

  private async proposeFor(viewer: Viewer, criteria: AssignmentCriteria, clientIds: readonly number[]): Promise<Result<AssignmentProposal, MatchingErrorCode>> {
    // Row-level security narrows this to the viewer's caseload; the agency keeps other tenants out.
    const agencyId = agencyOf(viewer);
    const found = agencyId === null ? [] : await this.em.find(Client, { id: { $in: clientIds }, agency: agencyId });
    const byId = new Map(found.map((client) => [client.id, client]));
    const missing = criteria.clientIds.map((id, index) => ({ id, index })).filter(({ id }) => !byId.has(id));
    if (missing.length > 0) {
      const named = missing.slice(0, NAMED_MISSING).map(({ index }) => problem<MatchingErrorCode>('NOT_FOUND', `clients.${index}`, 'No such client in your caseload.'));
      if (missing.length > NAMED_MISSING) named.push(problem('NOT_FOUND', 'clients', `${missing.length - NAMED_MISSING} more clients are not in your caseload.`));
      return fail(named);
    }

    const clients = clientIds.map((id) => byId.get(id)!);
    const programmes = criteria.goalArea === null ? null : programmesServing(criteria.goalArea);
    const suggestions = new SuggestionService(this.em);
    const households = criteria.households === 'ANY' ? [] : householdsOf(clients, criteria.households === 'WHOLE');
    const suggestionCriteria = { families: criteria.family === null ? null : [criteria.family], programmes, goalId: null, onlyWithFreeSeats: true, offerIds: criteria.offerIds };
    const rankings = new Map<string, Promise<RepeatedRanking>>();
    const { pairs, seats } = await candidatePairs({
      clients: clients.map((client) => String(client.id)),
      households,
      rank: async (client, count, offers) => {
        if (!rankings.has(client)) rankings.set(client, suggestions.ranking(viewer, byId.get(Number(client))!, suggestionCriteria));
        const ranking = await rankings.get(client)!;
        const ranked = offers === null ? await ranking.best(count) : await ranking.among(offers.map(Number), count);
        return ranked.map((scored) => ({ offer: String(scored.offerId), score: scored.score }));
      },
      seatsOf: (offers) => this.freeSeats(offers, clients.length),
      // A proposal ranks hundreds of times (5-50 ms of the event loop each): past the request's
      // deadline (or once its client hung up) the rest would be work nobody reads.
      checkpoint: () => this.request.signal.throwIfAborted(),
    });
    if (pairs.length > MAX_ASSIGNMENT_PAIRS) return fail([tooComplex(`its clients have ${pairs.length} candidate pairs, more than ${MAX_ASSIGNMENT_PAIRS} can be solved`)]);

    const problemOf: AssignmentProblem = {
      clients: clients.map((client) => String(client.id)),
      offers: [...seats].map(([id, free]) => ({ id, seats: free })),
      pairs,
      households,
    };
    const seconds = solverSeconds(this.request.deadline);
    let solved: Awaited<ReturnType<typeof solveOffThread>>;
    try {
      solved = await solveOffThread(problemOf, { signal: this.request.signal, timeLimitSeconds: seconds });
    } catch (error) {
      if (error instanceof AssignmentNotSolvedError) {
        return fail([tooComplex(`no proposal could be proven best within ${seconds} s`)]);
      }
      if (error instanceof AssignmentSolverBusyError) return fail([busy('Every assignment solver is busy.')]);
      throw error;
    }
    const { optimum, greedy } = solved;
    const clientOf = (id: string) => byId.get(Number(id))!;
    return succeed({
      assignments: optimum.assignments.map((assignment) => ({ client: clientOf(assignment.client), offerId: Number(assignment.offer), score: assignment.score })),
      totalScore: optimum.totalScore,
      greedyTotalScore: greedy.totalScore,
      unassigned: optimum.unassigned.map((left) => ({ client: clientOf(left.client), reason: left.reason })),
    });
  }

  /** The free seats of the given offers; open capacity can seat every client of the proposal. */
  private async freeSeats(offers: readonly string[], clients: number): Promise<Map<string, number>> {
    const ids = offers.map(Number);
    if (ids.length === 0) return new Map();
    // Seats held or taken by referrals count as taken (the referrals' seat ledger).
    const rows = await this.em.execute<Array<{ id: number; capacity: number | null; seats_taken: number }>>('select id, capacity, seats_taken + seats_referred as seats_taken from offer where id = any(?::int[])', [`{${ids.join(',')}}`]);
    return new Map(rows.map((row) => [String(row.id), row.capacity === null ? clients : Math.max(0, row.capacity - row.seats_taken)]));
  }
}

/** The households among the clients, from the record: members sharing a household number, two or more of them. */
export function householdsOf(clients: readonly Client[], whole: boolean): Household[] {
  const members = new Map<number, string[]>();
  for (const client of clients) {
    if (client.householdId === null) continue;
    const list = members.get(client.householdId) ?? [];
    list.push(String(client.id));
    members.set(client.householdId, list);
  }
  return [...members].filter(([, list]) => list.length > 1).map(([id, list]) => ({ id: String(id), members: list, whole }));
}

function busy(why: string): Problem<MatchingErrorCode> {
  return problem('BUSY', 'clients', `${why} Try again in a few seconds.`);
}

function tooComplex(why: string): Problem<MatchingErrorCode> {
  return problem('TOO_COMPLEX', 'clients', `The proposal is too complex: ${why}. Name fewer clients or offers, or place household members on their own (households: ANY).`);
}

/** Whole seconds of solving that end a second before the request's deadline; at least 1, at most MAX_SOLVER_SECONDS. */
function solverSeconds(deadline: number): number {
  const left = Math.floor((deadline - performance.now()) / 1000) - 1;
  return Math.max(1, Math.min(MAX_SOLVER_SECONDS, left));
}
