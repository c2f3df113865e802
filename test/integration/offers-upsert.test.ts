import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** offersUpsert: by external ID, all or nothing, per-item results, idempotency keys (replay, reuse, concurrency, expiry). */
let hub: TestHub;
let tenants: Tenants;
let serial = 0;

const UPSERT = `mutation($input: OffersUpsertInput!) { offersUpsert(input: $input) {
  applied replayed items { index externalId status offer version userErrors { field code } } userErrors { field code } } }`;
type ItemResult = { index: number; externalId: string; status: string; offer: string | null; version: number | null; userErrors: Array<{ field: string[]; code: string }> };
type Answer = { applied: boolean; replayed: boolean; items: ItemResult[]; userErrors: Array<{ field: string[]; code: string }> };

async function upsert(items: unknown[], idempotencyKey?: string, viewer: Viewer = tenants.viewers.keyP): Promise<Answer> {
  const result = await hub.run(UPSERT, { input: { items, idempotencyKey } }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.offersUpsert as Answer;
}

const fresh = (prefix: string) => `${prefix}-${++serial}-${Date.now()}`;
const course = (externalId: string, fields: Record<string, unknown> = {}, publish?: boolean) => ({
  externalId,
  fields: { programme: 'SPRACHCAFE', title: `Kurs ${externalId}`, startDate: '2027-03-01', format: 'ONLINE', description: 'Jeden Dienstag.', ...fields },
  ...(publish === undefined ? {} : { publish }),
});
const rowsOf = (providerId: number, externalIds: string[]) =>
  hub.sql<{ external_id: string; status: string; title: string; version: number }>(
    'select external_id, status, title, version from offer where provider_id = ? and external_id = any(?::text[]) order by external_id', [providerId, `{${externalIds.join(',')}}`],
  );
const feedRows = async () => (await hub.sql<{ n: number }>('select count(*)::int as n from catalogue_change'))[0].n;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

describe('offersUpsert', () => {
  it('creates by external ID, then updates, leaves unchanged ones alone, and publishes on request', async () => {
    const [a, b] = [fresh('a'), fresh('b')];
    const created = await upsert([course(a), course(b, {}, true)]);
    expect(created).toMatchObject({ applied: true, replayed: false, userErrors: [] });
    expect(created.items.map(({ index, externalId, status, version }) => ({ index, externalId, status, version }))).toEqual([
      { index: 0, externalId: a, status: 'CREATED', version: 1 },
      { index: 1, externalId: b, status: 'CREATED', version: 2 },
    ]);
    expect((await rowsOf(tenants.providerP.id, [a, b])).map((row) => [row.external_id, row.status])).toEqual([[a, 'DRAFT'], [b, 'PUBLISHED']]);

    const before = await feedRows();
    const again = await upsert([course(a, { title: 'Neuer Titel' }), course(b)]);
    expect(again.items.map((item) => [item.status, item.version, item.offer])).toEqual([['UPDATED', 2, created.items[0].offer], ['UNCHANGED', 2, created.items[1].offer]]);
    expect((await rowsOf(tenants.providerP.id, [a, b])).map((row) => [row.title, row.version])).toEqual([['Neuer Titel', 2], [`Kurs ${b}`, 2]]);
    // Only the changed offer enters the outbox.
    expect(await feedRows()).toBe(before + 1);
  });

  it('keeps external IDs per provider', async () => {
    const id = fresh('shared');
    await upsert([course(id)]);
    const ofQ = await upsert([course(id, { title: 'Von Q' })], undefined, tenants.viewers.staffQ);
    expect(ofQ.items[0].status).toBe('CREATED');
    expect((await rowsOf(tenants.providerP.id, [id]))[0].title).toBe(`Kurs ${id}`);
    expect((await rowsOf(tenants.providerQ.id, [id]))[0].title).toBe('Von Q');
  });

  it('refuses the whole batch for one bad item, naming its path, and writes nothing', async () => {
    const ids = [fresh('ok'), fresh('bad'), fresh('ok2')];
    const before = await feedRows();
    const refused = await upsert([course(ids[0]), course(ids[1], { endDate: '2020-01-01' }), course(ids[2]), course(ids[2])]);
    expect(refused.applied).toBe(false);
    expect(refused.items.map((item) => item.status)).toEqual(['NOT_APPLIED', 'REFUSED', 'NOT_APPLIED', 'REFUSED']);
    expect(refused.items[1].userErrors).toEqual([{ field: ['input', 'items', '1', 'fields', 'endDate'], code: 'INVALID' }]);
    expect(refused.items[3].userErrors).toEqual([{ field: ['input', 'items', '3', 'externalId'], code: 'INVALID' }]);
    expect(refused.userErrors.map((error) => error.field.join('.'))).toEqual(['input.items.1.fields.endDate', 'input.items.3.externalId']);
    expect(await rowsOf(tenants.providerP.id, ids)).toEqual([]);
    expect(await feedRows()).toBe(before);
  });

  it('records seat changes and publication like single writes, and stores every kind of field as given', async () => {
    const [a, b] = [fresh('seats'), fresh('fields')];
    await upsert([course(a, { capacity: 12 })]);
    const [{ confirmed: confirmedBefore }] = await hub.sql<{ confirmed: number }>('select extract(epoch from seats_confirmed_at)::float8 as confirmed from offer where provider_id = ? and external_id = ?', [tenants.providerP.id, a]);
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0)::text as last from catalogue_change');
    const odd = 'Ermäßigt: "Sozialpass" \\ {a,b} – 50 %';
    const given = { supportLanguages: ['ar', 'uk'], weekdays: ['MONDAY', 'FRIDAY'], hoursPerWeek: 2.5, feeEuro: 0, minAge: 16, maxAge: null, costNote: odd, entryLevelMin: 'A1', childcare: true };
    const answer = await upsert([course(a, { capacity: 10, seatsTaken: 3 }, true), course(b, given)]);
    expect(answer.items.map((item) => [item.status, item.version])).toEqual([['UPDATED', 3], ['CREATED', 1]]);

    const [rowA] = await hub.sql<{ status: string; capacity: number; seats_taken: number; version: number; confirmed: number }>(
      'select status, capacity, seats_taken, version, extract(epoch from seats_confirmed_at)::float8 as confirmed from offer where provider_id = ? and external_id = ?', [tenants.providerP.id, a]);
    expect(rowA).toMatchObject({ status: 'PUBLISHED', capacity: 10, seats_taken: 3, version: 3 });
    expect(rowA.confirmed).toBeGreaterThan(confirmedBefore);
    const idA = Number(Buffer.from(answer.items[0].offer!, 'base64url').toString().split(':')[1]);
    const idB = Number(Buffer.from(answer.items[1].offer!, 'base64url').toString().split(':')[1]);
    expect(await hub.sql('select subject_id, action, public, version from catalogue_change where id > ?::bigint order by id', [last])).toEqual([
      { subject_id: idA, action: 'SEATS_CHANGED', public: false, version: 2 },
      { subject_id: idB, action: 'CREATED', public: false, version: 1 },
      { subject_id: idA, action: 'PUBLISHED', public: true, version: 3 },
    ]);

    const [rowB] = await hub.sql('select support_languages, weekdays, hours_per_week, fee_euro, min_age, max_age, cost_note, entry_level_min, childcare, capacity from offer where id = ?', [idB]);
    expect(rowB).toEqual({ support_languages: ['ar', 'uk'], weekdays: ['MONDAY', 'FRIDAY'], hours_per_week: 2.5, fee_euro: 0, min_age: 16, max_age: null, cost_note: odd, entry_level_min: 'A1', childcare: true, capacity: null });
    // Read back, the same fields compare equal: nothing to write.
    expect((await upsert([course(b, given)])).items.map((item) => [item.status, item.version])).toEqual([['UNCHANGED', 1]]);
  });

  it("refuses another provider's location like a missing one", async () => {
    const [{ id: placeId }] = await hub.sql<{ id: number }>('select id from municipality order by id limit 1');
    const created = await hub.run(`mutation($input: LocationCreateInput!) { locationCreate(input: $input) { location { id } } }`,
      { input: { fields: { street: 'Marktplatz 2', postalCode: '72070', municipality: toGlobalId('Municipality', placeId), latitude: 48.52, longitude: 9.05 } } }, tenants.viewers.staffQ);
    expect(created.errors).toBeUndefined();
    const ofQ = (created.data!.locationCreate as { location: { id: string } }).location.id;
    const refused = await upsert([course(fresh('elsewhere'), { format: 'IN_PERSON', location: ofQ })]);
    expect(refused.applied).toBe(false);
    expect(refused.items[0].userErrors).toEqual([{ field: ['input', 'items', '0', 'fields', 'location'], code: 'NOT_FOUND' }]);
  });

  it('refuses more than 500 items', async () => {
    const many = Array.from({ length: 501 }, (_, i) => course(`many-${i}`));
    const refused = await upsert(many);
    expect(refused).toMatchObject({ applied: false, items: [], userErrors: [{ field: ['input', 'items'], code: 'INVALID' }] });
  });
});

