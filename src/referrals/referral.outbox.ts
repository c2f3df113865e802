import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context';
import type { ReferralAction, ReferralReason, ReferralSide, ReferralStatus } from './referral.enums';

/** One step of a referral, as the outbox stores it. */
export interface ReferralEventRow {
  referralId: number;
  clientId: number;
  offerId: number;
  agencyId: number;
  providerId: number;
  action: ReferralAction;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  reason: ReferralReason | null;
  reasonText: string | null;
  side: ReferralSide;
  actor: string | null;
  at: Date;
}

/**
 * The referral events of one unit of work, written in one INSERT just before it commits (the
 * module's before-commit hook, or the deadline job's own flush): a step and its event commit
 * together or not at all. Kept per EntityManager, so services need no handle on the request.
 */
export class ReferralOutbox {
  private readonly pending: ReferralEventRow[] = [];

  add(event: ReferralEventRow): void {
    this.pending.push(event);
  }

  get size(): number {
    return this.pending.length;
  }

  async flush(em: EntityManager): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending.splice(0).map((e) => ({
      referral_id: e.referralId, client_id: e.clientId, offer_id: e.offerId, agency_id: e.agencyId, provider_id: e.providerId,
      action: e.action, from_status: e.fromStatus, to_status: e.toStatus, reason: e.reason, reason_text: e.reasonText,
      side: e.side, actor: e.actor, at: e.at.toISOString(),
    }));
    await em.execute(
      `insert into referral_event (referral_id, client_id, offer_id, agency_id, provider_id, action, from_status, to_status, reason, reason_text, side, actor, at)
       select e.referral_id, e.client_id, e.offer_id, e.agency_id, e.provider_id, e.action, e.from_status, e.to_status, e.reason, e.reason_text, e.side, e.actor, e.at
       from json_to_recordset(?::json) as e(referral_id int, client_id int, offer_id int, agency_id int, provider_id int, action referral_action,
         from_status referral_status, to_status referral_status, reason referral_reason, reason_text text, side referral_side, actor text, at timestamptz)
       order by e.at`,
      [JSON.stringify(rows)],
    );
  }
}

const outboxes = new WeakMap<EntityManager, ReferralOutbox>();

/** The outbox of the unit of work `em` belongs to (created on first use). */
export function outboxOf(em: EntityManager): ReferralOutbox {
  let outbox = outboxes.get(em);
  if (!outbox) outboxes.set(em, (outbox = new ReferralOutbox()));
  return outbox;
}

/** The before-commit hook: the request's referral events, in its transaction. */
export async function flushReferralOutbox(context: Context): Promise<void> {
  await outboxes.get(context.em)?.flush(context.em);
}
