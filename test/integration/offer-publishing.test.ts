import { toGlobalId } from '../../src/core/relay/global-id';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** Providers publish their own offers and locations: drafts, versions, completeness, closures, the feed's outbox, RLS. */
let hub: TestHub;
let tenants: Tenants;
let placeId: number;
let locationOfP: string;
let locationOfQ: string;

const OFFER = 'offer { id version status title family programme startDate endDate capacity updatedAt seatsStale location { id } }';
const ERRORS = 'userErrors { field code message }';
const CREATE = `mutation($input: OfferCreateInput!) { offerCreate(input: $input) { ${OFFER} ${ERRORS} } }`;
const UPDATE = `mutation($input: OfferUpdateInput!) { offerUpdate(input: $input) { ${OFFER} ${ERRORS} } }`;
const PUBLISH = `mutation($input: OfferPublishInput!) { offerPublish(input: $input) { ${OFFER} ${ERRORS} } }`;
const ARCHIVE = `mutation($input: OfferArchiveInput!) { offerArchive(input: $input) { ${OFFER} ${ERRORS} } }`;
const LOCATION_CREATE = `mutation($input: LocationCreateInput!) { locationCreate(input: $input) { location { id street archivedAt } ${ERRORS} } }`;
const LOCATION_ARCHIVE = `mutation($input: LocationArchiveInput!) { locationArchive(input: $input) { location { id archivedAt } ${ERRORS} } }`;

type Payload = { offer: Record<string, any> | null; userErrors: Array<{ field: string[]; code: string; message: string }> };
const payloadOf = (result: { data?: Record<string, unknown> | null; errors?: unknown }, name: string): Payload => {
  expect(result.errors).toBeUndefined();
  return result.data![name] as Payload;
};
const draft = (fields: Record<string, unknown> = {}) => ({ programme: 'SPRACHCAFE', title: 'Sprachcafé am Markt', startDate: '2027-03-01', ...fields });
const create = async (fields: Record<string, unknown>, viewer = tenants.viewers.staffP) => payloadOf(await hub.run(CREATE, { input: { fields } }, viewer), 'offerCreate');
const fieldsOf = (payload: Payload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]);
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  [{ id: placeId }] = await hub.sql<{ id: number }>("select id from municipality order by id limit 1");
  const newLocation = async (viewer = tenants.viewers.staffP) => {
    const result = await hub.run(LOCATION_CREATE, { input: { fields: { street: 'Marktplatz 1', postalCode: '72070', municipality: toGlobalId('Municipality', placeId), latitude: 48.52, longitude: 9.05 } } }, viewer);
    expect(result.errors).toBeUndefined();
    return (result.data!.locationCreate as { location: { id: string } }).location.id;
  };
  locationOfP = await newLocation();
  locationOfQ = await newLocation(tenants.viewers.staffQ);
});
afterAll(() => hub.close());

