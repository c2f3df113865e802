import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Viewer } from '../../src/core/auth/viewer';
import { Role } from '../../src/core/auth/viewer';
import { startJobs, watchQueues, type RunningJobs } from '../../src/app/jobs';
import { HubMetrics } from '../../src/core/observability/metrics';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ApiKeyService } from '../../src/integrations/api-key.service';
import { postWebhook } from '../../src/webhooks/webhook-http';
import { configureWebhookUrls, webhookUrlProblem } from '../../src/webhooks/webhook-url-policy';
import { WEBHOOK_QUEUES } from '../../src/webhooks/webhook-jobs';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, silentLogger, type TestHub } from '../support/test-hub';
import { WebhookReceiver } from '../support/webhook-receiver';
import { eventually } from '../support/eventually';

let hub: TestHub;
let tenants: Tenants;
let receiver: WebhookReceiver;
let jobs: RunningJobs;
let offerOfP: { id: number; globalId: string };
let paths = 0;

/** Attempts time out after 400 ms; two retries, after 1 s and at once: the schedule is configuration. */
const TIMEOUT_MS = 400;
const RETRY_SCHEDULE = [1, 0];

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  receiver = new WebhookReceiver();
  await receiver.start();
  // The receiver listens on loopback, which only this setting lets through.
  configureWebhookUrls({ requireHttps: false, allowPrivateAddresses: true });
  // The real worker: the fan-out loop and sweeper, the attempts on pg-boss.
  jobs = await startJobs({
    ownerUrl: hub.ownerUrl, orm: hub.orm, logger: silentLogger, retentionYears: 3, auditRetentionYears: 4, retentionIntervalHours: 0, deadlineCron: '0 0 1 1 *',
    webhooks: { timeoutMs: TIMEOUT_MS, retryScheduleSeconds: RETRY_SCHEDULE, allowPrivateAddresses: true, pollIntervalMs: 50 },
  });
  const [offer] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and status = 'PUBLISHED' and capacity > 5 order by id limit 1", [tenants.providerP.id]);
  offerOfP = { id: offer.id, globalId: toGlobalId('Offer', offer.id) };
});
afterAll(async () => {
  await jobs?.stop();
  configureWebhookUrls({ requireHttps: true, allowPrivateAddresses: false });
  await receiver.stop();
  await hub.close();
});

type Data = Record<string, any>;
const run = async (document: string, variables: Record<string, unknown>, viewer: Viewer): Promise<Data> => {
  const result = await hub.run(document, variables, viewer);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as Data;
};

const CREATE = `mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id url events status } secret userErrors { field code message } } }`;
const DELIVERIES = `query($endpoint: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(endpoint: $endpoint, status: $status, first: 50) { totalCount nodes { id messageId eventType status attempts lastStatusCode lastError payload } } }`;

