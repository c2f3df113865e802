import type { Knex } from '@mikro-orm/postgresql';
import { OfferStatus, type Programme } from '../../src/offers/offer.enums';

/** Tables the caseload seed fills, parents first (the insertion order). */
export const CASELOAD_TABLES = ['hub_user', 'client', 'plan', 'plan_goal', 'plan_measure', 'plan_review', 'case_note', 'consent', 'client_course'] as const;
export type CaseloadTable = (typeof CASELOAD_TABLES)[number];

export interface WorldMunicipality {
  id: number;
  latitude: number;
  longitude: number;
  population: number;
  postalCode: string;
}

/** A published offer a measure may point to. */
export interface WorldOffer {
  id: number;
  programme: Programme;
  providerId: number;
}

export interface WorldAgency {
  id: number;
  key: string;
  /** In id order; managers alternate between them. */
  teamIds: number[];
  /** The places the agency covers: clients live there. */
  municipalities: WorldMunicipality[];
  /** Published offers located in those places, or every published offer when none is. */
  offers: WorldOffer[];
}

/** What already exists in the database and the caseload generator builds on. */
export interface CaseloadWorld {
  agencies: WorldAgency[];
  /** First free id per table: generated rows take ids from here on. */
  nextIds: Record<CaseloadTable, number>;
  /** First free household number (client.household_id, client_household_seq). */
  nextHousehold: number;
}

/** Reads agencies (in id order, the first `agencyLimit`), their teams, places and nearby published offers. */
export async function loadCaseloadWorld(knex: Knex, agencyLimit?: number): Promise<CaseloadWorld> {
  if (agencyLimit !== undefined && !(Number.isInteger(agencyLimit) && agencyLimit >= 0)) throw new Error('agencyLimit must be a non-negative integer');
  // One subquery for every read, so all of them see the same agencies.
  const chosen = `select id from agency order by id${agencyLimit === undefined ? '' : ` limit ${agencyLimit}`}`;
  const agencies = await rows<{ id: number; key: string }>(knex, `select id, key from agency where id in (${chosen}) order by id`);
  const teams = await rows<{ id: number; agency_id: number }>(knex, `select id, agency_id from team where agency_id in (${chosen}) order by id`);
  const places = await rows<{ agency_id: number; id: number; latitude: number; longitude: number; population: number; postal_code: string }>(knex, `
    select am.agency_id, m.id, m.latitude, m.longitude, m.population, m.postal_code
    from agency_municipality am join municipality m on m.id = am.municipality_id
    where am.agency_id in (${chosen}) order by am.agency_id, m.id`);
  const offers = await rows<{ agency_id: number; id: number; programme: Programme; provider_id: number }>(knex, `
    select am.agency_id, o.id, o.programme, o.provider_id
    from offer o join location l on l.id = o.location_id join agency_municipality am on am.municipality_id = l.municipality_id
    where o.status = ? and am.agency_id in (${chosen}) order by am.agency_id, o.id`, [OfferStatus.PUBLISHED]);

  const world: WorldAgency[] = agencies.map((agency) => ({ id: agency.id, key: agency.key, teamIds: [], municipalities: [], offers: [] }));
  const byId = new Map(world.map((agency) => [agency.id, agency]));
  for (const team of teams) byId.get(team.agency_id)?.teamIds.push(team.id);
  for (const place of places) {
    byId.get(place.agency_id)?.municipalities.push({ id: place.id, latitude: place.latitude, longitude: place.longitude, population: place.population, postalCode: place.postal_code });
  }
  for (const offer of offers) byId.get(offer.agency_id)?.offers.push({ id: offer.id, programme: offer.programme, providerId: offer.provider_id });
  if (world.some((agency) => agency.offers.length === 0)) {
    const anywhere = await rows<{ id: number; programme: Programme; provider_id: number }>(knex, 'select id, programme, provider_id from offer where status = ? order by id', [OfferStatus.PUBLISHED]);
    for (const agency of world.filter((candidate) => candidate.offers.length === 0)) {
      agency.offers = anywhere.map((offer) => ({ id: offer.id, programme: offer.programme, providerId: offer.provider_id }));
    }
  }

  const nextIds = {} as Record<CaseloadTable, number>;
  for (const table of CASELOAD_TABLES) {
    const [row] = await rows<{ max: number | null }>(knex, `select max(id) as max from "${table}"`);
    nextIds[table] = Number(row.max ?? 0) + 1;
  }
  const [household] = await rows<{ max: number | null }>(knex, 'select max(household_id) as max from client');
  return { agencies: world, nextIds, nextHousehold: Number(household.max ?? 0) + 1 };
}

async function rows<T>(knex: Knex, sql: string, bindings: readonly unknown[] = []): Promise<T[]> {
  const result = await knex.raw(sql, bindings as Knex.RawBinding[]);
  return result.rows as T[];
}

/** Hands out explicit ids per table, from the world's first free ones, in generation order. */
export class IdSequences {
  private readonly next: Record<CaseloadTable, number>;

  constructor(first: Readonly<Record<CaseloadTable, number>>) {
    this.next = { ...first };
  }

  take(table: CaseloadTable): number {
    return this.next[table]++;
  }
}
