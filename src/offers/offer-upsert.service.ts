import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { problem, type Problem } from '../core/result';
import { catalogueOutboxOf, type CatalogueAction } from './catalogue-changes';
import { Offer } from './offer.entity';
import { OfferStatus, PROGRAMME_FAMILY } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import { locationToCheck, offerProblems, stateAfter, type OfferFields } from './offer-fields';
import { insertOffers, lockOffers, newOfferFields, updateOffers, type OfferRow, type OfferWrite, type StoredFields } from './offer-rows';
import { programmeClosures } from './programme-closures';

/** The most items one upsert takes. */
export const MAX_UPSERT_ITEMS = 500;
/** How long an idempotency key answers with its first result (Stripe's 24 hours). */
export const IDEMPOTENCY_HOURS = 24;

export interface UpsertItem {
  externalId: string;
  fields: OfferFields;
  /** Publish the offer after the change (it must be complete). */
  publish: boolean;
}

export type UpsertStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED' | 'NOT_APPLIED';

export interface UpsertItemResult {
  index: number;
  externalId: string;
  status: UpsertStatus;
  offerId: number | null;
  version: number | null;
  problems: Problem<OfferErrorCode>[];
}

export interface UpsertAnswer {
  /** All items were applied (or, on a replay, had been); false: nothing was. */
  applied: boolean;
  /** The stored answer of an earlier call with the same key and input. */
  replayed: boolean;
  items: UpsertItemResult[];
  /** Problems of the whole call (too many items, the key). */
  problems: Problem<OfferErrorCode>[];
}

const EXTERNAL_ID = /^[\p{L}\p{N}._:\-/]{1,100}$/u;
const KEY = /^[\x21-\x7e]{1,255}$/;

/** Canonical JSON (object keys sorted): the same input hashes alike whatever order its fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Equal as stored: primitives and arrays of them compare directly (the common case, fast), anything else as canonical JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((value, index) => sameValue(value, right[index]));
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  return canonical(left) === canonical(right);
}

/** The fields that would change the offer (UNCHANGED when none would). */
function changedFields(row: OfferRow, fields: OfferFields): OfferFields {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && !sameValue(row[key as keyof OfferFields], value)) changed[key] = value;
  return changed as OfferFields;
}

const SEAT_FIELDS = new Set(['seatsTaken', 'waitlistLength', 'waitlistOpen', 'capacity']);

const refusedBatch = (items: UpsertItemResult[], problems: Problem<OfferErrorCode>[] = []): UpsertAnswer => ({ applied: false, replayed: false, items, problems });

/**
 * Bulk upsert of a provider's offers by its own external IDs, for third-party systems: every item
 * is checked before any is written, and one refused item refuses the batch (all or nothing).
 *
 * Idempotency (after Stripe): the key and a hash of the input are stored with the answer in the
 * same transaction as the changes. The same key and input within 24 hours gets that answer again
 * and changes nothing; another input is IDEMPOTENCY_KEY_REUSED. A duplicate arriving while the first
 * still runs is IN_PROGRESS (a transaction-scoped advisory lock on the key), never applied twice.
 * A refused batch stores nothing (as Stripe keeps no result for a request that failed validation):
 * the corrected input may be sent again under the same key.
 */
export class OfferUpsertService {
  constructor(private readonly em: EntityManager) {}

