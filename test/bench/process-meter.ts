import { constants, PerformanceObserver } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';

/**
 * Preloaded (`-r`) into the servers the caseload cases compare: counts the main thread's GC
 * pauses and answers the bench's `process-meter?` message with the totals. The same meter in the
 * hub and in the bare baseline, so that their figures per request compare.
 */
export interface GcTotals {
  minorMs: number;
  majorMs: number;
  collections: number;
}

const QUESTION = 'process-meter?';

if (require.main !== module && process.send && process.env.BENCH_PROCESS_METER === '1') {
  const totals: GcTotals = { minorMs: 0, majorMs: 0, collections: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) totals.minorMs += entry.duration;
      else totals.majorMs += entry.duration;
      totals.collections++;
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('message', (message) => {
    if (message === QUESTION) process.send?.({ processMeter: totals });
  });
  // The channel must not keep a server alive that shuts down by letting its loop run dry.
  process.channel?.unref();
}

/** What `startChild` needs to load the meter into a server. */
export const withProcessMeter = { execArgv: ['-r', __filename], env: { BENCH_PROCESS_METER: '1' } };

/** The child's GC totals so far (zeros when it runs without the meter). */
export function gcTotalsOf(child: ChildProcess): Promise<GcTotals> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish({ minorMs: 0, majorMs: 0, collections: 0 }), 2000);
    const onMessage = (message: unknown) => {
      const totals = (message as { processMeter?: GcTotals } | null)?.processMeter;
      if (totals) finish(totals);
    };
    const finish = (totals: GcTotals) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(totals);
    };
    child.on('message', onMessage);
    child.send(QUESTION);
  });
}

/** CPU time (user + system) the process has used, in ms (Linux: /proc/<pid>/stat; NaN elsewhere). */
export function cpuMsOf(pid: number | undefined): number {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** Linux reports CPU time in clock ticks: 100 per second on every common configuration. */
const CLOCK_TICKS_PER_SECOND = 100;

/** What one server spent per request over a measured run: CPU and GC pauses, in ms. */
export interface Spent {
  cpuMs: number;
  gcMs: number;
  majorGcMs: number;
}

/** Runs `work` and returns what `child` spent on it, divided by `requests`. */
export async function spentPerRequest<T>(child: ChildProcess, requests: number, work: () => Promise<T>): Promise<{ result: T; spent: Spent }> {
  const gcBefore = await gcTotalsOf(child);
  const cpuBefore = cpuMsOf(child.pid);
  const result = await work();
  const cpuAfter = cpuMsOf(child.pid);
  const gcAfter = await gcTotalsOf(child);
  return {
    result,
    spent: {
      cpuMs: (cpuAfter - cpuBefore) / requests,
      gcMs: (gcAfter.minorMs + gcAfter.majorMs - gcBefore.minorMs - gcBefore.majorMs) / requests,
      majorGcMs: (gcAfter.majorMs - gcBefore.majorMs) / requests,
    },
  };
}

/** What a server spent over several runs, per request of them all. */
export class SpentTotal {
  private requests = 0;
  private readonly sum: Spent = { cpuMs: 0, gcMs: 0, majorGcMs: 0 };

  /** One run's figures per request, and how many requests it sent. */
  add(spent: Spent, requests: number): void {
    this.requests += requests;
    this.sum.cpuMs += spent.cpuMs * requests;
    this.sum.gcMs += spent.gcMs * requests;
    this.sum.majorGcMs += spent.majorGcMs * requests;
  }

  perRequest(): Spent {
    const { cpuMs, gcMs, majorGcMs } = this.sum;
    return { cpuMs: cpuMs / this.requests, gcMs: gcMs / this.requests, majorGcMs: majorGcMs / this.requests };
  }
}
