import type { UserViewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { QUEUES, startJobs } from '../../src/app/jobs';
import { ReferralDeadlines } from '../../src/referrals/referral-deadlines';
import { aClient, aConsent, insert } from '../factories';
import { ReferralCreateDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, silentLogger, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let managerA: UserViewer;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  managerA = tenants.viewers.managerA as UserViewer;
});
afterAll(() => hub.close());

const HOUR = 3_600_000;
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** A clock the test moves by hand: no waiting on wall time. */
function aClock(at: Date) {
  let now = at;
  return { now: () => now, set: (to: Date) => (now = to) };
}

/** A published language course of provider P with `capacity` seats (a copy of a catalogue offer). */
async function anOffer(capacity: number): Promise<number> {
  const [row] = await hub.sql<{ id: number }>(
    `insert into offer (provider_id, location_id, status, family, programme, title, description, support_languages, entry_level_min, entry_level_max, target_level,
       audiences, childcare, format, start_date, end_date, rolling_entry, weekdays, times_of_day, hours_per_week, total_units, capacity, seats_taken, waitlist_length,
       waitlist_open, fee_euro, cost_note, funding, min_age, max_age, admitted_residence_statuses)
     select ?, location_id, 'PUBLISHED', family, 'INTEGRATIONSKURS_ALLGEMEIN', title, description, support_languages, entry_level_min, entry_level_max, target_level,
       audiences, childcare, format, start_date, end_date, rolling_entry, weekdays, times_of_day, hours_per_week, total_units, ?, 0, 0, true, fee_euro, cost_note, funding,
       min_age, max_age, admitted_residence_statuses
     from offer where family = 'LANGUAGE_COURSE' order by id limit 1 returning id`,
    [tenants.providerP.id, capacity],
  );
  return row.id;
}

async function clients(count: number): Promise<number[]> {
  return insert(hub, async (em) => {
    const made = [];
    for (let i = 0; i < count; i++) {
      const client = await aClient(em, { agencyId: tenants.agencyA.id, managerId: managerA.userId });
      aConsent(em, client, { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 86_400_000) });
      made.push(client);
    }
    await em.flush();
    return made.map((client) => client.id);
  });
}

async function refer(clientId: number, offerId: number): Promise<number> {
  const result = await hub.execute(ReferralCreateDocument, { input: { client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offerId) } }, managerA);
  return idOf(result.data!.referralCreate.referral!.id);
}

/** The stored referral, read as the owner: the oracle. */
async function stored(id: number) {
  const [row] = await hub.sql<{ status: string; seat: string | null; due: string; reminded: string | null }>(
    'select status::text, seat::text, response_due_at as due, reminded_at as reminded from referral where id = ?', [id]);
  return { ...row, due: new Date(row.due), reminded: row.reminded === null ? null : new Date(row.reminded) };
}
const events = (id: number) => hub.sql<{ action: string; side: string }>('select action::text, side::text from referral_event where referral_id = ? order by id', [id]);
const notices = (id: number) => hub.sql<{ kind: string; offer_ids: number[] }>('select kind, offer_ids from referral_notice where referral_id = ?', [id]);

