import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Failure, type Problem, type Success } from '../core/result';
import { catalogueOutboxOf } from './catalogue-changes';
import { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import { canChangeOffer } from './offer.policy';

/** New figures: undefined = unchanged; null is refused, as an offer always has each figure. */
export interface SeatsChange {
  offerId: number;
  seatsTaken?: number | null;
  waitlistLength?: number | null;
  waitlistOpen?: boolean | null;
}

/** The largest seat count and waiting list the hub accepts. */
export const MAX_COUNT = 100_000;

/**
 * The offer as it is now, or why it stays as it was. A refused change still names the offer
 * when it is one of the viewer's provider (null when not found).
 */
export type SeatsUpdateResult = Success<Offer> | (Failure<OfferErrorCode> & { offer: Offer | null });

/**
 * Providers keep free seats and waiting lists current, so partner portals and managers see what
 * is bookable. Only the offer's own provider may (canChangeOffer): another provider's offer
 * answers exactly like a missing one (and the database's RLS policy refuses the update anyway).
 */
export class OfferSeatsService {
  constructor(private readonly em: EntityManager) {}

  async update(viewer: Viewer, change: SeatsChange): Promise<SeatsUpdateResult> {
    const found = await this.em.findOne(Offer, { id: change.offerId });
    const offer = found && canChangeOffer(viewer, found) ? found : null;
    if (!offer) return { ...fail([problem<OfferErrorCode>('NOT_FOUND', 'offer', 'No such offer of your provider.')]), offer: null };

    const problems: Problem<OfferErrorCode>[] = [];
    const count = (value: number | null | undefined, field: string) => {
      if (value === null) problems.push(problem('INVALID', field, `An offer always has this figure; give a number from 0 to ${MAX_COUNT} instead of null.`));
      else if (value !== undefined && (value < 0 || value > MAX_COUNT)) problems.push(problem('INVALID', field, `Give a number from 0 to ${MAX_COUNT}.`));
    };
    count(change.seatsTaken, 'seatsTaken');
    count(change.waitlistLength, 'waitlistLength');
    if (change.waitlistOpen === null) problems.push(problem('INVALID', 'waitlistOpen', 'The waiting list is open or not; give true or false instead of null.'));
    // Seats held or taken by referrals through the hub count too (the database refuses an overbooking anyway).
    if (change.seatsTaken != null && offer.capacity !== null && change.seatsTaken > offer.capacity - offer.seatsReferred) {
      problems.push(problem('INVALID', 'seatsTaken', offer.seatsReferred === 0 ? `The offer has ${offer.capacity} seats.` : `The offer has ${offer.capacity} seats, ${offer.seatsReferred} of them held or taken by referrals.`));
    }
    if (problems.length > 0) return { ...fail(problems), offer };

    if (change.seatsTaken != null) offer.seatsTaken = change.seatsTaken;
    if (change.waitlistLength != null) offer.waitlistLength = change.waitlistLength;
    if (change.waitlistOpen != null) offer.waitlistOpen = change.waitlistOpen;
    // Confirming the figures, even unchanged ones, clears the staleness flag; each change is a version and a feed entry.
    offer.seatsConfirmedAt = new Date();
    offer.version += 1;
    await this.em.flush();
    catalogueOutboxOf(this.em).add({ subjectType: 'OFFER', subjectId: offer.id, providerId: offer.provider.id, action: 'SEATS_CHANGED', public: offer.status === OfferStatus.PUBLISHED, version: offer.version });
    return succeed(offer);
  }
}
