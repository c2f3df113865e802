import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/auth/viewer';
import { Location } from '../../providers/location.entity';
import { CefrLevel } from '../../vocabulary/cefr-level';
import { PartOfDay, Weekday } from '../../vocabulary/time-slot';
import { LocationPublishingService, type LocationFields } from '../location-publishing.service';
import type { OfferFields } from '../offer-fields';
import type { Audience, Programme } from '../offer.enums';
import { OfferFormat } from '../offer.enums';
import { MAX_UPSERT_ITEMS, OfferUpsertService, type UpsertItem } from '../offer-upsert.service';
import { LEVEL_ROLES } from './hsds.mapper';
import { findTerm, TAXONOMY } from './hsds-taxonomies';

/**
 * Loads HSDS 3.0 services into drafts of one provider through the bulk upsert (so the offers'
 * checks and the changes outbox apply): the HSDS ID becomes the offer's `externalId`, so importing
 * the same dataset again updates the drafts instead of adding new ones. Places are matched to the
 * provider's locations (same street, postal code and coordinates) or created. What cannot become an
 * offer is skipped with a reason; nothing is published.
 */
type Json = Record<string, any>;

export interface SkippedService {
  /** The service's HSDS ID, or its position in the dataset when it has none. */
  id: string;
  name: string | null;
  reasons: string[];
}

export interface ImportReport {
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  locationsCreated: number;
  skipped: SkippedService[];
}

/** Runs `work` in one transaction of the importing provider (as a request of its staff). */
export type Transact = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

const RRULE_DAYS: Readonly<Record<string, Weekday>> = { MO: Weekday.MONDAY, TU: Weekday.TUESDAY, WE: Weekday.WEDNESDAY, TH: Weekday.THURSDAY, FR: Weekday.FRIDAY, SA: Weekday.SATURDAY, SU: Weekday.SUNDAY };
const WEEK_ORDER = Object.values(Weekday);
const PART_ORDER = Object.values(PartOfDay);
const DATE = /^\d{4}-\d{2}-\d{2}/;

interface PlannedService {
  item: UpsertItem;
  place: LocationFields & { municipalityName?: string; districtName?: string } | null;
  name: string | null;
}

/** The services of a dataset: an array, an HSDS page (`contents`) or ndjson lines, each a service. */
export function servicesOf(text: string): Json[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return parsed as Json[];
    if (parsed && typeof parsed === 'object' && Array.isArray((parsed as Json).contents)) return (parsed as Json).contents as Json[];
    return [parsed as Json];
  } catch {
    return trimmed.split(/\r?\n/).filter((line) => line.trim() !== '').map((line, index) => {
      try {
        return JSON.parse(line) as Json;
      } catch {
        return { __unreadable: `line ${index + 1} is not JSON` };
      }
    });
  }
}

