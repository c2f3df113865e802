import type { UserViewer, Viewer } from '../../src/core/auth/viewer';
import { createContext, runRequest } from '../../src/core/context';
import { toGlobalId } from '../../src/core/relay/global-id';
import { createHubOrm, requestEnvironment } from '../../src/app/hub';
import { ReferralAction, ReferralSide } from '../../src/referrals/referral.enums';
import { outboxOf } from '../../src/referrals/referral.outbox';
import { ReferralService } from '../../src/referrals/referral.service';
import { applySettings } from '../../src/core/database/tenant-settings';
import { aClient, aConsent, aGoal, aMeasure, aPlan, insert } from '../factories';
import {
  ClientReferralsDocument,
  ConsentWithdrawDocument,
  IncomingReferralsDocument,
  ReferralAcceptDocument,
  ReferralCompleteDocument,
  ReferralCreateDocument,
  ReferralDeclineDocument,
  ReferralDropOutDocument,
  ReferralStartDocument,
  ReferralWaitlistDocument,
  ReferralWithdrawDocument,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, silentLogger, TEST_KEY_RING, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let managerA: UserViewer;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  managerA = tenants.viewers.managerA as UserViewer;
});
afterAll(() => hub.close());

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** A published offer of provider P with the given seats (a copy of one of P's offers). */
async function anOffer(capacity: number | null, waitlistOpen = true, providerId = tenants.providerP.id): Promise<number> {
  const [row] = await hub.sql<{ id: number }>(
    `insert into offer (provider_id, location_id, status, family, programme, title, description, support_languages, entry_level_min, entry_level_max, target_level,
       audiences, childcare, format, start_date, end_date, rolling_entry, weekdays, times_of_day, hours_per_week, total_units, capacity, seats_taken, waitlist_length,
       waitlist_open, fee_euro, cost_note, funding, min_age, max_age, admitted_residence_statuses)
     select ?, location_id, 'PUBLISHED', family, 'INTEGRATIONSKURS_ALLGEMEIN', title, description, support_languages, entry_level_min, entry_level_max, target_level,
       audiences, childcare, format, start_date, end_date, rolling_entry, weekdays, times_of_day, hours_per_week, total_units, ?, 0, 0, ?, fee_euro, cost_note, funding,
       min_age, max_age, admitted_residence_statuses
     from offer where family = 'LANGUAGE_COURSE' order by id limit 1 returning id`,
    [providerId, capacity, waitlistOpen],
  );
  return row.id;
}

/** Clients of manager A with a REFERRAL consent for provider P (or as given). */
async function clients(count: number, consent: 'P' | 'NONE' = 'P'): Promise<number[]> {
  return insert(hub, async (em) => {
    const made = [];
    for (let i = 0; i < count; i++) {
      const client = await aClient(em, { agencyId: tenants.agencyA.id, managerId: managerA.userId, childrenBirthYears: [new Date().getFullYear() - 2] });
      if (consent === 'P') aConsent(em, client, { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 86_400_000) });
      made.push(client);
    }
    await em.flush();
    return made.map((client) => client.id);
  });
}

const refer = (clientId: number, offerId: number, viewer: Viewer = managerA) =>
  hub.execute(ReferralCreateDocument, { input: { client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offerId), message: 'Bitte um Aufnahme' } }, viewer);

const freeSeats = async (offerId: number) => (await hub.sql<{ free: number }>('select capacity - seats_taken - seats_referred as free from offer where id = ?', [offerId]))[0].free;

