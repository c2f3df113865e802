import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditAction, AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Municipality } from '../geography/municipality.entity';
import { Provider } from '../providers/provider.entity';
import { Agency } from './agency.entity';
import { Team } from './team.entity';
import { TenancyService } from './tenancy.service';
import {
  AgencyConnection,
  AgencyCreateInput,
  AgencyPayload,
  TeamCreateInput,
  TeamPayload,
  UserConnection,
  UserCreateInput,
  UserPayload,
  ViewerInfo,
  ViewerKind,
} from './tenancy.types';
import { User } from './user.entity';

const optionalId = (type: string, value: string | null | undefined, argument: string) => (value == null ? null : fromGlobalIdOf(type, value, argument));

@Resolver()
export class TenancyResolver {
  @Purpose(AuditPurpose.ADMINISTRATION)
  @Query(() => ViewerInfo, { description: 'Who is asking, as the hub sees the credentials sent.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo> {
    const { viewer, loaders } = ctx;
    if (viewer.kind === 'anonymous') return { kind: ViewerKind.ANONYMOUS, roles: [], user: null, agency: null, provider: null };
    return {
      kind: viewer.kind === 'user' ? ViewerKind.USER : ViewerKind.INTEGRATION,
      roles: [...(viewer.kind === 'user' ? viewer.roles : viewer.scopes)],
      user: viewer.kind === 'user' ? await loaders.byId(User).load(viewer.userId) : null,
      agency: viewer.agencyId === null ? null : await loaders.byId(Agency).load(viewer.agencyId),
      provider: viewer.providerId === null ? null : await loaders.byId(Provider).load(viewer.providerId),
    };
  }

  @Query(() => AgencyConnection, { description: 'Agencies running Integrationsmanagement, by name.' })
  async agencies(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<AgencyConnection> {
    const page = pageRequest(args);
    const service = new TenancyService(ctx.em, ctx.viewer);
    const { rows, cursorOf } = await service.listAgencies(page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countAgencies()) as AgencyConnection;
  }

  @Authorized(Role.ADMIN, Role.COORDINATOR, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.PROVIDER_STAFF)
  @Purpose(AuditPurpose.ADMINISTRATION)
  @Query(() => UserConnection, { description: 'People with accounts, by e-mail address: admins see all, staff their own agency or provider.' })
  async users(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('agency', () => ID, { nullable: true, description: 'Only people of this agency.' }) agency?: string | null,
    @Arg('team', () => ID, { nullable: true, description: 'Only members of this team.' }) team?: string | null,
  ): Promise<UserConnection> {
    const page = pageRequest(args);
    const criteria = { agencyId: optionalId('Agency', agency, 'agency'), teamId: optionalId('Team', team, 'team') };
    const service = new TenancyService(ctx.em, ctx.viewer);
    const { rows, cursorOf } = await service.listUsers(criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countUsers(criteria)) as UserConnection;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload, { description: 'Creates an agency (a tenant) with the municipalities it covers. Admins only.' })
  agencyCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new agency.' }) input: AgencyCreateInput): Promise<AgencyPayload> {
    return new TenancyService(ctx.em, ctx.viewer).createAgency({
      key: input.key,
      name: input.name,
      kind: input.kind,
      teamCaseloadsVisible: input.teamCaseloadsVisible,
      municipalityIds: input.municipalities.map((id, i) => fromGlobalIdOf('Municipality', id, `input.municipalities[${i}]`)),
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamPayload, { description: 'Creates a team in an agency. Admins only.' })
  teamCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new team.' }) input: TeamCreateInput): Promise<TeamPayload> {
    return new TenancyService(ctx.em, ctx.viewer).createTeam({ agencyId: fromGlobalIdOf('Agency', input.agency, 'input.agency'), name: input.name });
  }

  @Authorized(Role.ADMIN)
  @Purpose(AuditPurpose.ADMINISTRATION)
  @Mutation(() => UserPayload, { description: 'Prepares an account, claimed by e-mail address at first sign-in. Admins only.' })
  async userCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The person.' }) input: UserCreateInput): Promise<UserPayload> {
    const result = await new TenancyService(ctx.em, ctx.viewer).createUser({
      email: input.email,
      name: input.name ?? null,
      roles: input.roles,
      agencyId: optionalId('Agency', input.agency, 'input.agency'),
      providerId: optionalId('Provider', input.provider, 'input.provider'),
      teamId: optionalId('Team', input.team, 'input.team'),
    });
    if (result.user) {
      ctx.audit.record({
        action: AuditAction.CREATE,
        purpose: AuditPurpose.ADMINISTRATION,
        subjectType: 'User',
        subjectId: result.user.id,
        agencyId: result.user.agency?.id ?? null,
        fields: ['email', 'name', 'roles'],
      });
    }
    return result;
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => [Municipality], { description: 'Municipalities the agency covers, by name.' })
  async municipalities(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Municipality[]> {
    const ids = await ctx.loaders
      .loader('agencyMunicipalityIds', async (agencyIds) => {
        const rows = await ctx.em.execute<Array<{ agency_id: number; ids: number[] }>>(
          `select am.agency_id, array_agg(m.id order by m.name, m.id) as ids from agency_municipality am
           join municipality m on m.id = am.municipality_id where am.agency_id = any(?::int[]) group by am.agency_id`,
          [`{${agencyIds.join(',')}}`],
        );
        return agencyIds.map((id) => rows.find((row) => row.agency_id === id)?.ids ?? []);
      })
      .load(agency.id);
    return (await ctx.loaders.byId(Municipality).loadMany(ids)) as Municipality[];
  }

  @FieldResolver(() => [Team], { description: "The agency's teams, by name; visible to its staff and admins." })
  teams(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Team[]> {
    return ctx.em.find(Team, { agency: agency.id }, { orderBy: { name: 'asc' } });
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => Agency, { description: 'The agency of the team.' })
  async agency(@Root() team: Team, @Ctx() ctx: Context): Promise<Agency> {
    return (await ctx.loaders.byId(Agency).load(team.agency.id))!;
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the person works for.' })
  agency(@Root() user: User, @Ctx() ctx: Context): Promise<Agency | null> | null {
    return user.agency && ctx.loaders.byId(Agency).load(user.agency.id);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider the person works for.' })
  provider(@Root() user: User, @Ctx() ctx: Context): Promise<Provider | null> | null {
    return user.provider && ctx.loaders.byId(Provider).load(user.provider.id);
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team the person belongs to.' })
  team(@Root() user: User, @Ctx() ctx: Context): Promise<Team | null> | null {
    return user.team && ctx.loaders.byId(Team).load(user.team.id);
  }
}
