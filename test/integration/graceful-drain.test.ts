import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { startHubProcess, stopHubProcess, waitForOk, type HubProcess } from '../support/hub-process';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * SIGTERM on a real hub process (main.ts, as `npm start` runs it): a request in flight completes,
 * new connections are refused, and the process exits 0. The request is slow for a real reason: its
 * query waits for a table lock this test holds on its own connection.
 */
let hub: TestHub;
let server: HubProcess | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-drain-'));

beforeAll(async () => {
  hub = await createTestHub();
});

afterAll(async () => {
  if (server) await stopHubProcess(server, 'SIGKILL');
  await hub.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves with the error code of a fresh TCP connection to the port, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${server ? `\n${server.output()}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('finishes a request in flight at SIGTERM, refuses new connections, and exits 0', async () => {
  const port = await freePort();
  server = startHubProcess('main', port, { DATABASE_APP_URL: hub.appUrl, HUB_DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '30000' });
  await waitForOk(`${server.url}/ready`, server);
  const database = new URL(hub.ownerUrl).pathname.slice(1);

  const lock = new Client({ connectionString: hub.ownerUrl });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('lock table offer in access exclusive mode');
    let settled = false;
    const slow = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ offers(first: 1) { totalCount } }' }),
    }).then(async (response) => {
      settled = true;
      return { status: response.status, body: (await response.json()) as { data?: { offers: { totalCount: number } } } };
    });
    // In flight: its statement waits for the lock.
    await until('the request to wait for the lock', async () => {
      const [row] = await hub.sql<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = ? and usename = 'hub_app' and wait_event_type = 'Lock'`,
        [database],
      );
      return row!.waiting > 0 ? true : undefined;
    });

    server.child.kill('SIGTERM');
    // No longer accepting: a new connection is refused, which a balancer may retry elsewhere.
    await until('new connections to be refused', async () => ((await tryConnect(port)) === 'ECONNREFUSED' ? true : undefined));
    expect(settled).toBe(false);
    expect(server.child.exitCode).toBeNull();

    await lock.query('rollback');
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body.data?.offers.totalCount).toBeGreaterThan(0);
  } finally {
    await lock.end();
  }
  await expect(server.exited).resolves.toBe(0);
});
