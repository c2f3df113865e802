import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Failure, type Problem, type Success } from '../core/result';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { catalogueOutboxOf, type CatalogueAction } from './catalogue-changes';
import { offerProblems, type OfferFields, type OfferState } from './offer-fields';
import { Offer } from './offer.entity';
import { OfferStatus, PROGRAMME_FAMILY } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import { programmeClosures, type ProgrammeClosure } from './programme-closures';

/** The offer as it is now, or why it stays as it was (naming the offer when it is one of the viewer's provider). */
export type OfferWriteResult = Success<Offer> | (Failure<OfferErrorCode> & { offer: Offer | null });

const notFound = (field = 'offer'): OfferWriteResult => ({ ...fail([problem<OfferErrorCode>('NOT_FOUND', field, 'No such offer of your provider.')]), offer: null });
const refused = (problems: Problem<OfferErrorCode>[], offer: Offer | null): OfferWriteResult => ({ ...fail(problems), offer });

/** Options of one write; a bulk upsert reads the closures once and names fields under its item. */
export interface WriteOptions {
  prefix?: string;
  closures?: readonly ProgrammeClosure[];
  externalId?: string | null;
  /**
   * Leave the flush to the caller's `flushDeferred()` (a bulk upsert writes its batch in one flush:
   * a flush per item re-examines every entity the unit of work holds, quadratic in the batch).
   */
  deferFlush?: boolean;
}

/**
 * Providers keep their own catalogue: create drafts, edit, publish, archive. Only the offer's own
 * provider may (its staff, its keys); another provider's offer answers exactly like a missing one,
 * and row-level security refuses the write anyway. Every change raises the offer's version and
 * goes into the catalogue's changes outbox in the same transaction.
 */
export class OfferPublishingService {
  private readonly deferred: Array<() => void> = [];

  constructor(private readonly em: EntityManager) {}

  /** Writes what `deferFlush` writes left, in one flush, then records their changes (they need the rows' IDs). */
  async flushDeferred(): Promise<void> {
    await this.em.flush();
    for (const record of this.deferred.splice(0)) record();
  }

  async create(viewer: Viewer, fields: OfferFields, options: WriteOptions = {}): Promise<OfferWriteResult> {
    const providerId = providerOf(viewer);
    if (providerId === null) return notFound();
    const prefix = options.prefix ?? 'fields.';
    const missing = (['programme', 'title', 'startDate'] as const).filter((field) => fields[field] == null);
    if (missing.length > 0) return refused(missing.map((field) => problem('INVALID', `${prefix}${field}`, 'A new offer needs this field.')), null);

    const offer = new Offer();
    offer.provider = this.em.getReference(Provider, providerId, { wrapped: true });
    offer.externalId = options.externalId ?? null;
    offer.description = '';
    const problems = await this.check(viewer, offer, fields, { prefix, closures: options.closures, forPublication: false });
    if (problems.length > 0) return refused(problems, null);
    this.apply(offer, fields);
    this.em.persist(offer);
    if (options.deferFlush) {
      this.deferred.push(() => this.record(offer, 'CREATED', false));
      return succeed(offer);
    }
    await this.em.flush();
    this.record(offer, 'CREATED', false);
    return succeed(offer);
  }

  async update(viewer: Viewer, offerId: number, version: number, fields: OfferFields, options: WriteOptions = {}): Promise<OfferWriteResult> {
    const offer = await this.lockOwn(viewer, offerId);
    if (!offer) return notFound();
    if (offer.version !== version) {
      return refused([problem('CONFLICT', 'version', `The offer changed since version ${version}: it is at version ${offer.version} now. Read it again and repeat the change.`)], offer);
    }
    return this.change(viewer, offer, fields, options);
  }

  /** Applies `fields` to an offer of the viewer's provider already read under lock (updates and upserts). */
  async change(viewer: Viewer, offer: Offer, fields: OfferFields, options: WriteOptions = {}): Promise<OfferWriteResult> {
    const problems = await this.check(viewer, offer, fields, { prefix: options.prefix ?? 'fields.', closures: options.closures, forPublication: offer.status === OfferStatus.PUBLISHED });
    if (problems.length > 0) return refused(problems, offer);
    const seatsOnly = Object.keys(fields).every((key) => ['seatsTaken', 'waitlistLength', 'waitlistOpen', 'capacity'].includes(key));
    this.apply(offer, fields);
    offer.version += 1;
    const action = seatsOnly ? 'SEATS_CHANGED' : 'UPDATED';
    if (options.deferFlush) {
      this.deferred.push(() => this.record(offer, action, offer.status === OfferStatus.PUBLISHED));
      return succeed(offer);
    }
    await this.em.flush();
    this.record(offer, action, offer.status === OfferStatus.PUBLISHED);
    return succeed(offer);
  }

