import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../support/free-port';
import { startHubProcess, stopHubProcess, until, untilWaitingForLock, waitForOk, type HubProcess } from '../support/hub-process';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * A real hub process (main.ts, as `npm start` runs it) at both ends of its life. Starting, it is
 * not ready while its warm-ups run (the catalogue index reads every published offer): a balancer
 * must not send it traffic that would wait for them. At SIGTERM, a request in flight completes,
 * new connections are refused, and the process exits 0. The warm-up and the request are slow for
 * a real reason: their query waits for a table lock the test holds on its own connection.
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

it('answers /ready 503 "warming up" until the catalogue index has loaded, then 200', async () => {
  const lock = new Client({ connectionString: hub.ownerUrl });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('lock table offer in access exclusive mode');
    server = startHubProcess('main', await freePort(), { DATABASE_APP_URL: hub.appUrl, HUB_DATA_DIR: dataDir });
    await waitForOk(`${server.url}/health`, server);
    await untilWaitingForLock('the warm-up to wait for the lock', hub, server);

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
  await stopHubProcess(server);
});

it('finishes a request in flight at SIGTERM, refuses new connections, and exits 0', async () => {
  const port = await freePort();
  server = startHubProcess('main', port, { DATABASE_APP_URL: hub.appUrl, HUB_DATA_DIR: dataDir, SHUTDOWN_GRACE_MS: '30000' });
  await waitForOk(`${server.url}/ready`, server);

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
    await untilWaitingForLock('the request to wait for the lock', hub, server);

    server.child.kill('SIGTERM');
    // No longer accepting: a new connection is refused, which a balancer may retry elsewhere.
    await until('new connections to be refused', async () => ((await tryConnect(port)) === 'ECONNREFUSED' ? true : undefined), server);
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
