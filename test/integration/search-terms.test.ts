import { OfferFacetsDocument, SearchOfferIdsDocument, SearchOffersDocument, type OfferFilter } from '../generated/graphql';
import { haversineKm } from '../support/geo';
import { collectAllOffers } from '../support/paging';
import { createTestHub, type TestHub } from '../support/test-hub';
import { fromGlobalId } from '../../src/core/relay/global-id';

/**
 * Short search terms (CEFR levels, abbreviations) and postal codes as a new user tries them. The
 * expectations come from raw rows and JavaScript regular expressions, never from the search's SQL.
 */
interface Row {
  id: number;
  programme: string;
  title: string;
  /** The programme's search words (hub_programme_keywords): part of what the text search covers. */
  keywords: string;
  description: string;
}

let hub: TestHub;
let rows: Row[];

beforeAll(async () => {
  hub = await createTestHub();
  rows = await hub.sql<Row>(
    `select id, programme::text as programme, title, hub_programme_keywords(programme) as keywords, description from offer where status = 'PUBLISHED'`,
  );
});

afterAll(() => hub.close());

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

async function textSearch(text: string): Promise<number[]> {
  const edges = await collectAllOffers(hub, SearchOfferIdsDocument, { filter: { text }, first: 100 });
  return sorted(edges.map((edge) => fromGlobalId(edge.node.id).id));
}

/** `pattern` as a whole word: no letter or digit right before or after it (so "B1" is a word of "(A2/B1)" and "B1-Niveau"). */
const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
const searchedText = (row: Row) => `${row.title} ${row.keywords} ${row.description}`;
/** The published offers whose searched text contains every pattern as a word. */
const offersWith = (...patterns: string[]) =>
  sorted(rows.filter((row) => patterns.every((pattern) => word(pattern).test(searchedText(row)))).map((row) => row.id));

describe('short terms', () => {
  it('"B1" finds exactly the offers with the word B1, every one with it in the title included', async () => {
    const inTitle = rows.filter((row) => word('B1').test(row.title));
    // The catalogue has "B1" after a slash too ("Konversationskurs Deutsch (A2/B1)").
    expect(inTitle.some((row) => /\/B1/.test(row.title))).toBe(true);
    const found = await textSearch('B1');
    expect(found).toEqual(offersWith('B1'));
    expect(found).toEqual(expect.arrayContaining(inTitle.map((row) => row.id)));
    expect(inTitle.length).toBeGreaterThan(20);
  });

  it('"A2" finds exactly the offers with the word A2', async () => {
    const expected = offersWith('A2');
    expect(expected.length).toBeGreaterThan(20);
    expect(await textSearch('A2')).toEqual(expected);
  });

  it('a two-letter programme keyword ("EQ") finds every offer of that programme', async () => {
    const programme = rows.filter((row) => row.programme === 'EINSTIEGSQUALIFIZIERUNG').map((row) => row.id);
    expect(programme.length).toBeGreaterThan(0);
    const found = await textSearch('EQ');
    expect(found).toEqual(offersWith('EQ'));
    expect(found).toEqual(expect.arrayContaining(programme));
  });

  // Every word is required; the long ones are stemmed, so the oracle allows their inflections.
  it.each([
    ['allgemein B1', ['allgemein(?:e|er|es|en|em)?', 'B1']],
    ['Berufssprachkurs B1', ['berufssprachkurs(?:e|en|es)?', 'B1']],
    ['B1 B2', ['B1', 'B2']],
    ['Integrationskurs A2', ['integrationskurs(?:e|en|es)?', 'A2']],
    ['A2/B1', ['A2', 'B1']],
    ['Integratoinskurs B1', ['integrationskurs(?:e|en|es)?', 'B1']],
  ])('"%s" finds exactly the offers with every word', async (text, patterns) => {
    const expected = offersWith(...patterns);
    expect(expected.length).toBeGreaterThan(0);
    expect(await textSearch(text)).toEqual(expected);
  });

  it('a short word the catalogue lacks finds nothing, instead of being "corrected" into another term', async () => {
    expect(offersWith('IK')).toEqual([]);
    expect(await textSearch('IK')).toEqual([]);
    expect(await textSearch('Integrationskurs IK')).toEqual([]);
  });

  it('short stop words stay stop words', async () => {
    expect(await textSearch('Integrationskurs in')).toEqual(offersWith('integrationskurs(?:e|en|es)?'));
  });
});