describe('offerCreate', () => {
  it('creates a draft of the viewer’s provider, the family derived from the programme, at version 1', async () => {
    const created = await create(draft({ programme: 'INTEGRATIONSKURS_ALLGEMEIN' }), tenants.viewers.keyP);
    expect(created.userErrors).toEqual([]);
    expect(created.offer).toMatchObject({ version: 1, status: 'DRAFT', family: 'LANGUAGE_COURSE', seatsStale: false });
    const [row] = await hub.sql<{ provider_id: number; status: string }>('select provider_id, status from offer where id = ?', [idOf(created.offer!.id)]);
    expect(row).toEqual({ provider_id: tenants.providerP.id, status: 'DRAFT' });
  });

  it('refuses every bad field at once with its path, and writes nothing', async () => {
    const [{ count: before }] = await hub.sql<{ count: number }>('select count(*)::int as count from offer');
    const refused = await create(draft({ title: ' ', endDate: '2027-01-01', entryLevelMin: 'B2', entryLevelMax: 'A2', minAge: 30, maxAge: 18, capacity: -1, supportLanguages: ['Arabic'] }));
    expect(refused.offer).toBeNull();
    expect(fieldsOf(refused).sort()).toEqual([
      ['input.fields.capacity', 'INVALID'], ['input.fields.endDate', 'INVALID'], ['input.fields.entryLevelMax', 'INVALID'],
      ['input.fields.maxAge', 'INVALID'], ['input.fields.supportLanguages', 'INVALID'], ['input.fields.title', 'INVALID'],
    ]);
    const missing = await create({ title: 'Ohne Programm' });
    expect(fieldsOf(missing).sort()).toEqual([['input.fields.programme', 'INVALID'], ['input.fields.startDate', 'INVALID']]);
    const [{ count: after }] = await hub.sql<{ count: number }>('select count(*)::int as count from offer');
    expect(after).toBe(before);
  });

  it('refuses a Jugend- or Eltern- und Frauenintegrationskurs starting from 1 May 2025, and accepts one that started before', async () => {
    for (const programme of ['INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN']) {
      const refused = await create(draft({ programme, startDate: '2025-05-01' }));
      expect(fieldsOf(refused)).toEqual([['input.fields.programme', 'PROGRAMME_ENDED']]);
      expect(refused.userErrors[0].message).toContain('IK_SPECIAL_TYPES_ENDED');
    }
    expect((await create(draft({ programme: 'INTEGRATIONSKURS_JUGEND', startDate: '2025-04-30' }))).userErrors).toEqual([]);
  });

  it("answers another provider's location like a missing one", async () => {
    const foreign = await create(draft({ location: locationOfQ }));
    const missing = await create(draft({ location: toGlobalId('Location', 2_147_000_000) }));
    expect(foreign).toEqual(missing);
    expect(fieldsOf(foreign)).toEqual([['input.fields.location', 'NOT_FOUND']]);
  });
});

