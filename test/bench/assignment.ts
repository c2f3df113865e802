import {
  AssignmentNotSolvedError,
  greedyAssignment,
  optimalityGapPercent,
  solveAssignment,
  type AssignmentOffer,
  type AssignmentProblem,
  type CandidatePair,
  type Household,
} from '../../src/matching/assignment';
import { solveByLp, solveByMip, type MipReport } from '../../src/matching/assignment/mip-solver';
import { indexProblem } from '../../src/matching/assignment/problem';

/**
 * The assignment benchmark (issue 10 §3): 1,000 clients and the offers within their travel
 * distance, synthetic but shaped like a district. Towns of different sizes on a 60 × 60 km map;
 * clients and offers scatter around them; each client reaches the offers within its maximum travel
 * distance (10–30 km); free seats 1–20 per offer, fewer in all than the clients want near the big
 * towns; the score in 0..1 mixes distance with a fit that differs per pair, rounded to 4 places as
 * a sum of factor contributions would be.
 *
 * Prints the solve time p50/p95 over BENCH_ASSIGNMENT_RUNS runs (7), the optimal total, the greedy
 * total (clients in the order given) and greedy's optimality gap; HiGHS solving the same problem as
 * an LP (an independent exact check of the total); the same with at most 40 clients per provider;
 * and, once each, the MIP with 5 % and with 20 % of the clients in households.
 *
 * `BENCH_ONLY=assignment npm run bench` runs only this (no database), as does
 * `node dist/test/bench/assignment.js` after a build.
 */
export interface SyntheticCaseload {
  readonly problem: AssignmentProblem;
  readonly stats: { clients: number; offers: number; seats: number; pairs: number; candidatesPerClient: { mean: number; min: number; max: number } };
}

export interface SyntheticOptions {
  readonly clients?: number;
  readonly offers?: number;
  readonly providers?: number;
  /** Share of clients living with others of this problem (households of 2–4). */
  readonly householdShare?: number;
  readonly providerLimit?: number;
  /** Free seats per offer are 1..maxSeats (20). */
  readonly maxSeats?: number;
}

export function syntheticCaseload(seed: number, options: SyntheticOptions = {}): SyntheticCaseload {
  const random = mulberry32(seed);
  const clientCount = options.clients ?? 1000;
  const offerCount = options.offers ?? 150;
  const providerCount = options.providers ?? 30;
  const size = 60;
  const towns = Array.from({ length: 12 }, (_, index) => ({ x: random() * size, y: random() * size, weight: 1 / (index + 1) }));
  const totalWeight = towns.reduce((sum, town) => sum + town.weight, 0);
  const place = (spread: number) => {
    let pick = random() * totalWeight;
    const town = towns.find((candidate) => (pick -= candidate.weight) <= 0) ?? towns[towns.length - 1];
    return { x: town.x + gaussian(random) * spread, y: town.y + gaussian(random) * spread };
  };

  const offers: AssignmentOffer[] = [];
  const offerPlaces = [];
  for (let index = 0; index < offerCount; index++) {
    offerPlaces.push(place(3));
    offers.push({ id: `offer-${String(index).padStart(4, '0')}`, seats: 1 + Math.floor(random() * (options.maxSeats ?? 20)), provider: `provider-${Math.floor(random() * providerCount)}` });
  }
  // Households (the first `householdShare` of the clients, 2–4 members) share a home and a travel distance.
  const share = options.householdShare ?? 0;
  const households: Household[] = [];
  const clients: string[] = [];
  const pairs: CandidatePair[] = [];
  const candidates: number[] = [];
  let home = place(6);
  let reach = 10 + random() * 20;
  let householdLeft = 0;
  let members: string[] = [];
  for (let index = 0; index < clientCount; index++) {
    const id = `client-${String(index).padStart(4, '0')}`;
    clients.push(id);
    if (householdLeft === 0) {
      home = place(6);
      reach = 10 + random() * 20;
      if (index < clientCount * share) {
        householdLeft = 2 + Math.floor(random() * 3);
        members = [];
        households.push({ id: `household-${index}`, members, whole: random() < 0.5 });
      }
    }
    if (householdLeft > 0) {
      members.push(id);
      householdLeft--;
    }
    const level = random();
    let count = 0;
    offerPlaces.forEach((spot, offer) => {
      const distance = Math.hypot(spot.x - home.x, spot.y - home.y);
      if (distance > reach) return;
      const fit = 1 - Math.abs(level - ((offer * 0.618) % 1));
      const score = 0.35 * (1 - distance / reach) + 0.45 * fit + 0.2 * random();
      pairs.push({ client: id, offer: offers[offer].id, score: Math.round(score * 1e4) / 1e4 });
      count++;
    });
    candidates.push(count);
  }

  const problem: AssignmentProblem = {
    clients,
    offers,
    pairs,
    ...(households.length > 0 ? { households } : {}),
    ...(options.providerLimit !== undefined ? { providerLimits: { default: options.providerLimit } } : {}),
  };
  return {
    problem,
    stats: {
      clients: clientCount,
      offers: offerCount,
      seats: offers.reduce((sum, offer) => sum + offer.seats, 0),
      pairs: pairs.length,
      candidatesPerClient: { mean: pairs.length / clientCount, min: Math.min(...candidates), max: Math.max(...candidates) },
    },
  };
}

