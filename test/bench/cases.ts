/**
 * The fixed benchmark mix. Each case is one GraphQL operation a partner portal would send;
 * `deepPage` gets its cursor at run time (the position of row 20,000 in the same ordering).
 */
export interface BenchCase {
  name: string;
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** Bearer token for cases a signed-in person sends; none for the public catalogue. */
  authorization?: string;
}

const OFFER_CARD = `
  edges {
    cursor
    distanceKm
    node {
      id title family programme startDate freeSeats format childcare
      provider { id name }
      location { latitude longitude municipality { name district { name code } } }
    }
  }
  pageInfo { hasNextPage endCursor }`;

const SEARCH = `query Search($filter: OfferFilter, $orderBy: OfferOrder, $first: Int, $after: String) {
  offers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {${OFFER_CARD}
  }
}`;

export const PAGE_SIZE = 20;
export const DEEP_PAGE = 1000;

export function benchCases(deepCursor: string, deepPage: number): BenchCase[] {
  return [
    {
      name: 'radius',
      description: '25 km around Stuttgart, language courses with free seats, by distance',
      query: SEARCH,
      variables: {
        filter: { near: { latitude: 48.7758, longitude: 9.1829, radiusKm: 25 }, families: ['LANGUAGE_COURSE'], hasFreeSeats: true },
        orderBy: { field: 'DISTANCE' },
        first: PAGE_SIZE,
      },
    },
    {
      name: 'fulltext',
      description: '"Integrationskurs Vormittag", A1, in person, by relevance',
      query: SEARCH,
      variables: { filter: { text: 'Integrationskurs Vormittag', levels: ['A1'], formats: ['IN_PERSON'] }, first: PAGE_SIZE },
    },
    {
      name: 'startDate',
      description: 'free seats, by start date (page 1)',
      query: SEARCH,
      variables: { filter: { hasFreeSeats: true }, orderBy: { field: 'START_DATE' }, first: PAGE_SIZE },
    },
    {
      name: 'deepPage',
      description: `free seats, by start date, page ${deepPage} (keyset cursor)`,
      query: SEARCH,
      variables: { filter: { hasFreeSeats: true }, orderBy: { field: 'START_DATE' }, first: PAGE_SIZE, after: deepCursor },
    },
  ];
}
