import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecorder } from '../audit/audit-log';
import { AuditAction } from '../audit/audit.enums';
import type { Consent } from '../consents/consent.entity';
import { ConsentPurpose } from '../consents/consent.enums';
import { hasActiveConsent } from '../consents/consent.service';
import type { Viewer } from '../core/auth/viewer';
import { ReferralAction, ReferralReason, ReferralSide, ReferralStatus } from './referral.enums';
import { ReferralService } from './referral.service';
import { transitionFor } from './referral.transitions';

/**
 * A withdrawn REFERRAL consent: every referral of the person to a provider no active consent
 * covers any more loses its snapshot, and is withdrawn where the state machine allows it (by the
 * hub, reason CONSENT_WITHDRAWN). A referral still covered by another consent stays as it is.
 */
export async function withdrawUncoveredReferrals(em: EntityManager, viewer: Viewer, audit: AuditRecorder, consent: Consent): Promise<void> {
  if (consent.purpose !== ConsentPurpose.REFERRAL) return;
  const referrals = await em.execute<Array<{ id: number; provider_id: number; status: ReferralStatus }>>(
    'select r.id, r.provider_id, r.status from referral r where r.client_id = ? order by r.id',
    [consent.client.id],
  );
  const covered = new Map<number, boolean>();
  const service = new ReferralService(em, audit);
  let hidden = 0;
  for (const referral of referrals) {
    if (!covered.has(referral.provider_id)) covered.set(referral.provider_id, await hasActiveConsent(em, consent.client.id, ConsentPurpose.REFERRAL, referral.provider_id));
    if (covered.get(referral.provider_id)) continue;
    hidden += (await em.execute<unknown[]>('delete from referral_snapshot where referral_id = ? returning 1', [referral.id])).length;
    if (transitionFor(ReferralAction.WITHDRAW, referral.status)) {
      await service.step({ side: ReferralSide.HUB, actor: null, viewer }, referral.id, ReferralAction.WITHDRAW, { reason: ReferralReason.CONSENT_WITHDRAWN });
    }
  }
  if (hidden > 0) audit.record({ action: AuditAction.DELETE, subjectType: 'Client', subjectId: consent.client.id, agencyId: null, fields: ['referrals.snapshot'] });
}
