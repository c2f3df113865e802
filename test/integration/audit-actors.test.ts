import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { AuditEventActorsDocument } from '../generated/graphql';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * `AuditEvent.actor` (a User or an ApiKey) and `AuditEvent.subject` (a Node): resolved from the
 * stored global IDs as node(id:) would answer the reader, null for what is gone or hidden, and in
 * batches: a page of 100 entries costs the statements of a page of 12.
 */
let hub: TestHub;
let tenants: Tenants;
let colleagues: string[];
let client: string;

const ENTRIES = 120;
const GONE = 2_000_000_000;
const idOf = (viewer: Viewer) => (viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : viewer.kind === 'integration' ? toGlobalId('ApiKey', viewer.apiKeyId) : '');

/** Entry i: its actor (a colleague, agency A's key, the retention job or a deleted person) and subject (a colleague, a client or an erased client). */
function actorOf(i: number): { actor: string; kind: string; roles: string } {
  switch (i % 4) {
    case 0:
      return { actor: colleagues[i % colleagues.length], kind: 'USER', roles: '{MANAGER}' };
    case 1:
      return { actor: idOf(tenants.viewers.keyA), kind: 'INTEGRATION', roles: '{CASELOAD_READ,CASELOAD_WRITE}' };
    case 2:
      return { actor: 'retention', kind: 'SYSTEM', roles: '{RETENTION}' };
    default:
      return { actor: toGlobalId('User', GONE), kind: 'USER', roles: '{COORDINATOR}' };
  }
}
const subjectOf = (i: number): { type: string; id: string } =>
  i % 3 === 0 ? { type: 'User', id: colleagues[(i + 1) % colleagues.length] } : i % 3 === 1 ? { type: 'Client', id: client } : { type: 'Client', id: toGlobalId('Client', GONE) };

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const people = await hub.sql<{ id: number }>(
    `insert into hub_user (email, name, agency_id, roles) select 'actor' || i || '@example.test', 'Actor ' || i, ?, '{MANAGER}' from generate_series(1, 30) as i returning id`,
    [tenants.agencyA.id],
  );
  colleagues = people.map((row) => toGlobalId('User', row.id));
  client = (await createCase(hub, tenants, 'A', tenants.viewers.managerA)).client;
  // Entries of agency A under a purpose nothing else in this file records, written straight as the owner.
  const rows = Array.from({ length: ENTRIES }, (_, i) => ({ ...actorOf(i), subject: subjectOf(i) }));
  for (const row of rows) {
    await hub.sql(
      `insert into audit_event (request_id, actor, actor_kind, actor_roles, agency_id, action, purpose, subject_type, subject_id, fields)
       values ('fixture', ?, ?, ?::text[], ?, 'READ', 'STATISTICS', ?, ?, '{name}')`,
      [row.actor, row.kind, row.roles, tenants.agencyA.id, row.subject.type, row.subject.id],
    );
  }
});
afterAll(() => hub.close());

const page = (first: number) => hub.execute(AuditEventActorsDocument, { first, filter: { purposes: ['STATISTICS'] } }, tenants.viewers.officerA);

describe('AuditEvent.actor and subject', () => {
  it('resolve what the data protection officer may see, and null for what is gone, hidden or no object', async () => {
    const result = await page(100);
    expect(result.errors).toBeUndefined();
    const entries = result.data!.auditEvents.nodes;
    expect(entries).toHaveLength(100);
    // Newest first: entry ENTRIES - 1 - n is the n-th node.
    entries.forEach((entry, n) => {
      const i = ENTRIES - 1 - n;
      const { actor, kind } = actorOf(i);
      expect(entry).toMatchObject({ actorId: actor, actorKind: kind, subjectId: subjectOf(i).id });
      switch (i % 4) {
        case 0:
          expect(entry).toMatchObject({ actor: { __typename: 'User', id: actor, agency: { id: tenants.agencyA.globalId } }, actorRoles: ['MANAGER'], actorScopes: [] });
          break;
        case 1:
          // API keys are for admins to see, in node(id:) as here; actorScopes tell what the key held.
          expect(entry).toMatchObject({ actor: null, actorRoles: ['INTEGRATION'], actorScopes: ['CASELOAD_READ', 'CASELOAD_WRITE'] });
          break;
        case 2:
          expect(entry).toMatchObject({ actor: null, actorId: 'retention', actorRoles: [], actorScopes: [] });
          break;
        default:
          expect(entry).toMatchObject({ actor: null, actorRoles: ['COORDINATOR'] });
      }
      // People of the agency resolve; its clients are not the officer's to see, erased ones are gone.
      expect(entry.subject).toEqual(i % 3 === 0 ? { __typename: 'User', id: subjectOf(i).id, email: expect.stringMatching(/^actor\d+@example\.test$/) } : null);
    });
  });

  it('show an admin the API key, which only admins may see', async () => {
    const asAdmin = await hub.run('query ($id: ID!) { node(id: $id) { __typename ... on ApiKey { name } } }', { id: idOf(tenants.viewers.keyA) }, tenants.viewers.admin);
    expect(asAdmin.data).toEqual({ node: { __typename: 'ApiKey', name: 'Fallsoftware A' } });
  });

  it('cost the same statements for 100 entries as for 12: one batch per type of object', async () => {
    const few = await page(12);
    const many = await page(100);
    expect(few.data!.auditEvents.nodes).toHaveLength(12);
    expect(many.data!.auditEvents.nodes).toHaveLength(100);
    expect(many.statements).toBe(few.statements);
  });

  it('audit the reads of the people they show, under the purpose of auditEvents', async () => {
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
    await page(12);
    const rows = await hub.sql<{ actor: string; purpose: string; subject_id: string; fields: string[] }>(
      'select actor, purpose::text, subject_id, fields from audit_event where id > ? order by id',
      [last],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.actor === idOf(tenants.viewers.officerA) && row.purpose === 'ADMINISTRATION' && colleagues.includes(row.subject_id))).toBe(true);
    expect(new Set(rows.flatMap((row) => row.fields))).toEqual(new Set(['id', 'email', 'agency']));
  });
});