  async upsert(viewer: Viewer, items: UpsertItem[], idempotencyKey: string | null): Promise<UpsertAnswer> {
    const providerId = providerOf(viewer);
    if (providerId === null) return refusedBatch([], [problem('NOT_FOUND', 'items', 'Only a provider’s staff and keys upsert offers.')]);
    if (items.length > MAX_UPSERT_ITEMS) return refusedBatch([], [problem('INVALID', 'items', `At most ${MAX_UPSERT_ITEMS} items per call; split the batch.`)]);
    if (idempotencyKey !== null && !KEY.test(idempotencyKey)) return refusedBatch([], [problem('INVALID', 'idempotencyKey', 'Give 1 to 255 printable ASCII characters (e.g. a UUID).')]);

    // Only a key needs the input's hash (canonical JSON of 500 items costs milliseconds).
    const hash = idempotencyKey === null ? '' : createHash('sha256').update(canonical(items)).digest('hex');
    if (idempotencyKey !== null) {
      const [{ locked }] = await this.em.execute<Array<{ locked: boolean }>>('select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as locked', [`offers_upsert:${providerId}:${idempotencyKey}`]);
      if (!locked) return refusedBatch([], [problem('IN_PROGRESS', 'idempotencyKey', 'A call with this key is still running; ask again shortly for its answer.')]);
      const [stored] = await this.em.execute<Array<{ request_hash: string; answer: UpsertItemResult[] }>>(
        `select request_hash, answer from offer_upsert_key where provider_id = ? and key = ? and created_at > now() - make_interval(hours => ?)`,
        [providerId, idempotencyKey, IDEMPOTENCY_HOURS],
      );
      if (stored && stored.request_hash !== hash) return refusedBatch([], [problem('IDEMPOTENCY_KEY_REUSED', 'idempotencyKey', `This key was used in the last ${IDEMPOTENCY_HOURS} hours for another input; use a new key.`)]);
      if (stored) return { applied: true, replayed: true, items: stored.answer, problems: [] };
    }

    const results = await this.apply(providerId, items);
    if (results.some((result) => result.status === 'REFUSED')) {
      return refusedBatch(results.map((result) => (result.status === 'REFUSED' ? result : { ...result, status: 'NOT_APPLIED', offerId: result.offerId, version: null })));
    }
    if (idempotencyKey !== null) {
      await this.em.execute(
        `insert into offer_upsert_key (provider_id, key, request_hash, answer) values (?, ?, ?, ?::jsonb)
         on conflict (provider_id, key) do update set request_hash = excluded.request_hash, answer = excluded.answer, created_at = now()`,
        [providerId, idempotencyKey, hash, JSON.stringify(results)],
      );
    }
    return { applied: true, replayed: false, items: results, problems: [] };
  }