describe('postal codes', () => {
  let known: { postal_code: string; latitude: number; longitude: number };
  let unknown: string;

  beforeAll(async () => {
    [known] = await hub.sql<typeof known>(`select postal_code, latitude, longitude from municipality where name = 'Reutlingen'`);
    // 72764 is Reutlingen's real code; the demo places have generated ones, so it may be none of them.
    const taken = new Set(
      (await hub.sql<{ code: string }>('select postal_code as code from municipality union select postal_code from location')).map((row) => row.code),
    );
    unknown = ['72764', '72762', '72766', '72768', '72770'].find((code) => !taken.has(code))!;
    expect(unknown).toBeDefined();
  });

  const unknownCodeError = {
    code: 'BAD_USER_INPUT',
    reason: 'UNKNOWN_POSTAL_CODE',
    argument: 'filter.near.postalCode',
  };

  it('an unknown postal code is a typed error, not an empty result', async () => {
    const filter: OfferFilter = { near: { postalCode: unknown, radiusKm: 20 } };
    const page = await hub.execute(SearchOffersDocument, { filter, first: 10 });
    expect(page.data).toBeNull();
    expect(page.errors).toHaveLength(1);
    expect(page.errors![0].extensions).toEqual(unknownCodeError);
    expect(page.errors![0].path).toEqual(['offers']);
    expect(page.errors![0].message).toContain(unknown);

    const facets = await hub.execute(OfferFacetsDocument, { filter });
    expect(facets.errors?.[0].extensions).toEqual(unknownCodeError);
  });

  it('a known postal code still searches around its place, in one statement per page', async () => {
    const expected = sorted(
      (await hub.sql<{ id: number; latitude: number; longitude: number }>(
        `select o.id, l.latitude, l.longitude from offer o join location l on l.id = o.location_id where o.status = 'PUBLISHED'`,
      ))
        .filter((row) => haversineKm(known.latitude, known.longitude, row.latitude, row.longitude) <= 20)
        .map((row) => row.id),
    );
    expect(expected.length).toBeGreaterThan(0);
    const filter: OfferFilter = { near: { postalCode: known.postal_code, radiusKm: 20 } };
    const edges = await collectAllOffers(hub, SearchOfferIdsDocument, { filter, first: 100 });
    expect(sorted(edges.map((edge) => fromGlobalId(edge.node.id).id))).toEqual(expected);

    const page = await hub.execute(SearchOffersDocument, { filter, first: 10 });
    expect(page.errors).toBeUndefined();
    expect(page.statements).toBe(1);
    // Facets cost what they cost from the same point given as coordinates (their districts load apart).
    const facets = await hub.execute(OfferFacetsDocument, { filter });
    const fromPoint = await hub.execute(OfferFacetsDocument, { filter: { near: { latitude: known.latitude, longitude: known.longitude, radiusKm: 20 } } });
    expect(facets.errors).toBeUndefined();
    expect(facets.data).toEqual(fromPoint.data);
    expect(facets.statements).toBe(fromPoint.statements);
  });

  it('a known postal code without matches is an empty result, at one cheap statement more', async () => {
    const filter: OfferFilter = { near: { postalCode: known.postal_code, radiusKm: 20 }, startsUntil: '1990-01-01' };
    const page = await hub.execute(SearchOfferIdsDocument, { filter, first: 10 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.offers.edges).toEqual([]);
    expect(page.data!.offers.totalCount).toBe(0);
    // The page, its count, and one look-up of the code for both.
    expect(page.statements).toBe(3);
  });
});
