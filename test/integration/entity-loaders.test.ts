import { EntityLoaders } from '../../src/core/loaders';
import { Offer } from '../../src/offers/offer.entity';
import { createTestHub, type TestHub } from '../support/test-hub';

/** Child-row loaders: one per kind of rows asked for, so a page's parents share one statement. */
let hub: TestHub;

beforeAll(async () => {
  hub = await createTestHub();
});

afterAll(async () => {
  await hub.close();
});

it('keeps one child-row loader per column, filter and order, each loading its own rows', async () => {
  const [provider] = await hub.sql<{ id: number }>(
    `select provider_id as id from offer group by provider_id having count(*) filter (where id % 2 = 0) >= 2 and count(*) filter (where id % 2 = 1) >= 1 order by provider_id limit 1`,
  );
  const oracle = async (where: string, order: string) => (await hub.sql<{ id: number }>(`select id from offer where provider_id = ? ${where} order by id ${order}`, [provider!.id])).map((row) => row.id);
  const loaders = new EntityLoaders(hub.ownerEm());

  const all = loaders.byColumn(Offer, 'provider_id');
  const even = loaders.byColumn(Offer, 'provider_id', { where: 'a.id % 2 = 0' });
  const newestFirst = loaders.byColumn(Offer, 'provider_id', { orderBy: 'a.id desc' });
  expect(loaders.byColumn(Offer, 'provider_id', {})).toBe(all);
  expect(loaders.byColumn(Offer, 'provider_id', { where: 'a.id % 2 = 0' })).toBe(even);
  expect(new Set([all, even, newestFirst]).size).toBe(3);

  const ids = async (loader: typeof all) => (await loader.load(provider!.id)).map((offer) => offer.id);
  expect(await ids(all)).toEqual(await oracle('', 'asc'));
  expect(await ids(even)).toEqual(await oracle('and id % 2 = 0', 'asc'));
  expect(await ids(newestFirst)).toEqual(await oracle('', 'desc'));
});
