/**
 * Optimal assignment of a caseload's clients to offers under seat limits (issue 10 §3): a pure
 * solver, no SQL and no GraphQL.
 *
 * Why these algorithms:
 * - Without households the problem is a bipartite b-matching: each client at most one offer, each
 *   offer at most its seats, each provider at most its limit (a limit per provider nests the
 *   offers' seats, so it is one more layer of arcs). That is a min-cost flow, solved exactly by
 *   successive shortest paths with potentials, one client at a time (min-cost-flow.ts, as in the
 *   Hungarian method): about 50 ms for 1,000 clients with 45 candidates each, 250 ms when seats are
 *   scarce. HiGHS takes 1–2.5 s for the same problem as an LP (its matrix is totally unimodular, so
 *   the simplex optimum is integral too); the tests and the benchmark use it as an independent
 *   check. No npm min-cost-flow package is both maintained and sparse; the Hungarian packages
 *   (munkres*) want a dense square matrix of clients × seats.
 * - Keeping a household in one offer breaks the network structure and needs integer variables, so
 *   households go to HiGHS (`highs`, HiGHS compiled to WebAssembly) as a MIP solved to a zero gap,
 *   after bounds from the flow and the LP have set aside the pairs no optimum can use
 *   (mip-solver.ts). Cheap for a caseload of a few hundred clients (< 1 s); for 1,000 clients about
 *   2 s with 5 % of them in households, 8 s with 20 %; past the time limit it throws.
 * Neither is a heuristic: both return a proven optimum (scores closer than 1e-9 count as ties), or
 * throw. `greedyAssignment` is the heuristic, only for comparison.
 *
 * Ties: the problem is put in canonical order first (ids sorted), so the same problem in any order
 * gives the same answer; of the optimal assignments, the flow returns one that seats the most
 * clients.
 */
import { solveByFlow } from './flow-solver';
import { placeGreedily, visitingOrder } from './greedy';
import { solveByMip, type MipOptions } from './mip-solver';
import { AssignmentProblemError, indexProblem } from './problem';
import { AssignmentState } from './state';
import type { AssignmentProblem, AssignmentResult } from './types';

export { AssignmentProblemError } from './problem';
export { AssignmentNotSolvedError, highsRuntime, type MipOptions, type MipReport } from './mip-solver';
export { SCORE_TOLERANCE } from './flow-solver';
export type * from './types';

/** The exact optimum: by min-cost flow, or by MIP when households are to be kept together. */
export async function solveAssignment(problem: AssignmentProblem, options: MipOptions = {}): Promise<AssignmentResult> {
  const indexed = indexProblem(problem);
  if (indexed.households.length > 0) return (await solveByMip(indexed, options)).toResult('MIP');
  return solveByFlow(indexed).state.toResult('MIN_COST_FLOW');
}

/** The exact optimum by min-cost flow, synchronously; refuses households (they need the MIP). */
export function solveAssignmentByFlow(problem: AssignmentProblem): AssignmentResult {
  const indexed = indexProblem(problem);
  if (indexed.households.length > 0) throw new AssignmentProblemError('households need solveAssignment (a MIP), not the flow');
  return solveByFlow(indexed).state.toResult('MIN_COST_FLOW');
}

/**
 * Each client in turn (`order`, client ids; by default the order of `problem.clients`) takes its
 * best remaining offer; see placeGreedily. The comparison behind `greedyTotalScore`.
 */
export function greedyAssignment(problem: AssignmentProblem, order?: readonly string[]): AssignmentResult {
  const indexed = indexProblem(problem);
  const state = new AssignmentState(indexed);
  placeGreedily(state, visitingOrder(indexed, order));
  return state.toResult('GREEDY');
}

/** How far greedy falls short of the optimum, in percent of the optimum (0 when both are 0). */
export function optimalityGapPercent(optimalTotal: number, greedyTotal: number): number {
  if (optimalTotal === 0) return 0;
  return ((optimalTotal - greedyTotal) / Math.abs(optimalTotal)) * 100;
}
