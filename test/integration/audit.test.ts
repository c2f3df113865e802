import { toGlobalId } from '../../src/core/relay/global-id';
import type { Viewer } from '../../src/core/auth/viewer';
import { AuditEventsDocument, UserCreateDocument, UserNodeDocument, UsersDocument, ViewerDocument } from '../generated/graphql';
import { aManager, anAgency, aSignedInUser, insert, nextSerial } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;

// Every test makes the people and entries it counts: it passes alone (-t) and in any order.
beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

/** An agency of its own with `colleagues` managers and a signed-in coordinator: lists that hold only them. */
async function agencyWithColleagues(colleagues: number) {
  const agency = await insert(hub, (em) => anAgency(em));
  const people = await insert(hub, (em) => Array.from({ length: colleagues }, () => aManager(em, agency.id)));
  const coordinator = await aSignedInUser(hub, ['COORDINATOR'], { agency: agency.key });
  return { agency: { id: agency.id, globalId: toGlobalId('Agency', agency.id) }, people, coordinator };
}

interface AuditRow {
  request_id: string;
  actor: string;
  actor_kind: string;
  actor_roles: string[];
  actor_agency_id: number | null;
  agency_id: number | null;
  action: string;
  purpose: string;
  subject_type: string;
  subject_id: string;
  fields: string[];
}

/** Runs an operation and returns its result with the audit rows it wrote (read as the owner). */
async function audited<T>(run: () => Promise<T>): Promise<{ result: T; rows: AuditRow[] }> {
  const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
  const result = await run();
  const rows = await hub.sql<AuditRow>('select * from audit_event where id > ? order by id', [last]);
  return { result, rows };
}

const userId = (viewer: Viewer) => (viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : '');

describe('audit of personal data', () => {
  it('records one READ per person read, with the fields, purpose, actor and agency', async () => {
    const { agency, coordinator } = await agencyWithColleagues(30);
    const { result, rows } = await audited(() => hub.execute(UsersDocument, { first: 25, agency: agency.globalId }, coordinator));
    const people = result.data!.users.edges.map((edge) => edge.node.id);
    expect(people).toHaveLength(25);
    expect(rows.map((row) => row.subject_id).sort()).toEqual([...people].sort());
    expect(new Set(rows.map((row) => row.request_id)).size).toBe(1);
    expect(rows[0]).toMatchObject({
      actor: userId(coordinator),
      actor_kind: 'USER',
      actor_roles: ['COORDINATOR'],
      actor_agency_id: agency.id,
      agency_id: agency.id,
      action: 'READ',
      purpose: 'ADMINISTRATION',
      subject_type: 'User',
      fields: ['agency', 'email', 'id', 'name', 'provider', 'roles'],
    });
  });

  it('writes the reads of a request in one statement, however many people it reads', async () => {
    const { coordinator } = await agencyWithColleagues(30);
    const few = await hub.execute(UsersDocument, { first: 2 }, coordinator);
    const many = await hub.execute(UsersDocument, { first: 30 }, coordinator);
    expect(many.data!.users.edges).toHaveLength(30);
    expect(many.statements).toBe(few.statements);
  });

  it('matches the count of operations sent', async () => {
    const manager = await aSignedInUser(hub, ['MANAGER'], { agency: 'lra-tuebingen' });
    const { rows } = await audited(async () => {
      for (let i = 0; i < 7; i += 1) await hub.execute(ViewerDocument, {}, manager);
    });
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((row) => row.request_id)).size).toBe(7);
    expect(rows.every((row) => row.subject_id === userId(manager) && row.purpose === 'ADMINISTRATION')).toBe(true);
  });

  it('records nothing for a person the viewer may not see, which reads as missing', async () => {
    const foreign = await aSignedInUser(hub, ['MANAGER'], { agency: 'stadt-stuttgart' });
    const manager = await aSignedInUser(hub, ['MANAGER'], { agency: 'lra-tuebingen' });
    const { result, rows } = await audited(() => hub.execute(UserNodeDocument, { id: userId(foreign) }, manager));
    expect(result.data!.node).toBeNull();
    expect(rows).toEqual([]);
  });

  it('records a CREATE for a new account', async () => {
    const email = `new.manager.${nextSerial()}@example.test`;
    const { result, rows } = await audited(() =>
      hub.execute(UserCreateDocument, { input: { email, name: 'New Manager', roles: ['MANAGER'], agency: tenants.agencyA.globalId } }, tenants.viewers.admin),
    );
    const created = result.data!.userCreate.user!;
    expect(rows.map((row) => [row.action, row.subject_id, row.agency_id])).toEqual(
      expect.arrayContaining([['CREATE', created.id, tenants.agencyA.id]]),
    );
  });

  it('writes nothing for the public audience, which cannot reach personal data', async () => {
    const { result, rows } = await audited(() => hub.execute(UsersDocument, { first: 5 }));
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(rows).toEqual([]);
  });
});

