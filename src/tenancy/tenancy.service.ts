import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecorder } from '../audit/audit-log';
import { AuditAction } from '../audit/audit.enums';
import { AGENCY_ROLES, agencyOf, hasRole, providerOf, requireRole, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { Municipality } from '../geography/municipality.entity';
import { Provider } from '../providers/provider.entity';
import { Agency, MAX_AGENCY_KEY_LENGTH, MAX_AGENCY_NAME_LENGTH, type AgencyKind } from './agency.entity';
import { MAX_TEAM_NAME_LENGTH, Team } from './team.entity';
import { roleOf, type StaffRole } from './tenancy.enums';
import type { TenancyErrorCode } from './tenancy.errors';
import { MAX_EMAIL_LENGTH, MAX_PERSON_NAME_LENGTH, User } from './user.entity';

/** 2–64 characters (MAX_AGENCY_KEY_LENGTH): a lower-case letter or digit, then lower-case letters, digits and dashes. */
const AGENCY_KEY = new RegExp(`^[a-z0-9][a-z0-9-]{1,${MAX_AGENCY_KEY_LENGTH - 1}}$`);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Agencies run a handful of teams (the demo two); the cap of `Agency.teams`, refused at teamCreate. */
export const MAX_TEAMS_PER_AGENCY = 50;

export interface UserCriteria {
  agencyId: number | null;
  teamId: number | null;
}

export interface AgencyCreate {
  key: string;
  name: string;
  kind: AgencyKind;
  municipalityIds: number[];
  teamCaseloadsVisible: boolean;
}

export interface TeamCreate {
  agencyId: number;
  name: string;
}

export interface UserCreate {
  email: string;
  name: string | null;
  roles: readonly StaffRole[];
  agencyId: number | null;
  providerId: number | null;
  teamId: number | null;
}

type Problems = Problem<TenancyErrorCode>[];

/**
 * Tenants and people. Admins create agencies, teams and accounts; staff list the people of their
 * own agency or provider. Row-level security holds the same line in the database. Creating an
 * account is a write of personal data: it is recorded with the `audit` the service was given.
 */
export class TenancyService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit?: AuditRecorder,
  ) {}

  /** Agencies are public facts of the programme: anyone may list them. */
  listAgencies(_viewer: Viewer, page: PageRequest) {
    return findPage(this.em, Agency, {}, { keys: [{ property: 'name', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' }, page);
  }

  countAgencies(_viewer: Viewer): Promise<number> {
    return this.em.count(Agency, {});
  }

  /** People the viewer may see: admins all, staff those of their own agency or provider. */
  listUsers(viewer: Viewer, criteria: UserCriteria, page: PageRequest) {
    return findPage(this.em, User, userScope(viewer, criteria), { keys: [{ property: 'email', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' }, page);
  }

  countUsers(viewer: Viewer, criteria: UserCriteria): Promise<number> {
    return this.em.count(User, userScope(viewer, criteria));
  }

  async createAgency(viewer: Viewer, input: AgencyCreate): Promise<Result<Agency, TenancyErrorCode>> {
    requireRole(viewer, Role.ADMIN);
    const key = input.key.trim();
    const name = input.name.trim();
    const problems: Problems = [];
    if (!AGENCY_KEY.test(key)) problems.push(problem('INVALID', 'key', `Use 2–${MAX_AGENCY_KEY_LENGTH} lower-case letters, digits and dashes, starting with a letter or digit.`));
    else if (await this.em.count(Agency, { key })) problems.push(problem('TAKEN', 'key', 'Another agency has this key.'));
    if (name.length === 0 || name.length > MAX_AGENCY_NAME_LENGTH) problems.push(problem('INVALID', 'name', `Give a name of 1 to ${MAX_AGENCY_NAME_LENGTH} characters.`));
    const ids = [...new Set(input.municipalityIds)];
    if (ids.length === 0) problems.push(problem('INVALID', 'municipalities', 'Name at least one municipality.'));
    const municipalities = ids.length === 0 ? [] : await this.em.find(Municipality, { id: { $in: ids } });
    if (municipalities.length !== ids.length) problems.push(problem('NOT_FOUND', 'municipalities', 'A municipality does not exist.'));
    if (problems.length > 0) return fail(problems);

    const agency = Object.assign(new Agency(), { key, name, kind: input.kind, teamCaseloadsVisible: input.teamCaseloadsVisible });
    agency.municipalities.set(municipalities);
    await this.em.persistAndFlush(agency);
    return succeed(agency);
  }

  async createTeam(viewer: Viewer, input: TeamCreate): Promise<Result<Team, TenancyErrorCode>> {
    requireRole(viewer, Role.ADMIN);
    const name = input.name.trim();
    const problems: Problems = [];
    if (name.length === 0 || name.length > MAX_TEAM_NAME_LENGTH) problems.push(problem('INVALID', 'name', `Give a name of 1 to ${MAX_TEAM_NAME_LENGTH} characters.`));
    const agency = await this.em.findOne(Agency, input.agencyId);
    if (!agency) problems.push(problem('NOT_FOUND', 'agency', 'No such agency.'));
    else if (await this.em.count(Team, { agency, name })) problems.push(problem('TAKEN', 'name', 'The agency has a team of this name.'));
    else if ((await this.teamCountLocked(agency.id)) >= MAX_TEAMS_PER_AGENCY) {
      problems.push(problem('INVALID', 'agency', `The agency has ${MAX_TEAMS_PER_AGENCY} teams, the most it can.`));
    }
    if (!agency || problems.length > 0) return fail(problems);
    const team = Object.assign(new Team(), { agency: this.em.getReference(Agency, agency.id, { wrapped: true }), name });
    await this.em.persistAndFlush(team);
    return succeed(team);
  }

  /** Locks the agency row first: two concurrent creations could otherwise both take the last place. */
  private async teamCountLocked(agencyId: number): Promise<number> {
    await this.em.execute('select id from agency where id = ? for update', [agencyId]);
    const [{ teams }] = await this.em.execute<Array<{ teams: number }>>('select count(*)::int as teams from team where agency_id = ?', [agencyId]);
    return teams;
  }

  /** Prepares an account (claimed by e-mail address at first sign-in), audited as a CREATE of the person. */
  async createUser(viewer: Viewer, input: UserCreate): Promise<Result<User, TenancyErrorCode>> {
    requireRole(viewer, Role.ADMIN);
    const audit = this.audit;
    if (!audit) throw new Error('TenancyService.createUser writes personal data: construct the service with an audit recorder');
    const email = input.email.trim();
    const name = input.name?.trim() || null;
    const roles = [...new Set(input.roles.map(roleOf))];
    const problems: Problems = [];
    if (!EMAIL.test(email) || email.length > MAX_EMAIL_LENGTH) problems.push(problem('INVALID', 'email', 'Give a valid e-mail address.'));
    else if ((await this.em.execute('select 1 from hub_user where lower(email) = lower(?)', [email])).length > 0) {
      problems.push(problem('TAKEN', 'email', 'An account with this e-mail address exists.'));
    }
    if (name !== null && name.length > MAX_PERSON_NAME_LENGTH) problems.push(problem('INVALID', 'name', `Give a name of up to ${MAX_PERSON_NAME_LENGTH} characters.`));
    if (roles.length === 0) problems.push(problem('INVALID', 'roles', 'Give at least one role.'));
    if (input.agencyId !== null && input.providerId !== null) problems.push(problem('INVALID', null, 'A person works for an agency or a provider, not both.'));
    if (roles.some((role) => AGENCY_ROLES.includes(role)) && input.agencyId === null) {
      problems.push(problem('INVALID', 'agency', 'Managers, coordinators and data protection officers belong to an agency.'));
    }
    if (roles.includes(Role.PROVIDER_STAFF) && input.providerId === null) problems.push(problem('INVALID', 'provider', 'Provider staff belong to a provider.'));
    if (input.agencyId !== null && !(await this.em.findOne(Agency, input.agencyId))) problems.push(problem('NOT_FOUND', 'agency', 'No such agency.'));
    if (input.providerId !== null && !(await this.em.findOne(Provider, input.providerId))) problems.push(problem('NOT_FOUND', 'provider', 'No such provider.'));
    if (input.teamId !== null) {
      const team = await this.em.findOne(Team, input.teamId);
      if (!team || team.agency.id !== input.agencyId) problems.push(problem('NOT_FOUND', 'team', "No such team in the person's agency."));
    }
    if (problems.length > 0) return fail(problems);

    const user = Object.assign(new User(), {
      email,
      name,
      roles,
      agency: input.agencyId === null ? null : this.em.getReference(Agency, input.agencyId, { wrapped: true }),
      provider: input.providerId === null ? null : this.em.getReference(Provider, input.providerId, { wrapped: true }),
      team: input.teamId === null ? null : this.em.getReference(Team, input.teamId, { wrapped: true }),
    });
    await this.em.persistAndFlush(user);
    audit.record({ action: AuditAction.CREATE, subjectType: 'User', subjectId: user.id, agencyId: input.agencyId, fields: ['email', 'name', 'roles'] });
    return succeed(user);
  }
}

/** The people a viewer may list, narrowed by the criteria: a foreign agency narrows to nobody. */
function userScope(viewer: Viewer, criteria: UserCriteria): object {
  const where: Record<string, unknown> = {};
  if (!hasRole(viewer, Role.ADMIN)) {
    const agencyId = agencyOf(viewer);
    const providerId = providerOf(viewer);
    if (agencyId !== null) where.agency = agencyId;
    else if (providerId !== null) where.provider = providerId;
    else where.id = userIdOf(viewer) ?? 0;
  }
  if (criteria.agencyId !== null) where.agency = where.agency === undefined || where.agency === criteria.agencyId ? criteria.agencyId : 0;
  if (criteria.teamId !== null) where.team = criteria.teamId;
  return where;
}
