import { eraseExpiredAuditEntries } from '../../src/retention/retention.service';
import { loadConfig } from '../../src/core/config';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

const NOW = new Date('2026-12-01T12:00:00Z');

/** An entry written `yearsAgo` before NOW, as the owner (inserting is what the log allows). */
async function entryFrom(yearsAgo: number, agencyId: number | null, subject: string): Promise<number> {
  const at = new Date(NOW);
  at.setUTCFullYear(at.getUTCFullYear() - yearsAgo);
  const [row] = await hub.sql<{ id: number }>(
    `insert into audit_event (occurred_at, request_id, actor, actor_kind, actor_roles, agency_id, action, purpose, subject_type, subject_id, fields)
     values (?, 'retention-test', 'VXNlcjox', 'USER', '{MANAGER}', ?, 'READ', 'CASE_MANAGEMENT', 'Client', ?, '{givenNames}') returning id`,
    [at, agencyId, subject],
  );
  return Number(row.id);
}

describe('audit-log retention', () => {
  it('defaults to the case retention plus one year', () => {
    expect(loadConfig({}).auditRetentionYears).toBe(4);
    expect(loadConfig({ RETENTION_YEARS: '5' }).auditRetentionYears).toBe(6);
    expect(loadConfig({ RETENTION_YEARS: '5', AUDIT_RETENTION_YEARS: '10' }).auditRetentionYears).toBe(10);
  });

  it('removes entries older than the period, keeps younger ones, and counts what it removed', async () => {
    const old = [await entryFrom(6, tenants.agencyA.id, 'old-1'), await entryFrom(5, tenants.agencyA.id, 'old-2'), await entryFrom(5, null, 'old-3')];
    const young = [await entryFrom(3, tenants.agencyA.id, 'young-1'), await entryFrom(0, tenants.agencyB.id, 'young-2')];
    const before = await hub.sql<{ agency_id: number | null; entry_year: number; entries: number }>('select agency_id, entry_year, entries from erased_audit_entry_count');

    const result = await eraseExpiredAuditEntries(hub.orm, { auditRetentionYears: 4, now: NOW });
    expect(result.cutoff.toISOString()).toBe('2022-12-01T12:00:00.000Z');
    expect(result.erased).toBeGreaterThanOrEqual(3);
    const left = await hub.sql<{ id: string }>(`select id from audit_event where id in (${[...old, ...young].join(', ')})`);
    expect(left.map((row) => Number(row.id)).sort()).toEqual(young.sort());
    expect(await hub.sql("select 1 from audit_event where occurred_at < '2022-12-01T12:00:00Z'")).toEqual([]);

    const counts = await hub.sql<{ agency_id: number | null; entry_year: number; entries: number }>('select agency_id, entry_year, entries from erased_audit_entry_count order by agency_id nulls first, entry_year');
    const added = (agency: number | null, year: number) =>
      (counts.find((row) => row.agency_id === agency && row.entry_year === year)?.entries ?? 0) - (before.find((row) => row.agency_id === agency && row.entry_year === year)?.entries ?? 0);
    expect([added(tenants.agencyA.id, 2020), added(tenants.agencyA.id, 2021), added(null, 2021)]).toEqual([1, 1, 1]);
    // The counts name no person or record: agency, year and a number only.
    expect(Object.keys(counts[0]).sort()).toEqual(['agency_id', 'entries', 'entry_year']);

    // The officer of agency A reads A's counts only.
    const seen = await hub.sqlAsApp<{ agency_id: number }>('select agency_id from erased_audit_entry_count', [], { 'hub.agency_id': String(tenants.agencyA.id), 'hub.roles': 'DATA_PROTECTION_OFFICER' } as never);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((row) => row.agency_id === tenants.agencyA.id)).toBe(true);
  });

  it('leaves the log append-only for the app role, even with the retention setting, and for the owner outside the function', async () => {
    const id = await entryFrom(10, tenants.agencyA.id, 'guarded');
    const settings = { 'hub.agency_id': String(tenants.agencyA.id), 'hub.roles': 'DATA_PROTECTION_OFFICER', 'hub.request_id': 'retention-test' } as never;
    await expect(hub.sqlAsApp('delete from audit_event where id = ?', [id], settings)).rejects.toThrow(/permission denied/);
    await expect(hub.sqlAsApp('update audit_event set fields = ? where id = ?', ['{}', id], settings)).rejects.toThrow(/permission denied/);
    await expect(hub.sqlAsApp("select set_config('hub.audit_retention_cutoff', '2100-01-01', true); delete from audit_event where id = ?", [id], settings)).rejects.toThrow(/permission denied|append-only/);
    await expect(hub.sql('delete from audit_event where id = ?', [id])).rejects.toThrow(/append-only/);
    await expect(hub.sql('update audit_event set fields = ? where id = ?', ['{}', id])).rejects.toThrow(/append-only/);
    await expect(hub.sql('truncate audit_event')).rejects.toThrow(/append-only/);
    // Even the function's own exception does not open UPDATE.
    await expect(
      hub.ownerEm().transactional(async (em) => {
        await em.execute("select set_config('hub.audit_retention_cutoff', '2100-01-01', true)");
        await em.execute('update audit_event set fields = ? where id = ?', ['{}', id]);
      }),
    ).rejects.toThrow(/append-only/);
    expect(await hub.sql('select 1 from audit_event where id = ?', [id])).toHaveLength(1);
  });

  it('runs with the erasure job', async () => {
    const { runRetention } = await import('../../src/retention/retention.service');
    const id = await entryFrom(9, tenants.agencyA.id, 'job');
    const result = await runRetention(hub.orm, { retentionYears: 3, auditRetentionYears: 4, now: NOW });
    expect(result.auditEntries.erased).toBeGreaterThanOrEqual(1);
    expect(await hub.sql('select 1 from audit_event where id = ?', [id])).toEqual([]);
  });
});
