import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserViewer } from '../../src/core/auth/viewer';
import { applySettings } from '../../src/core/database/tenant-settings';
import { toGlobalId } from '../../src/core/relay/global-id';
import { aClient, aConsent, insert } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** The public catalogue changes feed: commit order, paging, late commits, tombstones, referral seats. */
let hub: TestHub;
let tenants: Tenants;

const FEED = 'query($after: String, $first: Int) { catalogueChanges(after: $after, first: $first) { edges { cursor node { subjectType subjectId providerId action removed version } } pageInfo { hasNextPage endCursor } } }';
type Change = { subjectType: string; subjectId: string; providerId: string; action: string; removed: boolean; version: number | null };
type Feed = { edges: Array<{ cursor: string; node: Change }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function page(after: string | null, first = 100, viewer = undefined as undefined | UserViewer): Promise<Feed> {
  const result = await hub.run(FEED, { after, first }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.catalogueChanges as Feed;
}

/** Everything after `after`, page by page; returns the changes and the last cursor. */
async function drain(after: string | null, first = 100): Promise<{ changes: Change[]; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const next = await page(cursor, first);
    changes.push(...next.edges.map((edge) => edge.node));
    cursor = next.pageInfo.endCursor;
    if (!next.pageInfo.hasNextPage) return { changes, cursor };
  }
}

/**
 * Waits until every committed feed row is below the oldest running transaction. Transaction IDs
 * are cluster-wide, so other test files' transactions (other databases) hold the feed back too.
 */
async function settle(): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 50) {
    const [{ done }] = await hub.sql<{ done: boolean }>('select coalesce((select max(tx) from catalogue_change) < pg_snapshot_xmin(pg_current_snapshot()), true) as done');
    if (done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the feed did not settle');
}

/** Everything after `after` once the feed has caught up with what committed. */
async function drainSettled(after: string | null, first = 100) {
  await settle();
  return drain(after, first);
}

/** The feed's end now: the cursor a consumer starting today would keep. */
const tail = async () => (await drainSettled(null)).cursor;

const CREATE = 'mutation($input: OfferCreateInput!) { offerCreate(input: $input) { offer { id version } userErrors { field code } } }';
const UPDATE = 'mutation($input: OfferUpdateInput!) { offerUpdate(input: $input) { offer { id version } userErrors { field code } } }';
const PUBLISH = 'mutation($input: OfferPublishInput!) { offerPublish(input: $input) { offer { id version } userErrors { field code } } }';
const ARCHIVE = 'mutation($input: OfferArchiveInput!) { offerArchive(input: $input) { offer { id version } userErrors { field code } } }';

async function mutate(document: string, input: Record<string, unknown>, name: string): Promise<{ id: string; version: number }> {
  const result = await hub.run(document, { input }, tenants.viewers.staffP);
  expect(result.errors).toBeUndefined();
  const payload = result.data![name] as { offer: { id: string; version: number }; userErrors: unknown[] };
  expect(payload.userErrors).toEqual([]);
  return payload.offer;
}

/** A published, complete online offer of provider P, made through the API. */
async function publishedOffer(title: string): Promise<string> {
  const { id } = await mutate(CREATE, { fields: { programme: 'SPRACHCAFE', title, startDate: '2027-03-01', format: 'ONLINE', description: 'Jeden Montag.' } }, 'offerCreate');
  await mutate(PUBLISH, { offer: id }, 'offerPublish');
  return id;
}

/** A transaction of provider P's app role, left open: it changes an offer's title and writes its feed row, like a request. */
async function openWriter(offerId: string): Promise<EntityManager> {
  const em = hub.orm.em.fork() as EntityManager;
  await em.begin();
  await applySettings(em, { 'hub.provider_id': String(tenants.providerP.id) });
  const id = Number(Buffer.from(offerId, 'base64url').toString().split(':')[1]);
  await em.execute("update offer set title = title || '.', version = version + 1 where id = ?", [id]);
  await em.execute("insert into catalogue_change (subject_type, subject_id, provider_id, action, public, version) select 'OFFER', id, provider_id, 'UPDATED', true, version from offer where id = ?", [id]);
  return em;
}

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

describe('catalogueChanges', () => {
  it('lists public changes in commit order, drafts left out, an archived offer as a removal', async () => {
    const start = await tail();
    const draft = await mutate(CREATE, { fields: { programme: 'SPRACHCAFE', title: 'Entwurf', startDate: '2027-03-01' } }, 'offerCreate');
    const offer = await publishedOffer('Feed eins');
    await mutate(UPDATE, { offer, version: 2, fields: { title: 'Feed eins, neu' } }, 'offerUpdate');
    await mutate(UPDATE, { offer, version: 3, fields: { seatsTaken: 0, capacity: 12 } }, 'offerUpdate');
    await mutate(ARCHIVE, { offer }, 'offerArchive');

    const { changes } = await drainSettled(start);
    expect(changes.map((change) => change.subjectId)).not.toContain(draft.id);
    expect(changes.map(({ subjectId, action, removed, version }) => ({ subjectId, action, removed, version }))).toEqual([
      { subjectId: offer, action: 'PUBLISHED', removed: false, version: 2 },
      { subjectId: offer, action: 'UPDATED', removed: false, version: 3 },
      { subjectId: offer, action: 'SEATS_CHANGED', removed: false, version: 4 },
      { subjectId: offer, action: 'ARCHIVED', removed: true, version: 5 },
    ]);
    expect(changes[0]).toMatchObject({ subjectType: 'OFFER', providerId: tenants.providerP.globalId });
  });

  it('pages without gaps or repeats, and an empty page keeps the cursor', async () => {
    const start = await tail();
    const offers = [];
    for (let i = 0; i < 5; i++) offers.push(await publishedOffer(`Seite ${i}`));
    const byTwo = await drainSettled(start, 2);
    const whole = await drain(start, 100);
    expect(byTwo.changes).toEqual(whole.changes);
    expect(whole.changes.map((change) => change.subjectId)).toEqual(offers);
    const empty = await page(whole.cursor);
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: whole.cursor } });
  });

  it('holds back a change committed after a later transaction, then serves both in transaction order: nothing skipped', async () => {
    const [early, late] = [await publishedOffer('Früh'), await publishedOffer('Spät')];
    const start = await tail();
    const first = await openWriter(early);
    const second = await openWriter(late);
    await second.commit();
    // The second committed, but the first (older) is still running: a cursor past the second would skip the first.
    const meanwhile = await drain(start);
    expect(meanwhile.changes).toEqual([]);
    await first.commit();
    const after = await drainSettled(meanwhile.cursor);
    expect(after.changes.map((change) => change.subjectId)).toEqual([early, late]);
    expect((await drainSettled(after.cursor)).changes).toEqual([]);
  });

  it('serves changes of earlier transactions while a later one is still open', async () => {
    const [one, two] = [await publishedOffer('Eins'), await publishedOffer('Zwei')];
    const start = await tail();
    const committed = await openWriter(one);
    await committed.commit();
    const open = await openWriter(two);
    try {
      expect((await drainSettled(start)).changes.map((change) => change.subjectId)).toEqual([one]);
    } finally {
      await open.rollback();
    }
    // A rolled-back transaction leaves nothing.
    expect((await drainSettled(start)).changes.map((change) => change.subjectId)).toEqual([one]);
  });

  it('lists free-seat changes by referrals (the ledger trigger), without a version', async () => {
    const offer = await publishedOffer('Mit Vermittlung');
    const offerId = Number(Buffer.from(offer, 'base64url').toString().split(':')[1]);
    await hub.sql('update offer set capacity = 5 where id = ?', [offerId]);
    const managerA = tenants.viewers.managerA as UserViewer;
    const clientId = await insert(hub, async (em) => {
      const client = await aClient(em, { agencyId: tenants.agencyA.id, managerId: managerA.userId });
      aConsent(em, client, { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 86_400_000) });
      await em.flush();
      return client.id;
    });
    const start = await tail();
    const referred = await hub.run('mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { seat } userErrors { code } } }', { input: { client: toGlobalId('Client', clientId), offer } }, managerA);
    expect(referred.data!.referralCreate).toEqual({ referral: { seat: 'HELD' }, userErrors: [] });
    expect((await drainSettled(start)).changes).toEqual([{ subjectType: 'OFFER', subjectId: offer, providerId: tenants.providerP.globalId, action: 'SEATS_CHANGED', removed: false, version: null }]);
  });

  it('refuses a cursor that is not one of the feed', async () => {
    const result = await hub.run(FEED, { after: Buffer.from(JSON.stringify([1, 2])).toString('base64url') });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
    const big = await hub.run(FEED, { first: 101 });
    expect(big.errors![0].extensions).toMatchObject({ reason: 'PAGE_SIZE_EXCEEDED' });
  });
});
