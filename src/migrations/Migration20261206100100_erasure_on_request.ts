import { Migration } from '@mikro-orm/migrations';

/**
 * Data-subject rights:
 * - Erasure on request (GDPR Art. 17): a coordinator's pending request (`client_erasure_request`,
 *   with the ground of Art. 17(1)), then its confirmation, which erases the person through
 *   `hub_erase_client_on_request` and counts the erasure per agency, year and ground in
 *   `erased_on_request_count` (no personal data).
 * - The readable Art. 15 export is also served to the agency's data protection officer: a read
 *   policy on `client` (the tables of a client follow it through their own policies).
 * - Who saw what: `hub_audit_trail_of_client` gives the audit entries about one client to whoever
 *   may see that client (the manager, the coordinator, the data protection officer), not the
 *   whole log, which stays the officer's.
 */
export class Migration20261206100100_erasure_on_request extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "erasure_ground" as enum ('NO_LONGER_NECESSARY', 'CONSENT_WITHDRAWN', 'OBJECTION', 'UNLAWFUL_PROCESSING', 'LEGAL_OBLIGATION');`);
    this.addSql(`create table "client_erasure_request" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "ground" erasure_ground not null,
      "requested_at" timestamptz not null default now(),
      "requested_by_id" int null references "hub_user" ("id") on delete set null
    );`);
    this.addSql('create index "client_erasure_request_client_id_index" on "client_erasure_request" ("client_id");');
    this.addSql('alter table "client_erasure_request" enable row level security;');
    this.addSql('alter table "client_erasure_request" force row level security;');
    // Whoever sees the client sees its pending request (the Art. 15 export shows it); coordinators make and end them.
    this.addSql(`create policy "client_erasure_request_read" on "client_erasure_request" for select using ("client_id" in (select c.id from client c));`);
    this.addSql(`create policy "client_erasure_request_coordinator" on "client_erasure_request" for all
      using ("client_id" in (select c.id from client c) and hub_has_role('COORDINATOR'))
      with check ("client_id" in (select c.id from client c) and hub_has_role('COORDINATOR'));`);
    this.addSql('grant select, insert, delete on "client_erasure_request" to hub_app;');
    this.addSql('grant usage on sequence "client_erasure_request_id_seq" to hub_app;');

    this.addSql(`create table "erased_on_request_count" (
      "agency_id" int not null references "agency" ("id") on delete cascade,
      "erased_year" int not null,
      "ground" erasure_ground not null,
      "cases" int not null check ("cases" > 0),
      primary key ("agency_id", "erased_year", "ground")
    );`);
    this.addSql('alter table "erased_on_request_count" enable row level security;');
    this.addSql('alter table "erased_on_request_count" force row level security;');
    this.addSql(`create policy "erased_on_request_count_agency" on "erased_on_request_count" for select using ("agency_id" = hub_setting_int('hub.agency_id'));`);
    // For hub_erase_client_on_request (the owner, RLS forced): a coordinator's own agency only. The app role has no write grant.
    this.addSql(`create policy "erased_on_request_count_erasure" on "erased_on_request_count" for all
      using ("agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('COORDINATOR'))
      with check ("agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('COORDINATOR'));`);
    this.addSql('grant select on "erased_on_request_count" to hub_app;');

    // Erases one client of the caller's agency, for a coordinator, when a request for them exists;
    // foreign keys cascade to every row of the person, the request included. Returns whether it did.
    this.addSql(`create function hub_erase_client_on_request(erased_client int, request int)
      returns boolean language plpgsql security definer set search_path = public as $$
      declare agency int; reason erasure_ground;
      begin
        if not hub_has_role('COORDINATOR') then return false; end if;
        select c.agency_id, r.ground into agency, reason from client c join client_erasure_request r on r.client_id = c.id
        where c.id = erased_client and r.id = request and c.agency_id = hub_setting_int('hub.agency_id');
        if agency is null then return false; end if;
        insert into erased_on_request_count (agency_id, erased_year, ground, cases)
        values (agency, extract(year from now() at time zone 'UTC')::int, reason, 1)
        on conflict (agency_id, erased_year, ground) do update set cases = erased_on_request_count.cases + 1;
        delete from client c where c.id = erased_client;
        return true;
      end
    $$;`);
    this.addSql('revoke execute on function hub_erase_client_on_request(int, int) from public;');
    this.addSql('grant execute on function hub_erase_client_on_request(int, int) to hub_app;');

    this.addSql(`create policy "client_data_protection_officer" on "client" for select
      using ("agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('DATA_PROTECTION_OFFICER'));`);

    // The same visibility as the client policies (own case, team's where allowed, coordinator), and the officer.
    this.addSql(`create function hub_audit_trail_of_client(of_client int, subject text, max_entries int)
      returns setof audit_event language sql stable security definer set search_path = public as $$
      select a.* from audit_event a
      where a.subject_type = 'Client' and a.subject_id = subject and a.agency_id = hub_setting_int('hub.agency_id')
        and exists (
          select 1 from client c where c.id = of_client and c.agency_id = hub_setting_int('hub.agency_id') and (
            hub_has_role('COORDINATOR') or hub_has_role('DATA_PROTECTION_OFFICER')
            or c.manager_id = hub_setting_int('hub.user_id')
            or c.manager_id in (select u.id from hub_user u where u.team_id = hub_setting_int('hub.caseload_team_id'))))
      order by a.id
      limit max_entries
    $$;`);
    this.addSql('revoke execute on function hub_audit_trail_of_client(int, text, int) from public;');
    this.addSql('grant execute on function hub_audit_trail_of_client(int, text, int) to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists hub_audit_trail_of_client(int, text, int);');
    this.addSql('drop policy if exists "client_data_protection_officer" on "client";');
    this.addSql('drop function if exists hub_erase_client_on_request(int, int);');
    this.addSql('drop table if exists "erased_on_request_count", "client_erasure_request";');
    this.addSql('drop type if exists "erasure_ground";');
  }
}
