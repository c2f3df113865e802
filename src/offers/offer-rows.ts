import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../core/database/bound-statement';
import type { OfferFields } from './offer-fields';
import { Offer } from './offer.entity';
import type { OfferFamily, OfferStatus } from './offer.enums';

/**
 * Set-based reads and writes of offers for the bulk upsert: one locking SELECT, one INSERT and
 * one UPDATE per batch, whatever its size, instead of the unit of work's hydrating, snapshotting
 * and diffing 500 entities. Rows travel as one JSON parameter; column names and types come from the
 * entity's metadata. The writes run as the request's role under row-level security.
 */

/** Every field an upsert writes, as the offer stores it (null where the entity allows it). */
export type StoredFields = { [K in keyof OfferFields]-?: Exclude<OfferFields[K], undefined> };

/** An offer of the provider as the upsert reads it, locked. */
export interface OfferRow extends StoredFields {
  id: number;
  externalId: string;
  status: OfferStatus;
  family: OfferFamily;
  version: number;
  seatsReferred: number;
}

/** The new state of one offer to write. */
export interface OfferWrite extends StoredFields {
  status: OfferStatus;
  family: OfferFamily;
  version: number;
  /** An update that names seat figures confirms them now. */
  seatsConfirmed: boolean;
}

/** The entity's properties each field is stored in: a field added to OfferFields fails to compile until listed here. */
const FIELD_PROPERTIES: Record<keyof OfferFields, keyof Offer> = {
  programme: 'programme', title: 'title', description: 'description', supportLanguages: 'supportLanguages',
  entryLevelMin: 'entryLevelMin', entryLevelMax: 'entryLevelMax', targetLevel: 'targetLevel', audiences: 'audiences',
  childcare: 'childcare', format: 'format', locationId: 'location', startDate: 'startDate', endDate: 'endDate',
  rollingEntry: 'rollingEntry', weekdays: 'weekdays', timesOfDay: 'timesOfDay', hoursPerWeek: 'hoursPerWeek',
  totalUnits: 'totalUnits', capacity: 'capacity', seatsTaken: 'seatsTaken', waitlistLength: 'waitlistLength',
  waitlistOpen: 'waitlistOpen', feeEuro: 'feeEuro', costNote: 'costNote', funding: 'funding', minAge: 'minAge',
  maxAge: 'maxAge', admittedResidenceStatuses: 'admittedResidenceStatuses',
};
let defaults: StoredFields | null = null;

/** A new offer's fields before its item's: the entity's own defaults (an empty description). */
export function newOfferFields(): StoredFields {
  if (defaults) return defaults;
  const template = new Offer() as unknown as Record<string, unknown>;
  const fields = Object.fromEntries(Object.entries(FIELD_PROPERTIES).map(([field, property]) => [field, template[property]]));
  return (defaults = { ...fields, description: '', locationId: null } as StoredFields);
}

const WRITTEN = [...(Object.keys(FIELD_PROPERTIES) as Array<keyof OfferFields>), 'status', 'family', 'version'] as const;

interface Columns {
  /** The column of each written field, in WRITTEN's order. */
  names: string[];
  /** Each written field read from the JSON row `e.v` at its position (after the key and the seats flag), cast to its column's type. */
  values: string[];
  /** Stored as a PostgreSQL array: sent as its text literal. */
  arrays: boolean[];
  /** SELECT list reading the fields under their own names (dates as ISO text, as the entity holds them). */
  select: string;
}

let columns: Columns | null = null;

function columnsOf(em: EntityManager): Columns {
  if (columns) return columns;
  const meta = em.getMetadata().get(Offer.name);
  const properties = WRITTEN.map((name) => meta.properties[(FIELD_PROPERTIES as Record<string, keyof Offer>)[name] ?? name]);
  const names = properties.map((property) => `"${property.fieldNames[0]}"`);
  // varchar(n) is read as text: the column's own check then refuses what is too long instead of a cast cutting it.
  const types = properties.map((property) => property.columnTypes[0]!.replace(/^varchar\(\d+\)$/, 'text'));
  const select = ['"id"', '"external_id" as "externalId"', '"seats_referred" as "seatsReferred"', ...WRITTEN.map((name, k) => `${types[k] === 'date' ? `to_char(${names[k]}, 'YYYY-MM-DD')` : names[k]} as "${name}"`)];
  return (columns = { names, values: types.map((type, k) => `(e.v->>${k + 2})::${type}`), arrays: types.map((type) => type.endsWith('[]')), select: select.join(', ') });
}

