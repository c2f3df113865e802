import loadHighs, { type Highs } from 'highs';
import { solveByFlow } from './flow-solver';
import { placeGreedily } from './greedy';
import type { IndexedProblem } from './problem';
import { AssignmentState } from './state';

/** HiGHS could not prove an optimum (time limit, or a solver failure): no proposal is better than a wrong one. */
export class AssignmentNotSolvedError extends Error {
  override readonly name = 'AssignmentNotSolvedError';
}

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process (about 150 ms). */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

/** Drops the runtime after HiGHS aborted (out of WebAssembly memory): its state is lost; the next solve loads a fresh one. */
export function discardHighsRuntime(): void {
  runtime = undefined;
}

export interface MipOptions {
  /** Gives up (AssignmentNotSolvedError) after this many seconds per HiGHS run; default 10. */
  readonly timeLimitSeconds?: number;
  /** Skip the shortcuts (bounds, fixing) and hand every pair to branch and cut: for tests of the model itself. */
  readonly alwaysBranchAndCut?: boolean;
}

/** What the MIP path did, for benchmarks and tests. */
export interface MipReport {
  /** The tightest upper bound (the flow without households, or the LP relaxation), and the best household-feasible total found before branch and cut. */
  readonly upperBound: number;
  readonly lowerBound: number;
  /** Pairs handed to HiGHS's branch and cut after those no optimum can use were set aside (0 when not needed). */
  readonly pairsToHighs: number;
  readonly pairs: number;
  /**
   * What proved the optimum: the flow without households happened to keep them (`FLOW`), a
   * household-feasible assignment met a bound (`BOUND`), or HiGHS's branch and cut (`BRANCH_AND_CUT`).
   */
  readonly provenBy: 'FLOW' | 'BOUND' | 'BRANCH_AND_CUT';
  /** Whether the LP relaxation was solved. */
  readonly lp: boolean;
}

/**
 * Households keep their members in one offer, which no flow network expresses: this is the
 * b-matching as an integer program, solved to proven optimality by HiGHS's branch and cut:
 *
 *   max Σ score·x   x[c,o] ∈ {0,1} per listed pair, y[h,o] ∈ {0,1} per household and offer
 *   Σ_o x[c,o] ≤ 1 (client)   Σ_c x[c,o] ≤ seats[o] (offer)   Σ over a provider's offers ≤ limit
 *   Σ_o y[h,o] ≤ 1 (household)   x[c,o] ≤ y[h,o] for each member c, or = y[h,o] when whole
 *
 * (When whole, y exists only for offers that list every member.) HiGHS alone takes 10–20 s on
 * 1,000 clients × 45 pairs (presolve, root node and heuristics over 45,000 binaries), so first,
 * exactly ("reduced-cost fixing"): any dual prices give an upper bound U on every assignment's
 * total, and for each pair j a reduced cost r_j such that an assignment using j totals at most
 * U − r_j. With a household-feasible assignment of total L in hand, the pairs with U − r_j < L are in
 * no optimum and are left out.
 * 1. The flow without households gives U and r_j for free. If its optimum happens to keep the
 *    households, it is the answer.
 * 2. L: each household pinned to one offer (where the flow put most of its members), the flow over
 *    everyone else; or greedy. If U − L is within rounding, that is the answer.
 * 3. If the flow's bound is too loose to leave out many pairs, the LP relaxation (HiGHS simplex)
 *    gives a tighter U and r_j (recomputed here from its row prices, so the bound holds whatever
 *    HiGHS's rounding), and a better L (households pinned where the LP puts them).
 * 4. HiGHS solves the MIP over the pairs left, starting from the best assignment found.
 * The gap is closed completely (mip_rel_gap 0, mip_abs_gap below any score difference); the answer is
 * rounded, re-checked against every limit, and topped up greedily with pairs that still fit (they
 * can only add 0: anything more would contradict the proof).
 */