describe('referral deadlines with a controlled clock', () => {
  it('reminds the provider within 48 hours of the response deadline, once, and not earlier', async () => {
    const offerId = await anOffer(3);
    const [client] = await clients(1);
    const id = await refer(client, offerId);
    const { due } = await stored(id);
    const clock = aClock(new Date(due.getTime() - 49 * HOUR));
    const deadlines = new ReferralDeadlines(hub.orm, clock);

    expect((await deadlines.runOnce()).filter((o) => o.referralId === id)).toEqual([]);
    expect((await stored(id)).reminded).toBeNull();

    clock.set(new Date(due.getTime() - 47 * HOUR));
    expect((await deadlines.runOnce()).filter((o) => o.referralId === id)).toEqual([{ done: 'REMINDED', referralId: id }]);
    expect((await stored(id)).reminded!.getTime()).toBe(clock.now().getTime());
    expect((await stored(id)).status).toBe('REQUESTED');
    // Twice: the scan no longer finds it, and the job for it, run again, does nothing.
    expect((await deadlines.runOnce()).filter((o) => o.referralId === id)).toEqual([]);
    expect(await deadlines.process({ referralId: id, providerId: tenants.providerP.id, expired: false })).toEqual({ done: 'NOTHING', referralId: id });
    expect(await events(id)).toEqual([{ action: 'CREATE', side: 'AGENCY' }, { action: 'REMIND', side: 'HUB' }]);
  });

  it('expires the referral after the deadline: seat released, waitlist advanced, the manager told the next fitting offers; run twice, once', async () => {
    const offerId = await anOffer(1);
    const [first, second] = await clients(2);
    const id = await refer(first, offerId);
    const waiting = await refer(second, offerId);
    expect((await stored(waiting)).status).toBe('WAITLISTED');
    const { due } = await stored(id);
    const clock = aClock(new Date(due.getTime() - 60_000));
    const deadlines = new ReferralDeadlines(hub.orm, clock);

    // A minute before the deadline it is only reminded.
    expect((await deadlines.runOnce()).filter((o) => o.referralId === id).map((o) => o.done)).toEqual(['REMINDED']);
    expect((await stored(id)).status).toBe('REQUESTED');

    clock.set(new Date(due.getTime() + 60_000));
    const dueNow = (await deadlines.due()).filter((d) => d.referralId === id);
    expect(dueNow).toEqual([{ referralId: id, providerId: tenants.providerP.id, expired: true }]);
    // The same job twice at once, and once more after: one expiry.
    const outcomes = await Promise.all([deadlines.process(dueNow[0]), deadlines.process(dueNow[0])]);
    expect(outcomes.map((o) => o.done).sort()).toEqual(['EXPIRED', 'NOTHING']);
    expect((await deadlines.process(dueNow[0])).done).toBe('NOTHING');
    expect(await stored(id)).toMatchObject({ status: 'EXPIRED', seat: null });
    expect((await events(id)).filter((e) => e.action === 'EXPIRE')).toEqual([{ action: 'EXPIRE', side: 'HUB' }]);
    // The freed seat went to the waiting list.
    expect(await stored(waiting)).toMatchObject({ status: 'REQUESTED', seat: 'HELD' });

    expect(await deadlines.notifyExpired(id, tenants.agencyA.id)).toBe(true);
    expect(await deadlines.notifyExpired(id, tenants.agencyA.id)).toBe(false);
    const [notice, ...more] = await notices(id);
    expect(more).toEqual([]);
    expect(notice.kind).toBe('EXPIRED');
    expect(notice.offer_ids).not.toContain(offerId);
    expect(notice.offer_ids.length).toBeGreaterThan(0);
    // Each named offer is a published language course with a free seat (checked in SQL, apart from matching).
    const named = await hub.sql<{ ok: boolean }>(
      `select o.status = 'PUBLISHED' and o.family = 'LANGUAGE_COURSE' and (o.capacity is null or o.capacity > o.seats_taken + o.seats_referred) as ok
       from offer o where o.id = any(?::int[])`, [`{${notice.offer_ids.join(',')}}`]);
    expect(named.map((n) => n.ok)).toEqual(notice.offer_ids.map(() => true));
    // Audited as the system actor, under the purpose REFERRAL.
    const audit = await hub.sql<{ actor: string; actor_kind: string; purpose: string }>(
      "select distinct actor, actor_kind, purpose::text from audit_event where subject_id = ? and actor_kind = 'SYSTEM'", [toGlobalId('Client', first)]);
    expect(audit).toEqual([{ actor: 'referral-deadlines', actor_kind: 'SYSTEM', purpose: 'REFERRAL' }]);

    // The manager reads the notice on the referral; the provider sees none.
    const query = `query($id: ID!) { node(id: $id) { ... on Referral { status notices { kind message offers { id } } } } }`;
    const asManager = await hub.run(query, { id: toGlobalId('Referral', id) }, managerA);
    expect(asManager.errors).toBeUndefined();
    const seen = (asManager.data!.node as { notices: Array<{ kind: string; message: string; offers: Array<{ id: string }> }> }).notices;
    expect(seen).toHaveLength(1);
    expect(seen[0].kind).toBe('EXPIRED');
    expect(seen[0].message).toMatch(/abgelaufen/);
    expect(seen[0].offers.map((o) => idOf(o.id))).toEqual(notice.offer_ids);
    const asProvider = await hub.run(query, { id: toGlobalId('Referral', id) }, tenants.viewers.staffP);
    expect((asProvider.data!.node as { notices: unknown[] }).notices).toEqual([]);
  });

  it('runs on pg-boss: the scheduled scan queues the due referrals, the workers expire and notify', async () => {
    const offerId = await anOffer(2);
    const [client] = await clients(1);
    const id = await refer(client, offerId);
    const { due } = await stored(id);
    const jobs = await startJobs({
      ownerUrl: hub.ownerUrl, orm: hub.orm, logger: silentLogger, retentionYears: 3, auditRetentionYears: 3 + 1, retentionIntervalHours: 0,
      clock: { now: () => new Date(due.getTime() + HOUR) }, deadlineCron: '0 0 1 1 *',
    });
    try {
      expect((await jobs.boss.getSchedules()).map((s) => s.name)).toContain(QUEUES.referralDeadlines);
      await jobs.boss.send(QUEUES.referralDeadlines, {});
      // Wait for the workers (they poll every 2 s); the clock of the deadlines stays fixed.
      for (let i = 0; i < 60 && (await notices(id)).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await stored(id)).status).toBe('EXPIRED');
      expect(await notices(id)).toHaveLength(1);
    } finally {
      await jobs.stop();
    }
  }, 60_000);
});
