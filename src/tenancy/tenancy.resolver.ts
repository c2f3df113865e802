import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { MunicipalityConnection } from '../geography/geography.types';
import { Municipality } from '../geography/municipality.entity';
import { Provider } from '../providers/provider.entity';
import { Agency } from './agency.entity';
import { AGENCY_MUNICIPALITIES } from './agency.loaders';
import { Team } from './team.entity';
import { MAX_TEAMS_PER_AGENCY, TenancyService } from './tenancy.service';
import {
  AgencyConnection,
  AgencyCreateInput,
  AgencyCreatePayload,
  TeamCreateInput,
  TeamCreatePayload,
  UserConnection,
  UserCreateInput,
  UserCreatePayload,
  ViewerInfo,
  ViewerKind,
} from './tenancy.types';
import { tenancyUserErrors } from './tenancy.user-errors';
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
      roles: viewer.kind === 'user' ? [...viewer.roles] : [Role.INTEGRATION],
      user: viewer.kind === 'user' ? await loaders.byId(User).load(viewer.userId) : null,
      agency: viewer.agencyId === null ? null : await loaders.byId(Agency).load(viewer.agencyId),
      provider: viewer.providerId === null ? null : await loaders.byId(Provider).load(viewer.providerId),
    };
  }

  @Query(() => AgencyConnection, { description: 'Agencies running Integrationsmanagement, by name.' })
  async agencies(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<AgencyConnection> {
    const page = pageRequest(args);
    const service = new TenancyService(ctx.em);
    const { rows, cursorOf } = await service.listAgencies(ctx.viewer, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countAgencies(ctx.viewer)) as AgencyConnection;
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
    const service = new TenancyService(ctx.em);
    const { rows, cursorOf } = await service.listUsers(ctx.viewer, criteria, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countUsers(ctx.viewer, criteria)) as UserConnection;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyCreatePayload, { description: 'Creates an agency (a tenant) with the municipalities it covers. Admins only.' })
  async agencyCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new agency.' }) input: AgencyCreateInput): Promise<AgencyCreatePayload> {
    const result = await new TenancyService(ctx.em).createAgency(ctx.viewer, {
      key: input.key,
      name: input.name,
      kind: input.kind,
      teamCaseloadsVisible: input.teamCaseloadsVisible,
      municipalityIds: input.municipalities.map((id, i) => fromGlobalIdOf('Municipality', id, `input.municipalities[${i}]`)),
    });
    return result.ok ? { agency: result.value, userErrors: [] } : { agency: null, userErrors: tenancyUserErrors(result.problems) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamCreatePayload, { description: `Creates a team in an agency; refused when it has ${MAX_TEAMS_PER_AGENCY}. Admins only.` })
  async teamCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new team.' }) input: TeamCreateInput): Promise<TeamCreatePayload> {
    const result = await new TenancyService(ctx.em).createTeam(ctx.viewer, { agencyId: fromGlobalIdOf('Agency', input.agency, 'input.agency'), name: input.name });
    return result.ok ? { team: result.value, userErrors: [] } : { team: null, userErrors: tenancyUserErrors(result.problems) };
  }

  @Authorized(Role.ADMIN)
  @Purpose(AuditPurpose.ADMINISTRATION)
  @Mutation(() => UserCreatePayload, { description: 'Prepares an account, claimed by e-mail address at first sign-in; audited as a CREATE of the person. Admins only.' })
  async userCreate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', { description: 'The person.' }) input: UserCreateInput,
  ): Promise<UserCreatePayload> {
    const result = await new TenancyService(ctx.em, auditRecorder(ctx, info)).createUser(ctx.viewer, {
      email: input.email,
      name: input.name ?? null,
      roles: input.roles,
      agencyId: optionalId('Agency', input.agency, 'input.agency'),
      providerId: optionalId('Provider', input.provider, 'input.provider'),
      teamId: optionalId('Team', input.team, 'input.team'),
    });
    return result.ok ? { user: result.value, userErrors: [] } : { user: null, userErrors: tenancyUserErrors(result.problems) };
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => MunicipalityConnection, { description: 'Municipalities the agency covers, by name.' })
  municipalities(@Root() agency: Agency, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<MunicipalityConnection> {
    return ctx.loaders.connection(Municipality, AGENCY_MUNICIPALITIES, agency.id, args) as Promise<MunicipalityConnection>;
  }

  @ListCap(MAX_TEAMS_PER_AGENCY)
  @FieldResolver(() => [Team], { description: `The agency's teams, by name (at most ${MAX_TEAMS_PER_AGENCY}); visible to its staff and admins.` })
  teams(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Team[]> {
    return ctx.loaders.byColumn(Team, 'agency_id', { orderBy: 'a.name, a.id' }).load(agency.id);
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
