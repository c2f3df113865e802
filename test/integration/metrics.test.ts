import { createApollo } from '../../src/core/graphql/apollo';
import { serveMetrics } from '../../src/core/observability/metrics-endpoint';
import type { HubMetrics } from '../../src/core/observability/metrics';
import { PostgresRateLimiter } from '../../src/core/rate-limit/rate-limiter';
import { buildHubSchema } from '../../src/app/hub';
import { QUEUES, startJobs, type RunningJobs } from '../../src/app/jobs';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { ANONYMOUS } from '../../src/core/auth/viewer';
import fc from 'fast-check';
import { createHubMetrics } from '../../src/app/observability';
import { claimsAsViewer, createTestIssuer } from '../support/test-issuer';
import { startTestHttp, type TestHttp } from '../support/test-http';
import { createTestHub, silentLogger, TEST_LIMITS, type TestHub } from '../support/test-hub';

/** A small anonymous budget, so that a few searches run it dry. */
const RATES = { enabled: true, points: 250_000, refillPerSecond: 5_000, anonymousPoints: 400, anonymousRefillPerSecond: 1 };
const TOKEN = 'scrape-token-0123456789abcdef';

/** Prometheus text format: the value of one sample, by its name and exact labels; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.keys(found).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  let hub: TestHub;
  let http: TestHttp;
  let metrics: HubMetrics;
  let jobs: RunningJobs;
  let rateLimiter: PostgresRateLimiter;

  beforeAll(async () => {
    hub = await createTestHub();
    rateLimiter = new PostgresRateLimiter(hub.appUrl, RATES);
    metrics = createHubMetrics(hub.orm);
    const apollo = createApollo(await buildHubSchema(), { config: { introspection: true, limits: TEST_LIMITS }, logger: silentLogger, rateLimiter, metrics });
    await apollo.start();
    const issuer = await createTestIssuer(claimsAsViewer);
    http = await startTestHttp(hub, { apollo, authenticate: issuer.authenticate, rateLimiter, metrics, metricsRoute: serveMetrics(metrics, TOKEN) });
    jobs = await startJobs({
      ownerUrl: hub.ownerUrl, orm: hub.orm, logger: silentLogger, retentionYears: 3, auditRetentionYears: 4, retentionIntervalHours: 0,
      deadlineCron: '0 0 1 1 *', metrics,
    });
  });

  afterAll(async () => {
    await jobs?.stop();
    await http?.close();
    await rateLimiter?.close();
    await hub?.close();
  });

  const post = (body: unknown, address: string) =>
    fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify(body) });
  const scrape = async () => {
    const response = await fetch(`${http.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  it('refuses a scrape without the token', async () => {
    expect((await fetch(`${http.url}/metrics`)).status).toBe(401);
  });

  it('carries every family after a few requests', async () => {
    // Three named searches, one unnamed, one refused by a limit, one with a client error.
    let requested = 0;
    for (let i = 0; i < 3; i += 1) {
      const answer = (await (await post({ query: 'query MetricsOffers { offers(first: 3) { totalCount nodes { title } } }' }, '')).json()) as { extensions: { cost: { requestedQueryCost: number } } };
      requested += answer.extensions.cost.requestedQueryCost;
    }
    await post({ query: '{ providers(first: 1) { nodes { name } } }' }, '');
    await post({ query: `query TooDeep { ${'offers(first: 1) { nodes { provider { offers(first: 1) { nodes { provider { '.repeat(3)} name ${'} } } } } }'.repeat(3)} }` }, '');
    await post({ query: 'query BadId { node(id: "not-a-global-id") { id } }' }, '');
    // An anonymous sender (the test server trusts no proxy: one address) runs its budget dry.
    let refused = 0;
    for (let i = 0; i < 10; i += 1) if ((await post({ query: '{ offers(first: 50) { nodes { title } } }' }, '')).status === 429) refused += 1;
    expect(refused).toBeGreaterThan(0);

    // Jobs: two waiting (due in an hour) and one whose handler fails.
    await jobs.boss.send(QUEUES.referralDeadline, { referralId: 0, expired: false }, { startAfter: 3600, singletonKey: 'metrics-a' });
    await jobs.boss.send(QUEUES.referralDeadline, { referralId: 0, expired: true }, { startAfter: 3600, singletonKey: 'metrics-b' });
    await jobs.boss.send(QUEUES.referralExpiredNotice, { referralId: 'not-a-number', agencyId: 'none' });

    // The feed lags while an older transaction runs: a committed public change waits behind it.
    const blocker = hub.orm.em.fork().getConnection();
    const knex = blocker.getKnex();
    const tx = await knex.transaction();
    await tx.raw('select pg_current_xact_id()');
    const [provider] = await hub.sql<{ id: number }>('select id from provider order by id limit 1');
    await hub.sql("insert into catalogue_change (subject_type, subject_id, provider_id, action, public, version) values ('OFFER', 1, ?, 'UPDATED', true, 1)", [provider.id]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    let text = await scrape();
    const deadline = Date.now() + 20_000;
    while ((sample(text, 'hub_job_failures_total', { queue: QUEUES.referralExpiredNotice }) ?? 0) < 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      text = await scrape();
    }
    await tx.rollback();

    expect(sample(text, 'hub_http_request_duration_seconds_count', { route: 'graphql', status: '2xx' })).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'hub_http_request_duration_seconds_count', { route: 'graphql', status: '4xx' })).toBe(refused + 1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'MetricsOffers', type: 'query', outcome: 'ok' })).toBe(3);
    // MetricsOffers ran by graphql-js once, then compiled (GRAPHQL_COMPILE_AFTER=1).
    expect(sample(text, 'hub_graphql_executions_total', { executor: 'compiled' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'hub_graphql_executions_total', { executor: 'interpreted' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_graphql_documents', { executor: 'compiled' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'TooDeep', type: 'query', outcome: 'refused' })).toBe(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'BadId', type: 'query', outcome: 'user_error' })).toBe(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query', outcome: 'refused' })).toBeGreaterThanOrEqual(1);
    // Costs: at least the three searches' requested costs, as their answers reported them.
    expect(sample(text, 'hub_graphql_query_cost_points_sum', { kind: 'requested' })).toBeGreaterThanOrEqual(requested);
    expect(sample(text, 'hub_graphql_query_cost_points_count', { kind: 'actual' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'hub_sql_statements_per_request_count')).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'hub_sql_statements_per_request_sum')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'hub_sql_duration_per_request_seconds_sum')).toBeGreaterThan(0);
    // The test hub's pool holds at most 4 connections (test-hub.ts).
    expect(sample(text, 'hub_db_pool_connections', { pool: 'app', state: 'max' })).toBe(4);
    expect(sample(text, 'hub_db_pool_connections', { pool: 'app', state: 'used' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_db_pool_pending_acquires', { pool: 'app' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_db_pool_acquire_wait_seconds_count', { pool: 'app' })).toBeGreaterThan(0);
    expect(sample(text, 'hub_rate_limit_refusals_total', { principal: 'anonymous' })).toBe(refused);
    expect(sample(text, 'hub_job_queue_jobs', { queue: QUEUES.referralDeadline, state: 'waiting' })).toBe(2);
    expect(sample(text, 'hub_job_queue_jobs', { queue: QUEUES.erasure, state: 'failed' })).toBe(0);
    expect(sample(text, 'hub_job_failures_total', { queue: QUEUES.referralExpiredNotice })).toBe(1);
    expect(sample(text, 'hub_outbox_lag_seconds', { outbox: 'catalogue_change' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_metrics_collector_errors_total', { metric: 'hub_outbox_lag_seconds' })).toBeUndefined();
    // The process's own figures (prom-client's defaults).
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it("has a dashboard panel for each of the hub's families, and no panel for a family it lacks", async () => {
    const text = await scrape();
    const families = new Set([...text.matchAll(/^# TYPE (hub_\w+) /gm)].map((match) => match[1]));
    const dashboard = readFileSync(path.join(__dirname, '../../docker/grafana/dashboards/integration-hub.json'), 'utf8');
    // A histogram is queried by its series (_bucket, _sum, _count).
    const queried = new Set([...dashboard.matchAll(/\b(hub_\w+)/g)].map((match) => match[1].replace(/_(bucket|sum|count)$/, '')));
    expect(families.size).toBeGreaterThan(10);
    expect([...queried].filter((name) => !families.has(name))).toEqual([]);
    expect([...families].filter((name) => !queried.has(name))).toEqual([]);
  });

  // Their own server and counters: the requests here must not show in the figures the test above asserts.
  describe('request targets', () => {
    let targets: TestHttp;
    let targetMetrics: HubMetrics;

    beforeAll(async () => {
      targetMetrics = createHubMetrics(hub.orm);
      targets = await startTestHttp(hub, { authenticate: async () => ANONYMOUS, config: { introspection: true }, metrics: targetMetrics, metricsRoute: serveMetrics(targetMetrics, TOKEN) });
    });

    afterAll(async () => {
      await targets?.close();
    });

    /** The raw answer to `GET target`, sent as is (fetch would normalise the target first). */
    const rawAnswerOf = (target: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(targets.url).port), '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n`, 'latin1'));
        let answer = '';
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    const statusLineOf = async (target: string) => (await rawAnswerOf(target)).split('\r\n')[0];

    it('answers a request target no URL parser takes 400, counts it, and keeps serving', async () => {
      // Node's HTTP parser passes `http://[` on; counting its route once threw outside any handler.
      const answer = await rawAnswerOf('http://[');
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff');
      expect((await fetch(`${targets.url}/health`)).status).toBe(200);
      expect(await (await fetch(`${targets.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()).toMatch(/hub_http_request_duration_seconds_count\{[^}]*route="unknown",status="4xx"/);
    });

    it('answers any request target without a server error', async () => {
      const targetChar = fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code));
      const target = fc.oneof(
        fc.string({ unit: targetChar, minLength: 1, maxLength: 40 }),
        fc.tuple(fc.constantFrom('/', '//', 'http://', 'http://[', '/graphql?', '/metrics', '/ready?', '*'), fc.string({ unit: targetChar, maxLength: 30 })).map(([head, tail]) => head + tail),
      );
      await fc.assert(
        fc.asyncProperty(target, async (candidate) => {
          const status = await statusLineOf(candidate);
          expect(status).toMatch(/^HTTP\/1\.1 [1-4]\d\d /);
        }),
        { numRuns: 150 },
      );
      expect((await fetch(`${targets.url}/health`)).status).toBe(200);
    });
  });
});
