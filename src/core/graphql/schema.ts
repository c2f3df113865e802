import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DistrictResolver, MunicipalityResolver } from '../../geography/geography.resolver';
import { ApiKeyResolver } from '../../integrations/api-key.resolver';
import { TrustedDocumentResolver } from '../../integrations/trusted-document.resolver';
import { DistrictFacetResolver, OfferResolver } from '../../offers/offer.resolver';
import { OfferSeatsResolver } from '../../offers/offer-seats.resolver';
import { LocationResolver, ProviderResolver } from '../../providers/provider.resolver';
import { AuditResolver } from '../../audit/audit.resolver';
import { assertPurposesDeclared, auditPersonalDataReads } from '../../audit/purpose';
import { AgencyResolver, TeamResolver, TenancyResolver, UserResolver } from '../../tenancy/tenancy.resolver';
import { CaseloadResolver, ClientResolver } from '../../caseloads/client.resolver';
import { ConsentResolver } from '../../consents/consent.resolver';
import { PlanGoalResolver, PlanMeasureResolver, PlanMutationResolver, PlanResolver } from '../../plans/plan.resolver';
import { authChecker } from '../auth/auth-checker';
import { NodeResolver } from '../relay/node.resolver';

/** Every resolver of the hub; new domain folders add theirs here. */
const resolvers = [
  NodeResolver,
  OfferResolver,
  OfferSeatsResolver,
  DistrictFacetResolver,
  ProviderResolver,
  LocationResolver,
  DistrictResolver,
  MunicipalityResolver,
  ApiKeyResolver,
  TrustedDocumentResolver,
  TenancyResolver,
  AgencyResolver,
  TeamResolver,
  UserResolver,
  AuditResolver,
  CaseloadResolver,
  ClientResolver,
  PlanMutationResolver,
  PlanResolver,
  PlanGoalResolver,
  PlanMeasureResolver,
  ConsentResolver,
] as const;

export async function buildHubSchema(): Promise<GraphQLSchema> {
  // Input validation happens in services (typed AppErrors), so class-validator is not wired in.
  const schema = await buildSchema({ resolvers, validate: false, authChecker });
  auditPersonalDataReads(schema);
  assertPurposesDeclared(schema);
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