/** One service as upsert item and place, or the reasons it cannot be one. */
export function planService(service: Json, position: number): PlannedService | SkippedService {
  const id = typeof service.id === 'string' ? service.id : `#${position + 1}`;
  const name = typeof service.name === 'string' ? service.name : null;
  const reasons: string[] = [];
  if (service.__unreadable) return { id, name, reasons: [service.__unreadable as string] };
  if (typeof service.id !== 'string') reasons.push('no id');
  if (!name || name.trim() === '') reasons.push('no name');

  const terms = ((service.attributes ?? []) as Json[]).map((attribute) => ({ attribute, term: findTerm(attribute) })).filter((entry) => entry.term !== null);
  const codesOf = (taxonomy: number) => terms.filter((entry) => entry.term!.taxonomy_id.endsWith(taxonomy.toString(16).padStart(12, '0')));
  const programme = codesOf(TAXONOMY.PROGRAMME)[0]?.term!.code as Programme | undefined;
  if (!programme) reasons.push('no programme: an attribute with a term of the hub’s programme taxonomy is needed');

  const schedules = ((service.schedules ?? []) as Json[]).filter((schedule) => schedule && typeof schedule === 'object');
  const starts = schedules.map((schedule) => schedule.valid_from ?? schedule.dtstart).filter((value): value is string => typeof value === 'string' && DATE.test(value)).map((value) => value.slice(0, 10)).sort();
  const ends = schedules.map((schedule) => schedule.valid_to ?? schedule.until).filter((value): value is string => typeof value === 'string' && DATE.test(value)).map((value) => value.slice(0, 10)).sort();
  if (starts.length === 0) reasons.push('no start date: no schedule with valid_from or dtstart');

  const days = new Set<Weekday>();
  const parts = new Set<PartOfDay>();
  for (const schedule of schedules) {
    if (schedule.freq !== undefined && String(schedule.freq).toUpperCase() !== 'WEEKLY') continue;
    for (const code of String(schedule.byday ?? '').split(',')) {
      const day = RRULE_DAYS[code.trim().toUpperCase().slice(-2)];
      if (day) days.add(day);
    }
    for (const attribute of (schedule.attributes ?? []) as Json[]) {
      const term = findTerm(attribute);
      if (term && term.taxonomy_id.endsWith(TAXONOMY.PART_OF_DAY.toString(16).padStart(12, '0'))) parts.add(term.code as PartOfDay);
    }
  }
  const attending = schedules.map((schedule) => schedule.attending_type).find((value) => typeof value === 'string');
  const levels: Partial<Record<(typeof LEVEL_ROLES)[number], CefrLevel>> = {};
  for (const entry of codesOf(TAXONOMY.LEVEL)) {
    const role = LEVEL_ROLES.find((candidate) => candidate === entry.attribute.value);
    if (role) levels[role] = entry.term!.code as CefrLevel;
  }
  const capacity = ((service.capacities ?? []) as Json[]).find((entry) => typeof entry?.maximum === 'number' || typeof entry?.available === 'number');
  const cost = ((service.cost_options ?? []) as Json[]).find((entry) => typeof entry?.amount === 'number');

  const place = placeOf(((service.service_at_locations ?? []) as Json[])[0]?.location, reasons);
  if (reasons.length > 0) return { id, name, reasons };

  const fields: OfferFields = {
    programme,
    title: name!.trim(),
    description: typeof service.description === 'string' ? service.description : '',
    startDate: starts[0],
    endDate: ends.length > 0 ? ends[ends.length - 1]! : null,
    weekdays: WEEK_ORDER.filter((day) => days.has(day)),
    timesOfDay: PART_ORDER.filter((part) => parts.has(part)),
    format: attending === 'online' ? OfferFormat.ONLINE : attending === 'hybrid' ? OfferFormat.HYBRID : OfferFormat.IN_PERSON,
    audiences: codesOf(TAXONOMY.AUDIENCE).map((entry) => entry.term!.code as Audience),
    entryLevelMin: levels.entry_level_min ?? null,
    entryLevelMax: levels.entry_level_max ?? null,
    targetLevel: levels.target_level ?? null,
    supportLanguages: [...new Set(((service.languages ?? []) as Json[]).map((language) => String(language?.code ?? '').toLowerCase()).filter((code) => /^[a-z]{2}$/.test(code) && code !== 'de'))],
    minAge: typeof service.minimum_age === 'number' ? service.minimum_age : null,
    maxAge: typeof service.maximum_age === 'number' ? service.maximum_age : null,
    feeEuro: cost ? cost.amount : null,
    costNote: typeof cost?.amount_description === 'string' ? cost.amount_description : null,
    // Free seats are what counts: the seats not free are taken here (another hub's referrals included).
    capacity: capacity ? (capacity.maximum ?? capacity.available) : null,
    seatsTaken: capacity && typeof capacity.maximum === 'number' && typeof capacity.available === 'number' ? Math.max(0, capacity.maximum - capacity.available) : 0,
  };
  return { item: { externalId: id, fields, publish: false }, place, name };
}

function placeOf(location: Json | undefined, reasons: string[]): PlannedService['place'] {
  if (!location) return null;
  const address = ((location.addresses ?? []) as Json[]).find((entry) => entry?.address_type !== 'postal') ?? (location.addresses ?? [])[0];
  const place = {
    name: typeof location.name === 'string' ? location.name : null,
    street: address?.address_1,
    postalCode: address?.postal_code,
    latitude: location.latitude,
    longitude: location.longitude,
    municipalityName: address?.city,
    districtName: address?.region,
  };
  const missing = (['street', 'postalCode', 'latitude', 'longitude', 'municipalityName'] as const).filter((field) => place[field] === undefined || place[field] === null || place[field] === '');
  if (missing.length > 0) reasons.push(`location without ${missing.join(', ')}`);
  return place;
}

