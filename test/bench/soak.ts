import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { appUrlFor, provisionAppLogin } from '../../src/core/database/app-role';
import { BENCH_KEY_RING_SPEC } from './caseload';
import { freePort } from './processes';
import { kinds, mulberry32, problemOf, subjectsOf, updateOf, type Kind } from './soak-mix';

/**
 * BENCH_ONLY=soak: the built hub (`node dist/src/app/main.js`) as a child process under a mixed
 * load for BENCH_SOAK_MINUTES (10 by default; fractions allowed) at BENCH_SOAK_CONCURRENCY (4).
 * Every 2 s: the child's RSS (/proc) and V8 heap (its own /metrics). At the end: idle vs peak RSS
 * against the 250 MB target, heap used and the live heap (just after full GCs) with their slopes
 * over the second half (growth or not), GC time, p50/p95 per kind.
 *
 * Writes: `clientUpdate` toggles the travel distance of 8 bench clients between its value and
 * value + 1 (restored at the end): rows stay as many; only the audit log grows, as with any read.
 */
const RSS_TARGET_MB = 250;
const GROWTH_LIMIT_MB_PER_MIN = 0.5;
/** Samples every 2 s (printed every 10 s): heap used is a sawtooth, its troughs (after full GCs) are the live heap. */
const SAMPLE_MS = 2_000;
const PRINT_EVERY = 5;
export const METRICS_TOKEN = 'bench-metrics-token-0123456789';
const MB = 1024 * 1024;
/** BENCH_SOAK_HEAP_SNAPSHOTS=<folder>: heap snapshots of the hub (after a full GC) when idle, after the first suggestion and at the end, to compare. */
const SNAPSHOTS = process.env.BENCH_SOAK_HEAP_SNAPSHOTS;

export interface BenchAuth {
  env: Record<string, string>;
  sign(claims: Record<string, unknown>): Promise<string>;
}

/** What the bench's child hubs get: production mode, the bench's identity provider and key ring, budgets that never refuse the load. */
export async function hubChildEnv(databaseUrl: string, auth: BenchAuth): Promise<Record<string, string>> {
  const appUrl = appUrlFor(databaseUrl, 'bench-app-password');
  await provisionAppLogin(databaseUrl, appUrl);
  return {
    ...auth.env,
    DATABASE_URL: databaseUrl,
    DATABASE_APP_URL: appUrl,
    CLIENT_DATA_KEYS: BENCH_KEY_RING_SPEC,
    RETENTION_INTERVAL_HOURS: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
    MIGRATE_ON_START: 'false',
    METRICS_TOKEN,
    RATE_LIMIT_POINTS_PER_SECOND: '1000000000',
    RATE_LIMIT_ANONYMOUS_POINTS: '1000000',
    RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: '1000000000',
  };
}

export interface HubChild {
  child: ChildProcess;
  url: string;
  /** ms from spawn to the first 200 on /ready, and on a tiny GraphQL query. */
  readyMs: number;
  graphqlMs: number;
  /** The last lines the child wrote, for a failure's message. */
  output: string[];
}