describe('the last seat', () => {
  it('goes to exactly one of 50 concurrent referrals; the others are waitlisted at distinct positions 1..49, repeatedly', async () => {
    // A pool of its own, so that many transactions really race (the test hub's has 4 connections).
    const orm = await createHubOrm(hub.appUrl, { pool: { min: 0, max: 25 } }, { keyRing: TEST_KEY_RING });
    try {
      for (let round = 0; round < 3; round++) {
        const offerId = await anOffer(1);
        const people = await clients(50);
        const results = await Promise.all(people.map((clientId) => {
          const context = createContext(requestEnvironment(orm, silentLogger), undefined, managerA);
          return runRequest(context, () => hub.apollo.executeOperation(
            { query: 'mutation($input: ReferralCreateInput!) { referralCreate(input: $input) { referral { id status seat } userErrors { code } } }', variables: { input: { client: toGlobalId('Client', clientId), offer: toGlobalId('Offer', offerId) } } },
            { contextValue: context },
          ));
        }));
        const payloads = results.map((r) => (r.body.kind === 'single' ? (r.body.singleResult.data as { referralCreate: { referral: { status: string; seat: string | null } | null; userErrors: unknown[] } }).referralCreate : null));
        expect(payloads.every((p) => p?.userErrors.length === 0)).toBe(true);
        // The stored rows, read independently as the owner.
        const rows = await hub.sql<{ status: string; seat: string | null; position: number | null }>(
          `select status::text, seat::text, case when status = 'WAITLISTED' then rank() over (partition by status order by waitlist_ticket)::int end as position
           from referral where offer_id = ? order by id`,
          [offerId],
        );
        expect(rows).toHaveLength(50);
        expect(rows.filter((r) => r.status === 'REQUESTED' && r.seat === 'HELD')).toHaveLength(1);
        const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
        expect(waitlisted).toHaveLength(49);
        expect(waitlisted.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
        const [tickets] = await hub.sql<{ distinct: number }>("select count(distinct waitlist_ticket)::int as distinct from referral where offer_id = ? and status = 'WAITLISTED'", [offerId]);
        expect(tickets.distinct).toBe(49);
        expect(await freeSeats(offerId)).toBe(0);
      }
    } finally {
      await orm.close(true);
    }
  }, 120_000);

  it('refuses to overbook even when the ledger is written past the service', async () => {
    const offerId = await anOffer(1);
    const [a, b] = await clients(2);
    expect((await refer(a, offerId)).data!.referralCreate.referral!.status).toBe('REQUESTED');
    await expect(hub.sql(`insert into referral (client_id, agency_id, offer_id, provider_id, status, seat, response_due_at) values (?, ?, ?, ?, 'REQUESTED', 'HELD', now())`,
      [b, tenants.agencyA.id, offerId, tenants.providerP.id])).rejects.toThrow(/offer_seats_within_capacity/);
  });

  it('answers NO_FREE_SEAT when no seat is free and the waiting list is closed', async () => {
    const offerId = await anOffer(1, false);
    const [a, b] = await clients(2);
    await refer(a, offerId);
    const refused = await refer(b, offerId);
    expect(refused.data!.referralCreate).toMatchObject({ referral: null, userErrors: [{ code: 'NO_FREE_SEAT' }] });
    expect(await hub.sql('select 1 from referral where client_id = ?', [b])).toEqual([]);
  });
});

describe('consent', () => {
  it('refuses CONSENT_MISSING without consent, withdrawn, for another provider or another purpose', async () => {
    const offerId = await anOffer(10);
    const [none, withdrawn, otherProvider, otherPurpose, fine] = await clients(5, 'NONE');
    await insert(hub, async (em) => {
      const load = (id: number) => em.getReference('Client', id) as never;
      aConsent(em, load(withdrawn), { recipientProviderId: tenants.providerP.id, withdrawnAt: new Date() });
      aConsent(em, load(otherProvider), { recipientProviderId: tenants.providerQ.id });
      aConsent(em, load(otherPurpose), { recipientProviderId: tenants.providerP.id, purpose: 'DATA_SHARING' });
      aConsent(em, load(fine), { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 60_000) });
    });
    for (const clientId of [none, withdrawn, otherProvider, otherPurpose]) {
      const result = await refer(clientId, offerId);
      expect({ clientId, payload: result.data!.referralCreate }).toMatchObject({ clientId, payload: { referral: null, userErrors: [{ code: 'CONSENT_MISSING' }] } });
    }
    expect((await refer(fine, offerId)).data!.referralCreate.userErrors).toEqual([]);
    expect(await hub.sql('select client_id from referral where offer_id = ?', [offerId])).toEqual([{ client_id: fine }]);
  });

  it('a withdrawn consent withdraws open referrals to that provider and hides their snapshots', async () => {
    const offerId = await anOffer(10);
    const [clientId] = await clients(1);
    const referral = (await refer(clientId, offerId)).data!.referralCreate.referral!;
    const [consent] = await hub.sql<{ id: number }>('select id from consent where client_id = ?', [clientId]);
    const withdrawn = await hub.execute(ConsentWithdrawDocument, { input: { consent: toGlobalId('Consent', consent.id) } }, managerA);
    expect(withdrawn.errors).toBeUndefined();
    const [row] = await hub.sql<{ status: string; reason: string; seat: string | null }>('select status::text, reason::text, seat::text from referral where id = ?', [idOf(referral.id)]);
    expect(row).toEqual({ status: 'WITHDRAWN', reason: 'CONSENT_WITHDRAWN', seat: null });
    expect(await hub.sql('select 1 from referral_snapshot where referral_id = ?', [idOf(referral.id)])).toEqual([]);
    const incoming = await hub.execute(IncomingReferralsDocument, { filter: { offer: toGlobalId('Offer', offerId) } }, tenants.viewers.staffP);
    expect(incoming.data!.incomingReferrals.edges.map((e) => e.node.snapshot)).toEqual([null]);
  });
});