export async function solveByMip(problem: IndexedProblem, options: MipOptions = {}, report?: (report: MipReport) => void): Promise<AssignmentState> {
  const pairs = problem.pairClient.length;
  const relaxation = solveByFlow(problem);
  let upperBound = relaxation.upperBound;
  if (options.alwaysBranchAndCut) {
    const keepAll = Uint8Array.from(problem.pairOffer, (offer) => (problem.seats[offer] > 0 ? 1 : 0));
    const solved = await runHighs(problem, keepAll, undefined, options);
    report?.({ upperBound, lowerBound: solved.total(), pairsToHighs: keepAll.reduce((sum, one) => sum + one, 0), pairs, provenBy: 'BRANCH_AND_CUT', lp: false });
    placeGreedily(solved, canonicalOrder(problem));
    return solved;
  }
  if (keepsHouseholds(problem, relaxation.state)) {
    report?.({ upperBound, lowerBound: relaxation.state.total(), pairsToHighs: 0, pairs, provenBy: 'FLOW', lp: false });
    return relaxation.state;
  }
  let incumbent = bestOf(pinnedHouseholds(problem, (pair) => (relaxation.state.chosen[problem.pairClient[pair]] === pair ? 1 : 0)), greedily(problem));
  const margin = () => 1e-7 * Math.max(1, Math.abs(upperBound));
  const done = () => upperBound - incumbent.total() <= margin();
  const keep = new Uint8Array(pairs);
  let kept = 0;
  const fix = (reducedCost: (pair: number) => number) => {
    kept = 0;
    for (let pair = 0; pair < pairs; pair++) {
      keep[pair] = keep[pair] && upperBound - reducedCost(pair) >= incumbent.total() - margin() ? 1 : 0;
      kept += keep[pair];
    }
  };
  for (let pair = 0; pair < pairs; pair++) keep[pair] = problem.seats[problem.pairOffer[pair]] > 0 ? 1 : 0;
  if (!done()) fix((pair) => relaxation.reducedCost[pair]);

  let lpSolved = false;
  if (!done() && kept > pairs / 4) {
    lpSolved = true;
    const lp = await solveRelaxation(problem, keep, options);
    upperBound = Math.min(upperBound, lp.upperBound);
    incumbent = bestOf(incumbent, pinnedHouseholds(problem, (pair) => lp.value[pair]));
    if (!done()) fix((pair) => lp.reducedCost[pair]);
  }
  if (done()) {
    report?.({ upperBound, lowerBound: incumbent.total(), pairsToHighs: 0, pairs, provenBy: 'BOUND', lp: lpSolved });
    return incumbent;
  }
  report?.({ upperBound, lowerBound: incumbent.total(), pairsToHighs: kept, pairs, provenBy: 'BRANCH_AND_CUT', lp: lpSolved });
  const solved = await runHighs(problem, keep, incumbent, options);
  placeGreedily(solved, canonicalOrder(problem));
  return solved.total() >= incumbent.total() ? solved : incumbent;
}

/**
 * The LP relaxation of the problem without households, by HiGHS's simplex: the constraint matrix is
 * totally unimodular, so its optimal vertex is integral. An exact solver written by others, for the
 * tests and the benchmark to check the flow against.
 */
export async function solveByLp(problem: IndexedProblem): Promise<AssignmentState> {
  if (problem.households.length > 0) throw new Error('the LP check is for problems without households');
  const highs = await highsRuntime();
  const model = buildModel(highs, problem, new Uint8Array(problem.pairClient.length).fill(1), undefined);
  const state = new AssignmentState(problem);
  if (model.data.numCols === 0) return state;
  const solution = solve(highs, model, {}, 'lp');
  model.pairOf.forEach((pair, column) => {
    const value = solution.colValue[column];
    if (Math.abs(value - Math.round(value)) > 1e-6) throw new AssignmentNotSolvedError(`HiGHS returned a fractional value ${value}`);
    if (value > 0.5) state.assign(problem.pairClient[pair], pair);
  });
  return state;
}

/**
 * The LP relaxation with households over the kept pairs: its bound, the LP value per pair, and
 * per pair a reduced cost against that bound. The bound is recomputed from HiGHS's row prices
 * (any prices of the right signs bound every feasible total; a price of the wrong sign, from
 * rounding, is read as 0), so it holds whatever HiGHS's tolerances did.
 */
