import { onConsentWithdrawn } from '../consents/consent-events';
import type { HubModule } from '../core/module';
import { withdrawUncoveredReferrals } from './referral-consent';
import { Referral, ReferralEvent, ReferralSnapshot } from './referral.entity';
import { flushReferralOutbox } from './referral.outbox';
import { canSeeReferral } from './referral.policy';
import { ClientReferralsResolver, ReferralFieldsResolver, ReferralMutationResolver, ReferralNoticeResolver, ReferralSnapshotResolver } from './referral.resolver';
import { ReferralNotice } from './referral-notice.entity';
import { ReferralSubscriptionResolver } from './referral-subscription.resolver';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Referrals of clients to offers: lifecycle, seat ledger and waiting list, provider snapshots, events. */
export const referralsModule: HubModule = {
  name: 'referrals',
  entities: [Referral, ReferralSnapshot, ReferralEvent, ReferralNotice],
  resolvers: [ReferralMutationResolver, ReferralFieldsResolver, ReferralSnapshotResolver, ReferralNoticeResolver, ClientReferralsResolver, ReferralSubscriptionResolver],
  nodeTypes: [{ typeName: 'Referral', entity: Referral, visible: canSeeReferral }],
  personalData: [
    { type: Referral, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (r: Referral) => r.agency.id, exportAs: { key: 'referrals', subjectColumn: 'client_id' } },
    { type: ReferralSnapshot, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key: 'referralSnapshots', subjectColumn: 'client_id' } },
    { type: ReferralEvent, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (e: ReferralEvent) => e.agencyId, exportAs: { key: 'referralEvents', subjectColumn: 'client_id' } },
    { type: ReferralNotice, subjectType: 'Client', subjectId: ofTheirClient, agencyId: (n: ReferralNotice) => n.agencyId, exportAs: { key: 'referralNotices', subjectColumn: 'client_id' } },
  ],
  beforeCommit: [flushReferralOutbox],
};

// A withdrawn consent withdraws the referrals it no longer covers, in the same transaction.
onConsentWithdrawn(withdrawUncoveredReferrals);