describe('offerUpdate, offerPublish, offerArchive', () => {
  it('publishes only a complete offer, and the public catalogue then lists it', async () => {
    const { offer } = await create(draft({ format: 'IN_PERSON' }));
    const incomplete = payloadOf(await hub.run(PUBLISH, { input: { offer: offer!.id } }, tenants.viewers.staffP), 'offerPublish');
    expect(fieldsOf(incomplete).sort()).toEqual([['input.description', 'INCOMPLETE'], ['input.location', 'INCOMPLETE']]);

    const updated = payloadOf(await hub.run(UPDATE, { input: { offer: offer!.id, version: 1, fields: { description: 'Jeden Montag.', location: locationOfP } } }, tenants.viewers.staffP), 'offerUpdate');
    expect(updated).toMatchObject({ offer: { version: 2, location: { id: locationOfP } }, userErrors: [] });
    const published = payloadOf(await hub.run(PUBLISH, { input: { offer: offer!.id, version: 2 } }, tenants.viewers.staffP), 'offerPublish');
    expect(published).toMatchObject({ offer: { version: 3, status: 'PUBLISHED' }, userErrors: [] });
    const seen = await hub.run('query($id: ID!) { node(id: $id) { ... on Offer { id status } } }', { id: offer!.id });
    expect(seen.data!.node).toEqual({ id: offer!.id, status: 'PUBLISHED' });

    // A published offer must stay complete; archiving takes it out of the public catalogue.
    const emptied = payloadOf(await hub.run(UPDATE, { input: { offer: offer!.id, version: 3, fields: { description: '' } } }, tenants.viewers.staffP), 'offerUpdate');
    expect(fieldsOf(emptied)).toEqual([['input.fields.description', 'INCOMPLETE']]);
    const archived = payloadOf(await hub.run(ARCHIVE, { input: { offer: offer!.id } }, tenants.viewers.staffP), 'offerArchive');
    expect(archived.offer).toMatchObject({ status: 'ARCHIVED', version: 4 });
    expect((await hub.run('query($id: ID!) { node(id: $id) { id } }', { id: offer!.id })).data!.node).toBeNull();
  });

  it('lets one of two updates from the same version win; the other gets CONFLICT with the current version', async () => {
    const { offer } = await create(draft());
    const send = (title: string) => hub.run(UPDATE, { input: { offer: offer!.id, version: 1, fields: { title } } }, tenants.viewers.staffP);
    const answers = (await Promise.all([send('Erster'), send('Zweiter')])).map((result) => payloadOf(result, 'offerUpdate'));
    const winners = answers.filter((answer) => answer.userErrors.length === 0);
    const losers = answers.filter((answer) => answer.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(fieldsOf(losers[0])).toEqual([['input.version', 'CONFLICT']]);
    expect(losers[0].offer).toMatchObject({ version: 2, title: winners[0].offer!.title });
    const [row] = await hub.sql<{ title: string; version: number }>('select title, version from offer where id = ?', [idOf(offer!.id)]);
    expect(row).toEqual({ title: winners[0].offer!.title, version: 2 });
  });

  it("answers another provider's offers exactly like missing ones, for every mutation", async () => {
    const { offer } = await create(draft());
    const missing = toGlobalId('Offer', 2_147_000_000);
    for (const [document, name, input] of [
      [UPDATE, 'offerUpdate', { version: 1, fields: { title: 'Fremd' } }],
      [PUBLISH, 'offerPublish', {}],
      [ARCHIVE, 'offerArchive', {}],
    ] as const) {
      // The answers, statement counts and HTTP status alike (the statements' texts name the IDs asked for).
      const { sent: _foreignSql, ...foreign } = await hub.run(document, { input: { offer: offer!.id, ...input } }, tenants.viewers.staffQ);
      const { sent: _absentSql, ...absent } = await hub.run(document, { input: { offer: missing, ...input } }, tenants.viewers.staffQ);
      expect(foreign).toEqual(absent);
      expect(fieldsOf(payloadOf(foreign, name))).toEqual([['input.offer', 'NOT_FOUND']]);
    }
    const [row] = await hub.sql<{ title: string; status: string; version: number }>('select title, status, version from offer where id = ?', [idOf(offer!.id)]);
    expect(row).toEqual({ title: 'Sprachcafé am Markt', status: 'DRAFT', version: 1 });
  });

  it('writes each change into the catalogue outbox in its transaction, public once published, with a tombstone when it leaves', async () => {
    const { offer } = await create(draft({ description: 'Offen für alle.', format: 'ONLINE' }));
    await hub.run(PUBLISH, { input: { offer: offer!.id } }, tenants.viewers.staffP);
    await hub.run(UPDATE, { input: { offer: offer!.id, version: 2, fields: { capacity: 12 } } }, tenants.viewers.staffP);
    await hub.run(ARCHIVE, { input: { offer: offer!.id } }, tenants.viewers.staffP);
    const rows = await hub.sql<{ action: string; public: boolean; version: number }>("select action, public, version from catalogue_change where subject_type = 'OFFER' and subject_id = ? order by tx, id", [idOf(offer!.id)]);
    expect(rows).toEqual([
      { action: 'CREATED', public: false, version: 1 },
      { action: 'PUBLISHED', public: true, version: 2 },
      { action: 'SEATS_CHANGED', public: true, version: 3 },
      { action: 'ARCHIVED', public: true, version: 4 },
    ]);
  });
});

describe('row-level security and locations', () => {
  it('refuses, in the database, an insert or update for another provider', async () => {
    const settings = { 'hub.provider_id': String(tenants.providerP.id), 'hub.roles': 'PROVIDER_STAFF' };
    await expect(hub.sqlAsApp("insert into offer (provider_id, family, programme, title, description, start_date) values (?, 'VOLUNTEER_PROGRAMME', 'SPRACHCAFE', 'x', '', '2027-01-01')", [tenants.providerQ.id], settings)).rejects.toThrow(/row-level security/);
    const [ofQ] = await hub.sql<{ id: number; title: string }>('select id, title from offer where provider_id = ? order by id limit 1', [tenants.providerQ.id]);
    await hub.sqlAsApp("update offer set title = 'gekapert' where id = ?", [ofQ.id], settings);
    expect((await hub.sql<{ title: string }>('select title from offer where id = ?', [ofQ.id]))[0].title).toBe(ofQ.title);
    await expect(hub.sqlAsApp("insert into offer (provider_id, family, programme, title, description, start_date, seats_referred) values (?, 'VOLUNTEER_PROGRAMME', 'SPRACHCAFE', 'x', '', '2027-01-01', 5)", [tenants.providerP.id], settings)).rejects.toThrow(/row-level security/);
    await expect(hub.sqlAsApp("update location set street = 'x' where id = ?", [idOf(locationOfQ)], settings)).resolves.toEqual([]);
    expect((await hub.sql<{ street: string }>('select street from location where id = ?', [idOf(locationOfQ)]))[0].street).toBe('Marktplatz 1');
  });

  it('refuses coordinates outside Baden-Württemberg and archives a location only when no published offer meets there', async () => {
    const outside = await hub.run(LOCATION_CREATE, { input: { fields: { street: 'Alexanderplatz 1', postalCode: '10178', municipality: toGlobalId('Municipality', placeId), latitude: 52.52, longitude: 13.41 } } }, tenants.viewers.staffP);
    expect((outside.data!.locationCreate as Payload).userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.fields.latitude', 'input.fields.longitude']);

    const { offer } = await create(draft({ description: 'Mit Ort.', location: locationOfP }));
    await hub.run(PUBLISH, { input: { offer: offer!.id } }, tenants.viewers.staffP);
    const inUse = await hub.run(LOCATION_ARCHIVE, { input: { location: locationOfP } }, tenants.viewers.staffP);
    expect((inUse.data!.locationArchive as Payload).userErrors).toMatchObject([{ field: ['input', 'location'], code: 'INVALID' }]);
    await hub.run(ARCHIVE, { input: { offer: offer!.id } }, tenants.viewers.staffP);
    const done = await hub.run(LOCATION_ARCHIVE, { input: { location: locationOfP } }, tenants.viewers.staffP);
    expect((done.data!.locationArchive as { location: { archivedAt: string | null } }).location.archivedAt).not.toBeNull();
    // An archived location takes no new offers.
    expect(fieldsOf(await create(draft({ location: locationOfP })))).toEqual([['input.fields.location', 'NOT_FOUND']]);
  });
});

describe('Provider.offers and Provider.locations', () => {
  const LIST = 'query($id: ID!) { node(id: $id) { ... on Provider { offers(first: 100, filter: { statuses: [DRAFT] }) { totalCount nodes { status } } locations(first: 100) { totalCount nodes { id archivedAt } } } } }';

  it("shows drafts and archived locations to the provider's own staff only", async () => {
    const own = await hub.run(LIST, { id: tenants.providerP.globalId }, tenants.viewers.staffP);
    const ownOffers = (own.data!.node as { offers: { totalCount: number; nodes: Array<{ status: string }> } }).offers;
    const [{ count: drafts }] = await hub.sql<{ count: number }>("select count(*)::int as count from offer where provider_id = ? and status = 'DRAFT'", [tenants.providerP.id]);
    expect(ownOffers.totalCount).toBe(drafts);
    expect(ownOffers.nodes.every((node) => node.status === 'DRAFT')).toBe(true);
    expect(drafts).toBeGreaterThan(0);

    for (const viewer of [tenants.viewers.staffQ, tenants.viewers.managerA, undefined]) {
      const other = await hub.run(LIST, { id: tenants.providerP.globalId }, viewer);
      const node = other.data!.node as { offers: { totalCount: number }; locations: { nodes: Array<{ id: string; archivedAt: string | null }> } };
      expect(node.offers.totalCount).toBe(0);
      expect(node.locations.nodes.map((location) => location.id)).not.toContain(locationOfP);
    }
    const ownLocations = (own.data!.node as { locations: { nodes: Array<{ id: string }> } }).locations.nodes.map((location) => location.id);
    expect(ownLocations).toContain(locationOfP);
  });
});
