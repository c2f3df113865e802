import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/core/config';
import { appUrlFor } from '../../src/core/database/app-role';
import { createHubOrm } from '../../src/app/hub';
import { withRequestSignal } from '../../src/core/database/orm';
import { applySettings } from '../../src/core/database/tenant-settings';
import { RequestAbortedError } from '../../src/core/errors';
import { toGlobalId } from '../../src/core/relay/global-id';
import { SignInService } from '../../src/tenancy/sign-in.service';
import { TEST_ADMIN_URL_ENV, TEST_APP_PASSWORD, databaseUrl } from '../support/test-database';
import { createTestIssuer, type TestIssuer } from '../support/test-issuer';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';
import { eventually } from '../support/eventually';

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions: { code: string; requestId?: string } }>;
}

/** The deadline of the main test server: short, so a blocked request passes it quickly. */
const REQUEST_MS = 1500;

let hub: TestHub;
let issuer: TestIssuer;
let ownerUrl: string;
let base: string;
let patientBase: string;
let managerToken: string;
const servers: TestHttp[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** Starts a server that afterAll stops; returns its URL. */
async function listen(options: Parameters<typeof startTestHttp>[1]): Promise<string> {
  const http = await startTestHttp(hub, options);
  servers.push(http);
  return http.url;
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  hub = await createTestHub();
  const [{ name }] = await hub.sql<{ name: string }>('select current_database() as name');
  ownerUrl = databaseUrl(process.env[TEST_ADMIN_URL_ENV]!, name);
  // Real tokens, and the real sign-in against this test's database.
  const signIn = new SignInService(hub.orm);
  issuer = await createTestIssuer({ apiKey: async () => null, user: (claims) => signIn.viewerFor(claims) });
  const server = (requestMs: number) => ({ authenticate: issuer.authenticate, config: loadConfig({ NODE_ENV: 'test', REQUEST_TIMEOUT_MS: String(requestMs) }) });
  base = await listen(server(REQUEST_MS));
  // Only a disconnect ends its requests early.
  patientBase = await listen(server(60_000));
  managerToken = await issuer.sign({ sub: 'manager-deadline', roles: ['MANAGER'], agency: 'lra-tuebingen', email: 'manager-deadline@example.test', name: 'Deadline Test' });
  // Signed in once before any table is locked: sign-in itself is not what these tests block.
  const warmup = await graphql(base, CASELOAD);
  expect(warmup.status).toBe(200);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  for (const server of servers) await server.close();
  await hub.close();
});

const CASELOAD = '{ caseload(first: 5) { totalCount edges { node { id familyName } } } }';

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token: string | null = managerToken) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/**
 * Work of the app role in this database still under way: a transaction left open, or a
 * statement running (not this check itself, which runs as the owner anyway).
 */
