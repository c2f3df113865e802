import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import { Offer } from './offer.entity';

/** New figures: undefined = unchanged; null is refused, as an offer always has each figure. */
export interface SeatsChange {
  offerId: number;
  seatsTaken?: number | null;
  waitlistLength?: number | null;
  waitlistOpen?: boolean | null;
}

const MAX_COUNT = 100_000;

/**
 * Providers keep free seats and waiting lists current, so partner portals and managers see what
 * is bookable. Only the offer's own provider may: another provider's offer answers exactly like a
 * missing one (and the database's RLS policy refuses the update anyway).
 */
export class OfferSeatsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  async update(change: SeatsChange): Promise<{ offer: Offer | null; userErrors: UserError[] }> {
    const providerId = providerOf(this.viewer);
    const offer = providerId === null ? null : await this.em.findOne(Offer, { id: change.offerId, provider: providerId });
    if (!offer) return { offer: null, userErrors: [userError(['input', 'offer'], UserErrorCode.NOT_FOUND, 'No such offer of your provider.')] };

    const userErrors: UserError[] = [];
    const count = (value: number | null | undefined, field: string) => {
      if (value === null) userErrors.push(userError(['input', field], UserErrorCode.INVALID, `An offer always has this figure; give a number from 0 to ${MAX_COUNT} instead of null.`));
      else if (value !== undefined && (value < 0 || value > MAX_COUNT)) userErrors.push(userError(['input', field], UserErrorCode.INVALID, `Give a number from 0 to ${MAX_COUNT}.`));
    };
    count(change.seatsTaken, 'seatsTaken');
    count(change.waitlistLength, 'waitlistLength');
    if (change.waitlistOpen === null) userErrors.push(userError(['input', 'waitlistOpen'], UserErrorCode.INVALID, 'The waiting list is open or not; give true or false instead of null.'));
    if (change.seatsTaken != null && offer.capacity !== null && change.seatsTaken > offer.capacity) {
      userErrors.push(userError(['input', 'seatsTaken'], UserErrorCode.INVALID, `The offer has ${offer.capacity} seats.`));
    }
    if (userErrors.length > 0) return { offer, userErrors };

    if (change.seatsTaken != null) offer.seatsTaken = change.seatsTaken;
    if (change.waitlistLength != null) offer.waitlistLength = change.waitlistLength;
    if (change.waitlistOpen != null) offer.waitlistOpen = change.waitlistOpen;
    await this.em.flush();
    return { offer, userErrors: [] };
  }
}
