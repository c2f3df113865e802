import { DistrictsDocument, MunicipalitiesDocument, OfferFacetsDocument, OfferMeetingTimesDocument, ProvidersDocument } from '../generated/graphql';
import { collectAllOffers } from '../support/paging';
import { createTestHub, type TestHub } from '../support/test-hub';
import { fromGlobalId } from '../../src/core/relay/global-id';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('reference geography', () => {
  it('lists the 44 districts of Baden-Württemberg with their AGS', async () => {
    const result = await hub.execute(DistrictsDocument, { first: 100 });
    const { nodes, totalCount } = result.data!.districts;
    expect(totalCount).toBe(44);
    expect(nodes).toHaveLength(44);
    expect(nodes.filter((d) => d.kind === 'STADTKREIS').map((d) => d.code).sort()).toEqual(
      ['08111', '08121', '08211', '08212', '08221', '08222', '08231', '08311', '08421'],
    );
    expect(nodes.every((d) => /^08\d{3}$/.test(d.code) && d.population > 0)).toBe(true);
  });

  it('finds municipalities by name regardless of case and accents', async () => {
    const result = await hub.execute(MunicipalitiesDocument, { search: 'tubingen', first: 10 });
    const names = result.data!.municipalities.nodes.map((m) => m.name);
    expect(names).toContain('Tübingen');
    const stuttgart = (await hub.execute(MunicipalitiesDocument, { search: 'Stuttgart', first: 10 })).data!.municipalities.nodes.find((m) => m.name === 'Stuttgart');
    expect(stuttgart).toMatchObject({ district: { code: '08111' } });
    expect(stuttgart!.latitude).toBeCloseTo(48.78, 1);
  });
});

describe('providers', () => {
  it('pages providers by name', async () => {
    const first = await hub.execute(ProvidersDocument, { first: 10 });
    const second = await hub.execute(ProvidersDocument, { first: 10, after: first.data!.providers.pageInfo.endCursor });
    const names = [...first.data!.providers.nodes, ...second.data!.providers.nodes].map((p) => p.name);
    const [{ count }] = await hub.sql<{ count: number }>('select count(*)::int as count from provider');
    expect(first.data!.providers.totalCount).toBe(count);
    expect(new Set(names).size).toBe(20);
    const expected = await hub.sql<{ name: string }>('select name from provider order by name, id limit 20');
    expect(names).toEqual(expected.map((row) => row.name));
  });
});

describe('offer facets', () => {
  it('counts per family, programme, district and format for the same filter as the search', async () => {
    const filter = { hasFreeSeats: true, near: { latitude: 48.7758, longitude: 9.1829, radiusKm: 80 } };
    const result = await hub.execute(OfferFacetsDocument, { filter });
    expect(result.errors).toBeUndefined();
    const facets = result.data!.offerFacets;
    const expected = await hub.sql<{ family: string; count: number }>(`
      select o.family, count(*)::int as count from offer o join location l on l.id = o.location_id
      where o.status = 'PUBLISHED' and (o.capacity is null or o.capacity > o.seats_taken)
        and hub_distance_km(48.7758, 9.1829, l.latitude, l.longitude) <= 80
      group by o.family`);
    expect(Object.fromEntries(facets.families.map((f) => [f.family, f.count]))).toEqual(Object.fromEntries(expected.map((e) => [e.family, e.count])));
    const total = expected.reduce((sum, e) => sum + e.count, 0);
    for (const breakdown of [facets.programmes, facets.formats, facets.districts]) {
      expect(breakdown.reduce((sum, f) => sum + f.count, 0)).toBe(total);
    }
    expect(facets.districts.every((d) => d.district.code.startsWith('08'))).toBe(true);
  });
});

describe('offer meeting times', () => {
  it('are each weekday at each part of the day, by weekday then part of the day, as the stored lists say', async () => {
    // The oracle: the cross product of the stored lists, in SQL, ordered by an explicit calendar.
    const expected = await hub.sql<{ id: number; slots: string[] }>(`
      select o.id, array(
        select day || ' ' || part
        from (select distinct d::text as day from unnest(o.weekdays) d) days
        cross join (select distinct t::text as part from unnest(o.times_of_day) t) parts
        order by array_position(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'], day),
          array_position(array['MORNING', 'AFTERNOON', 'EVENING'], part)
      ) as slots
      from offer o where o.status = 'PUBLISHED'`);
    const edges = await collectAllOffers(hub, OfferMeetingTimesDocument, { first: 100 });
    expect(edges).toHaveLength(expected.length);
    const actual = new Map(edges.map(({ node }) => [fromGlobalId(node.id).id, node.meetingTimes.map((slot) => `${slot.weekday} ${slot.partOfDay}`)]));
    for (const { id, slots } of expected) expect([id, actual.get(id)]).toEqual([id, slots]);
    // The catalogue has offers meeting on several days at several parts of the day, and offers meeting at none.
    expect(expected.some(({ slots }) => new Set(slots.map((slot) => slot.split(' ')[0])).size > 1 && new Set(slots.map((slot) => slot.split(' ')[1])).size > 1)).toBe(true);
    expect(expected.every(({ slots }) => slots.length <= 21)).toBe(true);
  });

  it('keep weekdays and timesOfDay as they are', async () => {
    const edges = await collectAllOffers(hub, OfferMeetingTimesDocument, { first: 100 });
    const stored = new Map(
      (await hub.sql<{ id: number; weekdays: string[]; times_of_day: string[] }>(`select id, weekdays, times_of_day from offer where status = 'PUBLISHED'`)).map((row) => [row.id, row]),
    );
    for (const { node } of edges) {
      const row = stored.get(fromGlobalId(node.id).id)!;
      expect([node.weekdays, node.timesOfDay]).toEqual([row.weekdays, row.times_of_day]);
    }
  });
});