async function solveRelaxation(problem: IndexedProblem, keep: Uint8Array, options: MipOptions): Promise<{ upperBound: number; value: Float64Array; reducedCost: Float64Array }> {
  const highs = await highsRuntime();
  const model = buildModel(highs, problem, keep, undefined);
  const pairs = problem.pairClient.length;
  const value = new Float64Array(pairs);
  const reducedCost = new Float64Array(pairs);
  const { data } = model;
  if (data.numCols === 0) return { upperBound: 0, value, reducedCost };
  const solution = solve(highs, model, options, 'lp');
  let best: { bound: number; reduced: Float64Array } | undefined;
  for (const sign of [1, -1]) {
    const price = Float64Array.from(solution.rowDual, (dual, row) => {
      const y = sign * dual;
      if (y > 0) return Number.isFinite(data.rowUpper[row]) && data.rowUpper[row] < highs.infinity ? y : 0;
      if (y < 0) return Number.isFinite(data.rowLower[row]) && data.rowLower[row] > -highs.infinity ? y : 0;
      return 0;
    });
    // d = c − Aᵀy; bound = Σ_rows y·(the bound it prices) + Σ_columns max(0, d)·upper.
    const reduced = Float64Array.from(data.colCost);
    let bound = 0;
    for (let row = 0; row < data.numRows; row++) {
      if (price[row] === 0) continue;
      bound += price[row] * (price[row] > 0 ? data.rowUpper[row] : data.rowLower[row]);
      for (let at = data.matrix.starts[row]; at < data.matrix.starts[row + 1]; at++) reduced[data.matrix.indices[at]] -= price[row] * data.matrix.values[at];
    }
    for (let column = 0; column < data.numCols; column++) bound += Math.max(0, reduced[column]) * data.colUpper[column];
    if (!best || bound < best.bound) best = { bound, reduced };
  }
  model.pairOf.forEach((pair, column) => {
    value[pair] = solution.colValue[column];
    // Taking pair j (x_j = 1) costs at least −d_j against the bound when d_j < 0.
    reducedCost[pair] = Math.max(0, -best!.reduced[column]);
  });
  return { upperBound: best!.bound, value, reducedCost };
}

async function runHighs(problem: IndexedProblem, keep: Uint8Array, start: AssignmentState | undefined, options: MipOptions): Promise<AssignmentState> {
  const highs = await highsRuntime();
  const model = buildModel(highs, problem, keep, start);
  const state = new AssignmentState(problem);
  if (model.data.numCols === 0) return state;
  const solution = solve(highs, model, options, 'mip');
  model.pairOf.forEach((pair, column) => {
    const value = solution.colValue[column];
    if (Math.abs(value - Math.round(value)) > 1e-6) throw new AssignmentNotSolvedError(`HiGHS returned a fractional value ${value}`);
    if (value > 0.5) state.assign(problem.pairClient[pair], pair);
  });
  return state;
}

interface Model {
  readonly data: {
    numCols: number;
    numRows: number;
    colCost: Float64Array;
    colUpper: Float64Array;
    rowLower: Float64Array;
    rowUpper: Float64Array;
    matrix: ReturnType<RowBuilder['csr']>;
  };
  /** The pair of each x column (the y columns follow them). */
  readonly pairOf: readonly number[];
  readonly startValue: Float64Array | undefined;
}