describe("the provider's view", () => {
  it('shows the snapshot with only the covered fields, audited as REFERRAL; another provider sees nothing', async () => {
    const offerId = await anOffer(10);
    const [clientId] = await clients(1);
    const referral = (await refer(clientId, offerId)).data!.referralCreate.referral!;
    const [client] = await hub.sql<Record<string, unknown>>('select given_names, family_name, phone, email, german_level::text as level, languages from client where id = ?', [clientId]);
    const incoming = await hub.execute(IncomingReferralsDocument, { filter: { offer: toGlobalId('Offer', offerId) } }, tenants.viewers.staffP);
    expect(incoming.errors).toBeUndefined();
    const [edge] = incoming.data!.incomingReferrals.edges;
    expect(edge.node.client).toBeNull();
    expect(edge.node.snapshot).toMatchObject({ givenNames: client.given_names, familyName: client.family_name, phone: client.phone, email: client.email, germanLevel: client.level, languages: client.languages, childcareNeeded: true });
    // The snapshot type has exactly these fields: nothing of the case file.
    const type = await hub.run('{ __type(name: "ReferralSnapshot") { fields { name } } }');
    expect(((type.data!.__type as { fields: Array<{ name: string }> }).fields.map((f) => f.name)).sort()).toEqual(
      ['availability', 'childcareNeeded', 'email', 'familyName', 'germanLevel', 'givenNames', 'languages', 'phone', 'takenAt'],
    );
    const audits = await hub.sql<{ purpose: string; fields: string[] }>("select purpose::text, fields from audit_event where subject_id = ? and action = 'READ' and actor_roles @> '{PROVIDER_STAFF}'", [toGlobalId('Client', clientId)]);
    expect(audits).toHaveLength(1);
    expect(audits[0].purpose).toBe('REFERRAL');
    expect(audits[0].fields).toEqual(expect.arrayContaining(['ReferralSnapshot.familyName']));

    const other = await hub.execute(IncomingReferralsDocument, { filter: { offer: toGlobalId('Offer', offerId) } }, tenants.viewers.staffQ);
    expect(other.data!.incomingReferrals.edges).toEqual([]);
    const accept = await hub.execute(ReferralAcceptDocument, { input: { referral: referral.id } }, tenants.viewers.staffQ);
    expect(accept.data!.referralAccept.userErrors[0].code).toBe('NOT_FOUND');
    const managerB = await hub.execute(ReferralWithdrawDocument, { input: { referral: referral.id, reason: 'OTHER', reasonText: 'x' } }, tenants.viewers.managerB);
    expect(managerB.data!.referralWithdraw.userErrors[0].code).toBe('NOT_FOUND');
    // Row-level security, below the service: provider Q's settings see no row.
    expect(await hub.sqlAsApp('select id from referral where id = ?', [idOf(referral.id)], { 'hub.provider_id': String(tenants.providerQ.id), 'hub.roles': 'PROVIDER_STAFF' })).toEqual([]);
    expect(await hub.sqlAsApp('select referral_id from referral_snapshot where referral_id = ?', [idOf(referral.id)], { 'hub.provider_id': String(tenants.providerQ.id) })).toEqual([]);
    expect(await hub.sqlAsApp('select id from referral where id = ?', [idOf(referral.id)], { 'hub.agency_id': String(tenants.agencyB.id), 'hub.roles': 'COORDINATOR' })).toEqual([]);
    expect(await hub.sqlAsApp('select id from referral where id = ?', [idOf(referral.id)], { 'hub.provider_id': String(tenants.providerP.id) })).toHaveLength(1);
  });
});

