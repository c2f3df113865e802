import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DistrictResolver, MunicipalityResolver } from '../../geography/geography.resolver';
import { ApiKeyResolver } from '../../integrations/api-key.resolver';
import { DistrictFacetResolver, OfferResolver } from '../../offers/offer.resolver';
import { LocationResolver, ProviderResolver } from '../../providers/provider.resolver';
import { authChecker } from '../auth/auth-checker';
import { NodeResolver } from '../relay/node.resolver';

/** Every resolver of the hub; new domain folders add theirs here. */
const resolvers = [
  NodeResolver,
  OfferResolver,
  DistrictFacetResolver,
  ProviderResolver,
  LocationResolver,
  DistrictResolver,
  MunicipalityResolver,
  ApiKeyResolver,
] as const;

export function buildHubSchema(): Promise<GraphQLSchema> {
  // Input validation happens in services (typed AppErrors), so class-validator is not wired in.
  return buildSchema({ resolvers, validate: false, authChecker });
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
