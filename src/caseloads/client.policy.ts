import { agencyOf, type Viewer } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { Client } from './client.entity';

/**
 * Case data: only within the viewer's agency. Row-level security decides the rest (a manager's own
 * caseload, a team's where the agency allows), so a row the database returned passes here only
 * when it is also of the viewer's agency.
 */
export function canSeeClient(viewer: Viewer, client: Client): boolean {
  return agencyOf(viewer) === client.agency.id;
}

/** For rows that belong to a client (notes, plans, consents…): visible exactly when their client is. */
export async function canSeeRowOfClient(viewer: Viewer, row: { client: { id: number } }, context: Context): Promise<boolean> {
  const client = await context.loaders.byId(Client).load(row.client.id);
  return client !== null && canSeeClient(viewer, client);
}