async function openAppWork(): Promise<number> {
  const [row] = await hub.sql<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
      where datname = current_database() and usename = 'hub_app'
        and (state like 'idle in transaction%' or (state = 'active' and query not like '%pg_stat_activity%'))`,
  );
  return row.n;
}

async function appWaitingForLock(): Promise<number> {
  const [row] = await hub.sql<{ n: number }>(
    "select count(*)::int as n from pg_stat_activity where datname = current_database() and usename = 'hub_app' and wait_event_type = 'Lock'",
  );
  return row.n;
}

/** Waits until no session of the app role is in a transaction or a statement. */
const noOpenAppWork = () => eventually('the app role to have no open work', async () => (await openAppWork()) === 0, { timeoutMs: 5_000 });

/** Holds an ACCESS EXCLUSIVE lock on `table` as the owner until `release`: every statement touching it waits. */
async function lockTable(table: string): Promise<{ release(): Promise<void> }> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query('begin');
  await owner.query(`lock table ${table} in access exclusive mode`);
  return {
    async release() {
      await owner.query('rollback');
      await owner.end();
    },
  };
}

describe('the request deadline', () => {
  it('answers a blocked signed-in request 503 REQUEST_TIMEOUT at the deadline and rolls its transaction back', async () => {
    const lock = await lockTable('client');
    try {
      const started = performance.now();
      const answer = await graphql(base, CASELOAD);
      const elapsed = performance.now() - started;
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(answer.body.errors?.[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect(answer.body.errors?.[0].extensions.requestId).toBe(answer.headers.get('x-request-id'));
      expect(JSON.stringify(answer.body)).not.toMatch(/statement|cancel|lock|client/i);
      expect(elapsed).toBeGreaterThanOrEqual(REQUEST_MS - 50);
      expect(elapsed).toBeLessThan(REQUEST_MS + 1000);
      // Still inside the owner's lock: the statement was stopped at the deadline and the
      // transaction rolled back, so no connection waits on the lock or sits idle in transaction.
      await noOpenAppWork();
    } finally {
      await lock.release();
    }
    // The connection went back to the pool in working order.
    const next = await graphql(base, CASELOAD);
    expect(next.status).toBe(200);
    expect(next.body.errors).toBeUndefined();
    expect(unhandled).toEqual([]);
  });

  it('gives anonymous requests the same deadline', async () => {
    const lock = await lockTable('offer');
    try {
      const started = performance.now();
      const answer = await graphql(base, '{ offers(first: 2) { totalCount } }', {}, null);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect(performance.now() - started).toBeLessThan(REQUEST_MS + 1000);
    } finally {
      await lock.release();
    }
    // Without a transaction the statement ends when the lock goes; nothing after it is sent.
    await noOpenAppWork();
    expect((await graphql(base, '{ offers(first: 2) { totalCount } }', {}, null)).status).toBe(200);
    expect(unhandled).toEqual([]);
  });
});

describe('a client that goes away', () => {
  it('stops its request: nothing is committed and the transaction is rolled back', async () => {
    const [place] = await hub.sql<{ id: number }>(
      "select municipality_id as id from agency_municipality join agency on agency.id = agency_id where agency.key = 'lra-tuebingen' order by municipality_id limit 1",
    );
    const familyName = `Weggegangen ${Date.now()}`;
    const body = JSON.stringify({
      query: 'mutation ($input: ClientCreateInput!) { clientCreate(input: $input) { client { id } userErrors { code } } }',
      variables: {
        input: { givenNames: 'Testa', familyName, birthDate: '1990-04-01', municipality: toGlobalId('Municipality', place.id), languages: ['de'], germanLevel: 'A2', residenceStatus: 'AE_25_2' },
      },
    });
    const lock = await lockTable('client');
    try {
      const req = request(`${patientBase}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${managerToken}` },
      });
      req.on('error', () => undefined);
      req.end(body);
      // The mutation waits on the lock; then the client hangs up.
      await eventually('an app session to wait for the lock', async () => (await appWaitingForLock()) > 0, { timeoutMs: 20_000 });
      req.destroy();
      await sleep(200);
    } finally {
      await lock.release();
    }
    // The blocked statement completes once the lock is gone; the request sends nothing after it.
    await noOpenAppWork();
    await sleep(200);
    expect(await clientsNamed(familyName)).toBe(0);
    expect(unhandled).toEqual([]);
    // The same mutation from a client that waits does go through: the check above would see its row.
    const done = await graphql(patientBase, 'mutation ($input: ClientCreateInput!) { clientCreate(input: $input) { client { id } userErrors { code } } }', JSON.parse(body).variables);
    expect(done.body.errors).toBeUndefined();
    expect(await clientsNamed(familyName)).toBe(1);
  });
});

async function clientsNamed(familyName: string): Promise<number> {
  const [row] = await hub.sql<{ n: number }>('select count(*)::int as n from client where family_name = ?', [familyName]);
  return row.n;
}

describe('an aborted request', () => {
  it('gets no further statement through the ORM, but its rollback', async () => {
    const controller = new AbortController();
    const em = hub.orm.em.fork();
    await withRequestSignal(controller.signal, async () => {
      await em.begin();
      await em.execute('select 1');
      controller.abort(new RequestAbortedError('deadline'));
      await expect(em.execute('select 1')).rejects.toMatchObject({ requestAborted: true });
      await em.rollback();
    });
    await noOpenAppWork();
    // Outside the aborted scope the same ORM works on.
    expect(await em.fork().execute('select 1 as one')).toEqual([{ one: 1 }]);
  });
});

describe('database timeouts of the app role', () => {
  let limited: MikroORM;
  let owner: MikroORM;

  beforeAll(async () => {
    // knex would print the connection the server ends below to the console.
    const quiet = { log: { warn: () => undefined } };
    limited = await createHubOrm(appUrlFor(ownerUrl, TEST_APP_PASSWORD), { pool: { min: 0, max: 1 }, driverOptions: quiet }, { sessionTimeouts: { statementMs: 1234, idleInTransactionMs: 1000 } });
    owner = await createHubOrm(ownerUrl, { pool: { min: 0, max: 1 } });
  });

  afterAll(async () => {
    await limited.close(true);
    await owner.close(true);
  });

  const show = async (orm: MikroORM, setting: string) => {
    const [row] = await orm.em.fork().execute<Array<Record<string, string>>>(`show ${setting}`);
    return Object.values(row)[0];
  };

  it("are set on every connection of the API's pool", async () => {
    expect(await show(limited, 'statement_timeout')).toBe('1234ms');
    expect(await show(limited, 'idle_in_transaction_session_timeout')).toBe('1s');
  });

  it('are role defaults of the app login, for any session of it', async () => {
    // hub.orm connects as hub_app without session options; the values are those provisionAppLogin set.
    const defaults = loadConfig({}).timeouts;
    expect(await show(hub.orm, 'statement_timeout')).toBe(`${defaults.statementMs / 1000}s`);
    expect(await show(hub.orm, 'idle_in_transaction_session_timeout')).toBe(`${defaults.idleInTransactionMs / 1000}s`);
  });

  it('leave the owner (seeds, migrations) unlimited', async () => {
    expect(await show(owner, 'statement_timeout')).toBe('0');
  });

  it('stop a statement that runs too long', async () => {
    await expect(limited.em.fork().execute('select pg_sleep(3)')).rejects.toMatchObject({ code: '57014' });
  });

  it('end a transaction left idle', async () => {
    const em = limited.em.fork();
    await em.begin();
    await em.execute('select 1');
    await sleep(1500);
    await expect(em.execute('select 1')).rejects.toThrow();
    await em.rollback().catch(() => undefined);
    // The pool replaces the connection the server closed.
    expect(await show(limited, 'statement_timeout')).toBe('1234ms');
  });

  it("lower, never raise, a transaction's statement limit to the time left until the deadline", async () => {
    const inTransaction = (statementTimeoutMs: number) =>
      hub.orm.em.fork().transactional(async (em) => {
        await applySettings(em, {}, { statementTimeoutMs });
        const [row] = await em.execute<Array<{ statement_timeout: string }>>('show statement_timeout');
        return row.statement_timeout;
      });
    expect(await inTransaction(700.4)).toBe('701ms');
    expect(await inTransaction(3_600_000)).toBe('10s');
    // Local to the transaction: the pooled connection keeps its own limit.
    expect(await show(hub.orm, 'statement_timeout')).toBe('10s');
  });
});
