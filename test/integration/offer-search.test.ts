import { SearchOfferIdsDocument, SearchOffersDocument, type OfferFilter, type SearchOffersQuery, type SearchOffersQueryVariables } from '../generated/graphql';
import { haversineKm } from '../support/geo';
import { collectAllOffers } from '../support/paging';
import { createTestHub, type TestHub } from '../support/test-hub';
import { fromGlobalId, toGlobalId } from '../../src/core/relay/global-id';
import { ANONYMOUS } from '../../src/core/auth/viewer';
import { toSearchFilter } from '../../src/offers/offer.resolver';
import { OfferSearchService } from '../../src/offers/search/offer-search.service';
import { CRITERIA } from '../../src/offers/search/filter';

/** The published catalogue as raw rows: the independent side of every comparison below. */
interface Row {
  id: number;
  family: string;
  programme: string;
  start_date: string;
  end_date: string | null;
  rolling_entry: boolean;
  entry_level_min: string | null;
  entry_level_max: string | null;
  audiences: string[];
  childcare: boolean;
  format: string;
  capacity: number | null;
  seats_taken: number;
  provider_id: number;
  district_id: number | null;
  latitude: number | null;
  longitude: number | null;
}

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

let hub: TestHub;
let rows: Row[];

beforeAll(async () => {
  hub = await createTestHub();
  rows = await hub.sql<Row>(`
    select o.id, o.family, o.programme, o.start_date::text as start_date, o.end_date::text as end_date, o.rolling_entry,
      o.entry_level_min, o.entry_level_max, o.audiences, o.childcare, o.format, o.capacity, o.seats_taken,
      o.provider_id, m.district_id, l.latitude, l.longitude
    from offer o left join location l on l.id = o.location_id left join municipality m on m.id = l.municipality_id
    where o.status = 'PUBLISHED'`);
});

afterAll(() => hub.close());

const idsOf = (edges: Array<{ node: { id: string } }>) => edges.map((edge) => fromGlobalId(edge.node.id).id);
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function allIds(filter: OfferFilter): Promise<number[]> {
  return idsOf(await collectAllOffers(hub, SearchOfferIdsDocument, { filter, first: 100 }));
}

describe('radius search', () => {
  const origins = [
    { name: 'Stuttgart', latitude: 48.7758, longitude: 9.1829, radiusKm: 25 },
    { name: 'Freiburg', latitude: 47.999, longitude: 7.8421, radiusKm: 40 },
    { name: 'Ulm, small radius', latitude: 48.4011, longitude: 9.9876, radiusKm: 7.5 },
  ];

  it.each(origins)('returns exactly the offers a brute-force haversine finds around $name', async ({ latitude, longitude, radiusKm }) => {
    const expected = rows
      .filter((row) => row.latitude !== null && haversineKm(latitude, longitude, row.latitude, row.longitude!) <= radiusKm)
      .map((row) => row.id);
    expect(expected.length).toBeGreaterThan(5);

    const edges = await collectAllOffers(hub, SearchOfferIdsDocument, { filter: { near: { latitude, longitude, radiusKm } }, first: 100 });
    expect(sorted(idsOf(edges))).toEqual(sorted(expected));

    // Default order with a point is by distance, and each edge reports its distance.
    const byId = new Map(rows.map((row) => [row.id, row]));
    let previous = -1;
    for (const edge of edges) {
      const row = byId.get(fromGlobalId(edge.node.id).id)!;
      expect(edge.distanceKm).toBeCloseTo(haversineKm(latitude, longitude, row.latitude!, row.longitude!), 6);
      expect(edge.distanceKm!).toBeGreaterThanOrEqual(previous);
      previous = edge.distanceKm!;
    }
  });

  it('accepts a municipality or a postal code as origin', async () => {
    const [stuttgart] = await hub.sql<{ id: number; latitude: number; longitude: number; postal_code: string }>(
      `select id, latitude, longitude, postal_code from municipality where name = 'Stuttgart'`,
    );
    const expected = sorted(
      rows.filter((row) => row.latitude !== null && haversineKm(stuttgart.latitude, stuttgart.longitude, row.latitude, row.longitude!) <= 20).map((row) => row.id),
    );
    expect(sorted(await allIds({ near: { municipality: toGlobalId('Municipality', stuttgart.id), radiusKm: 20 } }))).toEqual(expected);
    expect(sorted(await allIds({ near: { postalCode: stuttgart.postal_code, radiusKm: 20 } }))).toEqual(expected);
  });
});

