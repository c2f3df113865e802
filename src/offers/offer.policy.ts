import { providerOf, type Viewer } from '../core/auth/viewer';
import { rawSql, type Sql } from '../core/database/sql';
import type { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';

/** Published offers are public; drafts and archived offers only their own provider's. */
export function canSeeOffer(viewer: Viewer, offer: Offer): boolean {
  return offer.status === OfferStatus.PUBLISHED || providerOf(viewer) === offer.provider.id;
}

/** Only the offer's own provider (its staff, its keys) may change it; to anyone else it is as if missing. */
export function canChangeOffer(viewer: Viewer, offer: Offer): boolean {
  const providerId = providerOf(viewer);
  return providerId !== null && providerId === offer.provider.id && canSeeOffer(viewer, offer);
}

/**
 * The offers the catalogue search lists, as a condition over the offer (alias `o`): the published
 * ones, for every viewer. Within canSeeOffer: signed-in users and integrations search the public
 * catalogue too; a provider's own drafts will come with offer editing, not through search. The
 * search checks every offer it returns against canSeeOffer as well.
 */
export function searchableOffers(viewer: Viewer): Sql {
  switch (viewer.kind) {
    case 'anonymous':
    case 'user':
    case 'integration':
      return rawSql(`o.status = 'PUBLISHED'`);
  }
}
