import type { HubModule } from '../core/module';
import { Offer } from './offer.entity';
import { canSeeOffer } from './offer.policy';
import { DistrictFacetResolver, OfferResolver } from './offer.resolver';
import { OfferSeatsResolver } from './offer-seats.resolver';
import { SearchTerm } from './search-term.entity';
import { flushCatalogueOutbox } from './catalogue-changes';
import { OfferPublishingResolver } from './offer-publishing.resolver';
import { ProviderCatalogueResolver } from './provider-catalogue.resolver';
import { CatalogueFeedResolver } from './catalogue-feed.resolver';
import { OfferUpsertResolver } from './offer-upsert.resolver';
import { catalogueFeedLag } from './catalogue-feed-lag';

/** The catalogue of measures, its search, and providers publishing their own offers and locations. */
export const offersModule: HubModule = {
  name: 'offers',
  entities: [Offer, SearchTerm],
  resolvers: [OfferResolver, OfferSeatsResolver, DistrictFacetResolver, OfferPublishingResolver, ProviderCatalogueResolver, CatalogueFeedResolver, OfferUpsertResolver],
  displayNames: [{ entity: Offer, populate: ['provider'], name: (offer: Offer) => `${offer.title} (${offer.provider.getEntity().name})` }],
  nodeTypes: [{ typeName: 'Offer', entity: Offer, visible: canSeeOffer }],
  // Each request's catalogue changes enter the changes feed's outbox in its transaction.
  beforeCommit: [flushCatalogueOutbox],
  // How far the changes feed lags behind its commits, at each scrape of /metrics.
  metrics: [catalogueFeedLag],
};
