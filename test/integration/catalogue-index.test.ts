import { Client as PgClient } from 'pg';
import { catalogueIndexOf, type CatalogueIndex, type IndexedOffer } from '../../src/matching/suggestions/catalogue-index';
import { createTestHub, type TestHub } from '../support/test-hub';

// The suggestions' in-memory catalogue must hold exactly the published offers as committed before
// each read, whatever wrote them and in whatever order transactions commit. The oracle is the
// offer table itself, read with plain SQL.

let hub: TestHub;
let index: CatalogueIndex;

beforeAll(async () => {
  hub = await createTestHub();
  index = catalogueIndexOf(hub.orm.em.fork());
}, 60_000);
afterAll(() => hub.close());

const read = async () => new Map([...(await index.published(hub.orm.em.fork()))].map((offer) => [offer.id, offer] as [number, IndexedOffer]));

/** A new published copy of a published offer, written as the owner outside the API; its ID. */
async function copyOfAnOffer(run: (text: string, params: unknown[]) => Promise<Array<{ id: number }>> = (text, params) => hub.sql<{ id: number }>(text, params)): Promise<number> {
  const columns = (await hub.sql<{ name: string }>(`select column_name as name from information_schema.columns where table_name = 'offer' and is_generated = 'NEVER' and column_name not in ('id')`)).map((c) => c.name);
  const [{ id }] = await run(`insert into offer (${columns.join(', ')}) select ${columns.join(', ')} from offer where status = 'PUBLISHED' order by id limit 1 returning id`, []);
  return id;
}

it('holds every published offer and nothing else', async () => {
  const held = await read();
  const published = await hub.sql<{ id: number; seats: number; latitude: number | null }>(
    `select o.id, o.seats_taken + o.seats_referred as seats, l.latitude from offer o left join location l on l.id = o.location_id where o.status = 'PUBLISHED'`,
  );
  expect(held.size).toBe(published.length);
  for (const row of published) {
    expect(held.get(row.id)?.seatsTaken).toBe(row.seats);
    expect(held.get(row.id)?.latitude).toBe(row.latitude);
  }
});

it('sees offers published, changed and archived since its last read, by any writer', async () => {
  await read();
  const id = await copyOfAnOffer();
  expect((await read()).has(id)).toBe(true);

  await hub.sql(`update offer set seats_taken = 0, capacity = 7 where id = ?`, [id]);
  expect((await read()).get(id)?.capacity).toBe(7);

  const [{ location }] = await hub.sql<{ location: number }>('select location_id as location from offer where id = ? and location_id is not null', [id]);
  await hub.sql('update location set latitude = 48.123 where id = ?', [location]);
  expect((await read()).get(id)?.latitude).toBe(48.123);

  await hub.sql(`update offer set status = 'ARCHIVED' where id = ?`, [id]);
  expect((await read()).has(id)).toBe(false);
});

it('misses no transaction that commits after a later one: a read rereads from the oldest still running', async () => {
  await read();
  const slow = new PgClient({ connectionString: hub.ownerUrl });
  await slow.connect();
  try {
    await slow.query('begin');
    // The slow transaction writes first (the lower transaction ID) and commits last.
    const early = await copyOfAnOffer(async (text, params) => (await slow.query<{ id: number }>(text, params)).rows);
    const late = await copyOfAnOffer();
    const between = await read();
    expect(between.has(late)).toBe(true);
    expect(between.has(early)).toBe(false);
    await slow.query('commit');
    expect((await read()).has(early)).toBe(true);
  } finally {
    await slow.end();
  }
});

it('keeps a request\'s uncommitted writes out of the shared index, though it reads inside that transaction', async () => {
  let inside = 0;
  await hub.ownerEm().transactional(async (tx) => {
    const ownIndex = catalogueIndexOf(tx);
    await ownIndex.published(tx);
    [{ id: inside }] = await tx.execute<Array<{ id: number }>>(
      `insert into offer (provider_id, status, family, programme, title, description, start_date)
       select provider_id, 'PUBLISHED', family, programme, 'Nie bestätigt', '-', start_date from offer where status = 'PUBLISHED' order by id limit 1 returning id`,
    );
    expect([...(await ownIndex.published(tx))].some((offer) => offer.id === inside)).toBe(false);
    throw new Error('roll back');
  }).catch((error: Error) => expect(error.message).toBe('roll back'));
  expect((await read()).has(inside)).toBe(false);
});
