import type { EntityManager } from '@mikro-orm/postgresql';
import { agencyOf, hasRole, Role, type Viewer } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { Client } from './client.entity';

/**
 * Case data: only within the viewer's agency. Row-level security decides the rest (a manager's own
 * caseload, a team's where the agency allows), so a row the database returned passes here only
 * when it is also of the viewer's agency.
 */
export function canSeeClient(viewer: Viewer, client: Client): boolean {
  // The data protection officer reads cases through the readable export only (RLS lets them see the
  // agency's clients for it), not through node(id).
  if (viewer.kind === 'user' && !hasRole(viewer, Role.MANAGER, Role.COORDINATOR)) return false;
  return agencyOf(viewer) === client.agency.id;
}

/** For rows that belong to a client (notes, plans, consents…): visible exactly when their client is. */
export async function canSeeRowOfClient(viewer: Viewer, row: { client: { id: number } }, context: Context): Promise<boolean> {
  const client = await context.loaders.byId(Client).load(row.client.id);
  return client !== null && canSeeClient(viewer, client);
}

/**
 * A client the viewer may work on, managed by `em` for changes, or null: the one lookup the
 * caseloads, plans and consents services share. Row-level security narrows it to the viewer's
 * caseload; the agency condition keeps other agencies' rows out for viewers RLS lets see more.
 */
export async function findWorkableClient(em: EntityManager, viewer: Viewer, clientId: number): Promise<Client | null> {
  const agencyId = agencyOf(viewer);
  if (agencyId === null) return null;
  return em.findOne(Client, { id: clientId, agency: agencyId });
}
