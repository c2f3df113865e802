import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ANONYMOUS, type UserViewer, type Viewer } from '../../src/core/auth/viewer';
import { unauthenticated } from '../../src/core/auth/authenticate';
import { attachSubscriptions, type RunningSubscriptions } from '../../src/core/graphql/subscriptions';
import { toGlobalId } from '../../src/core/relay/global-id';
import { buildHubSchema, requestEnvironment } from '../../src/app/hub';
import { aClient, aConsent, insert } from '../factories';
import { print } from 'graphql';
import { ClientCreateDocument, ReferralAcceptDocument, ReferralCreateDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { startTestHttp, type TestHttp } from '../support/test-http';
import { createTestHub, silentLogger, TEST_LIMITS, type TestHub } from '../support/test-hub';
import { eventually } from '../support/eventually';

let hub: TestHub;
let tenants: Tenants;
let http: TestHttp;
let subscriptions: RunningSubscriptions;
const sockets: WsClient[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  // Tokens of this test: a name per viewer; anything else is refused, no token is anonymous.
  const byToken: Record<string, Viewer> = {
    'Bearer manager-a': tenants.viewers.managerA, 'Bearer manager-b': tenants.viewers.managerB,
    'Bearer staff-p': tenants.viewers.staffP, 'Bearer staff-q': tenants.viewers.staffQ,
  };
  const authenticate = async (authorization: string | undefined) => {
    if (authorization === undefined) return ANONYMOUS;
    const viewer = byToken[authorization];
    if (!viewer) throw unauthenticated('Unknown token');
    return viewer;
  };
  http = await startTestHttp(hub, { authenticate });
  subscriptions = attachSubscriptions(http.server, { schema: await buildHubSchema(), environment: requestEnvironment(hub.orm, silentLogger), authenticate, limits: TEST_LIMITS });
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await subscriptions.close();
  await http.close();
  await hub.close();
});

interface Change { referral: string; client: string; offer: string; action: string; from: string | null; to: string }