describe('the waiting list', () => {
  /** An offer with one seat, held by a first referral, and two on its list. */
  async function fullOffer() {
    const offerId = await anOffer(1);
    const people = await clients(3);
    const ids = [];
    for (const clientId of people) ids.push((await refer(clientId, offerId)).data!.referralCreate.referral!.id);
    return { offerId, ids };
  }
  const statuses = async (ids: string[]) => (await hub.sql<{ id: number; status: string }>('select id, status::text from referral where id = any(?::int[]) order by id', [`{${ids.map(idOf).join(',')}}`])).map((r) => r.status);

  it('advances on decline: the first waitlisted referral gets the hold, and an event tells its manager', async () => {
    const { offerId, ids } = await fullOffer();
    expect(await statuses(ids)).toEqual(['REQUESTED', 'WAITLISTED', 'WAITLISTED']);
    const declined = await hub.execute(ReferralDeclineDocument, { input: { referral: ids[0], reason: 'NOT_ELIGIBLE' } }, tenants.viewers.staffP);
    expect(declined.data!.referralDecline.userErrors).toEqual([]);
    expect(await statuses(ids)).toEqual(['DECLINED', 'REQUESTED', 'WAITLISTED']);
    expect(await freeSeats(offerId)).toBe(0);
    expect(await hub.sql("select action::text, side::text from referral_event where referral_id = ? and action = 'PROMOTE'", [idOf(ids[1])])).toEqual([{ action: 'PROMOTE', side: 'HUB' }]);
    const listed = await hub.execute(IncomingReferralsDocument, { filter: { statuses: ['WAITLISTED'], offer: toGlobalId('Offer', offerId) } }, tenants.viewers.staffP);
    expect(listed.data!.incomingReferrals.edges.map((e) => e.node.waitlistPosition)).toEqual([1]);
  });

  it('advances on withdraw', async () => {
    const { ids } = await fullOffer();
    await hub.execute(ReferralWithdrawDocument, { input: { referral: ids[0], reason: 'REFERRED_ELSEWHERE' } }, managerA);
    expect(await statuses(ids)).toEqual(['WITHDRAWN', 'REQUESTED', 'WAITLISTED']);
  });

  it('advances on expiry', async () => {
    const { ids } = await fullOffer();
    await asHub(tenants.providerP.id, (service) => service.step({ side: ReferralSide.HUB, actor: null, viewer: managerA }, idOf(ids[0]), ReferralAction.EXPIRE));
    expect(await statuses(ids)).toEqual(['EXPIRED', 'REQUESTED', 'WAITLISTED']);
  });
});

/** Runs hub work as the deadline job does: a transaction with the provider's settings, events flushed before commit. */
async function asHub<T>(providerId: number, work: (service: ReferralService) => Promise<T>): Promise<T> {
  const em = hub.orm.em.fork();
  return em.transactional(async (tx) => {
    await applySettings(tx, { 'hub.provider_id': String(providerId), 'hub.request_id': 'test-hub-job', 'hub.roles': 'SYSTEM' });
    const result = await work(new ReferralService(tx, { purpose: 'REFERRAL' as never, record: () => undefined }));
    await outboxOf(tx).flush(tx);
    return result;
  });
}

