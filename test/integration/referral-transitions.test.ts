import type { UserViewer } from '../../src/core/auth/viewer';
import { applySettings } from '../../src/core/database/tenant-settings';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ReferralAction, ReferralSide, ReferralStatus } from '../../src/referrals/referral.enums';
import { outboxOf } from '../../src/referrals/referral.outbox';
import { ReferralService } from '../../src/referrals/referral.service';
import { aClient, insert } from '../factories';
import {
  ReferralAcceptDocument,
  ReferralCompleteDocument,
  ReferralDeclineDocument,
  ReferralDropOutDocument,
  ReferralStartDocument,
  ReferralWaitlistDocument,
  ReferralWithdrawDocument,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

// Every status × every step. The oracle is the lifecycle, written out here by hand (not
// read from the transition table): allowed pairs change the status, give the seat its new state
// and write exactly one event; all others are refused and change nothing.

type S = `${ReferralStatus}`;
type Step = 'ACCEPT' | 'DECLINE' | 'WAITLIST' | 'START' | 'COMPLETE' | 'DROP_OUT' | 'WITHDRAW' | 'EXPIRE' | 'PROMOTE';

/** [to, seat after] for each allowed (step, from); seat: HELD, TAKEN or null. */
const ALLOWED: Partial<Record<Step, Partial<Record<S, [S, string | null]>>>> = {
  ACCEPT: { REQUESTED: ['ACCEPTED', 'TAKEN'], WAITLISTED: ['ACCEPTED', 'TAKEN'] },
  DECLINE: { REQUESTED: ['DECLINED', null], WAITLISTED: ['DECLINED', null] },
  WAITLIST: { REQUESTED: ['WAITLISTED', null] },
  START: { ACCEPTED: ['STARTED', 'TAKEN'] },
  COMPLETE: { STARTED: ['COMPLETED', 'TAKEN'] },
  DROP_OUT: { ACCEPTED: ['DROPPED_OUT', null], STARTED: ['DROPPED_OUT', 'TAKEN'] },
  WITHDRAW: { REQUESTED: ['WITHDRAWN', null], WAITLISTED: ['WITHDRAWN', null], ACCEPTED: ['WITHDRAWN', null] },
  EXPIRE: { REQUESTED: ['EXPIRED', null] },
  PROMOTE: { WAITLISTED: ['REQUESTED', 'HELD'] },
};
const SEAT_IN: Record<S, string | null> = {
  REQUESTED: 'HELD', ACCEPTED: 'TAKEN', STARTED: 'TAKEN', COMPLETED: 'TAKEN', WAITLISTED: null, DECLINED: null, DROPPED_OUT: null, WITHDRAWN: null, EXPIRED: null,
};
const STATUSES = Object.values(ReferralStatus) as S[];
const STEPS: Step[] = ['ACCEPT', 'DECLINE', 'WAITLIST', 'START', 'COMPLETE', 'DROP_OUT', 'WITHDRAW', 'EXPIRE', 'PROMOTE'];

let hub: TestHub;
let tenants: Tenants;
let offerId: number;
let clientIds: number[];

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const manager = tenants.viewers.managerA as UserViewer;
  [{ id: offerId }] = await hub.sql<{ id: number }>(
    `insert into offer (provider_id, location_id, status, family, programme, title, description, start_date, capacity, seats_taken, waitlist_length, waitlist_open)
     select ?, location_id, 'PUBLISHED', family, programme, title, description, start_date, 1000, 0, 0, true from offer where family = 'LANGUAGE_COURSE' order by id limit 1 returning id`,
    [tenants.providerP.id],
  );
  clientIds = await insert(hub, async (em) => {
    const made = [];
    for (let i = 0; i < STATUSES.length * STEPS.length; i++) made.push(await aClient(em, { agencyId: tenants.agencyA.id, managerId: manager.userId }));
    await em.flush();
    return made.map((c) => c.id);
  });
});
afterAll(() => hub.close());