/** Subscribes as the holder of `token` (none: anonymous); resolves once the server acknowledged the connection, or rejects when it refused it. */
async function subscribe(token: string | null, variables: Record<string, unknown> = {}, query = 'subscription($client: ID, $offer: ID) { referralStatusChanged(client: $client, offer: $offer) { referral client offer action from to at } }') {
  const received: Change[] = [];
  const errors: unknown[] = [];
  let acknowledged!: () => void;
  let refused!: (reason: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => ((acknowledged = resolve), (refused = reject)));
  const socket = createClient({
    url: `${http.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
    connectionParams: token === null ? {} : { authorization: `Bearer ${token}` },
    on: { connected: () => acknowledged(), closed: (event) => refused(event) },
    onNonLazyError: () => undefined,
  });
  sockets.push(socket);
  await connected;
  socket.subscribe<{ referralStatusChanged: Change }>(
    { query, variables },
    { next: (message) => (message.data ? received.push(message.data.referralStatusChanged) : errors.push(message.errors)), error: (error) => errors.push(error), complete: () => undefined },
  );
  return { received, errors };
}

const until = (check: () => boolean, what: string) => eventually(what, check, { timeoutMs: 20_000 });

it('delivers a transition to the manager of the client and the provider, not to others; anonymous connections are refused', async () => {
  const managerA = tenants.viewers.managerA as UserViewer;
  const [offer] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and status = 'PUBLISHED' and (capacity is null or capacity > seats_taken + seats_referred + 1) order by id limit 1", [tenants.providerP.id]);
  const clientId = await insert(hub, async (em) => {
    const client = await aClient(em, { agencyId: tenants.agencyA.id, managerId: managerA.userId });
    aConsent(em, client, { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 86_400_000) });
    await em.flush();
    return client.id;
  });

  await expect(subscribe(null)).rejects.toMatchObject({ code: 4403 });
  await expect(subscribe('forged')).rejects.toMatchObject({ code: 4403 });
  const asManagerA = await subscribe('manager-a');
  const asManagerAOfTheClient = await subscribe('manager-a', { client: toGlobalId('Client', clientId) });
  const asStaffP = await subscribe('staff-p', { offer: toGlobalId('Offer', offer.id) });
  const asManagerB = await subscribe('manager-b');
  const asStaffQ = await subscribe('staff-q');
  // LISTEN is set up when the first event is awaited: give the subscriptions a moment to start.
  await new Promise((resolve) => setTimeout(resolve, 300));

  const created = await hub.execute(ReferralCreateDocument, { input: { client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offer.id) } }, managerA);
  const referral = created.data!.referralCreate.referral!.id;
  const accepted = await hub.execute(ReferralAcceptDocument, { input: { referral } }, tenants.viewers.staffP);
  expect(accepted.data!.referralAccept.userErrors).toEqual([]);

  const ofThis = (changes: Change[]) => changes.filter((c) => c.referral === referral).map((c) => [c.action, c.from, c.to]);
  const expected = [['CREATE', null, 'REQUESTED'], ['ACCEPT', 'REQUESTED', 'ACCEPTED']];
  await until(() => ofThis(asManagerA.received).length === 2 && ofThis(asStaffP.received).length === 2 && ofThis(asManagerAOfTheClient.received).length === 2, 'the authorized subscribers');
  expect(ofThis(asManagerA.received)).toEqual(expected);
  expect(ofThis(asManagerAOfTheClient.received)).toEqual(expected);
  expect(ofThis(asStaffP.received)).toEqual(expected);
  expect(asManagerA.received.find((c) => c.referral === referral)).toEqual(expect.objectContaining({ client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offer.id) }));
  // The same notifications reached every connection's feed; the others filtered them out.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(ofThis(asManagerB.received)).toEqual([]);
  expect(ofThis(asStaffQ.received)).toEqual([]);
  expect([asManagerA, asStaffP, asManagerB, asStaffQ].flatMap((s) => s.errors)).toEqual([]);
}, 60_000);

it('holds subscriptions to the limits of /graphql: a document with too many aliases is refused', async () => {
  const aliases = Array.from({ length: TEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: referral`).join(' ');
  const tooWide = await subscribe('manager-a', {}, `subscription { referralStatusChanged { ${aliases} } }`);
  await until(() => tooWide.errors.length > 0, 'the refusal');
  expect(JSON.stringify(tooWide.errors)).toContain('ALIAS_LIMIT_EXCEEDED');
});

it('carries subscriptions only: a query or a mutation sent over the socket is refused and changes nothing', async () => {
  // Over the socket they would run outside the request's transaction: no tenant settings, no audit of what was read.
  const read = await subscribe('manager-a', { first: 5 }, 'query Caseload($first: Int) { caseload(first: $first) { totalCount edges { node { familyName } } } }');
  const [place] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? limit 1', [tenants.agencyA.id]);
  const familyName = 'Websocketowa';
  const input = { givenNames: 'Lina', familyName, birthDate: '1990-04-01', municipality: toGlobalId('Municipality', place.id) };
  const write = await subscribe('manager-a', { input }, print(ClientCreateDocument));
  await until(() => read.errors.length > 0 && write.errors.length > 0, 'both refusals');
  for (const refused of [read, write]) {
    expect(refused.received).toEqual([]);
    expect(JSON.stringify(refused.errors)).toContain('BAD_REQUEST');
    expect(JSON.stringify(refused.errors)).toContain('subscriptions only');
  }
  expect(await hub.sql('select id from client where family_name = ?', [familyName])).toEqual([]);
});

it("answers a subscription's errors with the codes /graphql uses", async () => {
  const badId = await subscribe('manager-a', { client: 'not-an-id' });
  const badVariable = await subscribe('manager-a', { client: { not: 'an ID' } });
  await until(() => badId.errors.length > 0 && badVariable.errors.length > 0, 'both errors');
  const codes = (errors: unknown[]) => (errors.flat() as Array<{ extensions?: { code?: string } }>).map((error) => error.extensions?.code);
  expect(codes(badId.errors)).toEqual(['BAD_USER_INPUT']);
  expect(codes(badVariable.errors)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(badVariable.errors)).toContain('$client');
});