describe('auditEvents', () => {
  /** A new manager of the agency who reads their own row `times` times: that many entries with them as actor and subject. */
  async function readsOwnRow(agency: string, times: number): Promise<string> {
    const manager = await aSignedInUser(hub, ['MANAGER'], { agency });
    for (let i = 0; i < times; i += 1) await hub.execute(ViewerDocument, {}, manager);
    return userId(manager);
  }

  it("shows the agency's data protection officer the agency's entries only, newest first", async () => {
    const own = await readsOwnRow('lra-tuebingen', 2);
    const foreign = await readsOwnRow('stadt-stuttgart', 1);
    const result = await hub.execute(AuditEventsDocument, { first: 100 }, tenants.viewers.officerA);
    const entries = result.data!.auditEvents.edges.map((edge) => edge.node);
    expect(entries.filter((entry) => entry.subjectId === own)).toHaveLength(2);
    expect(entries.some((entry) => entry.subjectId === foreign)).toBe(false);
    const agencyOf = await hub.sql<{ subject_id: string; agency_id: number }>('select distinct subject_id, agency_id from audit_event');
    const foreignSubjects = new Set(agencyOf.filter((row) => row.agency_id !== tenants.agencyA.id).map((row) => row.subject_id));
    expect(entries.some((entry) => foreignSubjects.has(entry.subjectId))).toBe(false);
    const times = entries.map((entry) => Date.parse(entry.occurredAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by actor, subject, action, purpose and time', async () => {
    const manager = await readsOwnRow('lra-tuebingen', 7);
    const byActor = await hub.execute(AuditEventsDocument, { first: 100, filter: { actor: manager } }, tenants.viewers.officerA);
    expect(byActor.data!.auditEvents.totalCount).toBe(7);
    expect(byActor.data!.auditEvents.edges.every((edge) => edge.node.actorId === manager)).toBe(true);

    const bySubject = await hub.execute(AuditEventsDocument, { first: 100, filter: { subject: manager, actions: ['READ'], purposes: ['ADMINISTRATION'] } }, tenants.viewers.officerA);
    expect(bySubject.data!.auditEvents.totalCount).toBe(7);
    const otherAction = await hub.execute(AuditEventsDocument, { first: 100, filter: { subject: manager, actions: ['UPDATE'] } }, tenants.viewers.officerA);
    expect(otherAction.data!.auditEvents.totalCount).toBe(0);

    const none = await hub.execute(AuditEventsDocument, { first: 100, filter: { subject: manager, purposes: ['STATISTICS'] } }, tenants.viewers.officerA);
    expect(none.data!.auditEvents.totalCount).toBe(0);

    const filterFrom = (from: Date) => hub.execute(AuditEventsDocument, { first: 10, filter: { subject: manager, from: from.toISOString() } }, tenants.viewers.officerA);
    const filterUntil = (until: Date) => hub.execute(AuditEventsDocument, { first: 10, filter: { subject: manager, until: until.toISOString() } }, tenants.viewers.officerA);
    expect((await filterFrom(new Date(Date.now() - 3_600_000))).data!.auditEvents.totalCount).toBe(7);
    expect((await filterFrom(new Date(Date.now() + 60_000))).data!.auditEvents.totalCount).toBe(0);
    expect((await filterUntil(new Date(Date.now() + 60_000))).data!.auditEvents.totalCount).toBe(7);
    expect((await filterUntil(new Date(Date.now() - 3_600_000))).data!.auditEvents.totalCount).toBe(0);
  });

  it.each(['managerA', 'coordinatorA', 'admin', 'staffP', 'keyA'] as const)('is refused to %s', async (name) => {
    const result = await hub.execute(AuditEventsDocument, { first: 5 }, tenants.viewers[name]);
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed actor ID and an empty time range as bad input', async () => {
    for (const filter of [{ actor: 'not an id' }, { from: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' }]) {
      const result = await hub.execute(AuditEventsDocument, { first: 5, filter }, tenants.viewers.officerA);
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });
});
