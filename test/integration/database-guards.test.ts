import { APP_ROLE } from '../../src/core/database/app-role';
import { createTestHub, type TestHub } from '../support/test-hub';

// Guards over the migrated database's catalog: a migration that adds a table without its grants
// or policies, or that loosens them, fails here before any request could reach the data.

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

/**
 * What the API needs of each table, as the app role, and no more. `UPDATE(column)` is a column
 * grant. A new table fails the test until it is listed here with what the API does with it.
 */
const APP_PRIVILEGES: Record<string, string[]> = {
  // Public reference data, read-only.
  district: ['SELECT'],
  municipality: ['SELECT'],
  provider: ['SELECT'],
  // The catalogue: providers publish their own locations and offers (RLS), never the referral ledger's counters.
  location: ['INSERT', 'SELECT', 'UPDATE(accessibility_notes)', 'UPDATE(archived_at)', 'UPDATE(latitude)', 'UPDATE(longitude)', 'UPDATE(municipality_id)', 'UPDATE(name)', 'UPDATE(postal_code)', 'UPDATE(street)', 'UPDATE(updated_at)', 'UPDATE(wheelchair_accessible)'],
  offer: ['INSERT', 'SELECT', 'UPDATE(admitted_residence_statuses)', 'UPDATE(audiences)', 'UPDATE(capacity)', 'UPDATE(childcare)', 'UPDATE(cost_note)', 'UPDATE(description)', 'UPDATE(end_date)', 'UPDATE(entry_level_max)', 'UPDATE(entry_level_min)', 'UPDATE(external_id)', 'UPDATE(family)', 'UPDATE(fee_euro)', 'UPDATE(format)', 'UPDATE(funding)', 'UPDATE(hours_per_week)', 'UPDATE(location_id)', 'UPDATE(max_age)', 'UPDATE(min_age)', 'UPDATE(programme)', 'UPDATE(rolling_entry)', 'UPDATE(seats_confirmed_at)', 'UPDATE(seats_taken)', 'UPDATE(start_date)', 'UPDATE(status)', 'UPDATE(support_languages)', 'UPDATE(target_level)', 'UPDATE(times_of_day)', 'UPDATE(title)', 'UPDATE(total_units)', 'UPDATE(updated_at)', 'UPDATE(version)', 'UPDATE(waitlist_length)', 'UPDATE(waitlist_open)', 'UPDATE(weekdays)'],
  // The catalogue's changes feed: an outbox, appended only.
  catalogue_change: ['INSERT', 'SELECT'],
  // Idempotency keys of offersUpsert, per provider (RLS); an expired key is overwritten, never deleted.
  offer_upsert_key: ['INSERT', 'SELECT', 'UPDATE'],
  // Written by a trigger running as the caller whenever offers change.
  search_term: ['INSERT', 'SELECT'],
  // /ready compares applied migrations with the code's.
  mikro_orm_migrations: ['SELECT'],
  // Tenancy, administered through the API.
  agency: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  agency_municipality: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  team: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  hub_user: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  // Keys are revoked, never deleted.
  api_key: ['INSERT', 'SELECT', 'UPDATE'],
  // Append-only: no UPDATE, DELETE or TRUNCATE.
  audit_event: ['INSERT', 'SELECT'],
  trusted_document: ['INSERT', 'SELECT'],
  rate_limit_bucket: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  // Caseloads; erasure deletes clients and everything hanging off them.
  client: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  support_extension: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  case_note: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  client_course: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  plan: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  plan_goal: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  plan_measure: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  plan_review: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  consent: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  // Counts survive erasure and are only ever added to.
  erased_case_count: ['INSERT', 'SELECT', 'UPDATE'],
  // Erasure on request: coordinators make and withdraw requests; the erasure itself is a function.
  client_erasure_request: ['DELETE', 'INSERT', 'SELECT'],
  // Written only by the erasure functions (SECURITY DEFINER).
  erased_on_request_count: ['SELECT'],
  erased_audit_entry_count: ['SELECT'],
  // Matching: rule sets and weights are versions, added and never edited or deleted.
  eligibility_rule_set: ['INSERT', 'SELECT'],
  eligibility_rule: ['INSERT', 'SELECT'],
  matching_weight_set: ['INSERT', 'SELECT'],
  // Pathways: the prerequisite graph is reference data only migrations write.
  pathway_step_set: ['SELECT'],
  pathway_step: ['SELECT'],
  // Referrals: the seat ledger's rows change status, never go (erasure cascades from the client);
  // snapshots go when the consent is withdrawn; events are appended only. The deadline rules are data.
  referral: ['INSERT', 'SELECT', 'UPDATE'],
  referral_snapshot: ['DELETE', 'INSERT', 'SELECT'],
  referral_event: ['INSERT', 'SELECT'],
  referral_deadline_rule: ['SELECT'],
  // The deadline job's notices to managers: written once, never changed (erasure cascades).
  referral_notice: ['INSERT', 'SELECT'],
  // Webhooks: endpoints are managed through the API (deleting one cascades to its deliveries, as the
  // owner); deliveries are queued and updated by their attempts; the fan-out cursors only move.
  webhook_endpoint: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  webhook_delivery: ['INSERT', 'SELECT', 'UPDATE'],
  webhook_cursor: ['SELECT', 'UPDATE'],
};

/** Tables the app role may not touch at all, each with the reason. */
const WITHOUT_APP_GRANTS: Record<string, string> = {
  webhook_referral_event_order: 'The commit order of referral events, written by a trigger and read by hub_webhook_referral_events, both as the owner.',
};