function buildModel(highs: Highs, problem: IndexedProblem, keep: Uint8Array, start: AssignmentState | undefined): Model {
  const rows = new RowBuilder();
  const clientRow = new Int32Array(problem.clientIds.length).fill(-1);
  const offerRow = new Int32Array(problem.offerIds.length).fill(-1);
  const providerRow = new Int32Array(problem.providerIds.length).fill(-1);
  const colCost: number[] = [];
  const colUpper: number[] = [];
  const startValue: number[] = [];
  const columnOf = new Int32Array(problem.pairClient.length).fill(-1);
  const pairOf: number[] = [];

  for (let pair = 0; pair < problem.pairClient.length; pair++) {
    const offer = problem.pairOffer[pair];
    if (!keep[pair] || problem.seats[offer] === 0) continue;
    const client = problem.pairClient[pair];
    const provider = problem.offerProvider[offer];
    const column = colCost.length;
    columnOf[pair] = column;
    pairOf.push(pair);
    colCost.push(problem.pairScore[pair]);
    colUpper.push(1);
    startValue.push(start?.chosen[client] === pair ? 1 : 0);
    if (clientRow[client] === -1) clientRow[client] = rows.add(1);
    if (offerRow[offer] === -1) offerRow[offer] = rows.add(problem.seats[offer]);
    rows.put(clientRow[client], column, 1);
    rows.put(offerRow[offer], column, 1);
    if (provider >= 0 && problem.providerLimit[provider] !== Infinity) {
      if (providerRow[provider] === -1) providerRow[provider] = rows.add(problem.providerLimit[provider]);
      rows.put(providerRow[provider], column, 1);
    }
  }
  problem.households.forEach((household, index) => {
    const columnsAt = new Map<number, number[]>();
    for (const member of household.members) {
      for (let pair = problem.clientStart[member]; pair < problem.clientStart[member + 1]; pair++) {
        if (columnOf[pair] === -1) continue;
        const offer = problem.pairOffer[pair];
        columnsAt.set(offer, [...(columnsAt.get(offer) ?? []), columnOf[pair]]);
      }
    }
    const choice = rows.add(1);
    for (const offer of [...columnsAt.keys()].sort((a, b) => a - b)) {
      const columns = columnsAt.get(offer)!;
      if (household.whole && (columns.length < household.members.length || problem.seats[offer] < household.members.length)) {
        for (const column of columns) colUpper[column] = 0;
        continue;
      }
      const y = colCost.length;
      colCost.push(0);
      colUpper.push(1);
      startValue.push(start?.householdOffer[index] === offer ? 1 : 0);
      rows.put(choice, y, 1);
      for (const column of columns) {
        const link = rows.add(0, household.whole ? 0 : -Infinity);
        rows.put(link, column, 1);
        rows.put(link, y, -1);
      }
    }
  });
  return {
    data: {
      numCols: colCost.length,
      numRows: rows.count,
      colCost: Float64Array.from(colCost),
      colUpper: Float64Array.from(colUpper),
      rowLower: Float64Array.from(rows.lower, (bound) => (bound === -Infinity ? -highs.infinity : bound)),
      rowUpper: Float64Array.from(rows.upper),
      matrix: rows.csr(colCost.length),
    },
    pairOf,
    startValue: start ? Float64Array.from(startValue) : undefined,
  };
}

function solve(highs: Highs, model: Model, options: MipOptions, kind: 'lp' | 'mip'): { colValue: Float64Array; rowDual: Float64Array } {
  const { data } = model;
  const result = highs.withModel(
    {
      ...data,
      sense: highs.constants.objectiveSense.maximize,
      colLower: new Float64Array(data.numCols),
      ...(kind === 'mip' ? { integrality: new Int32Array(data.numCols).fill(highs.constants.variableType.integer) } : {}),
    },
    (instance) => {
      instance.options.set({
        output_flag: false,
        mip_rel_gap: 0,
        mip_abs_gap: 1e-9,
        time_limit: options.timeLimitSeconds ?? 10,
        ...(kind === 'lp' ? { solver: 'simplex' } : {}),
      });
      if (kind === 'mip' && model.startValue) instance.setSolution({ colValue: model.startValue });
      instance.run();
      const solution = instance.getSolution();
      return { status: instance.getModelStatus(), colValue: solution.colValue, rowDual: solution.rowDual };
    },
  );
  if (result.status !== highs.constants.modelStatus.optimal) {
    throw new AssignmentNotSolvedError(`HiGHS ended with model status ${result.status}, not optimal`);
  }
  return result;
}

/** Whether the households are kept as they must be (the flow's optimum may happen to keep them). */
function keepsHouseholds(problem: IndexedProblem, state: AssignmentState): boolean {
  return problem.households.every(({ members, whole }) => {
    const offers = new Set(members.map((member) => state.chosen[member]).filter((pair) => pair !== -1).map((pair) => problem.pairOffer[pair]));
    const placed = members.filter((member) => state.chosen[member] !== -1).length;
    return offers.size <= 1 && (!whole || placed === 0 || placed === members.length);
  });
}