/** Imports the planned services in batches of the upsert's size; `onProgress` after each batch. */
export async function importServices(
  services: Json[],
  viewer: Viewer,
  transact: Transact,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ImportReport> {
  const report: ImportReport = { read: services.length, created: 0, updated: 0, unchanged: 0, locationsCreated: 0, skipped: [] };
  const planned: PlannedService[] = [];
  const seen = new Set<string>();
  services.forEach((service, position) => {
    const plan = planService(service, position);
    if ('reasons' in plan) report.skipped.push(plan);
    else if (seen.has(plan.item.externalId)) report.skipped.push({ id: plan.item.externalId, name: plan.name, reasons: ['the id comes twice in the dataset; the first was imported'] });
    else {
      seen.add(plan.item.externalId);
      planned.push(plan);
    }
  });
  let done = report.skipped.length;
  onProgress(done, services.length);
  for (let start = 0; start < planned.length; start += MAX_UPSERT_ITEMS) {
    let batch = planned.slice(start, start + MAX_UPSERT_ITEMS);
    const size = batch.length;
    // A refused item refuses its batch: it is reported and the rest goes in again, in a new transaction.
    while (batch.length > 0) {
      const outcome = await writeBatch(transact, viewer, batch);
      if (outcome.applied) {
        report.created += outcome.counts.CREATED;
        report.updated += outcome.counts.UPDATED;
        report.unchanged += outcome.counts.UNCHANGED;
        report.locationsCreated += outcome.locationsCreated;
        break;
      }
      if (outcome.refused.size === 0) throw new Error(`the upsert refused a batch as a whole: ${outcome.problems.join('; ')}`);
      for (const [index, reasons] of outcome.refused) report.skipped.push({ id: batch[index]!.item.externalId, name: batch[index]!.name, reasons });
      batch = batch.filter((_, index) => !outcome.refused.has(index));
    }
    done += size;
    onProgress(done, services.length);
  }
  return report;
}

class RefusedBatch extends Error {
  constructor(readonly refused: Map<number, string[]>, readonly problems: string[]) {
    super('batch refused');
  }
}

type BatchOutcome =
  | { applied: true; counts: Record<'CREATED' | 'UPDATED' | 'UNCHANGED', number>; locationsCreated: number }
  | { applied: false; refused: Map<number, string[]>; problems: string[] };

async function writeBatch(transact: Transact, viewer: Viewer, batch: PlannedService[]): Promise<BatchOutcome> {
  try {
    return await transact((em) => writeOrThrow(em, viewer, batch));
  } catch (error) {
    // Thrown out of the transaction so that the places it created roll back with the refused batch.
    if (error instanceof RefusedBatch) return { applied: false, refused: error.refused, problems: error.problems };
    throw error;
  }
}

async function writeOrThrow(em: EntityManager, viewer: Viewer, batch: PlannedService[]): Promise<BatchOutcome & { applied: true }> {
  const places = new LocationPublishingService(em);
  const refused = new Map<number, string[]>();
  let locationsCreated = 0;
  const items: UpsertItem[] = [];
  const cache = new Map<string, number>();
  for (const [index, plan] of batch.entries()) {
    if (!plan.place) {
      items.push({ ...plan.item, fields: { ...plan.item.fields, locationId: null } });
      continue;
    }
    const key = JSON.stringify([plan.place.street, plan.place.postalCode, plan.place.latitude, plan.place.longitude]);
    let locationId = cache.get(key);
    if (locationId === undefined) {
      const found = await em.findOne(Location, { provider: viewer.kind === 'anonymous' ? -1 : viewer.providerId!, street: plan.place.street!, postalCode: plan.place.postalCode!, latitude: plan.place.latitude!, longitude: plan.place.longitude!, archivedAt: null });
      if (found) locationId = found.id;
      else {
        const municipalityId = await municipalityOf(em, plan.place);
        if (municipalityId === null) {
          refused.set(index, [`no municipality "${plan.place.municipalityName}" in Baden-Württemberg`]);
          continue;
        }
        const { municipalityName: _name, districtName: _district, ...fields } = plan.place;
        const created = await places.create(viewer, { ...fields, municipalityId });
        if (!created.ok) {
          refused.set(index, created.problems.map((entry) => `location: ${entry.message} (${entry.field})`));
          continue;
        }
        locationId = created.value.id;
        locationsCreated += 1;
      }
      cache.set(key, locationId);
    }
    items.push({ ...plan.item, fields: { ...plan.item.fields, locationId } });
  }
  if (refused.size > 0) throw new RefusedBatch(refused, []);
  const answer = await new OfferUpsertService(em).upsert(viewer, items, null);
  if (!answer.applied) {
    for (const result of answer.items) if (result.status === 'REFUSED') refused.set(result.index, result.problems.map((entry) => `${entry.message} (${(entry.field ?? '').replace(/^items\.\d+\.fields\./, '')})`));
    throw new RefusedBatch(refused, answer.problems.map((entry) => entry.message));
  }
  const counts = { CREATED: 0, UPDATED: 0, UNCHANGED: 0 };
  for (const result of answer.items) if (result.status in counts) counts[result.status as keyof typeof counts] += 1;
  return { applied: true, counts, locationsCreated };
}

/** The municipality of that name (in that district, when given), the one nearest the place when several are. */
async function municipalityOf(em: EntityManager, place: NonNullable<PlannedService['place']>): Promise<number | null> {
  const rows = await em.execute<Array<{ id: number }>>(
    `select m.id from municipality m join district d on d.id = m.district_id
     where lower(m.name) = lower(?) and (?::text is null or lower(d.name) = lower(?))
     order by (m.latitude - ?) ^ 2 + (m.longitude - ?) ^ 2 limit 1`,
    [place.municipalityName, place.districtName ?? null, place.districtName ?? null, place.latitude, place.longitude],
  );
  return rows[0]?.id ?? null;
}
