import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core/context';
import { Prefetch } from '../core/graphql/prefetch';
import { mapNow } from '../core/loaders';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { District } from './district.entity';
import { GeographyService } from './geography.service';
import { DistrictConnection, MunicipalityConnection } from './geography.types';
import { Municipality } from './municipality.entity';

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => DistrictConnection, { description: 'The 44 districts of Baden-Württemberg, by name.' })
  async districts(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<DistrictConnection> {
    const page = pageRequest(args);
    const service = new GeographyService(ctx.em);
    const { rows, cursorOf } = await service.districts(ctx.viewer, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countDistricts(ctx.viewer)) as DistrictConnection;
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Places in Baden-Württemberg, by name; for pickers and `near` searches.' })
  async municipalities(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name; case and accents are ignored.' }) search?: string | null,
    @Arg('district', () => ID, { nullable: true, description: 'Only places in this district.' }) district?: string | null,
  ): Promise<MunicipalityConnection> {
    const page = pageRequest(args);
    const criteria = {
      search: search ?? null,
      districtId: district == null ? null : fromGlobalIdOf('District', district, 'district'),
    };
    const service = new GeographyService(ctx.em);
    const { rows, cursorOf } = await service.municipalities(ctx.viewer, criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countMunicipalities(ctx.viewer, criteria)) as MunicipalityConnection;
  }

  @FieldResolver(() => District, { description: 'The district the place belongs to.' })
  @Prefetch(() => Municipality, (ctx, municipalities) => ctx.loaders.byId(District).loadAll(municipalities.map((municipality) => municipality.district.id)))
  district(@Root() municipality: Municipality, @Ctx() ctx: Context): District | Promise<District> {
    return mapNow(ctx.loaders.byId(District).now(municipality.district.id), (district) => district!);
  }
}
