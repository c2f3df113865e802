import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { startHubProcess, stopHubProcess, waitForOk, type HubProcess } from '../support/hub-process';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * A real hub process is not ready while its warm-ups run: the catalogue index (matching's warm-up)
 * reads every published offer, and a balancer must not send traffic that would wait for it. The
 * warm-up is slow for a real reason: its query waits for a table lock this test holds.
 */
let hub: TestHub;
let server: HubProcess | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-ready-'));

beforeAll(async () => {
  hub = await createTestHub();
});

afterAll(async () => {
  if (server) await stopHubProcess(server, 'SIGKILL');
  await hub.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${server ? `\n${server.output()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('answers /ready 503 "warming up" until the catalogue index has loaded, then 200', async () => {
  const database = new URL(hub.ownerUrl).pathname.slice(1);
  const lock = new Client({ connectionString: hub.ownerUrl });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('lock table offer in access exclusive mode');
    server = startHubProcess('main', await freePort(), { DATABASE_APP_URL: hub.appUrl, HUB_DATA_DIR: dataDir });
    await waitForOk(`${server.url}/health`, server);
    await until('the warm-up to wait for the lock', async () => {
      const [row] = await hub.sql<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = ? and usename = 'hub_app' and wait_event_type = 'Lock'`,
        [database],
      );
      return row!.waiting > 0 ? true : undefined;
    });

    const warming = await fetch(`${server.url}/ready`);
    expect(warming.status).toBe(503);
    expect(warming.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await warming.json()).toEqual({ status: 'warming up' });

    await lock.query('rollback');
    await waitForOk(`${server.url}/ready`, server, 20_000);
    expect(await (await fetch(`${server.url}/ready`)).json()).toEqual({ status: 'ready' });
  } finally {
    await lock.end();
  }
});
