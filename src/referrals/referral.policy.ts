import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeRowOfClient } from '../caseloads/client.policy';
import { providerOf, type Viewer } from '../core/auth/viewer';
import type { Context } from '../core/context';
import type { Referral } from './referral.entity';
import { OPEN_STATUSES } from './referral.enums';

/** A referral is visible to the provider it is addressed to, and on the agency side exactly when its client is. */
export async function canSeeReferral(viewer: Viewer, referral: Referral, context: Context): Promise<boolean> {
  if (providerOf(viewer) !== null) return providerOf(viewer) === referral.provider.id;
  return canSeeRowOfClient(viewer, referral, context);
}

/**
 * Whether the client has a referral that is still open (REQUESTED, ACCEPTED, WAITLISTED or
 * STARTED): for rules that must wait until it ends, such as refusing an erasure. Reads through
 * `em`, so row-level security applies: call it within the client's agency.
 */
export async function hasOpenReferrals(em: EntityManager, clientId: number): Promise<boolean> {
  const [row] = await em.execute<Array<{ open: boolean }>>(
    'select exists (select 1 from referral where client_id = ? and status = any(?::referral_status[])) as open',
    [clientId, `{${OPEN_STATUSES.join(',')}}`],
  );
  return row.open;
}
