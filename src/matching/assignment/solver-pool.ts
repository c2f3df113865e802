import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { AssignmentNotSolvedError } from './mip-solver';
import type { SolverAnswer, SolverTask } from './solver-thread';
import type { AssignmentProblem, AssignmentResult } from './types';

/**
 * The assignment solvers run in worker threads (piscina), never on the event loop: HiGHS is
 * WebAssembly that runs to its time limit without yielding, and a MIP of 200 clients in households
 * took 11-16 s, during which the process answered nobody. A thread is cut off (terminated) when
 * its request's signal aborts; a few solves run at once and a few wait, the rest are refused.
 */

/** At most this many seconds of HiGHS per run, also when the request's deadline is further away. */
export const MAX_SOLVER_SECONDS = 10;
/** Solves waiting for a thread beyond those running: more are refused (AssignmentSolverBusyError). */
const MAX_WAITING = 4;

export class AssignmentSolverBusyError extends Error {
  override readonly name = 'AssignmentSolverBusyError';
}

const extension = path.extname(__filename);
/** Running from the TypeScript sources (Jest, the tests' child hubs): the thread transpiles them on require, as those do. */
const SOURCE_LOADER = path.resolve(__dirname, '../../../test/support/transpile-require.cjs');

let pool: Piscina<SolverTask, SolverAnswer> | undefined;

function solverPool(): Piscina<SolverTask, SolverAnswer> {
  pool ??= new Piscina<SolverTask, SolverAnswer>({
    filename: path.join(__dirname, `solver-thread${extension}`),
    execArgv: extension === '.ts' ? ['-r', SOURCE_LOADER] : [],
    minThreads: 0,
    // One core stays with the event loop.
    maxThreads: Math.max(1, availableParallelism() - 1),
    maxQueue: MAX_WAITING,
    // A thread loads the HiGHS runtime once (about 150 ms); idle for a minute, it ends.
    idleTimeout: 60_000,
  });
  return pool;
}

/**
 * The exact optimum of `problem` and the greedy total it is measured against, computed in a
 * worker thread. Throws AssignmentNotSolvedError past the time limit, AssignmentSolverBusyError
 * when every thread is busy and the queue is full, and the signal's reason once it aborts.
 */
export async function solveOffThread(
  problem: AssignmentProblem,
  options: { signal: AbortSignal; timeLimitSeconds: number },
): Promise<{ optimum: AssignmentResult; greedy: AssignmentResult }> {
  options.signal.throwIfAborted();
  const solvers = solverPool();
  if (solvers.queueSize >= MAX_WAITING) throw new AssignmentSolverBusyError('Every assignment solver is busy.');
  let answer: SolverAnswer;
  try {
    answer = await solvers.run({ problem, timeLimitSeconds: options.timeLimitSeconds }, { signal: options.signal });
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (error instanceof Error && error.message === 'Task queue is at limit') throw new AssignmentSolverBusyError('Every assignment solver is busy.');
    throw error;
  }
  if ('notSolved' in answer) throw new AssignmentNotSolvedError(answer.notSolved);
  return answer;
}

/** Ends the solver threads (at shutdown; a later solve starts new ones). */
export async function closeAssignmentSolvers(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
