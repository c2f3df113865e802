import { APP_ROLE } from '../../src/core/database/app-role';
import { settingsFor } from '../../src/core/database/tenant-settings';
import type { Viewer } from '../../src/core/auth/viewer';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';
import { anAuditEvent, insert } from '../factories';

let hub: TestHub;
let tenants: Tenants;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  // Audit entries of both agencies, written as the owner would never do it: straight rows.
  await insert(hub, (em) => {
    anAuditEvent(em, { requestId: 'r-a', actorId: 'x', agencyId: tenants.agencyA.id, subjectId: 'a' });
    anAuditEvent(em, { requestId: 'r-b', actorId: 'y', agencyId: tenants.agencyB.id, subjectId: 'b' });
  });
});
afterAll(() => hub.close());

const as = (viewer: Viewer) => settingsFor(viewer, 'rls-test');

/** Tables anyone may read: the published catalogue and reference data. Everything else is tenant-owned. */
const PUBLIC_TABLES = ['district', 'municipality', 'provider', 'location', 'search_term', 'mikro_orm_migrations'];
/**
 * The hub's own bookkeeping, no tenant's data: cost budgets, keyed by a digest of the principal
 * and read by every request before anyone's tenant is known.
 */
const SERVICE_TABLES = ['rate_limit_bucket'];
/** Tables only the owner's functions touch: the app role holds no privilege on them at all (checked below). */
const OWNER_ONLY_TABLES = ['webhook_referral_event_order'];

describe('the app role', () => {
  it('is neither superuser nor BYPASSRLS, and owns nothing', async () => {
    const [role] = await hub.sqlAsApp<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(role).toEqual({ name: APP_ROLE, rolsuper: false, rolbypassrls: false });
    const owned = await hub.sql(`select tablename from pg_tables where schemaname = 'public' and tableowner = ?`, [APP_ROLE]);
    expect(owned).toEqual([]);
  });

  it('finds row-level security on every table outside the public catalogue', async () => {
    const tables = await hub.sql<{ name: string; rls: boolean; policies: number }>(
      `select c.relname as name, c.relrowsecurity as rls, (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' order by 1`,
    );
    const unprotected = tables.filter((table) => ![...PUBLIC_TABLES, ...SERVICE_TABLES, ...OWNER_ONLY_TABLES].includes(table.name) && (!table.rls || table.policies === 0));
    expect(unprotected).toEqual([]);
    const reachable = await hub.sql<{ name: string }>(
      `select t as name from unnest(?::text[]) t where has_table_privilege(?, t, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')`,
      [`{${OWNER_ONLY_TABLES.join(',')}}`, APP_ROLE],
    );
    expect(reachable).toEqual([]);
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['hub_user', 'team', 'audit_event', 'api_key', 'offer']));
  });
});

describe('raw SQL as the app role', () => {
  it.each(['hub_user', 'team', 'audit_event', 'api_key'])('returns no rows of %s without settings', async (table) => {
    expect(await hub.sql(`select count(*)::int as n from ${table}`)).not.toEqual([{ n: 0 }]);
    expect(await hub.sqlAsApp(`select * from ${table}`)).toEqual([]);
  });

  it("returns only the agency's own people and teams", async () => {
    const people = await hub.sqlAsApp<{ agency_id: number | null; provider_id: number | null; subject: string }>('select * from hub_user', [], as(tenants.viewers.managerA));
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((row) => row.agency_id === tenants.agencyA.id)).toBe(true);
    const teams = await hub.sqlAsApp<{ agency_id: number }>('select * from team', [], as(tenants.viewers.managerA));
    expect(teams.map((row) => row.agency_id)).toEqual([tenants.agencyA.id, tenants.agencyA.id]);
    const staff = await hub.sqlAsApp<{ provider_id: number | null }>('select * from hub_user', [], as(tenants.viewers.staffQ));
    expect(staff.map((row) => row.provider_id)).toEqual([tenants.providerQ.id]);
  });

  it("shows the audit log only to the agency's data protection officer", async () => {
    const officer = await hub.sqlAsApp<{ request_id: string }>('select * from audit_event', [], as(tenants.viewers.officerA));
    expect(officer.map((row) => row.request_id)).toEqual(['r-a']);
    expect(await hub.sqlAsApp('select * from audit_event', [], as(tenants.viewers.managerA))).toEqual([]);
    expect(await hub.sqlAsApp('select * from audit_event', [], as(tenants.viewers.admin))).toEqual([]);
  });

  it('hides API keys from everyone but admins, even their own tenant', async () => {
    expect(await hub.sqlAsApp('select * from api_key', [], as(tenants.viewers.staffP))).toEqual([]);
    expect((await hub.sqlAsApp('select * from api_key', [], as(tenants.viewers.admin))).length).toBe(2);
  });

  it("refuses to change another provider's offer", async () => {
    const [offer] = await hub.sql<{ id: number }>('select id from offer where provider_id = ? order by id limit 1', [tenants.providerQ.id]);
    const foreign = await hub.sqlAsApp<{ id: number }>('update offer set seats_taken = 0 where id = ? returning id', [offer.id], as(tenants.viewers.staffP));
    expect(foreign).toEqual([]);
    const own = await hub.sqlAsApp<{ id: number }>('update offer set seats_taken = 0 where id = ? returning id', [offer.id], as(tenants.viewers.staffQ));
    expect(own).toEqual([{ id: offer.id }]);
  });

  it('keeps settings inside their transaction: the next user of a pooled connection has none', async () => {
    // More transactions than the pool has connections, so every connection is reused.
    for (let i = 0; i < 6; i += 1) await hub.sqlAsApp('select 1', [], as(tenants.viewers.managerA));
    const leftovers = await Promise.all(
      Array.from({ length: 6 }, () => hub.orm.em.fork().execute<Array<{ agency: string | null }>>("select current_setting('hub.agency_id', true) as agency")),
    );
    expect(leftovers.every((row) => !row[0].agency)).toBe(true);
  });
});

describe('the audit log at the database', () => {
  it.each([
    ['UPDATE', "update audit_event set purpose = 'STATISTICS'"],
    ['DELETE', 'delete from audit_event'],
    ['TRUNCATE', 'truncate audit_event'],
  ])('refuses %s for the app role, even for the officer reading it', async (_name, statement) => {
    await expect(hub.sqlAsApp(statement, [], as(tenants.viewers.officerA))).rejects.toThrow(/permission denied/);
  });

  it.each([
    ['UPDATE', "update audit_event set purpose = 'STATISTICS'"],
    ['DELETE', 'delete from audit_event'],
    ['TRUNCATE', 'truncate audit_event'],
  ])('refuses %s for the owner too', async (_name, statement) => {
    await expect(hub.sql(statement)).rejects.toThrow(/append-only/);
    expect((await hub.sql<{ n: number }>('select count(*)::int as n from audit_event'))[0].n).toBeGreaterThanOrEqual(2);
  });

  it('accepts inserts only inside a request that set its id', async () => {
    const insert = `insert into audit_event (request_id, actor, actor_kind, action, purpose, subject_type, subject_id) values (?, 'x', 'USER', 'READ', 'CASE_MANAGEMENT', 'User', 'z')`;
    await expect(hub.sqlAsApp(insert, ['forged'])).rejects.toThrow(/row-level security/);
    await expect(hub.sqlAsApp(insert, ['rls-test'], as(tenants.viewers.managerA))).resolves.toEqual([]);
  });
});
