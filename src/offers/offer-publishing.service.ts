import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Failure, type Problem, type Success } from '../core/result';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { catalogueOutboxOf, type CatalogueAction } from './catalogue-changes';
import { locationToCheck, offerProblems, stateAfter, type OfferFields, type OfferState } from './offer-fields';
import { Offer } from './offer.entity';
import { OfferStatus, PROGRAMME_FAMILY } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import { programmeClosures, type ProgrammeClosure } from './programme-closures';

/** The offer as it is now, or why it stays as it was (naming the offer when it is one of the viewer's provider). */
export type OfferWriteResult = Success<Offer> | (Failure<OfferErrorCode> & { offer: Offer | null });

const notFound = (field = 'offer'): OfferWriteResult => ({ ...fail([problem<OfferErrorCode>('NOT_FOUND', field, 'No such offer of your provider.')]), offer: null });
const refused = (problems: Problem<OfferErrorCode>[], offer: Offer | null): OfferWriteResult => ({ ...fail(problems), offer });

/** Options of one write. */
export interface WriteOptions {
  prefix?: string;
  closures?: readonly ProgrammeClosure[];
  externalId?: string | null;
}

/**
 * Providers keep their own catalogue: create drafts, edit, publish, archive. Only the offer's own
 * provider may (its staff, its keys); another provider's offer answers exactly like a missing one,
 * and row-level security refuses the write anyway. Every change raises the offer's version and
 * goes into the catalogue's changes outbox in the same transaction.
 */
export class OfferPublishingService {
  constructor(private readonly em: EntityManager) {}

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

  /** Applies `fields` to an offer of the viewer's provider already read under lock. */
  async change(viewer: Viewer, offer: Offer, fields: OfferFields, options: WriteOptions = {}): Promise<OfferWriteResult> {
    const problems = await this.check(viewer, offer, fields, { prefix: options.prefix ?? 'fields.', closures: options.closures, forPublication: offer.status === OfferStatus.PUBLISHED });
    if (problems.length > 0) return refused(problems, offer);
    const seatsOnly = Object.keys(fields).every((key) => ['seatsTaken', 'waitlistLength', 'waitlistOpen', 'capacity'].includes(key));
    this.apply(offer, fields);
    offer.version += 1;
    await this.em.flush();
    this.record(offer, seatsOnly ? 'SEATS_CHANGED' : 'UPDATED', offer.status === OfferStatus.PUBLISHED);
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

  /** What is wrong with applying `fields` to `offer`. */
  async check(viewer: Viewer, offer: Offer, fields: OfferFields, context: { prefix: string; closures?: readonly ProgrammeClosure[]; forPublication: boolean }): Promise<Problem<OfferErrorCode>[]> {
    const next = stateAfter(stateOf(offer), fields);
    const closures = context.closures ?? (await programmeClosures(this.em));
    const location = locationToCheck(next, fields, context.forPublication);
    const locationUsable = location == null ? null : await this.usableLocation(viewer, location);
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

/** What the checks read of the offer as it is, without touching the managed entity. */
function stateOf(offer: Offer): OfferState {
  return {
    programme: offer.programme,
    startDate: offer.startDate,
    endDate: offer.endDate,
    entryLevelMin: offer.entryLevelMin,
    entryLevelMax: offer.entryLevelMax,
    minAge: offer.minAge,
    maxAge: offer.maxAge,
    capacity: offer.capacity,
    seatsTaken: offer.seatsTaken,
    seatsReferred: offer.seatsReferred ?? 0,
    description: offer.description ?? '',
    format: offer.format,
    locationId: offer.location?.id ?? null,
  };
}
