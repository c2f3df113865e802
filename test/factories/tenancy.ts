import type { EntityManager } from '@mikro-orm/postgresql';
import { STAFF_FAMILY_NAMES, STAFF_GIVEN_NAMES } from '../../seeds/caseload/people';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import type { AuditAction, AuditActorKind, AuditPurpose } from '../../src/audit/audit.enums';
import { Role, type UserViewer } from '../../src/core/auth/viewer';
import { Agency, AgencyKind } from '../../src/tenancy/agency.entity';
import { Team } from '../../src/tenancy/team.entity';
import { User } from '../../src/tenancy/user.entity';
import type { TestHub } from '../support/test-hub';
import { nextSerial, random, type Literal } from './fixtures';

export interface AgencyFields {
  key: string;
  name: string;
  kind: Literal<AgencyKind>;
  teamCaseloadsVisible: boolean;
}

/** An agency of its own, covering no municipality: for tests that must see only their own people. */
export function anAgency(em: EntityManager, overrides: Partial<AgencyFields> = {}): Agency {
  const n = nextSerial();
  const fields: AgencyFields = { key: `lra-testkreis-${n}`, name: `Landratsamt Testkreis ${n}`, kind: AgencyKind.DISTRICT_OFFICE, teamCaseloadsVisible: false, ...overrides };
  return em.create(Agency, { ...fields, kind: fields.kind as AgencyKind }, { partial: true });
}

export function aTeam(em: EntityManager, agencyId: number, overrides: { name?: string } = {}): Team {
  return em.create(Team, { agency: agencyId, name: overrides.name ?? `Team ${nextSerial()}` }, { partial: true });
}

export interface UserFields {
  email: string;
  name: string | null;
  /** The identity provider's `sub`; null: a row an admin prepared, claimed at first sign-in. */
  subject: string | null;
  agencyId: number | null;
  providerId: number | null;
  teamId: number | null;
  roles: Array<Literal<Role>>;
}

/** A person (hub_user row) with a staff name of the seed data and an address no one else has. */
export function aUser(em: EntityManager, overrides: Partial<UserFields> = {}): User {
  const n = nextSerial();
  const fields: UserFields = {
    email: `person-${n}@example.test`,
    name: `${random.pick(STAFF_GIVEN_NAMES)} ${random.pick(STAFF_FAMILY_NAMES)}`,
    subject: null,
    agencyId: null,
    providerId: null,
    teamId: null,
    roles: [],
    ...overrides,
  };
  const { agencyId, providerId, teamId, roles, ...rest } = fields;
  return em.create(User, { ...rest, agency: agencyId, provider: providerId, team: teamId, roles: roles as Role[] }, { partial: true });
}

export function aManager(em: EntityManager, agencyId: number, overrides: Partial<UserFields> = {}): User {
  return aUser(em, { roles: [Role.MANAGER], agencyId, ...overrides });
}

/** A person signed in through the real sign-in path (their row made or claimed there), with a subject of their own. */
export function aSignedInUser(hub: TestHub, roles: Array<Literal<Role>>, tenant: { agency?: string; provider?: string } = {}): Promise<UserViewer> {
  const subject = `signed-in-${nextSerial()}`;
  return hub.signIn({ subject, roles: roles as Role[], name: `Test ${subject}`, ...tenant });
}

export interface AuditEventFields {
  occurredAt: Date;
  requestId: string;
  actorId: string;
  actorKind: Literal<AuditActorKind>;
  actorRolesOrScopes: string[];
  actorAgencyId: number | null;
  agencyId: number | null;
  action: Literal<AuditAction>;
  purpose: Literal<AuditPurpose>;
  subjectType: string;
  subjectId: string;
  fields: string[];
}

/** An audit entry as only the owner could write it: a row, not the record of a request. */
export function anAuditEvent(em: EntityManager, overrides: Partial<AuditEventFields> = {}): AuditEvent {
  const n = nextSerial();
  const fields: AuditEventFields = {
    occurredAt: new Date(),
    requestId: `fixture-${n}`,
    actorId: 'fixture',
    actorKind: 'USER',
    actorRolesOrScopes: [],
    actorAgencyId: null,
    agencyId: null,
    action: 'READ',
    purpose: 'CASE_MANAGEMENT',
    subjectType: 'User',
    subjectId: `fixture-subject-${n}`,
    fields: [],
    ...overrides,
  };
  return em.create(AuditEvent, { ...fields, action: fields.action as AuditAction, purpose: fields.purpose as AuditPurpose, actorKind: fields.actorKind as AuditActorKind }, { partial: true });
}
