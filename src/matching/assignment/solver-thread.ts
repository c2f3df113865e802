import { greedyAssignment, solveAssignment, AssignmentNotSolvedError } from './index';
import { discardHighsRuntime } from './mip-solver';
import type { AssignmentProblem, AssignmentResult } from './types';

export interface SolverTask {
  problem: AssignmentProblem;
  timeLimitSeconds: number;
}

/** Plain data across the thread boundary (an Error's class does not survive it). */
export type SolverAnswer = { optimum: AssignmentResult; greedy: AssignmentResult } | { notSolved: string };

/** Runs in a worker thread of solver-pool.ts: the optimum and the greedy comparison of one problem. */
export default async function solveInThread({ problem, timeLimitSeconds }: SolverTask): Promise<SolverAnswer> {
  try {
    const optimum = await solveAssignment(problem, { timeLimitSeconds });
    return { optimum, greedy: greedyAssignment(problem) };
  } catch (error) {
    if (error instanceof AssignmentNotSolvedError) return { notSolved: error.message };
    // HiGHS aborts (an Emscripten abort, "RuntimeError: Aborted()") when a model outgrows its memory:
    // a problem too large to solve, not a fault of the hub.
    if (error instanceof Error && error.name === 'RuntimeError') {
      discardHighsRuntime();
      return { notSolved: `HiGHS failed: ${error.message}` };
    }
    throw error;
  }
}
