import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Prefetch } from '../core/graphql/prefetch';
import { mapNow } from '../core/loaders';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { Municipality } from '../geography/municipality.entity';
import { Location } from './location.entity';
import { Provider, ProviderKind } from './provider.entity';
import { ProviderService } from './provider.service';
import { ProviderConnection } from './provider.types';

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => ProviderConnection, { description: 'Providers of integration measures, by name.' })
  async providers(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name; case and accents are ignored.' }) search?: string | null,
    @Arg('kinds', () => [ProviderKind], { nullable: true, description: 'Only providers of these kinds.' }) kinds?: ProviderKind[] | null,
  ): Promise<ProviderConnection> {
    const page = pageRequest(args);
    const criteria = { search: search ?? null, kinds: kinds ?? null };
    const service = new ProviderService(ctx.em);
    const { rows, cursorOf } = await service.list(ctx.viewer, criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.count(ctx.viewer, criteria)) as ProviderConnection;
  }
}

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Provider, { description: 'The provider using this location.' })
  provider(@Root() location: Location, @Ctx() ctx: Context): Provider | Promise<Provider> {
    return mapNow(ctx.loaders.byId(Provider).now(location.provider.id), (provider) => provider!);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality the location is in.' })
  @Prefetch(() => Location, (ctx, locations) => ctx.loaders.byId(Municipality).loadAll(locations.map((location) => location.municipality.id)))
  municipality(@Root() location: Location, @Ctx() ctx: Context): Municipality | Promise<Municipality> {
    return mapNow(ctx.loaders.byId(Municipality).now(location.municipality.id), (municipality) => municipality!);
  }
}