/** Prints the figures; false when a target is missed or a check fails. */
export async function benchAssignment(): Promise<boolean> {
  const runs = Number(process.env.BENCH_ASSIGNMENT_RUNS ?? 7);
  const seed = Number(process.env.BENCH_ASSIGNMENT_SEED ?? 1);
  const { problem, stats } = syntheticCaseload(seed);
  console.log(
    `\nAssignment: ${stats.clients.toLocaleString('en')} clients, ${stats.offers} offers with ${stats.seats.toLocaleString('en')} free seats, ` +
      `${stats.pairs.toLocaleString('en')} candidate pairs (per client ${stats.candidatesPerClient.mean.toFixed(1)} on average, ${stats.candidatesPerClient.min}–${stats.candidatesPerClient.max}); seed ${seed}`,
  );

  const times: number[] = [];
  let optimal = await solveAssignment(problem);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    optimal = await solveAssignment(problem);
    times.push(performance.now() - started);
  }
  const greedyStarted = performance.now();
  const greedy = greedyAssignment(problem);
  const greedyMs = performance.now() - greedyStarted;
  const gap = optimalityGapPercent(optimal.totalScore, greedy.totalScore);
  const p95 = percentile(times, 0.95);
  console.log(`  min-cost flow: solve p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${runs} runs (after one warm-up; input checks and ordering included) => target <= 2000 ms ${p95 <= 2000 ? 'met' : 'MISSED'}`);
  console.log(`  optimal total ${optimal.totalScore.toFixed(4)} (${optimal.assignments.length} assigned, unassigned: ${reasons(optimal)})`);
  console.log(`  greedy total  ${greedy.totalScore.toFixed(4)} (${greedy.assignments.length} assigned, ${greedyMs.toFixed(1)} ms, unassigned: ${reasons(greedy)})`);
  console.log(`  optimality gap of greedy: ${gap.toFixed(2)} % (${(optimal.totalScore - greedy.totalScore).toFixed(4)} points)`);

  // The same problem as an LP for HiGHS: an exact solver written by others must agree on the total.
  const lpStarted = performance.now();
  const lp = (await solveByLp(indexProblem(problem))).toResult('MIP');
  const lpMs = performance.now() - lpStarted;
  const agrees = Math.abs(lp.totalScore - optimal.totalScore) <= 1e-6;
  console.log(`  HiGHS LP of the same b-matching: total ${lp.totalScore.toFixed(4)} in ${lpMs.toFixed(0)} ms => ${agrees ? 'agrees with the flow' : 'DISAGREES with the flow'}`);

  // Scarce seats (1–10 free per offer, fewer than the clients): more clients move and leave.
  const scarce = syntheticCaseload(seed, { maxSeats: 10 });
  const scarceTimes: number[] = [];
  let scarceOptimal = await solveAssignment(scarce.problem);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    scarceOptimal = await solveAssignment(scarce.problem);
    scarceTimes.push(performance.now() - started);
  }
  const scarceGreedy = greedyAssignment(scarce.problem);
  const scarceP95 = percentile(scarceTimes, 0.95);
  const scarceLp = (await solveByLp(indexProblem(scarce.problem))).toResult('MIP');
  const scarceAgrees = Math.abs(scarceLp.totalScore - scarceOptimal.totalScore) <= 1e-6;
  console.log(
    `  scarce seats (${scarce.stats.seats} for ${scarce.stats.clients} clients): p50 ${percentile(scarceTimes, 0.5).toFixed(1)} ms, p95 ${scarceP95.toFixed(1)} ms => target <= 2000 ms ${scarceP95 <= 2000 ? 'met' : 'MISSED'}; ` +
      `optimal ${scarceOptimal.totalScore.toFixed(4)} (${scarceOptimal.assignments.length} assigned), greedy ${scarceGreedy.totalScore.toFixed(4)} (${scarceGreedy.assignments.length}), gap ${optimalityGapPercent(scarceOptimal.totalScore, scarceGreedy.totalScore).toFixed(2)} %; ` +
      `HiGHS LP ${scarceLp.totalScore.toFixed(4)} => ${scarceAgrees ? 'agrees' : 'DISAGREES'}`,
  );

  // Side constraints. At most 40 clients per provider: still the flow.
  const limited = syntheticCaseload(seed, { providerLimit: 40 }).problem;
  const limitedTimes: number[] = [];
  let limitedOptimal = await solveAssignment(limited);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    limitedOptimal = await solveAssignment(limited);
    limitedTimes.push(performance.now() - started);
  }
  const limitedGreedy = greedyAssignment(limited);
  console.log(
    `  at most 40 clients per provider (flow): p50 ${percentile(limitedTimes, 0.5).toFixed(1)} ms, p95 ${percentile(limitedTimes, 0.95).toFixed(1)} ms; ` +
      `optimal ${limitedOptimal.totalScore.toFixed(4)}, greedy ${limitedGreedy.totalScore.toFixed(4)}, gap ${optimalityGapPercent(limitedOptimal.totalScore, limitedGreedy.totalScore).toFixed(2)} %`,
  );

  // Households kept together (MIP): 5 % and 20 % of the clients in households of 2–4, half of them whole.
  for (const householdShare of [0.05, 0.2]) {
    const constrained = syntheticCaseload(seed, { householdShare }).problem;
    const greedyTotal = greedyAssignment(constrained).totalScore;
    let mipReport: MipReport | undefined;
    const started = performance.now();
    try {
      const mip = (await solveByMip(indexProblem(constrained), {}, (report) => (mipReport = report))).toResult('MIP');
      const elapsed = performance.now() - started;
      console.log(
        `  ${constrained.households!.length} households (${householdShare * 100} % of the clients), MIP: ${elapsed.toFixed(0)} ms; ` +
          `optimal ${mip.totalScore.toFixed(4)}, greedy ${greedyTotal.toFixed(4)}, gap ${optimalityGapPercent(mip.totalScore, greedyTotal).toFixed(2)} %`,
      );
    } catch (error) {
      if (!(error instanceof AssignmentNotSolvedError)) throw error;
      console.log(`  ${constrained.households!.length} households (${householdShare * 100} % of the clients), MIP: not proven optimal within the time limit (${((performance.now() - started) / 1000).toFixed(1)} s): ${error.message}`);
    }
    if (mipReport) {
      console.log(
        `    bound ${mipReport.upperBound.toFixed(4)}, best assignment before branch and cut ${mipReport.lowerBound.toFixed(4)}; ` +
          `proven by ${mipReport.provenBy}${mipReport.lp ? ' after the LP relaxation' : ''}, ${mipReport.pairsToHighs.toLocaleString('en')} of ${mipReport.pairs.toLocaleString('en')} pairs to branch and cut`,
      );
    }
  }
  return agrees && scarceAgrees && p95 <= 2000 && scarceP95 <= 2000 && scarceGreedy.totalScore <= scarceOptimal.totalScore + 1e-9 && greedy.totalScore <= optimal.totalScore + 1e-9 && limitedGreedy.totalScore <= limitedOptimal.totalScore + 1e-9;
}

function reasons(result: { unassigned: ReadonlyArray<{ reason: string }> }): string {
  const counts = new Map<string, number>();
  for (const { reason } of result.unassigned) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ');
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A small seeded generator: the same seed, the same caseload. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (require.main === module) {
  benchAssignment().then((met) => {
    process.exitCode = met ? 0 : 1;
  }, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