/** A new endpoint on its own receiver path; returns its ID, secret and path. */
async function endpoint(viewer: Viewer, events: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; secret: string; path: string }> {
  const path = `/hook-${++paths}`;
  const data = await run(CREATE, { input: { url: receiver.url(path), events, ...extra } }, viewer);
  const created = data.webhookEndpointCreate;
  if (created.userErrors.length) throw new Error(JSON.stringify(created.userErrors));
  return { id: created.webhookEndpoint.id, secret: created.secret, path };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done` holds (the feed waits for older transactions anywhere on the server, so this may take a few rounds). */
const until = (done: () => boolean | Promise<boolean>) => eventually('the webhook worker', done, { timeoutMs: 60_000, everyMs: 30 });

const rowIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** The pg-boss jobs of a delivery's attempts, oldest first, read from pg-boss's table. */
const jobsOf = (deliveryGlobalId: string) =>
  hub.sql<{ id: string; state: string; retry_count: number; start_after: Date; created_on: Date; completed_on: Date | null; data: { deliveryId: number; jobId: string } }>(
    `select id::text, state::text, retry_count, start_after, created_on, completed_on, data from pgboss.job where name = ? and (data->>'deliveryId')::int = ? order by created_on, start_after`,
    [WEBHOOK_QUEUES.delivery, rowIdOf(deliveryGlobalId)],
  );

async function deliveriesOf(endpointId: string, viewer: Viewer = tenants.viewers.staffP, status?: string): Promise<Data[]> {
  return (await run(DELIVERIES, { endpoint: endpointId, status }, viewer)).webhookDeliveries.nodes;
}

const seatsUpdate = (seatsTaken: number) =>
  run('mutation($input: OfferSeatsUpdateInput!) { offerSeatsUpdate(input: $input) { userErrors { code } } }', { input: { offer: offerOfP.globalId, seatsTaken } }, tenants.viewers.staffP);

describe('registering endpoints', () => {
  it('shows the secret once, as whsec_ with a base64 key, and stores it only encrypted', async () => {
    const created = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(24);
    const [row] = await hub.sql<{ secret_encrypted: string }>('select secret_encrypted from webhook_endpoint where id = ?', [Number(Buffer.from(created.id, 'base64url').toString().split(':')[1])]);
    expect(row.secret_encrypted.startsWith('v1:')).toBe(true);
    expect(row.secret_encrypted).not.toContain(created.secret.slice(6));
    const listed = await hub.run('{ webhookEndpoints(first: 10) { nodes { id url provider { id } } } }', {}, tenants.viewers.staffP);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect((listed.data as Data).webhookEndpoints.nodes).toContainEqual({ id: created.id, url: receiver.url(created.path), provider: { id: tenants.providerP.globalId } });
  });

  it('refuses a provider more than 20 endpoints, since every change is sent to each', async () => {
    const [{ count }] = await hub.sql<{ count: number }>('select count(*)::int as count from webhook_endpoint where provider_id = ?', [tenants.providerQ.id]);
    const made: number[] = [];
    try {
      for (let i = count; i < 20; i++) made.push(Number(Buffer.from((await endpoint(tenants.viewers.staffQ, ['OFFER_UPDATED'])).id, 'base64url').toString().split(':')[1]));
      const refused = await run(CREATE, { input: { url: receiver.url('/one-too-many'), events: ['OFFER_UPDATED'] } }, tenants.viewers.staffQ);
      expect(refused.webhookEndpointCreate.userErrors).toEqual([expect.objectContaining({ code: 'LIMIT_REACHED' })]);
      expect((await hub.sql<{ count: number }>('select count(*)::int as count from webhook_endpoint where provider_id = ?', [tenants.providerQ.id]))[0].count).toBe(20);
    } finally {
      if (made.length > 0) {
        await hub.sql('delete from webhook_delivery where endpoint_id = any(?::int[])', [`{${made.join(',')}}`]);
        await hub.sql('delete from webhook_endpoint where id = any(?::int[])', [`{${made.join(',')}}`]);
      }
    }
  });

  it('lets provider keys manage endpoints with WEBHOOKS_MANAGE only, and for their own provider', async () => {
    const issued = await run('mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }', { input: { name: 'Webhooks P', provider: tenants.providerP.globalId, scopes: ['WEBHOOKS_MANAGE'] } }, tenants.viewers.admin);
    const key = (await new ApiKeyService(hub.orm.em.fork()).authenticate(issued.apiKeyCreate.secret))!;
    const created = await endpoint(key, ['OFFER_UPDATED']);
    const owner = await run('query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { provider { id } } } }', { id: created.id }, tenants.viewers.staffP);
    expect(owner.node).toEqual({ provider: { id: tenants.providerP.globalId } });
    const refused = await hub.run('{ webhookEndpoints(first: 1) { totalCount } }', {}, tenants.viewers.keyP);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses http in production mode, private and loopback addresses unless allowed, and credentials in the URL', () => {
    const strict = { requireHttps: true, allowPrivateAddresses: false };
    expect(webhookUrlProblem('https://hooks.example.org/in', strict)).toBeNull();
    expect(webhookUrlProblem('http://hooks.example.org/in', strict)).toBe('Endpoints must use https.');
    for (const url of ['https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://[::ffff:192.168.0.1]/x', 'https://172.20.0.5/', 'https://localhost/x', 'https://100.64.0.1/']) {
      expect({ url, problem: webhookUrlProblem(url, strict) }).toEqual({ url, problem: expect.stringMatching(/private, loopback or reserved address|local host name/) });
    }
    expect(webhookUrlProblem('https://user:pw@hooks.example.org/', strict)).toMatch(/user name or password/);
    expect(webhookUrlProblem('ftp://hooks.example.org/', strict)).toMatch(/https/);
    expect(webhookUrlProblem('https://127.0.0.1/x', { requireHttps: false, allowPrivateAddresses: true })).toBeNull();
  });

  it('answers a refused URL and hub-wide referral events with userErrors', async () => {
    configureWebhookUrls({ requireHttps: true, allowPrivateAddresses: false });
    try {
      const refused = await run(CREATE, { input: { url: 'http://10.0.0.1/hook', events: [] } }, tenants.viewers.staffP);
      expect(refused.webhookEndpointCreate).toEqual({
        webhookEndpoint: null,
        secret: null,
        userErrors: [
          { field: ['input', 'url'], code: 'INVALID', message: 'Endpoints must use https.' },
          { field: ['input', 'events'], code: 'INVALID', message: 'Subscribe to at least one event.' },
        ],
      });
    } finally {
      configureWebhookUrls({ requireHttps: false, allowPrivateAddresses: true });
    }
    const hubWide = await run(CREATE, { input: { url: receiver.url('/never'), events: ['REFERRAL_CREATED'] } }, tenants.viewers.admin);
    expect(hubWide.webhookEndpointCreate.userErrors).toMatchObject([{ field: ['input', 'events'], code: 'INVALID' }]);
  });

  it('checks the addresses a name resolves to at delivery time (DNS rebinding)', async () => {
    const answer = await postWebhook(receiver.url('/rebound').replace('127.0.0.1', 'localhost'), {}, '{}', { timeoutMs: TIMEOUT_MS, allowPrivateAddresses: false });
    expect(answer).toEqual({ statusCode: null, error: expect.stringMatching(/^Refused: localhost resolves to a non-public address/) });
    expect(receiver.at('/rebound')).toEqual([]);
  });
});

describe('deliveries', () => {
  it('signs every delivery so that the standardwebhooks library verifies it, with a thin payload', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    await seatsUpdate(1);
    await until(() => receiver.at(target.path).length > 0);
    const [request] = receiver.at(target.path);
    const verified = new Webhook(target.secret).verify(request.body, request.headers as Record<string, string>);
    expect(verified).toEqual({ type: 'offer.seats_changed', timestamp: expect.any(String), data: { offer: offerOfP.globalId, provider: tenants.providerP.globalId, version: expect.any(Number) } });
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    // Another secret does not verify it.
    expect(() => new Webhook(`whsec_${Buffer.alloc(24, 7).toString('base64')}`).verify(request.body, request.headers as Record<string, string>)).toThrow();
    // The receiver answers before the sender records the answer.
    await until(async () => (await deliveriesOf(target.id))[0]?.status !== 'PENDING');
    const [delivery] = await deliveriesOf(target.id);
    expect(delivery).toMatchObject({ messageId: request.headers['webhook-id'], eventType: 'offer.seats_changed', status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200 });
  });

  it('retries after a 500, with the same webhook-id', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    receiver.script(target.path, [{ status: 500 }]);
    await seatsUpdate(2);
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'SUCCEEDED');
    const requests = receiver.at(target.path);
    expect(requests).toHaveLength(2);
    expect(requests[1].headers['webhook-id']).toBe(requests[0].headers['webhook-id']);
    const [delivery] = await deliveriesOf(target.id);
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null });
    // Each attempt was a pg-boss job; the retry was queued when the first failed, to start after the schedule's wait.
    const attemptJobs = await jobsOf(delivery.id);
    expect(attemptJobs.map((job) => [job.state, job.retry_count])).toEqual([['completed', 0], ['completed', 0]]);
    for (const job of attemptJobs) expect(job.data).toEqual({ deliveryId: rowIdOf(delivery.id), jobId: job.id });
    const waited = new Date(attemptJobs[1].start_after).getTime() - new Date(attemptJobs[0].completed_on!).getTime();
    expect(waited).toBeGreaterThan(RETRY_SCHEDULE[0] * 1000 - 200);
  });

  it('retries after a timeout', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    receiver.script(target.path, [{ status: 200, delayMs: TIMEOUT_MS * 3 }]);
    await seatsUpdate(3);
    // Between the attempts (the schedule waits 1 s): the first one's failure shows.
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'FAILED');
    const afterFirst = (await deliveriesOf(target.id))[0];
    expect(afterFirst).toMatchObject({ attempts: 1, lastStatusCode: null, lastError: `Timed out after ${TIMEOUT_MS} ms` });
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'SUCCEEDED');
    expect((await deliveriesOf(target.id))[0]).toMatchObject({ attempts: 2, lastStatusCode: 200 });
  });

  it('lets a delivery die after the last retry, shows it as a dead letter, and redelivers it by hand', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    receiver.script(target.path, [{ status: 500 }, { status: 503 }, { status: 502 }]);
    await seatsUpdate(4);
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'DEAD');
    const [dead] = await deliveriesOf(target.id, tenants.viewers.staffP, 'DEAD');
    // One attempt and the two retries of the schedule, then no more.
    expect(dead).toMatchObject({ attempts: 3, lastStatusCode: 502, lastError: 'HTTP 502' });
    // Three jobs, one per attempt, and none left for it: the next poll and sweep send nothing.
    expect((await jobsOf(dead.id)).map((job) => job.state)).toEqual(['completed', 'completed', 'completed']);
    await sleep(1_200);
    expect(receiver.at(target.path)).toHaveLength(3);
    expect(await jobsOf(dead.id)).toHaveLength(3);

    const retried = await run('mutation($input: WebhookDeliveryRetryInput!) { webhookDeliveryRetry(input: $input) { delivery { status } userErrors { code } } }', { input: { delivery: dead.id } }, tenants.viewers.staffP);
    expect(retried.webhookDeliveryRetry).toEqual({ delivery: { status: 'PENDING' }, userErrors: [] });
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'SUCCEEDED');
    const requests = receiver.at(target.path);
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(new Set([dead.messageId]));
    // The API cannot write pg-boss's tables: the worker's sweeper queued the redelivery's job.
    expect(await jobsOf(dead.id)).toHaveLength(4);
  });

  it("buries a delivery whose job pg-boss gave up on (the dead-letter queue), visible as DEAD", async () => {
    const target = await endpoint(tenants.viewers.staffP, ['LOCATION_ARCHIVED']);
    // A secret the key ring cannot decrypt (for a while): the handler throws before any request goes out.
    const [{ secret_encrypted: secret }] = await hub.sql<{ secret_encrypted: string }>('select secret_encrypted from webhook_endpoint where id = ?', [rowIdOf(target.id)]);
    await hub.sql("update webhook_endpoint set secret_encrypted = 'v1:test:broken' where id = ?", [rowIdOf(target.id)]);
    const jobId = randomUUID();
    const [row] = await hub.sql<{ id: number }>(
      "insert into webhook_delivery (endpoint_id, message_id, event_type, payload, job_id) values (?, 'msg_test_dead_letter', 'webhook.ping', '{}', ?) returning id",
      [rowIdOf(target.id), jobId],
    );
    // No retries left for this job, so its first failure goes to the dead-letter queue.
    await jobs.boss.insert([{ id: jobId, name: WEBHOOK_QUEUES.delivery, data: { deliveryId: row.id, jobId }, retryLimit: 0 }]);
    await until(async () => (await hub.sql<{ status: string }>('select status from webhook_delivery where id = ?', [row.id]))[0].status === 'DEAD');
    await hub.sql('update webhook_endpoint set secret_encrypted = ? where id = ?', [secret, rowIdOf(target.id)]);
    const [dead] = await deliveriesOf(target.id, tenants.viewers.staffP, 'DEAD');
    expect(dead).toMatchObject({ messageId: 'msg_test_dead_letter', attempts: 1, lastError: expect.stringMatching(/^The delivery job failed: .+/) });
    expect((await jobsOf(dead.id)).map((job) => job.state)).toEqual(['failed']);
    const [copy] = await hub.sql<{ state: string }>(`select state::text from pgboss.job where name = ? and (data->>'deliveryId')::int = ?`, [WEBHOOK_QUEUES.dead, row.id]);
    expect(copy).toEqual({ state: 'completed' });
    expect(receiver.at(target.path)).toEqual([]);
  });

  it('disables the endpoint on 410 Gone and queues nothing more for it', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    receiver.script(target.path, [{ status: 410 }]);
    await seatsUpdate(5);
    await until(async () => (await deliveriesOf(target.id))[0]?.status === 'DEAD');
    const state = await run('query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status disabledReason } } }', { id: target.id }, tenants.viewers.staffP);
    expect(state.node).toEqual({ status: 'DISABLED', disabledReason: 'The endpoint answered 410 Gone.' });
    await seatsUpdate(6);
    const control = await endpoint(tenants.viewers.staffP, ['OFFER_SEATS_CHANGED']);
    await seatsUpdate(7);
    await until(() => receiver.at(control.path).length > 0);
    expect(await deliveriesOf(target.id)).toHaveLength(1);
    expect(receiver.at(target.path)).toHaveLength(1);
  });

  it('sends a ping on request', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_UPDATED']);
    const ping = await run('mutation($input: WebhookEndpointInput!) { webhookEndpointPing(input: $input) { delivery { eventType status } userErrors { code } } }', { input: { endpoint: target.id } }, tenants.viewers.staffP);
    expect(ping.webhookEndpointPing).toEqual({ delivery: { eventType: 'webhook.ping', status: 'PENDING' }, userErrors: [] });
    await until(() => receiver.at(target.path).length > 0);
    const [request] = receiver.at(target.path);
    expect(new Webhook(target.secret).verify(request.body, request.headers as Record<string, string>)).toMatchObject({ type: 'webhook.ping', data: { endpoint: target.id } });
  });

  it('signs with the old secret too for a day after a rotation', async () => {
    const target = await endpoint(tenants.viewers.staffP, ['OFFER_UPDATED']);
    const rotated = await run('mutation($input: WebhookEndpointInput!) { webhookEndpointRotateSecret(input: $input) { secret userErrors { code } } }', { input: { endpoint: target.id } }, tenants.viewers.staffP);
    const fresh = rotated.webhookEndpointRotateSecret.secret as string;
    expect(fresh).not.toBe(target.secret);
    await run('mutation($input: WebhookEndpointInput!) { webhookEndpointPing(input: $input) { userErrors { code } } }', { input: { endpoint: target.id } }, tenants.viewers.staffP);
    await until(() => receiver.at(target.path).length > 0);
    const [request] = receiver.at(target.path);
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [fresh, target.secret]) expect(() => new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).not.toThrow();
  });
});

describe('the jobs', () => {
  it('show the webhook queues in hub_job_queue_jobs beside the other jobs', async () => {
    const metrics = new HubMetrics({ processMetrics: false });
    watchQueues(metrics, jobs.boss);
    const text = await metrics.render();
    const completed = /^hub_job_queue_jobs\{queue="webhook-delivery",state="completed"\} (\d+)$/m.exec(text);
    expect(Number(completed?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^hub_job_queue_jobs\{queue="webhook-delivery",state="waiting"\} \d+$/m);
    expect(text).toMatch(/^hub_job_queue_jobs\{queue="webhook-delivery-dead",state="waiting"\} \d+$/m);
    expect(text).toMatch(/^hub_job_queue_jobs\{queue="referral-deadline",state="waiting"\} \d+$/m);
  });
});

describe('who receives what', () => {
  it("sends a provider its own referral events, as IDs only, and the public catalogue to hub-wide endpoints, never a provider's drafts", async () => {
    const [vhs] = await hub.sql<{ id: number; offer_id: number }>(
      `select p.id, min(o.id) as offer_id from provider p join offer o on o.provider_id = p.id
       where p.kind = 'VOLKSHOCHSCHULE' and o.status = 'PUBLISHED' and (o.capacity is null or o.capacity > o.seats_taken + o.seats_referred + 2) group by p.id order by p.id limit 1`,
    );
    const staff = await hub.signIn({ subject: 'staff-vhs', roles: [Role.PROVIDER_STAFF], provider: toGlobalId('Provider', vhs.id) });
    const own = await endpoint(staff, ['REFERRAL_CREATED', 'REFERRAL_WITHDRAWN', 'OFFER_CREATED']);
    const other = await endpoint(tenants.viewers.staffQ, ['REFERRAL_CREATED', 'OFFER_CREATED', 'OFFER_UPDATED']);
    const hubWide = await endpoint(tenants.viewers.admin, ['OFFER_UPDATED', 'OFFER_SEATS_CHANGED']);

    const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
    const referral = await run('mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { id } userErrors { message } } }', { input: { client: refs.client, offer: toGlobalId('Offer', vhs.offer_id) } }, tenants.viewers.managerA);
    const referralId = referral.referralCreate.referral.id as string;
    // A draft of the provider: its own endpoint hears of it, the public one does not.
    const draft = await run('mutation($input: OfferCreateInput!) { offerCreate(input: $input) { offer { id } userErrors { message } } }', { input: { fields: { programme: 'SPRACHCAFE', title: 'Webhook-Entwurf', startDate: '2027-03-01' } } }, staff);
    const draftId = draft.offerCreate.offer.id as string;

    // The referral took a seat of a public offer: a SEATS_CHANGED change of the public catalogue.
    await until(() => receiver.at(own.path).length >= 2 && receiver.at(hubWide.path).length >= 1);
    const ownTypes = receiver.at(own.path).map((request) => JSON.parse(request.body));
    expect(ownTypes).toEqual(expect.arrayContaining([
      { type: 'referral.created', timestamp: expect.any(String), data: { referral: referralId, offer: toGlobalId('Offer', vhs.offer_id), provider: toGlobalId('Provider', vhs.id) } },
      { type: 'offer.created', timestamp: expect.any(String), data: { offer: draftId, provider: toGlobalId('Provider', vhs.id), version: 1 } },
    ]));
    const publicEvents = receiver.at(hubWide.path).map((request) => JSON.parse(request.body));
    expect(publicEvents).toContainEqual({ type: 'offer.seats_changed', timestamp: expect.any(String), data: { offer: toGlobalId('Offer', vhs.offer_id), provider: toGlobalId('Provider', vhs.id), version: null } });
    // Nothing about people: no name, birth date, or client ID in any body.
    for (const request of [...receiver.at(own.path), ...receiver.at(hubWide.path)]) {
      expect(request.body).not.toMatch(/Beispielzadeh|Testa|1990-|Client/);
      expect(request.body).not.toContain(refs.client);
    }
    // A while later: still nothing for the other provider, nor the draft for the public endpoint.
    await sleep(1_000);
    expect(receiver.at(other.path)).toEqual([]);
    expect(receiver.at(hubWide.path).some((request) => request.body.includes(draftId))).toBe(false);
  });

  it("lets no provider see or manage another provider's endpoints and deliveries", async () => {
    const ofP = await endpoint(tenants.viewers.staffP, ['OFFER_UPDATED']);
    await run('mutation($input: WebhookEndpointInput!) { webhookEndpointPing(input: $input) { userErrors { code } } }', { input: { endpoint: ofP.id } }, tenants.viewers.staffP);
    const [delivery] = await deliveriesOf(ofP.id);
    const q = tenants.viewers.staffQ;
    const listed = await run('{ webhookEndpoints(first: 100) { nodes { id } } webhookDeliveries(first: 100) { nodes { id } } }', {}, q);
    expect(JSON.stringify(listed)).not.toContain(ofP.id);
    expect(JSON.stringify(listed)).not.toContain(delivery.id);
    expect((await run('query($id: ID!) { node(id: $id) { id } }', { id: ofP.id }, q)).node).toBeNull();
    expect((await run('query($id: ID!) { node(id: $id) { id } }', { id: delivery.id }, q)).node).toBeNull();
    expect(await deliveriesOf(ofP.id, q)).toEqual([]);
    const update = await run('mutation($input: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $input) { webhookEndpoint { id } userErrors { code } } }', { input: { endpoint: ofP.id, url: receiver.url('/stolen') } }, q);
    expect(update.webhookEndpointUpdate).toEqual({ webhookEndpoint: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const removed = await run('mutation($input: WebhookEndpointInput!) { webhookEndpointDelete(input: $input) { deletedWebhookEndpointId userErrors { code } } }', { input: { endpoint: ofP.id } }, q);
    expect(removed.webhookEndpointDelete).toEqual({ deletedWebhookEndpointId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const retry = await run('mutation($input: WebhookDeliveryRetryInput!) { webhookDeliveryRetry(input: $input) { delivery { id } userErrors { code } } }', { input: { delivery: delivery.id } }, q);
    expect(retry.webhookDeliveryRetry).toEqual({ delivery: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const forOther = await run(CREATE, { input: { url: receiver.url('/for-p'), events: ['OFFER_UPDATED'], provider: tenants.providerP.globalId } }, q);
    expect(forOther.webhookEndpointCreate.userErrors).toMatchObject([{ field: ['input', 'provider'], code: 'NOT_FOUND' }]);
    // Row-level security says the same without the service: provider Q's settings see none of P's rows.
    const endpointId = Number(Buffer.from(ofP.id, 'base64url').toString().split(':')[1]);
    const rows = await hub.sqlAsApp<{ count: number }>(
      'select (select count(*)::int from webhook_endpoint where id = ?) + (select count(*)::int from webhook_delivery where endpoint_id = ?) as count',
      [endpointId, endpointId],
      { 'hub.provider_id': String(tenants.providerQ.id), 'hub.roles': 'PROVIDER_STAFF' },
    );
    expect(rows[0].count).toBe(0);
    // The admin sees it; its own provider deletes it, with its deliveries.
    expect((await run('query($id: ID!) { node(id: $id) { id } }', { id: ofP.id }, tenants.viewers.admin)).node).toEqual({ id: ofP.id });
    const deleted = await run('mutation($input: WebhookEndpointInput!) { webhookEndpointDelete(input: $input) { deletedWebhookEndpointId userErrors { code } } }', { input: { endpoint: ofP.id } }, tenants.viewers.staffP);
    expect(deleted.webhookEndpointDelete).toEqual({ deletedWebhookEndpointId: ofP.id, userErrors: [] });
    expect(await hub.sql('select id from webhook_delivery where endpoint_id = ?', [endpointId])).toEqual([]);
  });
});