/**
 * A household-feasible assignment near a relaxation's optimum: each household pinned to one offer
 * (where the relaxation puts most of its members, by `weight` per pair; else where they score best;
 * a whole household's seats reserved there first), the flow over everyone else, then greedy top-up.
 */
function pinnedHouseholds(problem: IndexedProblem, weight: (pair: number) => number): AssignmentState {
  const allowed = new Uint8Array(problem.pairClient.length).fill(1);
  const seats = Int32Array.from(problem.seats);
  const providerLimit = Float64Array.from(problem.providerLimit);
  const reserved: number[] = [];
  for (const { members, whole } of problem.households) {
    const byOffer = new Map<number, { pairs: number[]; placed: number; sum: number }>();
    for (const member of members) {
      for (let pair = problem.clientStart[member]; pair < problem.clientStart[member + 1]; pair++) {
        allowed[pair] = 0;
        const offer = problem.pairOffer[pair];
        const entry = byOffer.get(offer) ?? { pairs: [], placed: 0, sum: 0 };
        entry.pairs.push(pair);
        entry.placed += weight(pair);
        entry.sum += Math.max(0, problem.pairScore[pair]);
        byOffer.set(offer, entry);
      }
    }
    let pick = -1;
    for (const offer of [...byOffer.keys()].sort((a, b) => a - b)) {
      const entry = byOffer.get(offer)!;
      const provider = problem.offerProvider[offer];
      const room = Math.min(seats[offer], provider < 0 ? Infinity : providerLimit[provider]);
      if (whole && (entry.pairs.length < members.length || room < members.length)) continue;
      const best = pick === -1 ? undefined : byOffer.get(pick)!;
      if (!best || entry.placed > best.placed || (entry.placed === best.placed && entry.sum > best.sum)) pick = offer;
    }
    if (pick === -1) continue;
    const chosen = byOffer.get(pick)!;
    if (!whole) {
      for (const pair of chosen.pairs) allowed[pair] = 1;
    } else if (chosen.placed >= members.length / 2 && chosen.pairs.reduce((sum, pair) => sum + problem.pairScore[pair], 0) >= 0) {
      // A whole household takes its seats only where the relaxation puts at least half of it.
      seats[pick] -= members.length;
      if (problem.offerProvider[pick] >= 0) providerLimit[problem.offerProvider[pick]] -= members.length;
      reserved.push(...chosen.pairs);
    }
  }
  const { state } = solveByFlow(problem, { allowed, seats, providerLimit });
  for (const pair of reserved) state.assign(problem.pairClient[pair], pair);
  placeGreedily(state, canonicalOrder(problem));
  return state;
}

function greedily(problem: IndexedProblem): AssignmentState {
  const state = new AssignmentState(problem);
  placeGreedily(state, canonicalOrder(problem));
  return state;
}

function bestOf(first: AssignmentState, second: AssignmentState): AssignmentState {
  return second.total() > first.total() ? second : first;
}

function canonicalOrder(problem: IndexedProblem): Int32Array {
  return Int32Array.from(problem.clientIds, (_, client) => client);
}

/** Constraint rows `lower ≤ Σ value·x ≤ upper`, built row by row, handed over as CSR. */
class RowBuilder {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  private readonly entries: Array<Array<[number, number]>> = [];

  get count(): number {
    return this.upper.length;
  }

  add(upper: number, lower = -Infinity): number {
    this.lower.push(lower);
    this.upper.push(upper);
    this.entries.push([]);
    return this.upper.length - 1;
  }

  put(row: number, column: number, value: number): void {
    this.entries[row].push([column, value]);
  }

  csr(columns: number): { format: 'csr'; numRows: number; numCols: number; starts: Int32Array; indices: Int32Array; values: Float64Array } {
    const size = this.entries.reduce((sum, row) => sum + row.length, 0);
    const starts = new Int32Array(this.entries.length + 1);
    const indices = new Int32Array(size);
    const values = new Float64Array(size);
    let at = 0;
    this.entries.forEach((row, index) => {
      row.sort((a, b) => a[0] - b[0]);
      for (const [column, value] of row) {
        indices[at] = column;
        values[at++] = value;
      }
      starts[index + 1] = at;
    });
    return { format: 'csr', numRows: this.entries.length, numCols: columns, starts, indices, values };
  }
}
