import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestHub } from './test-hub';

const ROOT = path.resolve(__dirname, '../..');

export interface ChildHub {
  /** `http://127.0.0.1:<port>`, no path. */
  url: string;
  /** Every line the process wrote to stdout so far (pino's JSON lines among them). */
  lines: string[];
  stop(): Promise<void>;
}

/**
 * The hub as `npm start` runs it (src/app/main.ts, transpiled on require by ts-register.js), in a
 * child process on `hub`'s database as the app role, listening on a free loopback port. A
 * process of its own, because OpenTelemetry patches modules through Node's require, which Jest's
 * module system bypasses. `env` adds to a development configuration without demo data or jobs.
 */
export async function startChildHub(hub: TestHub, env: Record<string, string> = {}): Promise<ChildHub> {
  const child: ChildProcess = spawn(process.execPath, ['-r', path.join(ROOT, 'test/support/ts-register.js'), path.join(ROOT, 'src/app/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      DATABASE_APP_URL: hub.appUrl,
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      PORTAL_ENABLED: 'false',
      RETENTION_INTERVAL_HOURS: '0',
      HUB_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'hub-child-')),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let errors = '';
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = lines.map((line) => /ready at (http:\/\/[^/\s]+)\/graphql/.exec(line)).find(Boolean);
      if (ready) {
        clearInterval(timer);
        resolve(ready[1].replace('localhost', '127.0.0.1'));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`The hub exited (${code}) before it was ready:\n${errors}\n${lines.join('\n')}`));
    });
  });

  return {
    url,
    lines,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
