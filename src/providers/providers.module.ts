import type { HubModule } from '../core/module';
import { Location } from './location.entity';
import { Provider } from './provider.entity';
import { canSeeLocation, canSeeProvider } from './provider.policy';
import { LocationResolver, ProviderResolver } from './provider.resolver';

/** Providers of measures and their locations: public. */
export const providersModule: HubModule = {
  name: 'providers',
  entities: [Provider, Location],
  resolvers: [ProviderResolver, LocationResolver],
  displayNames: [{ entity: Provider, name: (provider: Provider) => provider.name }],
  nodeTypes: [
    { typeName: 'Provider', entity: Provider, visible: canSeeProvider },
    { typeName: 'Location', entity: Location, visible: canSeeLocation },
  ],
};
