import { NodeByIdDocument, NodesByIdsDocument, SearchOffersDocument, type SearchOffersQueryVariables } from '../generated/graphql';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

async function tableCounts(): Promise<Record<string, number>> {
  const [row] = await hub.sql<Record<string, number>>(`select
    (select count(*)::int from offer) as offers, (select count(*)::int from provider) as providers,
    (select count(*)::int from location) as locations, (select count(*)::int from municipality) as municipalities`);
  return row;
}

const near = { latitude: 48.7758, longitude: 9.1829, radiusKm: 25 };
const cases: Array<[string, SearchOffersQueryVariables, string, string]> = [
  ['first above 100', { first: 1000 }, 'PAGE_SIZE_EXCEEDED', 'first'],
  ['negative first', { first: -1 }, 'INVALID_ARGUMENT', 'first'],
  ['first and last together', { first: 5, last: 5 }, 'INVALID_ARGUMENT', 'last'],
  ['a negative radius', { filter: { near: { ...near, radiusKm: -5 } } }, 'INVALID_ARGUMENT', 'filter.near.radiusKm'],
  ['a zero radius', { filter: { near: { ...near, radiusKm: 0 } } }, 'INVALID_ARGUMENT', 'filter.near.radiusKm'],
  ['a latitude of 200', { filter: { near: { ...near, latitude: 200 } } }, 'INVALID_ARGUMENT', 'filter.near.latitude'],
  ['a longitude of -181', { filter: { near: { ...near, longitude: -181 } } }, 'INVALID_ARGUMENT', 'filter.near.longitude'],
  ['a point without longitude', { filter: { near: { latitude: 48, radiusKm: 5 } } }, 'INVALID_ARGUMENT', 'filter.near.longitude'],
  ['two origins', { filter: { near: { ...near, postalCode: '70173' } } }, 'INVALID_ARGUMENT', 'filter.near'],
  ['a malformed postal code', { filter: { near: { postalCode: '7017', radiusKm: 5 } } }, 'INVALID_ARGUMENT', 'filter.near.postalCode'],
  ['a malformed cursor', { first: 5, after: 'not-a-cursor' }, 'INVALID_CURSOR', 'after'],
  ['a cursor of another ordering', { first: 5, after: Buffer.from('[1.5,3]').toString('base64url') }, 'INVALID_CURSOR', 'after'],
  ['a malformed provider ID', { filter: { provider: 'garbage' } }, 'INVALID_ID', 'filter.provider'],
  ['an ID of the wrong type', { filter: { district: Buffer.from('Offer:1').toString('base64url') } }, 'INVALID_ID', 'filter.district'],
  ['distance order without a point', { orderBy: { field: 'DISTANCE' } }, 'INVALID_ARGUMENT', 'orderBy'],
  ['reversed date range', { filter: { startsFrom: '2027-05-01', startsUntil: '2027-01-01' } }, 'INVALID_ARGUMENT', 'filter.startsUntil'],
];

describe('bad input to offers', () => {
  it.each(cases)('refuses %s with a typed error and changes nothing', async (_name, variables, reason, argument) => {
    const before = await tableCounts();
    const result = await hub.execute(SearchOffersDocument, variables);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason, argument });
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a date that does not exist', async () => {
    const result = await hub.execute(SearchOffersDocument, { filter: { startsFrom: '2027-02-30' } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('not a calendar date');
  });
});

describe('node lookups', () => {
  it('returns a typed error for a malformed ID and null for an unknown one', async () => {
    const malformed = await hub.execute(NodeByIdDocument, { id: '%%%' });
    expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'id' });

    const unknown = await hub.execute(NodeByIdDocument, { id: Buffer.from('Offer:999999').toString('base64url') });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();

    const unknownType = await hub.execute(NodeByIdDocument, { id: Buffer.from('Client:1').toString('base64url') });
    expect(unknownType.data!.node).toBeNull();
  });

  it('hides unpublished offers exactly like missing ones', async () => {
    const [draft] = await hub.sql<{ id: number }>(`select id from offer where status = 'DRAFT' limit 1`);
    const result = await hub.execute(NodeByIdDocument, { id: Buffer.from(`Offer:${draft.id}`).toString('base64url') });
    expect(result).toMatchObject({ data: { node: null } });
    expect(result.errors).toBeUndefined();
  });

  it('resolves several IDs in order, in one batched statement per type', async () => {
    const offers = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' order by id limit 3`);
    const ids = [...offers.map((o) => Buffer.from(`Offer:${o.id}`).toString('base64url')), Buffer.from('District:1').toString('base64url')];
    const result = await hub.execute(NodesByIdsDocument, { ids });
    expect(result.data!.nodes.map((node) => node?.id)).toEqual(ids);
    expect(result.data!.nodes.map((node) => node?.__typename)).toEqual(['Offer', 'Offer', 'Offer', 'District']);
    expect(result.statements).toBe(2);
  });
});