describe('idempotency keys', () => {
  it('answers a replay with the first answer and changes nothing; another input under the key is refused', async () => {
    const key = fresh('key');
    const items = [course(fresh('idem')), course(fresh('idem'), {}, true)];
    const first = await upsert(items, key);
    expect(first.applied).toBe(true);
    const before = await feedRows();
    const replay = await upsert(items, key);
    expect(replay).toEqual({ ...first, replayed: true });
    expect(await feedRows()).toBe(before);
    expect(await rowsOf(tenants.providerP.id, items.map((item) => item.externalId))).toHaveLength(2);

    // The same items with their fields in another order are the same input.
    const reordered = items.map((item) => ({ publish: item.publish, fields: Object.fromEntries(Object.entries(item.fields).reverse()), externalId: item.externalId }));
    expect((await upsert(reordered, key)).replayed).toBe(true);

    const other = await upsert([course(items[0].externalId, { title: 'Anders' })], key);
    expect(other).toEqual({ applied: false, replayed: false, items: [], userErrors: [{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }] });
    expect((await rowsOf(tenants.providerP.id, [items[0].externalId]))[0].title).toBe(`Kurs ${items[0].externalId}`);
  });

  it("keeps one provider's keys apart from another's", async () => {
    const key = fresh('key');
    await upsert([course(fresh('p'))], key);
    const ofQ = await upsert([course(fresh('q'))], key, tenants.viewers.staffQ);
    expect(ofQ).toMatchObject({ applied: true, replayed: false });
  });

  it('stores nothing for a refused batch: the corrected input may use the same key', async () => {
    const key = fresh('key');
    const id = fresh('fix');
    expect((await upsert([course(id, { capacity: -1 })], key)).applied).toBe(false);
    expect(await upsert([course(id)], key)).toMatchObject({ applied: true, replayed: false });
  });

  it('lets a key expire after 24 hours', async () => {
    const key = fresh('key');
    await upsert([course(fresh('old'))], key);
    await hub.sql("update offer_upsert_key set created_at = now() - interval '25 hours' where key = ?", [key]);
    expect(await upsert([course(fresh('new'))], key)).toMatchObject({ applied: true, replayed: false });
  });

  it('applies 10 concurrent calls with one key once: the others replay or are told it is in progress', async () => {
    const key = fresh('key');
    const items = [course(fresh('race')), course(fresh('race'))];
    const answers = await Promise.all(Array.from({ length: 10 }, () => upsert(items, key)));
    const applied = answers.filter((answer) => answer.applied && !answer.replayed);
    expect(applied).toHaveLength(1);
    for (const answer of answers.filter((candidate) => candidate !== applied[0])) {
      if (answer.replayed) expect(answer.items).toEqual(applied[0].items);
      else expect(answer.userErrors).toEqual([{ field: ['input', 'idempotencyKey'], code: 'IN_PROGRESS' }]);
    }
    expect((await rowsOf(tenants.providerP.id, items.map((item) => item.externalId))).map((row) => row.version)).toEqual([1, 1]);
    expect((await upsert(items, key)).replayed).toBe(true);
  });

  it('applies concurrent calls without a key that create the same offers one after the other: one creates, the others update or leave them alone', async () => {
    const items = [course(fresh('same')), course(fresh('same')), course(fresh('same'))];
    const answers = await Promise.all(Array.from({ length: 8 }, () => upsert(items)));
    for (const answer of answers) expect(answer).toMatchObject({ applied: true, userErrors: [] });
    const statuses = answers.flatMap((answer) => answer.items.map((item) => item.status));
    expect(statuses.filter((status) => status === 'CREATED')).toHaveLength(items.length);
    expect((await rowsOf(tenants.providerP.id, items.map((item) => item.externalId))).map((row) => row.version)).toEqual([1, 1, 1]);
  });

  it('is for provider staff and keys only', async () => {
    const result = await hub.run(UPSERT, { input: { items: [course(fresh('x'))] } }, tenants.viewers.managerA);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