describe('outcomes', () => {
  it('a completion with a certificate raises the German level and the plan measure follows the status', async () => {
    const offerId = await anOffer(5);
    const clientId = await insert(hub, async (em) => {
      const client = await aClient(em, { agencyId: tenants.agencyA.id, managerId: managerA.userId, germanLevel: 'A2' });
      aConsent(em, client, { recipientProviderId: tenants.providerP.id, givenAt: new Date(Date.now() - 60_000) });
      const plan = aPlan(em, client);
      aMeasure(em, aGoal(em, plan, { area: 'LANGUAGE' }), { offerId });
      await em.flush();
      return client.id;
    });
    const measureStatus = async () => (await hub.sql<{ status: string }>('select m.status::text from plan_measure m join plan p on p.id = m.plan_id and p.is_current where m.client_id = ? and m.offer_id = ?', [clientId, offerId]))[0]?.status;
    expect(await measureStatus()).toBe('PLANNED');
    const { id } = (await refer(clientId, offerId)).data!.referralCreate.referral!;
    await hub.execute(ReferralAcceptDocument, { input: { referral: id } }, tenants.viewers.staffP);
    const started = await hub.execute(ReferralStartDocument, { input: { referral: id } }, tenants.viewers.staffP);
    expect(started.data!.referralStart.userErrors).toEqual([]);
    expect(await measureStatus()).toBe('ACTIVE');
    const done = await hub.execute(ReferralCompleteDocument, { input: { referral: id, certificate: 'DTZ_B1' } }, tenants.viewers.staffP);
    expect(done.data!.referralComplete.referral).toMatchObject({ status: 'COMPLETED', certificate: 'DTZ_B1' });
    expect(await measureStatus()).toBe('COMPLETED');
    const [client] = await hub.sql<Record<string, unknown>>("select german_level::text as level, german_evidence::text as evidence, german_certificate as certificate from client where id = ?", [clientId]);
    expect(client).toEqual({ level: 'B1', evidence: 'CERTIFICATE', certificate: 'DTZ B1' });
    expect(await hub.sql("select certificate::text, completed from client_course where client_id = ?", [clientId])).toEqual([{ certificate: 'DTZ_B1', completed: true }]);
    // The manager reads the history: every step, one event each.
    const read = await hub.execute(ClientReferralsDocument, { id: toGlobalId('Client', clientId) }, managerA);
    expect(read.data!.client!.referrals.nodes[0].history.map((h) => h.action)).toEqual(['CREATE', 'ACCEPT', 'START', 'COMPLETE']);
  });

  it('needs a reason code where the table says so', async () => {
    const offerId = await anOffer(5);
    const [clientId] = await clients(1);
    const { id } = (await refer(clientId, offerId)).data!.referralCreate.referral!;
    const refused = await hub.execute(ReferralDeclineDocument, { input: { referral: id } }, tenants.viewers.staffP);
    expect(refused.data!.referralDecline.userErrors[0].code).toBe('REASON_REQUIRED');
    const waitlisted = await hub.execute(ReferralWaitlistDocument, { input: { referral: id } }, tenants.viewers.staffP);
    expect(waitlisted.data!.referralWaitlist.referral!.status).toBe('WAITLISTED');
    void ReferralDropOutDocument;
  });
});

describe('erasure on request', () => {
  it('is refused while a referral of the person is open, and allowed once it is withdrawn', async () => {
    const offerId = await anOffer(10);
    const [clientId] = await clients(1);
    const referral = (await refer(clientId, offerId)).data!.referralCreate.referral!;
    const request = 'mutation($client: ID!) { clientErasureRequest(input: {client: $client, ground: OBJECTION}) { userErrors { code } } }';
    const blocked = await hub.run(request, { client: toGlobalId('Client', clientId) }, tenants.viewers.coordinatorA);
    expect(blocked.data).toEqual({ clientErasureRequest: { userErrors: [{ code: 'BLOCKED' }] } });
    const withdraw = await hub.run('mutation($referral: ID!) { referralWithdraw(input: {referral: $referral, reason: NO_LONGER_INTERESTED}) { userErrors { code } } }', { referral: referral.id }, managerA);
    expect(withdraw.data).toEqual({ referralWithdraw: { userErrors: [] } });
    const allowed = await hub.run(request, { client: toGlobalId('Client', clientId) }, tenants.viewers.coordinatorA);
    expect(allowed.data).toEqual({ clientErasureRequest: { userErrors: [] } });
  });
});