/** Spawns `command` (default: node dist/src/app/main.js) in `root` and waits for /ready and a GraphQL answer. */
export async function spawnHub(root: string, env: Record<string, string>, command: string[] = [process.execPath, 'dist/src/app/main.js']): Promise<HubChild> {
  const port = await freePort();
  const started = performance.now();
  // BENCH_HUB_NODE_ARGS: node flags for the hub (e.g. --heap-growing-percent=50); heap snapshots on SIGUSR2 with BENCH_SOAK_HEAP_SNAPSHOTS.
  const flags = [process.env.BENCH_HUB_NODE_ARGS, SNAPSHOTS && `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${SNAPSHOTS}`].filter(Boolean).join(' ');
  // On node's command line (NODE_OPTIONS refuses most V8 flags); `npm start` gets none.
  const args = command[0] === process.execPath ? [...flags.split(/\s+/).filter(Boolean), ...command.slice(1)] : command.slice(1);
  // `npm start` runs the hub as npm's child: a process group of its own, stopped as a whole.
  const detached = command[0] !== process.execPath;
  const child = spawn(command[0], args, { cwd: root, env: { ...process.env, NODE_OPTIONS: imageNodeOptions(root), ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached });
  // A bench that dies (an exception, a signal it handles) takes its hubs along.
  const orphaned = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(detached ? -child.pid! : child.pid!, 'SIGKILL');
  };
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const until = async (probe: () => Promise<boolean>): Promise<number> => {
    for (const deadline = Date.now() + 120_000; ; ) {
      if (exited !== undefined) throw new Error(`${command.join(' ')} exited with ${exited}:\n${output.join('\n')}`);
      if (await probe().catch(() => false)) return performance.now() - started;
      if (Date.now() > deadline) {
        await stopHub(child);
        throw new Error(`${command.join(' ')} was not ready within 2 minutes:\n${output.join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const readyMs = await until(async () => (await fetch(`${url}/ready`)).status === 200);
  const graphqlMs = await until(async () => (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status === 200);
  return { child, url, readyMs, graphqlMs, output };
}

/** The production image's NODE_OPTIONS (docker/Dockerfile), so that child hubs run as deployed; BENCH_HUB_NODE_OPTIONS overrides ('' for none). */
export function imageNodeOptions(root: string): string {
  if (process.env.BENCH_HUB_NODE_OPTIONS !== undefined) return process.env.BENCH_HUB_NODE_OPTIONS;
  return /^ENV NODE_OPTIONS=(.*)$/m.exec(readFileSync(path.join(root, 'docker/Dockerfile'), 'utf8'))?.[1].replace(/^"|"$/g, '') ?? '';
}

/** SIGTERM to the child's process group (the hub drains), and wait for its exit. */
export function stopHub(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // A detached child (npm start) leads its own group: the signal reaches npm and the hub.
    process.kill(child.spawnargs[0] === process.execPath ? child.pid! : -child.pid!, 'SIGTERM');
  });
}

interface Sample {
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** Full (mark-compact) GCs so far: a sample after a new one shows about the live heap. */
  majorGcs: number;
  /** Seconds spent in GC so far, all kinds. */
  gcSeconds: number;
}

/** SIGUSR2: the hub writes a heap snapshot (blocking); it answers /health again once written. */
async function snapshot(hub: HubChild, label: string): Promise<void> {
  if (!SNAPSHOTS) return;
  const started = performance.now();
  process.kill(hub.child.pid!, 'SIGUSR2');
  await new Promise((resolve) => setTimeout(resolve, 500));
  while (!(await fetch(`${hub.url}/health`).then((response) => response.ok, () => false))) await new Promise((resolve) => setTimeout(resolve, 200));
  console.log(`  heap snapshot "${label}" written to ${SNAPSHOTS} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function sample(hub: HubChild, since: number): Promise<Sample> {
  const status = readFileSync(`/proc/${hub.child.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  const metrics = await (await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const metric = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(metrics)?.[1] ?? NaN) / MB;
  return {
    seconds: (performance.now() - since) / 1000,
    rssMb: rssKb / 1024,
    heapUsedMb: metric('nodejs_heap_size_used_bytes'),
    heapTotalMb: metric('nodejs_heap_size_total_bytes'),
    externalMb: metric('nodejs_external_memory_bytes'),
    gcSeconds: [...metrics.matchAll(/^nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)/gm)].reduce((sum, match) => sum + Number(match[1]), 0),
    majorGcs: Number(/^nodejs_gc_duration_seconds_count\{kind="major"\} (\S+)/m.exec(metrics)?.[1] ?? 0),
  };
}

const peakRssMb = (hub: HubChild) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${hub.child.pid}/status`, 'utf8'))?.[1]) / 1024;

export async function benchSoak(options: { orm: MikroORM; databaseUrl: string; auth: BenchAuth; coordinator: { email: string; agency: string }; root: string }): Promise<boolean> {
  const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
  const concurrency = Number(process.env.BENCH_SOAK_CONCURRENCY ?? 4);
  if (!(minutes > 0) || !(concurrency >= 1)) throw new Error('BENCH_SOAK_MINUTES must be > 0 and BENCH_SOAK_CONCURRENCY >= 1');
  const subjects = await subjectsOf(options.orm, options.coordinator.agency);
  const token = await options.auth.sign({ sub: `bench:${options.coordinator.email}`, email: options.coordinator.email, roles: ['COORDINATOR'], agency: options.coordinator.agency });
  const headers = (signedIn: boolean) => ({ 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${token}` } : {}) });

  const hub = await spawnHub(options.root, await hubChildEnv(options.databaseUrl, options.auth));
  const since = performance.now();
  const mix = kinds(subjects);
  const latencies = new Map(mix.map((kind) => [kind.name, [] as number[]]));
  const errors = new Map<string, number>();
  const firstErrors: string[] = [];
  let requests = 0;
  const send = async (kind: Kind, random: () => number, worker: number) => {
    const { body, signedIn } = kind.request(random, worker);
    const started = performance.now();
    let problem: string | null;
    try {
      const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: headers(signedIn), body: JSON.stringify(body) });
      problem = problemOf(kind.name, response.status, await response.text());
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    latencies.get(kind.name)!.push(performance.now() - started);
    requests++;
    if (problem !== null) {
      errors.set(kind.name, (errors.get(kind.name) ?? 0) + 1);
      if (firstErrors.length < 5) firstErrors.push(`${kind.name}: ${problem}`);
    }
  };

  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = await sample(hub, since);
    await snapshot(hub, 'idle');
    // The first suggestion loads the catalogue index (every published offer, held in the process).
    await send(mix.find((kind) => kind.name === 'suggestions')!, mulberry32(7), 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const indexed = await sample(hub, since);
    await snapshot(hub, 'after the first suggestion');
    const flags = [imageNodeOptions(options.root), process.env.BENCH_HUB_NODE_ARGS].filter(Boolean).join(' ') || 'none';
    console.log(`\nSoak: ${minutes} min of mixed load at concurrency ${concurrency} against node dist/src/app/main.js (pid ${hub.child.pid}, node options: ${flags}); load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log(`  start-up: /ready after ${hub.readyMs.toFixed(0)} ms`);
    console.log(`  idle after start-up:           RSS ${idle.rssMb.toFixed(1)} MB, heap used ${idle.heapUsedMb.toFixed(1)} MB of ${idle.heapTotalMb.toFixed(1)} MB`);
    console.log(`  after the first suggestion:    RSS ${indexed.rssMb.toFixed(1)} MB, heap used ${indexed.heapUsedMb.toFixed(1)} MB of ${indexed.heapTotalMb.toFixed(1)} MB (catalogue index: +${(indexed.heapUsedMb - idle.heapUsedMb).toFixed(1)} MB heap, +${(indexed.rssMb - idle.rssMb).toFixed(1)} MB RSS)`);

    // BENCH_SOAK_KINDS=suggestions,offerFit: only those kinds (to tell which one costs the memory).
    const only = process.env.BENCH_SOAK_KINDS?.split(',');
    const weighted = mix.filter((kind) => !only || only.includes(kind.name)).flatMap((kind) => Array.from({ length: kind.weight }, () => kind));
    if (weighted.length === 0) throw new Error(`BENCH_SOAK_KINDS: none of ${mix.map((kind) => kind.name).join(', ')}`);
    const loadStarted = performance.now();
    const end = loadStarted + minutes * 60_000;
    const samples: Sample[] = [];
    const sampler = setInterval(() => {
      void sample(hub, loadStarted).then((s) => {
        samples.push(s);
        if (samples.length % PRINT_EVERY !== 0) return;
        const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
        console.log(`  ${s.seconds.toFixed(0).padStart(5)} s  requests ${String(requests).padStart(6)} (${(requests / s.seconds).toFixed(1)}/s)  errors ${errorCount}  RSS ${s.rssMb.toFixed(1)} MB  heap used ${s.heapUsedMb.toFixed(1)} / ${s.heapTotalMb.toFixed(1)} MB  external ${s.externalMb.toFixed(1)} MB`);
      }, (error: unknown) => console.log(`  sample failed: ${String(error)}`));
    }, SAMPLE_MS);
    requests = 0;
    for (const list of latencies.values()) list.length = 0;
    errors.clear();
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        const random = mulberry32(1000 + worker);
        for (let i = worker; performance.now() < end; i++) await send(weighted[i % weighted.length], random, worker);
      }),
    );
    clearInterval(sampler);
    const seconds = (performance.now() - loadStarted) / 1000;
    await snapshot(hub, 'end');
    // Leave the bench clients as they were.
    for (const traveller of subjects.travellers) {
      await fetch(`${hub.url}/graphql`, { method: 'POST', headers: headers(true), body: JSON.stringify(updateOf(traveller, false)) });
    }
    return report({ minutes, seconds, requests, latencies, errors, firstErrors, samples, idle, indexed, peakMb: peakRssMb(hub) });
  } finally {
    await stopHub(hub.child);
  }
}

function report(r: {
  minutes: number;
  seconds: number;
  requests: number;
  latencies: Map<string, number[]>;
  errors: Map<string, number>;
  firstErrors: string[];
  samples: Sample[];
  idle: Sample;
  indexed: Sample;
  peakMb: number;
}): boolean {
  const errorCount = [...r.errors.values()].reduce((a, b) => a + b, 0);
  console.log(`\nSoak result after ${(r.seconds / 60).toFixed(1)} min: ${r.requests.toLocaleString('en')} requests (${(r.requests / r.seconds).toFixed(1)}/s), ${errorCount} errors; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  for (const message of r.firstErrors) console.log(`  error: ${message}`);
  console.log('  kind            requests  errors   p50 ms   p95 ms');
  for (const [name, list] of r.latencies) {
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
    console.log(`  ${name.padEnd(15)} ${String(sorted.length).padStart(8)} ${String(r.errors.get(name) ?? 0).padStart(7)} ${at(0.5).toFixed(1).padStart(8)} ${at(0.95).toFixed(1).padStart(8)}`);
  }
  const sampledPeak = Math.max(...r.samples.map((s) => s.rssMb), r.indexed.rssMb);
  const rssMet = r.peakMb <= RSS_TARGET_MB;
  console.log(`  RSS: idle ${r.idle.rssMb.toFixed(1)} MB, with the catalogue index ${r.indexed.rssMb.toFixed(1)} MB, peak sampled ${sampledPeak.toFixed(1)} MB, peak (VmHWM) ${r.peakMb.toFixed(1)} MB => target <= ${RSS_TARGET_MB} MB ${rssMet ? 'met' : 'MISSED'}`);
  const half = r.samples.filter((s) => s.seconds >= r.seconds / 2);
  const slope = slopePerMinute(half.map((s) => [s.seconds / 60, s.heapUsedMb]));
  const rssSlope = slopePerMinute(half.map((s) => [s.seconds / 60, s.rssMb]));
  // Garbage waits for the next full GC, so heap used saws up and down by tens of MB: the live
  // heap's growth shows in the samples taken just after a full GC.
  const afterGc = half.filter((s) => s.majorGcs > (r.samples[r.samples.indexOf(s) - 1]?.majorGcs ?? Infinity));
  const liveSlope = slopePerMinute(afterGc.map((s) => [s.seconds / 60, s.heapUsedMb]));
  const heap = r.samples.map((s) => s.heapUsedMb);
  const judged = afterGc.length >= 3;
  const grows = judged && !(liveSlope < GROWTH_LIMIT_MB_PER_MIN);
  console.log(`  heap used: ${Math.min(...heap).toFixed(1)}–${Math.max(...heap).toFixed(1)} MB; over the second half (${half.length} samples): slope ${slope.toFixed(2)} MB/min (RSS ${rssSlope.toFixed(2)} MB/min)`);
  const majorGcs = r.samples.at(-1)!.majorGcs - r.samples[0].majorGcs;
  const gcSeconds = r.samples.at(-1)!.gcSeconds - r.samples[0].gcSeconds;
  console.log(`  GC: ${gcSeconds.toFixed(1)} s in ${(r.samples.at(-1)!.seconds - r.samples[0].seconds).toFixed(0)} s of load (${((100 * gcSeconds) / r.seconds).toFixed(1)} %), ${majorGcs} full GCs`);
  console.log(
    `  live heap (heap used right after a full GC, ${afterGc.length} samples: ${Math.min(...afterGc.map((s) => s.heapUsedMb)).toFixed(1)}–${Math.max(...afterGc.map((s) => s.heapUsedMb)).toFixed(1)} MB): slope ${liveSlope.toFixed(2)} MB/min => ` +
      `${!judged ? 'too few full GCs in the second half to judge (run longer)' : grows ? `GROWS (>= ${GROWTH_LIMIT_MB_PER_MIN} MB/min)` : `no growth (< ${GROWTH_LIMIT_MB_PER_MIN} MB/min)`}`,
  );
  return rssMet && !grows && errorCount === 0;
}

/** Least-squares slope of y over x; NaN with fewer than two points. */
function slopePerMinute(points: Array<[number, number]>): number {
  if (points.length < 2) return NaN;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