describe('filters', () => {
  const today = '2027-01-15';
  const admits = (row: Row, level: string) =>
    (row.entry_level_min === null || LEVELS.indexOf(row.entry_level_min) <= LEVELS.indexOf(level)) &&
    (row.entry_level_max === null || LEVELS.indexOf(row.entry_level_max) >= LEVELS.indexOf(level));
  const joinableFrom = (row: Row, date: string) => row.start_date >= date || (row.rolling_entry && (row.end_date === null || row.end_date >= date));

  const cases: Array<[string, () => OfferFilter, (row: Row) => boolean]> = [
    ['families', () => ({ families: ['VOLUNTEER_PROGRAMME'] }), (row) => row.family === 'VOLUNTEER_PROGRAMME'],
    ['programmes', () => ({ programmes: ['INTEGRATIONSKURS_ALLGEMEIN', 'VABO'] }), (row) => ['INTEGRATIONSKURS_ALLGEMEIN', 'VABO'].includes(row.programme)],
    ['startsFrom', () => ({ startsFrom: today }), (row) => joinableFrom(row, today)],
    ['startsUntil', () => ({ startsUntil: today }), (row) => row.start_date <= today],
    ['levels', () => ({ levels: ['B1'] }), (row) => admits(row, 'B1')],
    ['audiences', () => ({ audiences: ['WOMEN', 'YOUTH'] }), (row) => row.audiences.some((a) => ['WOMEN', 'YOUTH'].includes(a))],
    ['childcare', () => ({ childcare: true }), (row) => row.childcare],
    ['formats', () => ({ formats: ['ONLINE', 'HYBRID'] }), (row) => ['ONLINE', 'HYBRID'].includes(row.format)],
    ['hasFreeSeats', () => ({ hasFreeSeats: true }), (row) => row.capacity === null || row.capacity > row.seats_taken],
    ['full offers', () => ({ hasFreeSeats: false }), (row) => row.capacity !== null && row.capacity <= row.seats_taken],
    ['provider', () => ({ provider: toGlobalId('Provider', rows[0].provider_id) }), (row) => row.provider_id === rows[0].provider_id],
    ['district', () => ({ district: toGlobalId('District', 1) }), (row) => row.district_id === 1],
  ];

  it.each(cases)('honours %s', async (_name, filter, predicate) => {
    const expected = sorted(rows.filter(predicate).map((row) => row.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    expect(sorted(await allIds(filter()))).toEqual(expected);
  });

  const everyFilter: OfferFilter = {
    families: ['LANGUAGE_COURSE'],
    near: { latitude: 48.7758, longitude: 9.1829, radiusKm: 60 },
    startsFrom: '2026-10-01',
    levels: ['A1', 'A2'],
    formats: ['IN_PERSON', 'HYBRID'],
    hasFreeSeats: true,
  };
  /** The oracle of each criterion of everyFilter, by the name the search gives it. */
  const everyFilterOracle: Record<string, (row: Row) => boolean> = {
    FAMILY: (row) => row.family === 'LANGUAGE_COURSE',
    DISTANCE: (row) => row.latitude !== null && haversineKm(48.7758, 9.1829, row.latitude, row.longitude!) <= 60,
    STARTS_FROM: (row) => joinableFrom(row, '2026-10-01'),
    CEFR_LEVEL: (row) => admits(row, 'A1') || admits(row, 'A2'),
    FORMAT: (row) => ['IN_PERSON', 'HYBRID'].includes(row.format),
    FREE_SEATS: (row) => row.capacity === null || row.capacity > row.seats_taken,
  };

  it('honours every filter at once', async () => {
    const expected = rows.filter((row) => Object.values(everyFilterOracle).every((holds) => holds(row)));
    expect(expected.length).toBeGreaterThan(3);
    expect(sorted(await allIds(everyFilter))).toEqual(sorted(expected.map((row) => row.id)));
  });

  describe('criteria held, offer by offer', () => {
    const criteriaHeld = (filter: OfferFilter, ids: number[]) =>
      new OfferSearchService(hub.orm.em.fork()).criteriaHeld(ANONYMOUS, toSearchFilter(filter as never), ids);

    it.each(cases)('evaluates %s as its own criterion, holding exactly where the oracle does', async (_name, filter, predicate) => {
      const held = await criteriaHeld(filter(), rows.map((row) => row.id));
      expect(held.size).toBe(rows.length);
      for (const row of rows) {
        const outcomes = held.get(row.id)!;
        expect(outcomes).toHaveLength(1);
        expect([row.id, outcomes[0].held]).toEqual([row.id, predicate(row)]);
      }
    });

    it('names each criterion of a combined filter and whether it held, for every offer', async () => {
      const held = await criteriaHeld(everyFilter, rows.map((row) => row.id));
      const names = Object.keys(everyFilterOracle);
      let partly = 0;
      for (const row of rows) {
        const outcomes = held.get(row.id)!;
        expect(outcomes.map((outcome) => outcome.criterion).sort()).toEqual([...names].sort());
        const expected = Object.fromEntries(names.map((name) => [name, everyFilterOracle[name](row)]));
        expect([row.id, Object.fromEntries(outcomes.map((outcome) => [outcome.criterion, outcome.held]))]).toEqual([row.id, expected]);
        const count = outcomes.filter((outcome) => outcome.held).length;
        if (count > 0 && count < names.length) partly++;
      }
      expect(partly).toBeGreaterThan(10);
      // Every criterion of the search can be named, in the order of the WHERE clause.
      expect(CRITERIA).toEqual(expect.arrayContaining(names));
    });

    it('leaves out offers the viewer cannot find, and asks nothing of an empty filter', async () => {
      const [draft] = await hub.sql<{ id: number }>(`select id from offer where status <> 'PUBLISHED' order by id limit 1`);
      const held = await criteriaHeld({}, [draft.id, rows[0].id]);
      expect([...held.entries()]).toEqual([[rows[0].id, []]]);
    });
  });
});

describe('full text', () => {
  it('finds German words in titles and descriptions', async () => {
    const titles = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' and title ilike '%Integrationskurs%'`);
    const found = new Set(await allIds({ text: 'Integrationskurs' }));
    expect(titles.length).toBeGreaterThan(0);
    for (const { id } of titles) expect(found.has(id)).toBe(true);
  });

  it('tolerates typos and missing accents in the title', async () => {
    const cafes = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' and title ilike '%Sprachcafé%'`);
    expect(cafes.length).toBeGreaterThan(0);
    for (const text of ['Sprachcafe', 'Sprachkafé', 'Integratoinskurs', 'integrationskurz vormitag']) {
      const result = await hub.execute(SearchOfferIdsDocument, { filter: { text }, first: 5 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.offers.totalCount).toBeGreaterThan(0);
    }
    const found = new Set(await allIds({ text: 'Sprachcafe' }));
    for (const { id } of cafes) expect(found.has(id)).toBe(true);
  });

  it('ranks by relevance by default when text is given', async () => {
    const result = await hub.execute(SearchOffersDocument, { filter: { text: 'Sprachcafé' }, first: 5 });
    expect(result.data!.offers.edges[0].node.title).toMatch(/Sprachcaf/i);
  });
});

describe('paging', () => {
  it('visits every match once, in order, forwards and backwards', async () => {
    const filter: OfferFilter = { families: ['LANGUAGE_COURSE'] };
    const expected = await hub.sql<{ id: number }>(
      `select id from offer where status = 'PUBLISHED' and family = 'LANGUAGE_COURSE' order by start_date, id`,
    );
    const forward = idsOf(await collectAllOffers(hub, SearchOfferIdsDocument, { filter, first: 37 }));
    expect(forward).toEqual(expected.map((row) => row.id));

    const backward: number[] = [];
    let before: string | null | undefined = null;
    for (;;) {
      const result: Awaited<ReturnType<typeof hub.execute<SearchOffersQuery, SearchOffersQueryVariables>>> = await hub.execute(SearchOffersDocument, { filter, last: 41, before });
      const { edges, pageInfo } = result.data!.offers;
      backward.unshift(...idsOf(edges));
      if (!pageInfo.hasPreviousPage) break;
      before = pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('pages a distance ordering and a relevance ordering without gaps or duplicates', async () => {
    for (const filter of [{ near: { latitude: 48.99, longitude: 8.4, radiusKm: 50 } }, { text: 'Kurs Deutsch' }] as OfferFilter[]) {
      const small = idsOf(await collectAllOffers(hub, SearchOfferIdsDocument, { filter, first: 7 }));
      const large = idsOf(await collectAllOffers(hub, SearchOfferIdsDocument, { filter, first: 100 }));
      expect(small.length).toBeGreaterThan(7);
      expect(new Set(small).size).toBe(small.length);
      expect(small).toEqual(large);
    }
  });
});

describe('visibility', () => {
  it('never shows drafts or archived offers', async () => {
    const hidden = await hub.sql<{ id: number; title: string }>(`select id, title from offer where status <> 'PUBLISHED' order by id limit 6`);
    expect(hidden.length).toBeGreaterThan(0);
    const all = new Set(await allIds({}));
    expect(all.size).toBe(rows.length);
    for (const offer of hidden) {
      expect(all.has(offer.id)).toBe(false);
      const byText = await allIds({ text: offer.title });
      expect(byText).not.toContain(offer.id);
    }
  });
});

describe('statement count', () => {
  it('serves a 50-offer page with provider, location, municipality and district in a fixed number of statements', async () => {
    const small = await hub.execute(SearchOffersDocument, { first: 5 });
    const large = await hub.execute(SearchOffersDocument, { first: 50 });
    const near = await hub.execute(SearchOffersDocument, { first: 50, filter: { near: { latitude: 48.7758, longitude: 9.1829, radiusKm: 100 } } });
    expect(large.data!.offers.edges).toHaveLength(50);
    expect(large.data!.offers.edges.every((edge) => edge.node.provider.name && (!edge.node.location || edge.node.location.municipality.district.code))).toBe(true);
    // One statement for the page with everything nested in it, whatever its size …
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(1);
    expect(near.statements).toBe(1);
    // … and one more only when totalCount is selected.
    const counted = await hub.execute(SearchOfferIdsDocument, { first: 50 });
    expect(counted.statements).toBe(2);
  });
});
