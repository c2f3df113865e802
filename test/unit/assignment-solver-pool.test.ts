import { AssignmentNotSolvedError, solveAssignment, type AssignmentProblem } from '../../src/matching/assignment';
import { AssignmentSolverBusyError, closeAssignmentSolvers, solveOffThread } from '../../src/matching/assignment/solver-pool';

/**
 * The solvers run in worker threads: a MIP that runs to its time limit (HiGHS does not yield)
 * leaves the event loop free, an aborted request cuts its thread off, and a full queue is refused.
 */

/** A MIP HiGHS cannot prove within seconds: 200 clients in households of four, random scores over 500 offers of 1-3 seats. */
function hardProblem(seed: number): AssignmentProblem {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const clients = Array.from({ length: 200 }, (_, i) => `c${i}`);
  const offers = Array.from({ length: 500 }, (_, i) => ({ id: `o${i}`, seats: 1 + Math.floor(random() * 3) }));
  const pairs = clients.flatMap((client) => {
    const chosen = new Set<number>();
    while (chosen.size < 200) chosen.add(Math.floor(random() * offers.length));
    return [...chosen].map((offer) => ({ client, offer: `o${offer}`, score: Math.round(random() * 100) / 10 }));
  });
  const households = Array.from({ length: 50 }, (_, i) => ({ id: `h${i}`, members: clients.slice(i * 4, i * 4 + 4) }));
  return { clients, offers, pairs, households };
}

/** How busy the event loop was (0 to 1) while `work` ran, and how long it took. */
async function eventLoopBusy<T>(work: () => Promise<T>): Promise<{ utilization: number; tookMs: number; outcome: PromiseSettledResult<T> }> {
  const before = performance.eventLoopUtilization();
  const started = performance.now();
  const [outcome] = await Promise.allSettled([work()]);
  return { utilization: performance.eventLoopUtilization(before).utilization, tookMs: performance.now() - started, outcome };
}

afterAll(() => closeAssignmentSolvers());

const never = () => new AbortController().signal;

it('solves in a thread what it solves in the process', async () => {
  const problem: AssignmentProblem = {
    clients: ['a', 'b', 'c'],
    offers: [{ id: 'x', seats: 2 }, { id: 'y', seats: 1 }],
    pairs: [{ client: 'a', offer: 'x', score: 3 }, { client: 'a', offer: 'y', score: 1 }, { client: 'b', offer: 'x', score: 2 }, { client: 'b', offer: 'y', score: 2 }, { client: 'c', offer: 'x', score: 2 }],
    households: [{ id: 'h', members: ['b', 'c'] }],
  };
  const { optimum, greedy } = await solveOffThread(problem, { signal: never(), timeLimitSeconds: 5 });
  expect(optimum).toEqual(await solveAssignment(problem));
  expect(greedy.totalScore).toBeLessThanOrEqual(optimum.totalScore);
});

it('leaves the event loop free while HiGHS runs to its time limit, then says it was not solved', async () => {
  const { utilization, tookMs, outcome } = await eventLoopBusy(() => solveOffThread(hardProblem(7), { signal: never(), timeLimitSeconds: 2 }));
  expect(outcome.status).toBe('rejected');
  expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(AssignmentNotSolvedError);
  expect(tookMs).toBeGreaterThan(2000);
  // Solved in the process, the loop is busy nearly all the time (about 0.95); in a thread, it hands over the problem and waits.
  expect(utilization).toBeLessThan(0.3);
}, 60_000);

it('cuts the thread off when the request aborts', async () => {
  const controller = new AbortController();
  const reason = new Error('the deadline passed');
  setTimeout(() => controller.abort(reason), 300);
  const started = performance.now();
  await expect(solveOffThread(hardProblem(8), { signal: controller.signal, timeLimitSeconds: 30 })).rejects.toBe(reason);
  // Not the 30 s HiGHS was given.
  expect(performance.now() - started).toBeLessThan(10_000);
}, 60_000);

it('refuses a solve when every thread is busy and the queue is full, and serves again once they are done', async () => {
  const controller = new AbortController();
  const running = Array.from({ length: 16 }, (_, i) => solveOffThread(hardProblem(20 + i), { signal: controller.signal, timeLimitSeconds: 30 }));
  const settled = Promise.allSettled(running);
  await new Promise((resolve) => setTimeout(resolve, 100));
  controller.abort(new Error('done'));
  const outcomes = await settled;
  const refused = outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof AssignmentSolverBusyError);
  // At most a thread per core and four waiting; the others were refused at once.
  expect(refused.length).toBeGreaterThanOrEqual(16 - 4 - require('node:os').availableParallelism());
  expect(refused.length).toBeLessThan(16);
  const { optimum } = await solveOffThread({ clients: ['a'], offers: [{ id: 'x', seats: 1 }], pairs: [{ client: 'a', offer: 'x', score: 1 }] }, { signal: never(), timeLimitSeconds: 5 });
  expect(optimum.totalScore).toBe(1);
}, 60_000);
