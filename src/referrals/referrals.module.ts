import { onConsentWithdrawn } from '../consents/consent-events';
import type { HubModule } from '../core/module';
import { withdrawUncoveredReferrals } from './referral-consent';
import { Referral, ReferralEvent, ReferralSnapshot } from './referral.entity';
import { flushReferralOutbox } from './referral.outbox';
import { canSeeReferral, hasOpenReferrals } from './referral.policy';
import { REFERRAL_EVENT_PROCESSING, REFERRAL_NOTICE_PROCESSING, REFERRAL_PROCESSING, REFERRAL_SNAPSHOT_PROCESSING } from './referrals.processing';
import { ClientReferralsResolver, ReferralFieldsResolver, ReferralMutationResolver, ReferralNoticeResolver, ReferralSnapshotResolver } from './referral.resolver';
import { ReferralNotice } from './referral-notice.entity';
import { ReferralSubscriptionResolver } from './referral-subscription.resolver';
import { ReferralFunnelResolver } from './referral-funnel.resolver';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Referrals of clients to offers: lifecycle, seat ledger and waiting list, provider snapshots, events. */
export const referralsModule: HubModule = {
  name: 'referrals',
  entities: [Referral, ReferralSnapshot, ReferralEvent, ReferralNotice],
  resolvers: [ReferralMutationResolver, ReferralFieldsResolver, ReferralSnapshotResolver, ReferralNoticeResolver, ClientReferralsResolver, ReferralSubscriptionResolver, ReferralFunnelResolver],
  nodeTypes: [{ typeName: 'Referral', entity: Referral, visible: canSeeReferral }],
  personalData: [
    { type: Referral, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (r: Referral) => r.agency.id, exportAs: { key: 'referrals', subjectColumn: 'client_id' } },
    { type: ReferralSnapshot, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key: 'referralSnapshots', subjectColumn: 'client_id' } },
    { type: ReferralEvent, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (e: ReferralEvent) => e.agencyId, exportAs: { key: 'referralEvents', subjectColumn: 'client_id' } },
    { type: ReferralNotice, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (n: ReferralNotice) => n.agencyId, exportAs: { key: 'referralNotices', subjectColumn: 'client_id' } },
  ],
  processing: [REFERRAL_PROCESSING, REFERRAL_SNAPSHOT_PROCESSING, REFERRAL_EVENT_PROCESSING, REFERRAL_NOTICE_PROCESSING],
  beforeCommit: [flushReferralOutbox],
  // A person is not erased on request while a referral of theirs is open (issue 15).
  erasureBlockers: [async (em, clientId) => ((await hasOpenReferrals(em, clientId)) ? 'Eine Vermittlung der Person ist noch offen; sie muss erst abgeschlossen oder zurückgezogen werden.' : null)],
};

// A withdrawn consent withdraws the referrals it no longer covers, in the same transaction.
onConsentWithdrawn(withdrawUncoveredReferrals);
