import { Migration } from '@mikro-orm/migrations';

/**
 * Audit-log retention: entries older than a cutoff (AUDIT_RETENTION_YEARS, by default the case
 * retention plus one year) are removed by the erasure job through one SECURITY DEFINER function,
 * never by UPDATE. The append-only trigger lets a DELETE through only inside that function: run as
 * the table's owner, for a row older than the cutoff the function announces in a transaction-local
 * setting. The app role still has no DELETE grant, so for it nothing changes; UPDATE and TRUNCATE
 * stay refused for everyone. What is removed is counted per agency and year of the entry in
 * `erased_audit_entry_count`, which holds no personal data.
 */
export class Migration20261206100000_audit_retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "erased_audit_entry_count" (
      "agency_id" int null,
      "entry_year" int not null,
      "entries" int not null check ("entries" > 0)
    );`);
    this.addSql('create unique index "erased_audit_entry_count_key" on "erased_audit_entry_count" ("agency_id", "entry_year") nulls not distinct;');
    this.addSql('alter table "erased_audit_entry_count" enable row level security;');
    this.addSql('alter table "erased_audit_entry_count" force row level security;');
    this.addSql(`create policy "erased_audit_entry_count_officer" on "erased_audit_entry_count" for select using (
      "agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('DATA_PROTECTION_OFFICER'));`);
    // RLS is forced, so the erasure function (the owner) needs a policy too: only while it runs.
    this.addSql(`create policy "erased_audit_entry_count_retention" on "erased_audit_entry_count" for all
      using (hub_setting('hub.audit_retention_cutoff') is not null) with check (hub_setting('hub.audit_retention_cutoff') is not null);`);
    this.addSql('grant select on "erased_audit_entry_count" to hub_app;');

    this.addSql('create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at");');
    this.addSql(`create or replace function hub_audit_append_only() returns trigger language plpgsql as $$
      begin
        -- The one exception: hub_erase_expired_audit_entries, running as the table's owner, removing
        -- a row older than the cutoff it set for its own transaction.
        if tg_op = 'DELETE' and tg_level = 'ROW'
           and current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner where c.oid = tg_relid)
           and old.occurred_at < nullif(current_setting('hub.audit_retention_cutoff', true), '')::timestamptz then
          return old;
        end if;
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);

    this.addSql(`create function hub_erase_expired_audit_entries(cutoff timestamptz, batch int)
      returns int language plpgsql security definer set search_path = public as $$
      declare erased int;
      begin
        perform set_config('hub.audit_retention_cutoff', cutoff::text, true);
        with doomed as (
          select a.id, a.agency_id, extract(year from a.occurred_at at time zone 'UTC')::int as entry_year
          from audit_event a where a.occurred_at < cutoff order by a.id limit batch
        ), counted as (
          insert into erased_audit_entry_count (agency_id, entry_year, entries)
          select d.agency_id, d.entry_year, count(*) from doomed d group by 1, 2
          on conflict (agency_id, entry_year) do update set entries = erased_audit_entry_count.entries + excluded.entries
          returning 1
        ), erased as (
          delete from audit_event a using doomed d where a.id = d.id returning a.id
        )
        select count(*)::int into erased from erased;
        perform set_config('hub.audit_retention_cutoff', '', true);
        return erased;
      end
    $$;`);
    this.addSql('revoke execute on function hub_erase_expired_audit_entries(timestamptz, int) from public;');
    this.addSql('grant execute on function hub_erase_expired_audit_entries(timestamptz, int) to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists hub_erase_expired_audit_entries(timestamptz, int);');
    this.addSql('drop index if exists "audit_event_occurred_at_index";');
    this.addSql(`create or replace function hub_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql('drop table if exists "erased_audit_entry_count";');
  }
}