describe('the referral funnel', () => {
  it('counts referred → accepted → started → completed → certificate per programme and provider, suppressing groups and steps under 5 people', async () => {
    const staffP = tenants.viewers.staffP;
    const step = async (referral: string, to: 'ACCEPT' | 'START' | 'COMPLETE', certificate: string | null = null) => {
      const result =
        to === 'ACCEPT'
          ? (await hub.execute(ReferralAcceptDocument, { input: { referral } }, staffP)).data!.referralAccept
          : to === 'START'
            ? (await hub.execute(ReferralStartDocument, { input: { referral } }, staffP)).data!.referralStart
            : (await hub.execute(ReferralCompleteDocument, { input: { referral, certificate: certificate as never } }, staffP)).data!.referralComplete;
      expect(result.userErrors).toEqual([]);
    };
    // Seven referrals to one new offer of a programme no other test uses: 6 accepted, 5 started, 5 completed, 3 with a certificate.
    const offerId = await anOffer(20);
    await hub.sql(`update offer set programme = 'BERUFSSPRACHKURS_AZUBI', family = 'LANGUAGE_COURSE' where id = ?`, [offerId]);
    const people = await clients(7);
    const referrals: string[] = [];
    for (const person of people) referrals.push((await refer(person, offerId)).data!.referralCreate.referral!.id);
    for (const referral of referrals.slice(0, 6)) await step(referral, 'ACCEPT');
    for (const referral of referrals.slice(0, 5)) await step(referral, 'START');
    for (const [i, referral] of referrals.slice(0, 5).entries()) await step(referral, 'COMPLETE', i < 3 ? 'DTB_B2' : null);
    // …and four to an offer of another programme: a group under 5, left out.
    const small = await anOffer(20);
    await hub.sql(`update offer set programme = 'BERUFSSPRACHKURS_GEWERBE_TECHNIK', family = 'LANGUAGE_COURSE' where id = ?`, [small]);
    for (const person of await clients(4)) await refer(person, small);

    const query = `query($filter: ReferralFunnelFilter) { referralFunnel(filter: $filter) { minimumCellSize suppressedCells cells { dimension value referred accepted started completed withCertificate medianDaysToAccept } } }`;
    const result = await hub.run(query, { filter: { programmes: ['BERUFSSPRACHKURS_AZUBI', 'BERUFSSPRACHKURS_GEWERBE_TECHNIK'] } }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    const funnel = result.data!.referralFunnel as { minimumCellSize: number; suppressedCells: number; cells: Array<Record<string, unknown>> };
    expect(funnel.minimumCellSize).toBe(5);
    const programme = funnel.cells.filter((cell) => cell.dimension === 'PROGRAMME');
    // 5 or more show their counts; the certificate step, reached by 3, is suppressed.
    expect(programme).toEqual([{ dimension: 'PROGRAMME', value: 'BERUFSSPRACHKURS_AZUBI', referred: 7, accepted: 6, started: 5, completed: 5, withCertificate: null, medianDaysToAccept: 0 }]);
    // The small programme is left out of the programmes (its provider P's and district's cells hold all 11).
    expect(funnel.suppressedCells).toBeGreaterThanOrEqual(1);
    const provider = funnel.cells.find((cell) => cell.dimension === 'PROVIDER');
    expect(provider).toMatchObject({ referred: 11, accepted: 6 });
    // Not for managers.
    const refused = await hub.run(query, {}, managerA);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 60_000);
});
