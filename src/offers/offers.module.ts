import type { HubModule } from '../core/module';
import { Offer } from './offer.entity';
import { canSeeOffer } from './offer.policy';
import { DistrictFacetResolver, OfferResolver } from './offer.resolver';
import { OfferSeatsResolver } from './offer-seats.resolver';
import { SearchTerm } from './search-term.entity';

/** The catalogue of measures and its search. */
export const offersModule: HubModule = {
  name: 'offers',
  entities: [Offer, SearchTerm],
  resolvers: [OfferResolver, OfferSeatsResolver, DistrictFacetResolver],
  displayNames: [{ entity: Offer, populate: ['provider'], name: (offer: Offer) => `${offer.title} (${offer.provider.getEntity().name})` }],
  nodeTypes: [{ typeName: 'Offer', entity: Offer, visible: canSeeOffer }],
};