/** The provider's offers with these external IDs, locked until the transaction ends (in ID order, so concurrent batches queue instead of deadlocking). */
export async function lockOffers(em: EntityManager, providerId: number, externalIds: string[]): Promise<OfferRow[]> {
  if (externalIds.length === 0) return [];
  return em.execute<OfferRow[]>(
    `select ${columnsOf(em).select} from offer
     where provider_id = ? and external_id in (select json_array_elements_text(?::json)) order by id for update`,
    [providerId, JSON.stringify(externalIds)],
  );
}

const arrayLiteral = (values: readonly string[]) => `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

/**
 * The rows as one JSON array of arrays: [key, seats confirmed, ...fields in WRITTEN's order]
 * (positional: a third the size of objects, and quicker to build and to parse).
 */
function jsonRows(em: EntityManager, writes: ReadonlyArray<{ key: string | number; write: OfferWrite }>): string {
  const { arrays } = columnsOf(em);
  return JSON.stringify(
    writes.map(({ key, write }) => {
      const row: unknown[] = [key, write.seatsConfirmed];
      for (let k = 0; k < WRITTEN.length; k++) {
        const value = write[WRITTEN[k]!];
        row.push(arrays[k] && value !== null ? arrayLiteral(value as string[]) : value);
      }
      return row;
    }),
  );
}

/** Inserts new offers of the provider (in the given order, so their IDs ascend with it); their IDs by external ID. */
export async function insertOffers(em: EntityManager, providerId: number, writes: ReadonlyArray<OfferWrite & { externalId: string }>): Promise<Map<string, number>> {
  if (writes.length === 0) return new Map();
  const { names, values } = columnsOf(em);
  const rows = await executeBound<{ id: number; external_id: string }>(em, 
    `insert into offer (provider_id, external_id, ${names.join(', ')})
     select ?, e.v->>0, ${values.join(', ')}
     from jsonb_array_elements(?::jsonb) with ordinality as e(v, n)
     order by e.n
     returning id, external_id`,
    [providerId, jsonRows(em, writes.map((write) => ({ key: write.externalId, write })))],
  );
  if (rows.length !== writes.length) throw new Error(`insertOffers: ${rows.length} of ${writes.length} rows inserted`);
  return new Map(rows.map((row) => [row.external_id, row.id]));
}

/** Writes the new state of offers of the provider already locked; their versions by ID. */
export async function updateOffers(em: EntityManager, providerId: number, writes: ReadonlyArray<OfferWrite & { id: number }>): Promise<Map<number, number>> {
  if (writes.length === 0) return new Map();
  const { names, values } = columnsOf(em);
  const rows = await executeBound<{ id: number; version: number }>(em, 
    `update offer o set ${names.map((name) => `${name} = r.${name}`).join(', ')},
       seats_confirmed_at = case when r.seats_confirmed then now() else o.seats_confirmed_at end, updated_at = now()
     from (select (e.v->>0)::int as id, (e.v->>1)::boolean as seats_confirmed, ${values.map((value, k) => `${value} as ${names[k]}`).join(', ')}
           from jsonb_array_elements(?::jsonb) as e(v)) as r
     where o.id = r.id and o.provider_id = ?
     returning o.id, o.version`,
    [jsonRows(em, writes.map((write) => ({ key: write.id, write }))), providerId],
  );
  if (rows.length !== writes.length) throw new Error(`updateOffers: ${rows.length} of ${writes.length} rows updated`);
  return new Map(rows.map((row) => [row.id, row.version]));
}
