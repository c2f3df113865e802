import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Prefetch } from '../core/graphql/prefetch';
import { Reads, selectedProperties } from '../core/graphql/projection';
import { mapNow } from '../core/loaders';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { District } from '../geography/district.entity';
import { Municipality } from '../geography/municipality.entity';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { Offer } from './offer.entity';
import { OfferFamily, OfferFormat, Programme } from './offer.enums';
import { OfferFilter, OfferOrder } from './offer.inputs';
import type { OfferSearchFilter } from './search/search-filter';
import { OfferSearchService, type OfferHit } from './search/offer-search.service';
import { DistrictFacet, OfferConnection, OfferFacets } from './offer.types';

/** GraphQL input → service filter: decodes global IDs, nothing else. */
export function toSearchFilter(filter: OfferFilter | null | undefined): OfferSearchFilter {
  if (!filter) return {};
  const { provider, district, near, ...rest } = filter;
  return {
    ...rest,
    providerId: provider == null ? null : fromGlobalIdOf('Provider', provider, 'filter.provider'),
    districtId: district == null ? null : fromGlobalIdOf('District', district, 'filter.district'),
    near: near && {
      latitude: near.latitude,
      longitude: near.longitude,
      postalCode: near.postalCode,
      municipalityId: near.municipality == null ? null : fromGlobalIdOf('Municipality', near.municipality, 'filter.near.municipality'),
      radiusKm: near.radiusKm,
    },
  };
}

/** Hands the related rows a search already read to the loaders, so nested fields cost no query. */
function primeLoaders(ctx: Context, hits: OfferHit[]): void {
  for (const hit of hits) {
    ctx.loaders.byId(Provider).prime(hit.provider.id, hit.provider);
    if (hit.location) ctx.loaders.byId(Location).prime(hit.location.id, hit.location);
    if (hit.municipality) ctx.loaders.byId(Municipality).prime(hit.municipality.id, hit.municipality);
    if (hit.district) ctx.loaders.byId(District).prime(hit.district.id, hit.district);
  }
}

@Resolver(() => Offer)
export class OfferResolver {
  @Query(() => OfferConnection, { description: 'Search the published catalogue. Public: needs no credentials and returns no personal data.' })
  async offers(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => OfferFilter, { nullable: true, description: 'Criteria; all must hold.' }) filter?: OfferFilter | null,
    @Arg('orderBy', () => OfferOrder, { nullable: true, description: 'Ordering; defaults to relevance with text, else distance with `near`, else start date.' })
    orderBy?: OfferOrder | null,
  ): Promise<OfferConnection> {
    const page = pageRequest(args);
    const searchFilter = toSearchFilter(filter);
    const service = new OfferSearchService(ctx.em);
    const hits = await service.search(ctx.viewer, searchFilter, orderBy ?? null, page);
    primeLoaders(ctx, hits);
    return buildConnection(
      hits,
      page,
      (hit) => ({ cursor: hit.cursor, node: hit.offer, distanceKm: hit.distanceKm }),
      () => service.count(ctx.viewer, searchFilter),
    ) as OfferConnection;
  }

  @Query(() => OfferFacets, { description: 'Counts of published offers matching a filter, per family, programme, district and format.' })
  async offerFacets(
    @Ctx() ctx: Context,
    @Arg('filter', () => OfferFilter, { nullable: true, description: 'Criteria; all must hold.' }) filter?: OfferFilter | null,
  ): Promise<OfferFacets> {
    const rows = await new OfferSearchService(ctx.em).facets(ctx.viewer, toSearchFilter(filter));
    const facets: OfferFacets = { families: [], programmes: [], districts: [], formats: [] };
    for (const row of rows) {
      if (row.family) facets.families.push({ family: row.family as OfferFamily, count: row.count });
      else if (row.programme) facets.programmes.push({ programme: row.programme as Programme, count: row.count });
      else if (row.format) facets.formats.push({ format: row.format as OfferFormat, count: row.count });
      else if (row.by_district && row.district_id != null) {
        facets.districts.push(Object.assign(new DistrictFacet(), { districtId: row.district_id, count: row.count }));
      }
    }
    const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
    facets.families.sort(byCount);
    facets.programmes.sort(byCount);
    facets.districts.sort(byCount);
    facets.formats.sort(byCount);
    return facets;
  }

  @FieldResolver(() => Provider, { description: 'The provider running the offer.' })
  @Prefetch(() => Offer, (ctx, offers, selected) => ctx.loaders.byId(Provider, selected).loadAll(offers.map((offer) => offer.provider.id)))
  @Reads()
  provider(@Root() offer: Offer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Provider | Promise<Provider> {
    return mapNow(ctx.loaders.byId(Provider, selectedProperties(info)).now(offer.provider.id), (provider) => provider!);
  }

  @FieldResolver(() => Location, { nullable: true, description: 'Where the offer takes place; null for online-only offers.' })
  @Prefetch(() => Offer, (ctx, offers, selected) => ctx.loaders.byId(Location, selected).loadAll(offers.flatMap((offer) => (offer.location ? [offer.location.id] : []))))
  @Reads()
  location(@Root() offer: Offer, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Location | null | Promise<Location | null> {
    return offer.location ? ctx.loaders.byId(Location, selectedProperties(info)).now(offer.location.id) : null;
  }
}

@Resolver(() => DistrictFacet)
export class DistrictFacetResolver {
  @FieldResolver(() => District, { description: 'The district.' })
  async district(@Root() facet: DistrictFacet, @Ctx() ctx: Context): Promise<District> {
    return (await ctx.loaders.byId(District).load(facet.districtId))!;
  }
}
