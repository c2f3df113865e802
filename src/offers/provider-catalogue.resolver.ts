import { Arg, Args, Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, ConnectionType, EdgeType, pageRequest } from '../core/relay/connection';
import { findPage, type EntityOrdering } from '../core/relay/entity-page';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';
import { OfferConnection } from './offer.types';

@ObjectType({ simpleResolvers: true, description: 'A location with its cursor.' })
export class LocationEdge extends EdgeType(Location) {}

@ObjectType({ simpleResolvers: true, description: 'A page of locations.' })
export class LocationConnection extends ConnectionType(Location, LocationEdge) {}

@InputType({ description: "Criteria for a provider's offers." })
export class ProviderOffersFilter {
  @Field(() => [OfferStatus], { nullable: true, description: "Only offers in these states. Drafts and archived offers are their own provider's to see; others get published offers only." })
  statuses?: OfferStatus[] | null;
}

const BY_ID: EntityOrdering<Offer> = { keys: [{ property: 'id', type: 'integer' }], direction: 'asc' };
const LOCATIONS_BY_ID: EntityOrdering<Location> = { keys: [{ property: 'id', type: 'integer' }], direction: 'asc' };

/** The states of a provider's offers a viewer may see: all for its own staff and keys, else the published ones. */
function visibleStatuses(viewer: Viewer, providerId: number, asked: OfferStatus[] | null | undefined): OfferStatus[] {
  const allowed = providerOf(viewer) === providerId ? Object.values(OfferStatus) : [OfferStatus.PUBLISHED];
  return asked?.length ? asked.filter((status) => allowed.includes(status)) : allowed;
}

@Resolver(() => Provider)
export class ProviderCatalogueResolver {
  @FieldResolver(() => OfferConnection, { description: "The provider's offers by ID: published ones for everyone; its own staff and keys also see drafts and archived offers." })
  async offers(
    @Root() provider: Provider,
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ProviderOffersFilter, { nullable: true, description: 'Criteria; all must hold.' }) filter?: ProviderOffersFilter | null,
  ): Promise<OfferConnection> {
    const page = pageRequest(args);
    const where = { provider: provider.id, status: { $in: visibleStatuses(ctx.viewer, provider.id, filter?.statuses) } };
    const { rows, cursorOf } = await findPage(ctx.em, Offer, where, BY_ID, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node, distanceKm: null }), () => ctx.em.count(Offer, where)) as OfferConnection;
  }

  @FieldResolver(() => LocationConnection, { description: "The provider's locations by ID; archived ones only for its own staff and keys." })
  async locations(@Root() provider: Provider, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<LocationConnection> {
    const page = pageRequest(args);
    const where = providerOf(ctx.viewer) === provider.id ? { provider: provider.id } : { provider: provider.id, archivedAt: null };
    const { rows, cursorOf } = await findPage(ctx.em, Location, where, LOCATIONS_BY_ID, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => ctx.em.count(Location, where)) as LocationConnection;
  }
}
