import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The built API entry point, as `npm start` runs it; BENCH_HUB_MAIN: another build's, to compare. */
export const HUB_MAIN = process.env.BENCH_HUB_MAIN ?? path.resolve(__dirname, '../../src/app/main.js');

export interface Child {
  child: ChildProcess;
  url: string;
  /** ms from the fork to the first 200 on /ready (the hub's warm-ups included). */
  readyMs: number;
}

/**
 * Forks `script` with `env` (PORT among it) and `execArgv` (Node's flags), and waits until its
 * /ready answers 200: the hub's warm-ups (the catalogue index) must not run into a measurement.
 */
export function startChild(script: string, env: Record<string, string>, execArgv: string[] = []): Promise<Child> {
  const child = fork(script, [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = `http://127.0.0.1:${env.PORT}`;
  const started = Date.now();
  const deadline = started + 60_000;
  return new Promise((resolve, reject) => {
    const early = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
    child.once('exit', early);
    const poll = async () => {
      try {
        const response = await fetch(`${url}/ready`);
        if (response.status === 200) {
          child.off('exit', early);
          return resolve({ child, url, readyMs: Date.now() - started });
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.off('exit', early);
        child.kill('SIGTERM');
        return reject(new Error(`${script} did not start within a minute`));
      }
      setTimeout(poll, 200);
    };
    void poll();
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}


/** Resident memory of a process now and at its peak, in MiB (Linux: /proc/<pid>/status). */
export function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The tests' helper: a loopback port nothing listens on right now. */
export { freePort } from '../support/free-port';