let next = 0;
async function referralIn(status: S): Promise<number> {
  const [row] = await hub.sql<{ id: number }>(
    `insert into referral (client_id, agency_id, offer_id, provider_id, status, seat, response_due_at) values (?, ?, ?, ?, ?, ?, now() + interval '10 days') returning id`,
    [clientIds[next++], tenants.agencyA.id, offerId, tenants.providerP.id, status, SEAT_IN[status]],
  );
  return row.id;
}

async function take(step: Step, referralId: number): Promise<string[]> {
  const referral = toGlobalId('Referral', referralId);
  const { staffP, managerA } = tenants.viewers;
  const errors = (payload: { userErrors: Array<{ code: string }> }) => payload.userErrors.map((e) => e.code);
  switch (step) {
    case 'ACCEPT':
      return errors((await hub.execute(ReferralAcceptDocument, { input: { referral } }, staffP)).data!.referralAccept);
    case 'DECLINE':
      return errors((await hub.execute(ReferralDeclineDocument, { input: { referral, reason: 'NO_CAPACITY' } }, staffP)).data!.referralDecline);
    case 'WAITLIST':
      return errors((await hub.execute(ReferralWaitlistDocument, { input: { referral, reason: 'NO_CAPACITY' } }, staffP)).data!.referralWaitlist);
    case 'START':
      return errors((await hub.execute(ReferralStartDocument, { input: { referral } }, staffP)).data!.referralStart);
    case 'COMPLETE':
      return errors((await hub.execute(ReferralCompleteDocument, { input: { referral } }, staffP)).data!.referralComplete);
    case 'DROP_OUT':
      return errors((await hub.execute(ReferralDropOutDocument, { input: { referral, reason: 'MOVED_AWAY' } }, staffP)).data!.referralDropOut);
    case 'WITHDRAW':
      return errors((await hub.execute(ReferralWithdrawDocument, { input: { referral, reason: 'NO_LONGER_INTERESTED' } }, managerA)).data!.referralWithdraw);
    case 'EXPIRE':
    case 'PROMOTE':
      // The hub's own steps, as its deadline job takes them: the provider's view, events before commit.
      return hub.orm.em.fork().transactional(async (tx) => {
        await applySettings(tx, { 'hub.provider_id': String(tenants.providerP.id), 'hub.request_id': 'transition-test' });
        const result = await new ReferralService(tx, { purpose: 'REFERRAL' as never, record: () => undefined }).step(
          { side: ReferralSide.HUB, actor: null, viewer: managerA }, referralId, step === 'EXPIRE' ? ReferralAction.EXPIRE : ReferralAction.PROMOTE);
        await outboxOf(tx).flush(tx);
        return result.ok ? [] : result.problems.map((p) => p.code);
      });
  }
}

const state = async (id: number) => (await hub.sql<{ status: S; seat: string | null; events: number }>(
  'select status::text as status, seat::text as seat, (select count(*)::int from referral_event e where e.referral_id = r.id) as events from referral r where r.id = ?', [id]))[0];

describe.each(STATUSES)('from %s', (from) => {
  it.each(STEPS)('%s', async (step) => {
    const id = await referralIn(from);
    const allowed = ALLOWED[step]?.[from];
    const errors = await take(step, id);
    const after = await state(id);
    if (allowed) {
      expect({ errors, ...after }).toEqual({ errors: [], status: allowed[0], seat: allowed[1], events: 1 });
      const [event] = await hub.sql<{ action: string; from_status: string; to_status: string }>('select action::text, from_status::text, to_status::text from referral_event where referral_id = ?', [id]);
      expect(event).toEqual({ action: step, from_status: from, to_status: allowed[0] });
    } else {
      expect({ errors, ...after }).toEqual({ errors: ['INVALID_TRANSITION'], status: from, seat: SEAT_IN[from], events: 0 });
    }
  });
});
