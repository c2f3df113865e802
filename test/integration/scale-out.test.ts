import path from 'node:path';
import { Client } from 'pg';
import { createTestIssuer, TEST_ISSUER, type TestIssuer } from '../support/test-issuer';

/**
 * The production shape on loopback (scripts/cluster.js): primary and streaming replica, two API
 * processes from the sources, the worker, and the balancer (scripts/balancer.js) in front.
 * (a) A signed-in request reads its own write at once, on either API process; the public audience
 * reads from the replica (shown by pausing its replay) and sees published data once it replays.
 * (b) kill -9 of one API process under a load of mutations: only requests in flight on it fail,
 * and retried with their idempotency keys, each is applied exactly once.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startCluster } = require('../../scripts/cluster') as {
  startCluster(options: { hubCommand: (entry: string) => string[]; env: Record<string, string> }): Promise<Cluster>;
};
interface Cluster {
  url: string;
  ownerUrl: string;
  replicaOwnerUrl: string;
  api: Array<{ port: number; url: string; child: import('node:child_process').ChildProcess; exited: Promise<unknown> }>;
  stop(): Promise<void>;
}

const LOADER = path.join(__dirname, '../support/transpile-require.cjs');
const SOURCE = path.resolve(__dirname, '../../src/app');
let cluster: Cluster;
let issuer: TestIssuer;
let primary: Client;
let replica: Client;
let token: string;

beforeAll(async () => {
  issuer = await createTestIssuer();
  cluster = await startCluster({
    hubCommand: (entry) => ['-r', LOADER, path.join(SOURCE, entry === 'migrate' ? 'commands/migrate.ts' : `${entry}.ts`)],
    env: { AUTH_ISSUER: TEST_ISSUER, AUTH_JWKS_FILE: issuer.jwksFile, RATE_LIMIT_ENABLED: 'false' },
  });
  primary = new Client({ connectionString: cluster.ownerUrl });
  replica = new Client({ connectionString: cluster.replicaOwnerUrl });
  await primary.connect();
  await replica.connect();
  const [provider] = (await primary.query(`insert into provider (name, kind) values ('Scale-out e.V.', 'VEREIN') returning id`)).rows as Array<{ id: number }>;
  token = await issuer.sign({ sub: 'staff-scale-out', email: 'staff@scale-out.example.test', roles: ['PROVIDER_STAFF'], provider: Buffer.from(`Provider:${provider!.id}`).toString('base64').replace(/=+$/, '') }, { expiresIn: '30m' });
}, 480_000);

afterAll(async () => {
  await replica?.query('select pg_wal_replay_resume()').catch(() => undefined);
  await primary?.end();
  await replica?.end();
  await cluster?.stop();
}, 60_000);

interface Reply {
  status: number;
  upstream: string;
  body: { data?: Record<string, any>; errors?: unknown[] };
}

async function graphql(query: string, variables: Record<string, unknown> = {}, signedIn = false): Promise<Reply> {
  const response = await fetch(`${cluster.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signedIn ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, upstream: response.headers.get('x-upstream') ?? '', body: text.startsWith('{') ? JSON.parse(text) : { errors: [text] } };
}

const UPSERT = `mutation($input: OffersUpsertInput!) { offersUpsert(input: $input) { applied replayed items { offer status } userErrors { code } } }`;
const upsert = (externalId: string, title: string, publish: boolean) =>
  graphql(UPSERT, {
    input: {
      idempotencyKey: externalId,
      items: [{ externalId, publish, fields: { programme: 'SPRACHCAFE', title, startDate: '2027-03-01', format: 'ONLINE', description: 'Jeden Dienstag.' } }],
    },
  }, true);
const TITLE = `query($id: ID!) { node(id: $id) { ... on Offer { title } } }`;

it('reads its own writes when signed in, and the public audience reads from the replica', async () => {
  expect((await replica.query('select pg_is_in_recovery() as standby')).rows[0].standby).toBe(true);
  await replica.query('select pg_wal_replay_pause()');

  const written = await upsert('read-your-writes', 'Sprachcafé am Hafen', true);
  expect({ status: written.status, body: written.body }).toMatchObject({ status: 200 });
  expect(written.body.data?.offersUpsert.applied).toBe(true);
  const id = written.body.data!.offersUpsert.items[0].offer as string;

  // At once and on both API processes: signed-in requests read the primary.
  const upstreams = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const read = await graphql(TITLE, { id }, true);
    expect(read.body.data?.node).toEqual({ title: 'Sprachcafé am Hafen' });
    upstreams.add(read.upstream);
  }
  expect(upstreams.size).toBe(2);
  // The public audience reads the replica, which has not replayed the write yet.
  for (let i = 0; i < 2; i++) expect((await graphql(TITLE, { id })).body.data?.node).toBeNull();

  await replica.query('select pg_wal_replay_resume()');
  for (let attempt = 0; ; attempt++) {
    const read = await graphql(TITLE, { id });
    if (read.body.data?.node) {
      expect(read.body.data.node).toEqual({ title: 'Sprachcafé am Hafen' });
      break;
    }
    if (attempt > 100) throw new Error('the replica never caught up');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

it('loses only the requests in flight on a killed API process, and applies none twice', async () => {
  const victim = cluster.api[0]!;
  const victimName = `127.0.0.1:${victim.port}`;
  const outcomes: Array<{ mark: string; start: number; end: number; reply: Reply }> = [];
  let killedAt = Number.POSITIVE_INFINITY;
  // Dead once its exit is seen: until then the balancer may still have handed it a request.
  let diedAt = Number.POSITIVE_INFINITY;
  victim.child.once('exit', () => {
    diedAt = performance.now();
  });
  const killer = setTimeout(() => {
    killedAt = performance.now();
    victim.child.kill('SIGKILL');
  }, 1500);
  // Four clients, one mutation after the other each, for four seconds: some tens per second.
  let serial = 0;
  const until = performance.now() + 4000;
  await Promise.all(
    [0, 1, 2, 3].map(async () => {
      while (performance.now() < until) {
        const mark = `load-${++serial}`;
        const start = performance.now();
        const reply = await upsert(mark, `Kurs ${mark}`, false);
        outcomes.push({ mark, start, end: performance.now(), reply });
      }
    }),
  );
  clearTimeout(killer);
  await victim.exited;

  const failed = outcomes.filter((outcome) => outcome.reply.status !== 200 || outcome.reply.body.errors);
  for (const outcome of failed) {
    // In flight on the killed process: sent before it was gone, answered after the kill.
    expect({ mark: outcome.mark, upstream: outcome.reply.upstream, status: outcome.reply.status }).toEqual({ mark: outcome.mark, upstream: victimName, status: 502 });
    expect(outcome.start).toBeLessThan(diedAt);
    expect(outcome.end).toBeGreaterThanOrEqual(killedAt);
  }
  const succeeded = outcomes.filter((outcome) => !failed.includes(outcome));
  // The load ran on both sides of the kill, and the survivor took all of it afterwards.
  expect(succeeded.filter((outcome) => outcome.end < killedAt).length).toBeGreaterThan(0);
  expect(succeeded.filter((outcome) => outcome.start > killedAt).length).toBeGreaterThan(0);
  expect(succeeded.every((outcome) => outcome.reply.body.data?.offersUpsert.applied === true)).toBe(true);

  // The client retries a failed request with its idempotency key: applied now, or answered as before.
  for (const outcome of failed) {
    const retry = await upsert(outcome.mark, `Kurs ${outcome.mark}`, false);
    expect(retry.status).toBe(200);
    expect(retry.body.data?.offersUpsert.applied).toBe(true);
  }
  const { rows } = await primary.query(`select external_id, count(*)::int as rows, max(version) as version from offer where external_id like 'load-%' group by external_id`);
  expect(rows).toHaveLength(outcomes.length);
  expect(rows.filter((row) => row.rows !== 1 || row.version !== 1)).toEqual([]);
});