  /** Publishes a complete offer (a published one stays as it is). `version`, when given, must be the current one. */
  async publish(viewer: Viewer, offerId: number, version: number | null): Promise<OfferWriteResult> {
    const offer = await this.lockOwn(viewer, offerId);
    if (!offer) return notFound();
    if (version !== null && offer.version !== version) return refused([problem('CONFLICT', 'version', `The offer is at version ${offer.version} now, not ${version}.`)], offer);
    if (offer.status === OfferStatus.PUBLISHED) return succeed(offer);
    const problems = await this.check(viewer, offer, {}, { prefix: '', forPublication: true });
    if (problems.length > 0) return refused(problems, offer);
    offer.status = OfferStatus.PUBLISHED;
    offer.version += 1;
    await this.em.flush();
    this.record(offer, 'PUBLISHED', true);
    return succeed(offer);
  }

  /** Takes an offer out of the catalogue (an archived one stays as it is); referrals already made keep it. */
  async archive(viewer: Viewer, offerId: number): Promise<OfferWriteResult> {
    const offer = await this.lockOwn(viewer, offerId);
    if (!offer) return notFound();
    if (offer.status === OfferStatus.ARCHIVED) return succeed(offer);
    const wasPublic = offer.status === OfferStatus.PUBLISHED;
    offer.status = OfferStatus.ARCHIVED;
    offer.version += 1;
    await this.em.flush();
    // Leaving the public catalogue is a tombstone of the public feed.
    this.record(offer, 'ARCHIVED', wasPublic);
    return succeed(offer);
  }

  /** The viewer's own offer, locked for the rest of the transaction (so concurrent writers queue on it); null otherwise. */
  private async lockOwn(viewer: Viewer, offerId: number): Promise<Offer | null> {
    const providerId = providerOf(viewer);
    if (providerId === null) return null;
    return this.em.findOne(Offer, { id: offerId, provider: providerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** What is wrong with applying `fields` to `offer` (a bulk upsert checks every item before it writes any). */
  async check(viewer: Viewer, offer: Offer, fields: OfferFields, context: { prefix: string; closures?: readonly ProgrammeClosure[]; forPublication: boolean }): Promise<Problem<OfferErrorCode>[]> {
    const next = stateAfter(offer, fields);
    const closures = context.closures ?? (await programmeClosures(this.em));
    const locationToCheck = fields.locationId !== undefined ? fields.locationId : context.forPublication ? next.locationId : null;
    const locationUsable = locationToCheck == null ? null : await this.usableLocation(viewer, locationToCheck);
    return offerProblems(next, fields, { prefix: context.prefix, forPublication: context.forPublication, closures, locationUsable });
  }

  private async usableLocation(viewer: Viewer, locationId: number): Promise<boolean> {
    const location = await this.em.findOne(Location, { id: locationId });
    return location !== null && location.provider.id === providerOf(viewer) && location.archivedAt === null;
  }

  private apply(offer: Offer, fields: OfferFields): void {
    const { locationId, ...rest } = fields;
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) (offer as unknown as Record<string, unknown>)[key] = value;
    if (fields.programme) offer.family = PROGRAMME_FAMILY[fields.programme];
    if (locationId !== undefined) offer.location = locationId === null ? null : this.em.getReference(Location, locationId, { wrapped: true });
    if (fields.seatsTaken !== undefined || fields.waitlistLength !== undefined || fields.waitlistOpen !== undefined || fields.capacity !== undefined) offer.seatsConfirmedAt = new Date();
  }

  private record(offer: Offer, action: CatalogueAction, isPublic: boolean): void {
    catalogueOutboxOf(this.em).add({ subjectType: 'OFFER', subjectId: offer.id, providerId: offer.provider.id, action, public: isPublic, version: offer.version });
  }
}

/** What the checks read of the offer after the change, without touching the managed entity. */
function stateAfter(offer: Offer, fields: OfferFields): OfferState {
  return {
    programme: fields.programme ?? offer.programme,
    startDate: fields.startDate ?? offer.startDate,
    endDate: fields.endDate !== undefined ? fields.endDate : offer.endDate,
    entryLevelMin: fields.entryLevelMin !== undefined ? fields.entryLevelMin : offer.entryLevelMin,
    entryLevelMax: fields.entryLevelMax !== undefined ? fields.entryLevelMax : offer.entryLevelMax,
    minAge: fields.minAge !== undefined ? fields.minAge : offer.minAge,
    maxAge: fields.maxAge !== undefined ? fields.maxAge : offer.maxAge,
    capacity: fields.capacity !== undefined ? fields.capacity : offer.capacity,
    seatsTaken: fields.seatsTaken ?? offer.seatsTaken,
    seatsReferred: offer.seatsReferred ?? 0,
    description: fields.description ?? offer.description ?? '',
    format: fields.format ?? offer.format,
    locationId: fields.locationId !== undefined ? fields.locationId : (offer.location?.id ?? null),
  };
}
