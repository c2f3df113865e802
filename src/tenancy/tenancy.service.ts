import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_ROLES, agencyOf, hasRole, providerOf, requireRole, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { Municipality } from '../geography/municipality.entity';
import { Provider } from '../providers/provider.entity';
import { Agency, type AgencyKind } from './agency.entity';
import { Team } from './team.entity';
import { User } from './user.entity';

const AGENCY_KEY = /^[a-z0-9][a-z0-9-]{1,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Agencies run a handful of teams (the demo two); the cap of `Agency.teams`, refused at teamCreate. */
export const MAX_TEAMS_PER_AGENCY = 50;

export interface UserCriteria {
  agencyId: number | null;
  teamId: number | null;
}

/**
 * Tenants and people. Admins create agencies, teams and accounts; staff list the people of their
 * own agency or provider. Row-level security holds the same line in the database.
 */
export class TenancyService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  listAgencies(page: PageRequest) {
    return findPage(this.em, Agency, {}, { keys: [{ property: 'name', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' }, page);
  }

  countAgencies(): Promise<number> {
    return this.em.count(Agency, {});
  }

  /** People the viewer may see: admins all, staff those of their own agency or provider. */
  listUsers(criteria: UserCriteria, page: PageRequest) {
    return findPage(this.em, User, this.userScope(criteria), { keys: [{ property: 'email', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' }, page);
  }

  countUsers(criteria: UserCriteria): Promise<number> {
    return this.em.count(User, this.userScope(criteria));
  }

  private userScope(criteria: UserCriteria): object {
    const where: Record<string, unknown> = {};
    if (!hasRole(this.viewer, Role.ADMIN)) {
      const agencyId = agencyOf(this.viewer);
      const providerId = providerOf(this.viewer);
      if (agencyId !== null) where.agency = agencyId;
      else if (providerId !== null) where.provider = providerId;
      else where.id = userIdOf(this.viewer) ?? 0;
    }
    if (criteria.agencyId !== null) where.agency = where.agency === undefined || where.agency === criteria.agencyId ? criteria.agencyId : 0;
    if (criteria.teamId !== null) where.team = criteria.teamId;
    return where;
  }

  async createAgency(input: { key: string; name: string; kind: AgencyKind; municipalityIds: number[]; teamCaseloadsVisible: boolean }) {
    requireRole(this.viewer, Role.ADMIN);
    const key = input.key.trim();
    const name = input.name.trim();
    const userErrors: UserError[] = [];
    if (!AGENCY_KEY.test(key)) userErrors.push(userError(['input', 'key'], UserErrorCode.INVALID, 'Use 2–64 lower-case letters, digits and dashes.'));
    else if (await this.em.count(Agency, { key })) userErrors.push(userError(['input', 'key'], UserErrorCode.TAKEN, 'Another agency has this key.'));
    if (name.length === 0 || name.length > 200) userErrors.push(userError(['input', 'name'], UserErrorCode.INVALID, 'Give a name of 1 to 200 characters.'));
    const ids = [...new Set(input.municipalityIds)];
    if (ids.length === 0) userErrors.push(userError(['input', 'municipalities'], UserErrorCode.INVALID, 'Name at least one municipality.'));
    const municipalities = ids.length === 0 ? [] : await this.em.find(Municipality, { id: { $in: ids } });
    if (municipalities.length !== ids.length) userErrors.push(userError(['input', 'municipalities'], UserErrorCode.NOT_FOUND, 'A municipality does not exist.'));
    if (userErrors.length > 0) return { agency: null, userErrors };

    const agency = Object.assign(new Agency(), { key, name, kind: input.kind, teamCaseloadsVisible: input.teamCaseloadsVisible });
    agency.municipalities.set(municipalities);
    await this.em.persistAndFlush(agency);
    return { agency, userErrors: [] };
  }

  async createTeam(input: { agencyId: number; name: string }) {
    requireRole(this.viewer, Role.ADMIN);
    const name = input.name.trim();
    const userErrors: UserError[] = [];
    if (name.length === 0 || name.length > 100) userErrors.push(userError(['input', 'name'], UserErrorCode.INVALID, 'Give a name of 1 to 100 characters.'));
    const agency = await this.em.findOne(Agency, input.agencyId);
    if (!agency) userErrors.push(userError(['input', 'agency'], UserErrorCode.NOT_FOUND, 'No such agency.'));
    else if (await this.em.count(Team, { agency, name })) userErrors.push(userError(['input', 'name'], UserErrorCode.TAKEN, 'The agency has a team of this name.'));
    else if ((await this.teamCountLocked(agency.id)) >= MAX_TEAMS_PER_AGENCY) {
      userErrors.push(userError(['input', 'agency'], UserErrorCode.INVALID, `The agency has ${MAX_TEAMS_PER_AGENCY} teams, the most it can.`));
    }
    if (userErrors.length > 0) return { team: null, userErrors };
    const team = Object.assign(new Team(), { agency: this.em.getReference(Agency, agency!.id, { wrapped: true }), name });
    await this.em.persistAndFlush(team);
    return { team, userErrors: [] };
  }

  /** Locks the agency row first: two concurrent creations could otherwise both take the last place. */
  private async teamCountLocked(agencyId: number): Promise<number> {
    await this.em.execute('select id from agency where id = ? for update', [agencyId]);
    const [{ teams }] = await this.em.execute<Array<{ teams: number }>>('select count(*)::int as teams from team where agency_id = ?', [agencyId]);
    return teams;
  }

  async createUser(input: { email: string; name: string | null; roles: Role[]; agencyId: number | null; providerId: number | null; teamId: number | null }) {
    requireRole(this.viewer, Role.ADMIN);
    const email = input.email.trim();
    const name = input.name?.trim() || null;
    const roles = [...new Set(input.roles)];
    const userErrors: UserError[] = [];
    if (!EMAIL.test(email) || email.length > 254) userErrors.push(userError(['input', 'email'], UserErrorCode.INVALID, 'Give a valid e-mail address.'));
    else if ((await this.em.execute('select 1 from hub_user where lower(email) = lower(?)', [email])).length > 0) {
      userErrors.push(userError(['input', 'email'], UserErrorCode.TAKEN, 'An account with this e-mail address exists.'));
    }
    if (name !== null && name.length > 200) userErrors.push(userError(['input', 'name'], UserErrorCode.INVALID, 'Give a name of up to 200 characters.'));
    if (roles.length === 0 || roles.includes(Role.INTEGRATION)) userErrors.push(userError(['input', 'roles'], UserErrorCode.INVALID, 'Give at least one role; INTEGRATION is for API keys.'));
    if (input.agencyId !== null && input.providerId !== null) userErrors.push(userError(['input'], UserErrorCode.INVALID, 'A person works for an agency or a provider, not both.'));
    if (roles.some((role) => AGENCY_ROLES.includes(role)) && input.agencyId === null) {
      userErrors.push(userError(['input', 'agency'], UserErrorCode.INVALID, 'Managers, coordinators and data protection officers belong to an agency.'));
    }
    if (roles.includes(Role.PROVIDER_STAFF) && input.providerId === null) userErrors.push(userError(['input', 'provider'], UserErrorCode.INVALID, 'Provider staff belong to a provider.'));
    if (input.agencyId !== null && !(await this.em.findOne(Agency, input.agencyId))) userErrors.push(userError(['input', 'agency'], UserErrorCode.NOT_FOUND, 'No such agency.'));
    if (input.providerId !== null && !(await this.em.findOne(Provider, input.providerId))) userErrors.push(userError(['input', 'provider'], UserErrorCode.NOT_FOUND, 'No such provider.'));
    if (input.teamId !== null) {
      const team = await this.em.findOne(Team, input.teamId);
      if (!team || team.agency.id !== input.agencyId) userErrors.push(userError(['input', 'team'], UserErrorCode.NOT_FOUND, "No such team in the person's agency."));
    }
    if (userErrors.length > 0) return { user: null, userErrors };

    const user = Object.assign(new User(), {
      email,
      name,
      roles,
      agency: input.agencyId === null ? null : this.em.getReference(Agency, input.agencyId, { wrapped: true }),
      provider: input.providerId === null ? null : this.em.getReference(Provider, input.providerId, { wrapped: true }),
      team: input.teamId === null ? null : this.em.getReference(Team, input.teamId, { wrapped: true }),
    });
    await this.em.persistAndFlush(user);
    return { user, userErrors: [] };
  }
}
