import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { TestHub } from './test-hub';
import { poll } from './eventually';

const ROOT = path.resolve(__dirname, '../..');
const LOADER = path.join(__dirname, 'transpile-require.cjs');

/** A hub process (`main.ts` or `worker.ts`) started from the sources, with its output kept for failures. */
export interface HubProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** What every test process gets: quiet, no demo data, no portal, no budgets in the way. */
const QUIET: Record<string, string> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  PORTAL_ENABLED: 'false',
  RATE_LIMIT_ENABLED: 'false',
  MIGRATE_ON_START: 'false',
};

export function startHubProcess(entry: 'main' | 'worker', port: number, env: Record<string, string>): HubProcess {
  const child = spawn(process.execPath, ['-r', LOADER, path.join(ROOT, 'src/app', `${entry}.ts`)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...QUIET, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Waits until `url` answers 200 (the hub answers /ready once it serves). */
export async function waitForOk(url: string, process?: HubProcess, timeoutMs = 90_000): Promise<void> {
  const answersOk = async () => {
    try {
      return (await fetch(url)).ok ? true : undefined;
    } catch {
      return undefined; // not listening yet
    }
  };
  await until(`${url} to answer 200`, answersOk, process, timeoutMs, 100);
}

/** Ends a process the test started, and waits for it (SIGKILL when it does not stop in time). */
export async function stopHubProcess(hub: HubProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (hub.child.exitCode !== null || hub.child.signalCode !== null) return;
  hub.child.kill(signal);
  const timer = setTimeout(() => hub.child.kill('SIGKILL'), 20_000);
  await hub.exited;
  clearTimeout(timer);
}

/** Asks `probe` until it answers other than undefined; fails with the process's output once it has ended or after `timeoutMs`. */
export function until<T>(what: string, probe: () => Promise<T | undefined>, process?: HubProcess, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  return poll(what, probe, {
    timeoutMs,
    everyMs,
    giveUp: () => (process && process.child.exitCode !== null ? `the process ended:\n${process.output()}` : undefined),
    details: process ? () => process.output() : undefined,
  });
}

/** Waits until a session of the hub's role waits for a lock in `hub`'s database (one the test holds on purpose). */
export async function untilWaitingForLock(what: string, hub: TestHub, process?: HubProcess): Promise<void> {
  const database = new URL(hub.ownerUrl).pathname.slice(1);
  await until(
    what,
    async () => {
      const [row] = await hub.sql<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = ? and usename = 'hub_app' and wait_event_type = 'Lock'`,
        [database],
      );
      return row!.waiting > 0 ? true : undefined;
    },
    process,
  );
}
