import { agencyOf, hasRole, providerOf, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import type { Team } from './team.entity';
import type { User } from './user.entity';

/** Admins see everyone; staff the people of their own agency or provider; everyone themselves. */
export function canSeeUser(viewer: Viewer, user: User): boolean {
  if (hasRole(viewer, Role.ADMIN)) return true;
  if (userIdOf(viewer) === user.id) return true;
  const agencyId = agencyOf(viewer);
  const providerId = providerOf(viewer);
  return (agencyId !== null && user.agency?.id === agencyId) || (providerId !== null && user.provider?.id === providerId);
}

/** Admins and the agency's own staff. */
export function canSeeTeam(viewer: Viewer, team: Team): boolean {
  return hasRole(viewer, Role.ADMIN) || agencyOf(viewer) === team.agency.id;
}
