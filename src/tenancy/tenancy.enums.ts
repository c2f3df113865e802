import { Role } from '../core/auth/viewer';
import { describeEnum } from '../core/graphql/described-enum';

/**
 * The roles an admin can give a person: every `Role` but INTEGRATION, which only API keys hold.
 * `UserCreateInput.roles` takes these, so the schema itself refuses INTEGRATION.
 */
export enum StaffRole {
  MANAGER = 'MANAGER',
  COORDINATOR = 'COORDINATOR',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
  ADMIN = 'ADMIN',
}
describeEnum(StaffRole, 'StaffRole', 'A role an admin can give a person (every Role but INTEGRATION, which only API keys hold).', {
  MANAGER: 'Integrationsmanager: their own caseload and, where the agency allows, their team’s. Needs an agency.',
  COORDINATOR: 'All caseloads of the agency; assigns and transfers cases. Needs an agency.',
  PROVIDER_STAFF: "Staff of a provider: the provider's offers and the referrals addressed to it. Needs a provider.",
  DATA_PROTECTION_OFFICER: "Reads the agency's audit log. Needs an agency.",
  ADMIN: 'Manages tenants, providers, users and keys; no access to personal data of clients.',
});

/** The hub role each staff role is. */
const ROLE_OF: Record<StaffRole, Role> = {
  [StaffRole.MANAGER]: Role.MANAGER,
  [StaffRole.COORDINATOR]: Role.COORDINATOR,
  [StaffRole.PROVIDER_STAFF]: Role.PROVIDER_STAFF,
  [StaffRole.DATA_PROTECTION_OFFICER]: Role.DATA_PROTECTION_OFFICER,
  [StaffRole.ADMIN]: Role.ADMIN,
};

export function roleOf(role: StaffRole): Role {
  return ROLE_OF[role];
}
