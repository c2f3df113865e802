import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../src/core/relay/global-id';

/** The soak's mixed load (soak.ts): what each kind of request sends, and how an answer counts as an error. */
export interface Kind {
  name: string;
  weight: number;
  /** The request's body and whether it is sent signed in; `random` varies the filters. */
  request(random: () => number, worker: number): { body: unknown; signedIn: boolean };
}

const OFFER_CARD = `edges { cursor distanceKm node { id title family programme startDate freeSeats format provider { id name } location { latitude longitude municipality { name } } } } pageInfo { hasNextPage endCursor }`;
const SEARCH = `query Search($filter: OfferFilter, $orderBy: OfferOrder, $first: Int) { offers(filter: $filter, orderBy: $orderBy, first: $first) { ${OFFER_CARD} } }`;
const CASELOAD = `query Caseload($first: Int) { caseload(first: $first) { edges { node { id familyName givenNames germanLevel
  plan { id version goals { id area status dueDate measures { id step status offer { id title startDate provider { id name } } } } } } } } }`;
const SUGGESTIONS = `query Suggestions($id: ID!) { client(id: $id) { suggestions(first: 10) { edges { score distanceKm node { id title } } } } }`;
const OFFER_FIT = `query OfferFit($id: ID!, $offer: ID!) { client(id: $id) { offerFit(offer: $offer) { score eligible distanceKm excludedBy { code } factors { factor contribution } } } }`;
const UPDATE = `mutation Travel($input: ClientUpdateInput!) { clientUpdate(input: $input) { client { id maxTravelKm } userErrors { code message } } }`;

const PLACES = [
  [48.7758, 9.1829], [49.4875, 8.466], [49.0069, 8.4037], [47.999, 7.8421], [48.4011, 9.9876],
  [49.1427, 9.2109], [48.5216, 9.0576], [47.6779, 9.1732], [48.8922, 9.1936], [48.0594, 8.4641],
];
const TEXTS = ['Integrationskurs Vormittag', 'Berufssprachkurs', 'Alphabetisierung', 'Jugendintegrationskurs', 'Abendkurs', 'Frauenkurs', 'Pflege'];
const FAMILIES = ['LANGUAGE_COURSE', 'SCHOOL_TO_WORK', 'VOLUNTEER_PROGRAMME'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1'];
const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'];

export interface SoakSubjects {
  clients: string[];
  offers: string[];
  travellers: Array<{ id: string; original: number | null }>;
}

export function kinds(subjects: SoakSubjects): Kind[] {
  const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const toggles = new Map<string, boolean>();
  return [
    { name: 'search:near', weight: 3, request: (random) => {
      const [latitude, longitude] = pick(random, PLACES);
      const filter = { near: { latitude, longitude, radiusKm: pick(random, [10, 25, 50]) }, ...(random() < 0.5 ? { families: [pick(random, FAMILIES)] } : {}), ...(random() < 0.5 ? { hasFreeSeats: true } : {}) };
      return { body: { query: SEARCH, variables: { filter, orderBy: { field: 'DISTANCE' }, first: 20 } }, signedIn: false };
    } },
    { name: 'search:text', weight: 2, request: (random) => {
      const filter = { text: pick(random, TEXTS), ...(random() < 0.5 ? { levels: [pick(random, LEVELS)] } : {}) };
      return { body: { query: SEARCH, variables: { filter, first: 20 } }, signedIn: false };
    } },
    { name: 'search:filter', weight: 2, request: (random) => {
      const from = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;
      const filter = { hasFreeSeats: true, startsFrom: from, formats: [pick(random, FORMATS)], levels: [pick(random, LEVELS)] };
      return { body: { query: SEARCH, variables: { filter, orderBy: { field: 'START_DATE' }, first: 20 } }, signedIn: false };
    } },
    { name: 'caseload', weight: 1, request: () => ({ body: { query: CASELOAD, variables: { first: 50 } }, signedIn: true }) },
    { name: 'suggestions', weight: 2, request: (random) => ({ body: { query: SUGGESTIONS, variables: { id: pick(random, subjects.clients) } }, signedIn: true }) },
    { name: 'offerFit', weight: 2, request: (random) => ({ body: { query: OFFER_FIT, variables: { id: pick(random, subjects.clients), offer: pick(random, subjects.offers) } }, signedIn: true }) },
    { name: 'clientUpdate', weight: 1, request: (random, worker) => {
      // Each worker its own clients: no two updates of one client at once.
      const mine = subjects.travellers.filter((_, index) => index % 4 === worker % 4);
      const traveller = pick(random, mine.length > 0 ? mine : subjects.travellers);
      const raised = !toggles.get(traveller.id);
      toggles.set(traveller.id, raised);
      return { body: updateOf(traveller, raised), signedIn: true };
    } },
  ];
}

export const updateOf = (traveller: { id: string; original: number | null }, raised: boolean) => ({
  query: UPDATE,
  variables: { input: { client: traveller.id, fields: { maxTravelKm: raised ? (traveller.original ?? 25) + 1 : traveller.original } } },
});

/** The first problem of an answer, or null: HTTP status, GraphQL errors, user errors, an empty search. */
export function problemOf(kind: string, status: number, text: string): string | null {
  if (status !== 200) return `${status} ${text.slice(0, 200)}`;
  const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  if (parsed.errors?.length) return parsed.errors.map((error) => error.message).join('; ').slice(0, 200);
  const root = Object.values(parsed.data ?? {})[0] as { userErrors?: unknown[] } | null;
  if (root === null || root === undefined) return 'no data';
  if (root.userErrors?.length) return JSON.stringify(root.userErrors).slice(0, 200);
  if (kind === 'caseload' && !(root as { edges?: unknown[] }).edges?.length) return 'empty caseload';
  return null;
}

export async function subjectsOf(orm: MikroORM, agencyKey: string): Promise<SoakSubjects> {
  const em = orm.em.fork();
  const clients = await em.execute<Array<{ id: number; max_travel_km: number | null }>>(
    `select c.id, c.max_travel_km from client c join agency a on a.id = c.agency_id
     where a.key = ? and c.status = 'ACTIVE' and exists (select 1 from plan_goal g where g.client_id = c.id) order by c.id limit 48`,
    [agencyKey],
  );
  const offers = await em.execute<Array<{ id: number }>>(`select id from offer where status = 'PUBLISHED' order by md5(id::text) limit 500`);
  if (clients.length < 12 || offers.length === 0) throw new Error('soak: the bench database has too few active clients or published offers');
  return {
    clients: clients.slice(0, 40).map((row) => toGlobalId('Client', row.id)),
    offers: offers.map((row) => toGlobalId('Offer', row.id)),
    travellers: clients.slice(40).map((row) => ({ id: toGlobalId('Client', row.id), original: row.max_travel_km })),
  };
}

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
