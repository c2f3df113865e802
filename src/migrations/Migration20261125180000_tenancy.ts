import { Migration } from '@mikro-orm/migrations';

/**
 * Tenancy, least privilege and the audit log.
 *
 * - `hub_app` is the role the API runs as: no superuser, no owner, no BYPASSRLS. It gets only the
 *   grants below; every table with tenant-owned rows or personal data has RLS policies keyed on
 *   transaction-scoped settings (`hub.*`, set by the API at the start of each request transaction).
 * - `audit_event` is append-only: the app role may only SELECT and INSERT, and a trigger refuses
 *   UPDATE, DELETE and TRUNCATE for everyone.
 */
export class Migration20261125180000_tenancy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select from pg_roles where rolname = 'hub_app') then
        create role hub_app nologin nosuperuser nobypassrls;
      end if;
    end $$;`);

    // Settings of the current request; empty or unset means "none". Inlinable SQL, not STRICT.
    this.addSql(`create function hub_setting(name text) returns text language sql stable parallel safe as
      $$ select nullif(current_setting(name, true), '') $$;`);
    this.addSql(`create function hub_setting_int(name text) returns int language sql stable parallel safe as
      $$ select nullif(current_setting(name, true), '')::int $$;`);
    this.addSql(`create function hub_has_role(role text) returns boolean language sql stable parallel safe as
      $$ select coalesce(role = any(string_to_array(nullif(current_setting('hub.roles', true), ''), ',')), false) $$;`);

    this.addSql(`create type "agency_kind" as enum ('MUNICIPALITY', 'DISTRICT_OFFICE', 'WELFARE_ORGANISATION');`);
    this.addSql(`create table "agency" (
      "id" serial primary key,
      "key" varchar(64) not null check ("key" ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
      "name" varchar(200) not null check (length(trim("name")) > 0),
      "kind" "agency_kind" not null,
      "team_caseloads_visible" boolean not null default false,
      "created_at" timestamptz not null default now(),
      constraint "agency_key_unique" unique ("key"));`);
    this.addSql(`create table "agency_municipality" (
      "agency_id" int not null references "agency" ("id") on delete cascade,
      "municipality_id" int not null references "municipality" ("id"),
      primary key ("agency_id", "municipality_id"));`);
    this.addSql('create index "agency_municipality_municipality_id_index" on "agency_municipality" ("municipality_id");');
    this.addSql(`create table "team" (
      "id" serial primary key,
      "agency_id" int not null references "agency" ("id") on delete cascade,
      "name" varchar(100) not null check (length(trim("name")) > 0),
      constraint "team_agency_name_unique" unique ("agency_id", "name"));`);
    this.addSql(`create table "hub_user" (
      "id" serial primary key,
      "subject" varchar(255) null,
      "email" varchar(254) not null,
      "name" varchar(200) null,
      "agency_id" int null references "agency" ("id"),
      "provider_id" int null references "provider" ("id"),
      "team_id" int null references "team" ("id") on delete set null,
      "roles" text[] not null default '{}',
      "created_at" timestamptz not null default now(),
      "last_seen_at" timestamptz null,
      constraint "hub_user_subject_unique" unique ("subject"),
      constraint "hub_user_one_tenant" check ("agency_id" is null or "provider_id" is null));`);
    this.addSql('create unique index "hub_user_email_unique" on "hub_user" (lower("email"));');
    this.addSql('create index "hub_user_agency_id_index" on "hub_user" ("agency_id");');
    this.addSql('create index "hub_user_provider_id_index" on "hub_user" ("provider_id");');

    // API keys now act for a provider or for an agency.
    this.addSql('alter table "api_key" alter column "provider_id" drop not null;');
    this.addSql('alter table "api_key" add column "agency_id" int null references "agency" ("id");');
    this.addSql('alter table "api_key" add constraint "api_key_one_tenant" check (("provider_id" is null) <> ("agency_id" is null));');
    this.addSql('create index "api_key_agency_id_index" on "api_key" ("agency_id");');

    this.addSql(`create type "audit_action" as enum ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'TRANSFER');`);
    this.addSql(`create type "audit_purpose" as enum ('CASE_MANAGEMENT', 'REFERRAL', 'STATISTICS', 'DATA_SUBJECT_REQUEST', 'ADMINISTRATION');`);
    this.addSql(`create table "audit_event" (
      "id" bigserial primary key,
      "occurred_at" timestamptz not null default now(),
      "request_id" varchar(64) not null,
      "actor" varchar(255) not null,
      "actor_kind" varchar(16) not null check ("actor_kind" in ('USER', 'INTEGRATION', 'SYSTEM')),
      "actor_roles" text[] not null default '{}',
      "actor_agency_id" int null,
      "agency_id" int null,
      "action" "audit_action" not null,
      "purpose" "audit_purpose" not null,
      "subject_type" varchar(64) not null,
      "subject_id" varchar(128) not null,
      "fields" text[] not null default '{}');`);
    // No foreign keys: the log outlives the rows it names.
    this.addSql('create index "audit_event_agency_id_id_index" on "audit_event" ("agency_id", "id" desc);');
    this.addSql('create index "audit_event_agency_subject_index" on "audit_event" ("agency_id", "subject_id", "id" desc);');
    this.addSql('create index "audit_event_agency_actor_index" on "audit_event" ("agency_id", "actor", "id" desc);');
    this.addSql(`create function hub_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event"
      for each row execute function hub_audit_append_only();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event"
      for each statement execute function hub_audit_append_only();`);

    // Row-level security. Policies name what each role may reach; no policy means no rows.
    for (const table of ['agency', 'agency_municipality', 'team', 'hub_user', 'api_key', 'audit_event', 'offer']) {
      this.addSql(`alter table "${table}" enable row level security;`);
    }
    // Agencies and the places they cover are public facts of the programme; only admins change them.
    this.addSql(`create policy "agency_read" on "agency" for select using (true);`);
    this.addSql(`create policy "agency_admin" on "agency" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    this.addSql(`create policy "agency_municipality_read" on "agency_municipality" for select using (true);`);
    this.addSql(`create policy "agency_municipality_admin" on "agency_municipality" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    this.addSql(`create policy "team_tenant" on "team" for select using ("agency_id" = hub_setting_int('hub.agency_id'));`);
    this.addSql(`create policy "team_admin" on "team" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    // Staff see colleagues of their own agency or provider; everyone sees and refreshes their own row,
    // and claims a row an admin prepared for their verified e-mail address at first sign-in.
    this.addSql(`create policy "hub_user_tenant" on "hub_user" for select using (
      "agency_id" = hub_setting_int('hub.agency_id') or "provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql(`create policy "hub_user_self" on "hub_user" for all
      using ("subject" = hub_setting('hub.subject') or "id" = hub_setting_int('hub.user_id')
        or ("subject" is null and lower("email") = lower(hub_setting('hub.email'))))
      with check ("subject" = hub_setting('hub.subject'));`);
    this.addSql(`create policy "hub_user_admin" on "hub_user" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    // A presented key can reach its own row (to authenticate and record its use); admins manage all.
    this.addSql(`create policy "api_key_presented" on "api_key" for all
      using ("prefix" = hub_setting('hub.api_key_prefix')) with check ("prefix" = hub_setting('hub.api_key_prefix'));`);
    this.addSql(`create policy "api_key_admin" on "api_key" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    this.addSql(`create policy "audit_event_officer" on "audit_event" for select using (
      "agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('DATA_PROTECTION_OFFICER'));`);
    this.addSql(`create policy "audit_event_append" on "audit_event" for insert with check ("request_id" = hub_setting('hub.request_id'));`);
    // The published catalogue is public; a provider changes only its own offers.
    this.addSql(`create policy "offer_read" on "offer" for select using (true);`);
    this.addSql(`create policy "offer_provider" on "offer" for update
      using ("provider_id" = hub_setting_int('hub.provider_id')) with check ("provider_id" = hub_setting_int('hub.provider_id'));`);

    this.addSql('grant usage on schema public to hub_app;');
    this.addSql('grant select on "mikro_orm_migrations", "district", "municipality", "provider", "location", "offer", "search_term" to hub_app;');
    // Changing an offer adds its words to the search vocabulary (a statement trigger running as the caller).
    this.addSql('grant insert on "search_term" to hub_app;');
    this.addSql('grant update ("status", "capacity", "seats_taken", "waitlist_length", "waitlist_open", "updated_at") on "offer" to hub_app;');
    this.addSql('grant select, insert, update, delete on "agency", "agency_municipality", "team", "hub_user" to hub_app;');
    this.addSql('grant select, insert, update on "api_key" to hub_app;');
    this.addSql('grant select, insert on "audit_event" to hub_app;');
    this.addSql('grant usage on all sequences in schema public to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "audit_event", "hub_user", "team", "agency_municipality" cascade;');
    this.addSql('alter table "api_key" drop column if exists "agency_id";');
    this.addSql('drop table if exists "agency" cascade;');
    this.addSql('drop type if exists "audit_action", "audit_purpose", "agency_kind";');
    this.addSql('drop function if exists hub_audit_append_only(), hub_setting(text), hub_setting_int(text), hub_has_role(text);');
    this.addSql('revoke all on all tables in schema public from hub_app;');
  }
}
