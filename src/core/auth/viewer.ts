import { AppError } from '../errors';
import { describeEnum } from '../graphql/described-enum';

/** Roles of the hub. A token's unknown roles are ignored: least privilege. */
export enum Role {
  MANAGER = 'MANAGER',
  COORDINATOR = 'COORDINATOR',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  INTEGRATION = 'INTEGRATION',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
  ADMIN = 'ADMIN',
}

/** What a signed-in person's verified token says, before the hub maps it to its own records. */
export interface Claims {
  /** The token's `sub`: stable across e-mail changes. */
  subject: string;
  email: string | null;
  name: string | null;
  roles: readonly Role[];
  /** The agency claim: an agency's key (e.g. "lra-tuebingen") or global ID. */
  agency: string | null;
  /** The provider claim: a provider's global ID. */
  provider: string | null;
}

export interface UserViewer {
  kind: 'user';
  /** Primary key of the person's hub_user row (created at first sign-in). */
  userId: number;
  subject: string;
  email: string | null;
  roles: readonly Role[];
  agencyId: number | null;
  providerId: number | null;
  teamId: number | null;
  /** The team whose caseloads a manager may see too: their own team, where the agency allows it. */
  caseloadTeamId: number | null;
}

export interface IntegrationViewer {
  kind: 'integration';
  /** Primary key of the API key: audit trails name the key, not a person. */
  apiKeyId: number;
  /** The one tenant the key acts for: a provider or an agency. */
  providerId: number | null;
  agencyId: number | null;
  scopes: readonly string[];
  /** The key may send only trusted documents (persisted operations an admin registered). */
  trustedDocumentsOnly: boolean;
}

/**
 * Who is asking. Without credentials: the public audience (partner portals), which sees the
 * published catalogue and nothing else. With a verified token: a user with the roles and tenant
 * its claims carry; with an API key: a third-party system with the key's scopes.
 */
export type Viewer = { kind: 'anonymous' } | UserViewer | IntegrationViewer;

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.kind === 'user' && roles.some((role) => viewer.roles.includes(role));
}

/** The agency the viewer acts for, if any. */
export function agencyOf(viewer: Viewer): number | null {
  return viewer.kind === 'anonymous' ? null : viewer.agencyId;
}

/** The provider the viewer acts for, if any. */
export function providerOf(viewer: Viewer): number | null {
  return viewer.kind === 'anonymous' ? null : viewer.providerId;
}

/** The signed-in person's hub_user id; null for API keys and the public audience. */
export function userIdOf(viewer: Viewer): number | null {
  return viewer.kind === 'user' ? viewer.userId : null;
}

/** Roles that only make sense inside an agency. */
export const AGENCY_ROLES: readonly Role[] = [Role.MANAGER, Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER];

/** Services' own check behind `@Authorized`: FORBIDDEN unless the viewer holds one of the roles. */
export function requireRole(viewer: Viewer, ...roles: Role[]): void {
  if (!hasRole(viewer, ...roles)) throw new AppError('FORBIDDEN', 'You may not use this operation.');
}

/** The agency the viewer acts for; FORBIDDEN for viewers of no agency (caseloads belong to agencies). */
export function requireAgency(viewer: Viewer): number {
  const agencyId = agencyOf(viewer);
  if (agencyId === null) throw new AppError('FORBIDDEN', 'Caseloads belong to agencies; you act for none.');
  return agencyId;
}

describeEnum(Role, 'Role', 'What a signed-in person may do. Identity providers grant roles through the "roles" or "realm_access.roles" claim.', {
  MANAGER: 'Integrationsmanager: their own caseload and, where the agency allows, their team’s.',
  COORDINATOR: 'All caseloads of the agency; assigns and transfers cases.',
  PROVIDER_STAFF: "Staff of a provider: the provider's offers and the referrals addressed to it.",
  INTEGRATION: 'A third-party system acting through an API key and its scopes (never granted by a token).',
  DATA_PROTECTION_OFFICER: "Reads the agency's audit log.",
  ADMIN: 'Manages tenants, providers, users and keys; no access to personal data of clients.',
});