/**
 * Tenant tables whose row-level security is enabled but not FORCEd: none is forced yet. Without
 * FORCE only the table owner passes RLS, and the owner's tools rely on that (seedCaseloads,
 * `npm run keys:rotate`), while the API never connects as the owner. Forcing is a migration's
 * decision; take a table off this list when one forces it. New tenant tables must be forced.
 */
const RLS_NOT_FORCED = ['agency_municipality', 'api_key', 'audit_event', 'case_note', 'client', 'consent', 'erased_case_count', 'hub_user', 'plan', 'plan_goal', 'plan_measure', 'plan_review', 'support_extension', 'team'];

interface TableRow {
  name: string;
  rls: boolean;
  forced: boolean;
  policies: number;
}

async function tables(): Promise<TableRow[]> {
  return hub.sql<TableRow>(`
    select c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
           (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
    from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') order by c.relname`);
}

/**
 * Tenant data: tables with an agency_id column, and tables whose foreign keys lead to one (a
 * case note through its client), however many steps away.
 */
async function tenantTables(): Promise<string[]> {
  const rows = await hub.sql<{ name: string }>(`
    with recursive tenant(oid) as (
      select a.attrelid from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attname = 'agency_id' and not a.attisdropped
      union
      select con.conrelid from pg_constraint con join tenant t on con.confrelid = t.oid where con.contype = 'f'
    )
    select distinct c.relname as name from tenant t join pg_class c on c.oid = t.oid order by 1`);
  return rows.map((row) => row.name);
}

/** The app role's effective privileges (its own grants and PUBLIC's), table-wide or per column. */
async function appPrivileges(): Promise<Record<string, string[]>> {
  const rows = await hub.sql<{ name: string; privilege: string }>(
    `select c.relname as name, p.privilege from pg_class c
     cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) as p(privilege)
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and has_table_privilege(?, c.oid, p.privilege)
     union all
     select c.relname, p.privilege || '(' || a.attname || ')' from pg_class c
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) as p(privilege)
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       and not has_table_privilege(?, c.oid, p.privilege) and has_column_privilege(?, c.oid, a.attnum, p.privilege)`,
    [APP_ROLE, APP_ROLE, APP_ROLE],
  );
  const result: Record<string, string[]> = {};
  for (const row of rows) (result[row.name] ??= []).push(row.privilege);
  for (const list of Object.values(result)) list.sort();
  return result;
}

describe('every table of the migrated database', () => {
  it('grants the app role exactly what the API needs, and every tenant table at least SELECT', async () => {
    const actual = await appPrivileges();
    const names = (await tables()).map((table) => table.name);
    const expected = Object.fromEntries(names.filter((name) => !(name in WITHOUT_APP_GRANTS)).map((name) => [name, APP_PRIVILEGES[name] ?? ['(not listed in APP_PRIVILEGES)']]));
    expect(actual).toEqual(expected);
    for (const name of await tenantTables()) expect({ name, privileges: actual[name] ?? [] }).toEqual({ name, privileges: expect.arrayContaining(['SELECT']) });
  });

  it('leaves no table without grants unless it is on the allow-list, and lists no table that is gone', async () => {
    const names = (await tables()).map((table) => table.name);
    const granted = Object.keys(await appPrivileges());
    expect(names.filter((name) => !granted.includes(name) && !(name in WITHOUT_APP_GRANTS))).toEqual([]);
    expect([...Object.keys(APP_PRIVILEGES), ...Object.keys(WITHOUT_APP_GRANTS), ...RLS_NOT_FORCED].filter((name) => !names.includes(name))).toEqual([]);
  });

  it('protects every tenant table with row-level security, enabled and forced, and at least one policy', async () => {
    const tenant = await tenantTables();
    // The cast of the tenancy and caseload migrations, so the discovery above cannot silently find nothing.
    expect(tenant).toEqual(expect.arrayContaining(['client', 'hub_user', 'team', 'audit_event', 'case_note', 'plan_measure', 'consent']));
    const byName = new Map((await tables()).map((table) => [table.name, table]));
    const unprotected = tenant
      .map((name) => byName.get(name)!)
      .filter((table) => !table.rls || table.policies === 0 || (!table.forced && !RLS_NOT_FORCED.includes(table.name)))
      .map(({ name, rls, forced, policies }) => ({ name, rls, forced, policies }));
    expect(unprotected).toEqual([]);
  });

  it('lets the app role use the sequence of every table it may insert into', async () => {
    const missing = await hub.sql<{ sequence: string }>(
      // Materialized, so has_sequence_privilege only ever sees sequences.
      `with owned as materialized (
         select s.oid as sequence, s.relname as name, t.oid as owner from pg_sequence q join pg_class s on s.oid = q.seqrelid
         join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
         join pg_class t on t.oid = d.refobjid where s.relnamespace = 'public'::regnamespace)
       select name as sequence from owned where has_table_privilege(?, owner, 'INSERT') and not has_sequence_privilege(?, sequence, 'USAGE')`,
      [APP_ROLE, APP_ROLE],
    );
    expect(missing).toEqual([]);
  });

  it('pins the search_path of every SECURITY DEFINER function, and grants none of them to PUBLIC', async () => {
    const functions = await hub.sql<{ name: string; pinned: boolean; public: boolean }>(
      `select p.proname as name,
              exists (select 1 from unnest(p.proconfig) c where c like 'search_path=%') as pinned,
              coalesce(exists (select 1 from aclexplode(p.proacl) e where e.grantee = 0), true) as public
       from pg_proc p where p.pronamespace = 'public'::regnamespace and p.prosecdef order by 1`,
    );
    expect(functions.length).toBeGreaterThan(0);
    expect(functions.filter((fn) => !fn.pinned || fn.public)).toEqual([]);
  });
});
