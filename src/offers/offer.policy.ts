import { providerOf, type Viewer } from '../core/auth/viewer';
import type { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';

/** Published offers are public; drafts and archived offers only their own provider's. */
export function canSeeOffer(viewer: Viewer, offer: Offer): boolean {
  return offer.status === OfferStatus.PUBLISHED || providerOf(viewer) === offer.provider.id;
}