  /** Checks every item first (existing offers locked), then writes them all in one INSERT and one UPDATE, or none when one is refused. */
  private async apply(providerId: number, items: UpsertItem[]): Promise<UpsertItemResult[]> {
    const closures = await programmeClosures(this.em);
    // One batch of a provider at a time: a concurrent batch naming the same new externalId waits,
    // then finds the offer the first created and updates it, instead of failing on the unique index.
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`offers_upsert_batch:${providerId}`]);
    const existing = await lockOffers(this.em, providerId, [...new Set(items.map((item) => item.externalId))]);
    const byExternalId = new Map(existing.map((row) => [row.externalId, row]));
    const usable = await this.usableLocations(providerId, items, byExternalId);
    const seen = new Set<string>();

    const planned: Plan[] = [];
    for (const [index, item] of items.entries()) {
      const prefix = `items.${index}.fields.`;
      const row = byExternalId.get(item.externalId) ?? null;
      const result: UpsertItemResult = { index, externalId: item.externalId, status: 'REFUSED', offerId: row?.id ?? null, version: row?.version ?? null, problems: [] };
      const plan: Plan = { item, row, changes: {}, publish: false, result };
      planned.push(plan);
      if (!EXTERNAL_ID.test(item.externalId)) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'Give 1 to 100 letters, digits or . _ : - /.'));
        continue;
      }
      if (seen.has(item.externalId)) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'This external ID comes twice in the batch; give each offer once.'));
        continue;
      }
      seen.add(item.externalId);
      if (row?.status === OfferStatus.ARCHIVED) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'This offer is archived; give a new external ID for a new offer.'));
        continue;
      }
      if (!row) {
        const missing = (['programme', 'title', 'startDate'] as const).filter((field) => item.fields[field] == null);
        result.problems.push(...missing.map((field) => problem<OfferErrorCode>('INVALID', `${prefix}${field}`, 'A new offer needs this field.')));
        if (missing.length > 0) continue;
      }
      const changes = row ? changedFields(row, item.fields) : item.fields;
      const current = row ?? { ...newOfferFields(), status: OfferStatus.DRAFT, seatsReferred: 0 };
      const forPublication = item.publish || current.status === OfferStatus.PUBLISHED;
      const next = stateAfter(current, changes);
      const location = locationToCheck(next, changes, forPublication);
      result.problems.push(...offerProblems(next, changes, { prefix, forPublication, closures, locationUsable: location == null ? null : usable.has(location) }));
      if (result.problems.length > 0) continue;
      plan.changes = changes;
      plan.publish = item.publish && current.status !== OfferStatus.PUBLISHED;
      result.status = !row ? 'CREATED' : Object.keys(changes).length > 0 || plan.publish ? 'UPDATED' : 'UNCHANGED';
    }
    const results = planned.map((plan) => plan.result);
    if (results.some((result) => result.status === 'REFUSED')) return results;
    await this.write(providerId, planned);
    return results;
  }

  /**
   * Writes the batch: new offers in one INSERT, changed ones in one UPDATE (the rows are locked
   * since the check), then their catalogue changes as a single-offer write would record them: the
   * change (CREATED, UPDATED or SEATS_CHANGED) and, when published now, PUBLISHED with one version more.
   */
  private async write(providerId: number, planned: Plan[]): Promise<void> {
    const toWrite = planned.filter((plan) => plan.result.status === 'CREATED' || plan.result.status === 'UPDATED');
    const stateOfPlan = (plan: Plan): OfferWrite => {
      const base = plan.row ?? { ...newOfferFields(), status: OfferStatus.DRAFT, version: 0 };
      const fields = { ...base, ...plan.changes } as StoredFields;
      const changed = !plan.row || Object.keys(plan.changes).length > 0;
      return {
        ...fields,
        family: PROGRAMME_FAMILY[fields.programme],
        status: plan.publish ? OfferStatus.PUBLISHED : base.status,
        version: base.version + (changed ? 1 : 0) + (plan.publish ? 1 : 0),
        seatsConfirmed: Object.keys(plan.changes).some((key) => SEAT_FIELDS.has(key)),
      };
    };
    const creates = toWrite.filter((plan) => !plan.row);
    const updates = toWrite.filter((plan) => plan.row);
    const ids = await insertOffers(this.em, providerId, creates.map((plan) => ({ ...stateOfPlan(plan), externalId: plan.item.externalId })));
    const versions = await updateOffers(this.em, providerId, updates.map((plan) => ({ ...stateOfPlan(plan), id: plan.row!.id })));
    this.forgetManaged(updates.map((plan) => plan.row!.id));

    const outbox = catalogueOutboxOf(this.em);
    const record = (plan: Plan, action: CatalogueAction, isPublic: boolean, version: number) =>
      outbox.add({ subjectType: 'OFFER', subjectId: plan.result.offerId!, providerId, action, public: isPublic, version });
    for (const plan of toWrite) {
      plan.result.offerId = plan.row ? plan.row.id : ids.get(plan.item.externalId)!;
      plan.result.version = plan.row ? versions.get(plan.row.id)! : plan.publish ? 2 : 1;
      const keys = Object.keys(plan.changes);
      const changedVersion = plan.result.version - (plan.publish ? 1 : 0);
      if (!plan.row) record(plan, 'CREATED', false, changedVersion);
      else if (keys.length > 0) record(plan, keys.every((key) => SEAT_FIELDS.has(key)) ? 'SEATS_CHANGED' : 'UPDATED', plan.row.status === OfferStatus.PUBLISHED, changedVersion);
    }
    for (const plan of toWrite) if (plan.publish) record(plan, 'PUBLISHED', true, plan.result.version!);
  }

  /** The locations the items name or keep that are the provider's and in use, in one query. */
  private async usableLocations(providerId: number, items: UpsertItem[], byExternalId: Map<string, OfferRow>): Promise<Set<number>> {
    const ids = new Set<number>();
    for (const item of items) {
      const id = item.fields.locationId !== undefined ? item.fields.locationId : byExternalId.get(item.externalId)?.locationId;
      if (id != null) ids.add(id);
    }
    if (ids.size === 0) return new Set();
    const rows = await this.em.execute<Array<{ id: number }>>('select id from location where id in (select json_array_elements_text(?::json)::int) and provider_id = ? and archived_at is null', [JSON.stringify([...ids]), providerId]);
    return new Set(rows.map((row) => row.id));
  }

  /** Offers this unit of work already holds would be stale after the raw UPDATE: it lets go of them (a later read loads them afresh). */
  private forgetManaged(ids: number[]): void {
    const unitOfWork = this.em.getUnitOfWork();
    for (const id of ids) {
      const managed = unitOfWork.getById<Offer>(Offer.name, id);
      if (managed) unitOfWork.unsetIdentity(managed);
    }
  }
}

interface Plan {
  item: UpsertItem;
  row: OfferRow | null;
  changes: OfferFields;
  /** Published by this upsert (it was not). */
  publish: boolean;
  result: UpsertItemResult;
}
