import { Migration } from '@mikro-orm/migrations';

/**
 * Caseloads: clients, their Integrationsplan in versions, case notes, consents and support
 * extensions, all under row-level security. A client is visible to the agency's coordinators and
 * agency API keys, to its manager, and to the manager's team where the agency allows it; plan
 * rows, notes and consents follow their client. Special categories (origin, health, notes) are
 * stored only encrypted (AES-256-GCM, `v1:<key id>:…`).
 */
export class Migration20261125190000_caseloads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_purpose" add value if not exists 'RETENTION';`);
    this.addSql(`create type "client_status" as enum ('ACTIVE', 'PAUSED', 'CLOSED');`);
    this.addSql(`create type "plan_area" as enum ('LANGUAGE', 'SCHOOL', 'TRAINING_STUDIES', 'WORK', 'HOUSING', 'HEALTH', 'SOCIAL_PARTICIPATION', 'CHILDREN');`);
    this.addSql(`create type "goal_status" as enum ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED');`);
    this.addSql(`create type "measure_status" as enum ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "german_evidence" as enum ('CERTIFICATE', 'SELF_ASSESSMENT');`);
    this.addSql(`create type "location_precision" as enum ('ADDRESS', 'MUNICIPALITY');`);
    this.addSql(`create type "work_permit" as enum ('ALLOWED', 'ALLOWED_WITH_APPROVAL', 'NOT_ALLOWED');`);

    this.addSql(`create table "client" (
      "id" serial primary key,
      "agency_id" int not null references "agency" ("id"),
      "manager_id" int null references "hub_user" ("id"),
      "given_names" varchar(200) not null check (length(trim("given_names")) > 0),
      "family_name" varchar(200) not null check (length(trim("family_name")) > 0),
      "birth_date" date not null,
      "phone" varchar(50) null,
      "email" varchar(254) null,
      "municipality_id" int not null references "municipality" ("id"),
      "street" varchar(200) null,
      "postal_code" varchar(5) null,
      "latitude" double precision not null check ("latitude" between -90 and 90),
      "longitude" double precision not null check ("longitude" between -180 and 180),
      "location_precision" "location_precision" not null,
      "languages" text[] not null default '{}',
      "german_level" "cefr_level" null,
      "german_evidence" "german_evidence" null,
      "german_certificate" varchar(200) null,
      "german_evidence_date" date null,
      "latin_literate" boolean null,
      "schooling" varchar(500) null,
      "work_background" varchar(500) null,
      "residence_status" varchar(40) null,
      "residence_paragraph" varchar(60) null,
      "residence_valid_until" date null,
      "work_permit" "work_permit" null,
      "arrival_date" date null,
      "children_birth_years" smallint[] not null default '{}',
      "availability" text[] not null default '{}',
      "max_travel_km" smallint null check ("max_travel_km" between 0 and 500),
      "support_start" date not null,
      "support_planned_end" date not null check ("support_planned_end" >= "support_start"),
      "status" "client_status" not null default 'ACTIVE',
      "closed_reason" varchar(500) null,
      "closed_at" timestamptz null,
      "origin_country_encrypted" text null,
      "health_needs_encrypted" text null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "client_closed_has_time" check (("status" = 'CLOSED') = ("closed_at" is not null)));`);
    this.addSql('create index "client_agency_manager_index" on "client" ("agency_id", "manager_id", "id");');
    this.addSql('create index "client_duplicate_index" on "client" ("agency_id", "birth_date", lower("family_name"));');
    this.addSql(`create index "client_closed_index" on "client" ("closed_at") where "status" = 'CLOSED';`);

    this.addSql(`create table "support_extension" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "extended_to" date not null,
      "reason" varchar(500) not null check (length(trim("reason")) > 0),
      "recorded_at" timestamptz not null default now(),
      "recorded_by_id" int null references "hub_user" ("id") on delete set null);`);
    this.addSql('create index "support_extension_client_index" on "support_extension" ("client_id");');

    this.addSql(`create table "plan" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "version" int not null check ("version" > 0),
      "is_current" boolean not null,
      "change" varchar(200) not null,
      "created_at" timestamptz not null default now(),
      "created_by_id" int null references "hub_user" ("id") on delete set null,
      constraint "plan_client_version_unique" unique ("client_id", "version"));`);
    this.addSql('create unique index "plan_one_current_index" on "plan" ("client_id") where "is_current";');
    this.addSql(`create table "plan_goal" (
      "id" serial primary key,
      "plan_id" int not null references "plan" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "origin_id" int not null,
      "area" "plan_area" not null,
      "description" varchar(1000) not null,
      "target" varchar(200) null,
      "target_level" "cefr_level" null,
      "due_date" date null,
      "status" "goal_status" not null default 'OPEN');`);
    this.addSql('create index "plan_goal_plan_index" on "plan_goal" ("plan_id");');
    this.addSql(`create table "plan_measure" (
      "id" serial primary key,
      "plan_id" int not null references "plan" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "origin_id" int not null,
      "goal_id" int not null references "plan_goal" ("id") on delete cascade,
      "offer_id" int null references "offer" ("id") on delete set null,
      "step" varchar(500) null,
      "due_date" date null,
      "status" "measure_status" not null default 'PLANNED',
      constraint "plan_measure_offer_or_step" check ("offer_id" is not null or "step" is not null));`);
    this.addSql('create index "plan_measure_plan_index" on "plan_measure" ("plan_id");');
    this.addSql('create index "plan_measure_goal_index" on "plan_measure" ("goal_id");');
    this.addSql(`create table "plan_review" (
      "id" serial primary key,
      "plan_id" int not null references "plan" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "origin_id" int not null,
      "review_date" date not null,
      "summary" varchar(2000) not null,
      "next_review_date" date null);`);
    this.addSql('create index "plan_review_plan_index" on "plan_review" ("plan_id");');

    this.addSql(`create table "case_note" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "author_id" int null references "hub_user" ("id") on delete set null,
      "created_at" timestamptz not null default now(),
      "body_encrypted" text not null);`);
    this.addSql('create index "case_note_client_index" on "case_note" ("client_id", "id");');

    this.addSql(`create table "consent" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "purpose" "audit_purpose" not null,
      "recipient_provider_id" int null references "provider" ("id"),
      "recipient_provider_kind" "provider_kind" null,
      "text_version" varchar(50) not null,
      "given_at" timestamptz not null,
      "recorded_at" timestamptz not null default now(),
      "recorded_by_id" int null references "hub_user" ("id") on delete set null,
      "withdrawn_at" timestamptz null,
      "withdrawn_by_id" int null references "hub_user" ("id") on delete set null,
      constraint "consent_one_recipient" check (("recipient_provider_id" is null) <> ("recipient_provider_kind" is null)));`);
    this.addSql('create index "consent_client_index" on "consent" ("client_id");');

    // What survives erasure: anonymous counts of closed cases per agency and year.
    this.addSql(`create table "erased_case_count" (
      "agency_id" int not null references "agency" ("id"),
      "closed_year" smallint not null,
      "cases" int not null check ("cases" >= 0),
      primary key ("agency_id", "closed_year"));`);

    // Clients: the agency's coordinators and agency keys; the manager; the manager's team where allowed.
    this.addSql(`create function hub_client_visible(agency_id int, manager_id int) returns boolean language sql stable as $$
      select agency_id = hub_setting_int('hub.agency_id') and (
        hub_has_role('COORDINATOR') or hub_has_role('INTEGRATION')
        or manager_id = hub_setting_int('hub.user_id')
        or manager_id in (select u.id from hub_user u where u.team_id = hub_setting_int('hub.caseload_team_id')))
    $$;`);
    // Duplicate check across the whole agency, though a manager sees only their caseload: answers
    // only IDs, only for the caller's own agency. SECURITY DEFINER, so it pins its search_path.
    this.addSql(`create function hub_client_duplicates(given text, family text, born date) returns setof int
      language sql stable security definer set search_path = public as $$
      select c.id from client c
      where c.agency_id = hub_setting_int('hub.agency_id') and c.birth_date = born
        and lower(c.family_name) = lower(family) and lower(c.given_names) = lower(given)
      order by c.id
    $$;`);
    this.addSql('revoke execute on function hub_client_duplicates(text, text, date) from public;');
    this.addSql('grant execute on function hub_client_duplicates(text, text, date) to hub_app;');
    this.addSql('alter table "client" enable row level security;');
    this.addSql(`create policy "client_caseload" on "client" for all
      using (hub_client_visible("agency_id", "manager_id")) with check ("agency_id" = hub_setting_int('hub.agency_id'));`);
    // The retention job (role RETENTION) reads and erases closed cases of every agency.
    this.addSql(`create policy "client_retention" on "client" for select using (hub_has_role('RETENTION') and "status" = 'CLOSED');`);
    this.addSql(`create policy "client_retention_erase" on "client" for delete using (hub_has_role('RETENTION') and "status" = 'CLOSED');`);
    for (const table of ['support_extension', 'plan', 'plan_goal', 'plan_measure', 'plan_review', 'case_note', 'consent']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_of_visible_client" on "${table}" for all
        using ("client_id" in (select c.id from client c)) with check ("client_id" in (select c.id from client c));`);
    }
    this.addSql('alter table "erased_case_count" enable row level security;');
    this.addSql(`create policy "erased_case_count_agency" on "erased_case_count" for select using ("agency_id" = hub_setting_int('hub.agency_id'));`);
    this.addSql(`create policy "erased_case_count_retention" on "erased_case_count" for all using (hub_has_role('RETENTION')) with check (hub_has_role('RETENTION'));`);

    this.addSql('grant select, insert, update, delete on "client", "support_extension", "plan", "plan_goal", "plan_measure", "plan_review", "case_note", "consent" to hub_app;');
    this.addSql('grant select, insert, update on "erased_case_count" to hub_app;');
    this.addSql('grant usage on all sequences in schema public to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "erased_case_count", "consent", "case_note", "plan_review", "plan_measure", "plan_goal", "plan", "support_extension", "client" cascade;');
    this.addSql('drop function if exists hub_client_visible(int, int), hub_client_duplicates(text, text, date);');
    this.addSql('drop type if exists "client_status", "plan_area", "goal_status", "measure_status", "german_evidence", "location_precision", "work_permit";');
  }
}
