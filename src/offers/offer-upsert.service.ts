import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { problem, type Problem } from '../core/result';
import { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import type { OfferFields } from './offer-fields';
import { OfferPublishingService } from './offer-publishing.service';
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

const sameValue = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null);

/** The fields that would change the offer (UNCHANGED when none would). */
function changedFields(offer: Offer, fields: OfferFields): OfferFields {
  return Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => (key === 'locationId' ? !sameValue(offer.location?.id ?? null, value) : !sameValue((offer as unknown as Record<string, unknown>)[key], value))),
  ) as OfferFields;
}

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

    const hash = createHash('sha256').update(canonical(items)).digest('hex');
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

    const results = await this.apply(viewer, providerId, items);
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

  /** Checks every item first (existing offers locked), then writes them all, or none when one is refused. */
  private async apply(viewer: Viewer, providerId: number, items: UpsertItem[]): Promise<UpsertItemResult[]> {
    const publishing = new OfferPublishingService(this.em);
    const closures = await programmeClosures(this.em);
    const externalIds = [...new Set(items.map((item) => item.externalId))];
    const existing = await this.em.find(Offer, { provider: providerId, externalId: { $in: externalIds } }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
    const byExternalId = new Map(existing.map((offer) => [offer.externalId!, offer]));
    const seen = new Set<string>();

    const planned: Array<{ item: UpsertItem; offer: Offer | null; changes: OfferFields; result: UpsertItemResult }> = [];
    for (const [index, item] of items.entries()) {
      const prefix = `items.${index}.fields.`;
      const offer = byExternalId.get(item.externalId) ?? null;
      const result: UpsertItemResult = { index, externalId: item.externalId, status: 'REFUSED', offerId: offer?.id ?? null, version: offer?.version ?? null, problems: [] };
      planned.push({ item, offer, changes: {}, result });
      if (!EXTERNAL_ID.test(item.externalId)) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'Give 1 to 100 letters, digits or . _ : - /.'));
        continue;
      }
      if (seen.has(item.externalId)) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'This external ID comes twice in the batch; give each offer once.'));
        continue;
      }
      seen.add(item.externalId);
      if (offer?.status === OfferStatus.ARCHIVED) {
        result.problems.push(problem('INVALID', `items.${index}.externalId`, 'This offer is archived; give a new external ID for a new offer.'));
        continue;
      }
      const target = offer ?? Object.assign(new Offer(), { description: '', externalId: item.externalId });
      if (!offer) {
        const missing = (['programme', 'title', 'startDate'] as const).filter((field) => item.fields[field] == null);
        result.problems.push(...missing.map((field) => problem<OfferErrorCode>('INVALID', `${prefix}${field}`, 'A new offer needs this field.')));
        if (missing.length > 0) continue;
      }
      const changes = offer ? changedFields(offer, item.fields) : item.fields;
      const forPublication = item.publish || target.status === OfferStatus.PUBLISHED;
      result.problems.push(...(await publishing.check(viewer, target, changes, { prefix, closures, forPublication })));
      if (result.problems.length > 0) continue;
      const republish = item.publish && target.status !== OfferStatus.PUBLISHED;
      result.status = !offer ? 'CREATED' : Object.keys(changes).length > 0 || republish ? 'UPDATED' : 'UNCHANGED';
      planned[planned.length - 1].changes = changes;
    }
    const results = planned.map((plan) => plan.result);
    if (results.some((result) => result.status === 'REFUSED')) return results;

    // Writes in one flush (the rows' IDs come back from one batched INSERT), then publishes those asked to be.
    const written = new Map<UpsertItemResult, Offer>();
    for (const { item, offer, changes, result } of planned) {
      if (result.status === 'UNCHANGED') continue;
      const outcome = offer
        ? Object.keys(changes).length > 0 ? await publishing.change(viewer, offer, changes, { closures, deferFlush: true }) : { ok: true as const, value: offer }
        : await publishing.create(viewer, changes, { closures, externalId: item.externalId, deferFlush: true });
      // Checked above under the offers' locks: a refusal now is a race (a location archived meanwhile); the request rolls back whole.
      if (!outcome.ok) throw new Error(`offersUpsert: item ${result.index} was refused after its check (${outcome.problems.map((p) => p.message).join('; ')})`);
      written.set(result, outcome.value);
    }
    await publishing.flushDeferred();
    for (const { item, result } of planned) {
      let final = written.get(result);
      if (!final) continue;
      if (item.publish && final.status !== OfferStatus.PUBLISHED) {
        const published = await publishing.publish(viewer, final.id, null);
        if (!published.ok) throw new Error(`offersUpsert: item ${result.index} could not be published after its check`);
        final = published.value;
      }
      result.offerId = final.id;
      result.version = final.version;
    }
    return results;
  }
}
