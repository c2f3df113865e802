import { Migration } from '@mikro-orm/migrations';

// The words of src/caseloads/client-facts.enums.ts as this migration knows them.
const GENDERS = ['FEMALE', 'MALE', 'DIVERSE', 'UNSPECIFIED'];
const EMPLOYMENT = ['EMPLOYED', 'JOB_SEEKING', 'IN_TRAINING', 'IN_SCHOOL', 'NOT_AVAILABLE'];
const GROUNDS = ['FOREIGNERS_AUTHORITY_ENTITLED', 'JOBCENTER', 'FOREIGNERS_AUTHORITY_SPECIAL_NEED', 'ASYLUM_BENEFITS_AUTHORITY'];
const CERTIFICATES = [
  'DTZ_A2', 'DTZ_B1', 'LEBEN_IN_DEUTSCHLAND', 'ZERTIFIKAT_INTEGRATIONSKURS', 'DTB_A2', 'DTB_B1', 'DTB_B2', 'DTB_C1', 'VABO_A2', 'VABO_B1',
  'OTHER_A1', 'OTHER_A2', 'OTHER_B1', 'OTHER_B2', 'OTHER_C1',
];
const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Client facts the matching needs (issue 10): gender, employment, the cost-share exemption, the
 * obligations to attend (§ 44a(1) AufenthG), a household, and the courses a person attended with
 * their certificates.
 *
 * Gender, employment, exemption, obligations and household are columns of the client row, so its
 * row-level security, grants, export and erasure apply unchanged. None is a special category of
 * Art. 9 GDPR, so none is encrypted. Obligations are a jsonb list like the availability, checked
 * by `hub_obligations_valid` (each ground once, ISO dates, an end not before the start). A
 * household is a number from its own sequence shared by the members; it names no one, so it
 * needs no table (and erasure leaves nothing behind).
 *
 * Courses attended are rows of `client_course`, owned by their client (on delete cascade) and
 * visible exactly when it is, like case notes. Its row-level security is FORCEd (the owner passes
 * it too, through the client table it is not forced on).
 */
export class Migration20261205100000_client_facts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "gender" as enum (${quoted(GENDERS)});`);
    this.addSql(`create type "employment_situation" as enum (${quoted(EMPLOYMENT)});`);
    this.addSql(`create type "german_certificate" as enum (${quoted(CERTIFICATES)});`);

    this.addSql(`create function hub_obligations_valid(obligations jsonb) returns boolean
      language sql immutable strict parallel safe as $$
      select case
        when jsonb_typeof(obligations) <> 'array' then false
        when jsonb_array_length(obligations) > ${GROUNDS.length} then false
        else (
          select coalesce(bool_and(coalesce(
              jsonb_typeof(o) = 'object'
              and o = jsonb_build_object('ground', o ->> 'ground', 'obligedOn', o ->> 'obligedOn', 'validUntil', o -> 'validUntil')
              and o ->> 'ground' in (${quoted(GROUNDS)})
              and (o ->> 'obligedOn') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
              and (jsonb_typeof(o -> 'validUntil') = 'null' or ((o ->> 'validUntil') ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and o ->> 'validUntil' >= o ->> 'obligedOn')),
              false)), true)
            and count(distinct o ->> 'ground') = count(*)
          from jsonb_array_elements(obligations) as element(o))
      end
    $$;`);

    this.addSql('create sequence "client_household_seq";');
    this.addSql(`alter table "client"
      add column "gender" "gender" null,
      add column "employment" "employment_situation" null,
      add column "fee_exempt" boolean null,
      add column "obligations" jsonb not null default '[]'::jsonb,
      add column "household_id" int null,
      add constraint "client_obligations_valid" check (hub_obligations_valid("obligations"));`);
    this.addSql('create index "client_household_index" on "client" ("agency_id", "household_id") where "household_id" is not null;');
    this.addSql('grant usage on sequence "client_household_seq" to hub_app;');
    // A household's size across the agency, though a manager sees only their caseload: a count
    // only, only in the caller's agency (the cap on members). SECURITY DEFINER, so it pins its search_path.
    this.addSql(`create function hub_household_size(household int) returns int
      language sql stable security definer set search_path = public as $$
      select count(*)::int from client c where c.agency_id = hub_setting_int('hub.agency_id') and c.household_id = household
    $$;`);
    this.addSql('revoke execute on function hub_household_size(int) from public;');
    this.addSql('grant execute on function hub_household_size(int) to hub_app;');

    this.addSql(`create table "client_course" (
      "id" serial primary key,
      "client_id" int not null references "client" ("id") on delete cascade,
      "programme" "programme" not null,
      "start_date" date null,
      "end_date" date null,
      "completed" boolean not null default false,
      "certificate" "german_certificate" null,
      "recorded_at" timestamptz not null default now(),
      "recorded_by_id" int null references "hub_user" ("id") on delete set null,
      constraint "client_course_dates" check ("start_date" is null or "end_date" is null or "start_date" <= "end_date"),
      constraint "client_course_completed_has_end" check (not "completed" or "end_date" is not null));`);
    this.addSql('create index "client_course_client_index" on "client_course" ("client_id", "id");');
    this.addSql('alter table "client_course" enable row level security;');
    this.addSql('alter table "client_course" force row level security;');
    this.addSql(`create policy "client_course_of_visible_client" on "client_course" for all
      using ("client_id" in (select c.id from client c)) with check ("client_id" in (select c.id from client c));`);
    this.addSql('grant select, insert, update, delete on "client_course" to hub_app;');
    this.addSql('grant usage on sequence "client_course_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "client_course";');
    this.addSql(`alter table "client" drop constraint "client_obligations_valid",
      drop column "gender", drop column "employment", drop column "fee_exempt", drop column "obligations", drop column "household_id";`);
    this.addSql('drop function hub_household_size(int);');
    this.addSql('drop sequence "client_household_seq";');
    this.addSql('drop function hub_obligations_valid(jsonb);');
    this.addSql('drop type "german_certificate";');
    this.addSql('drop type "employment_situation";');
    this.addSql('drop type "gender";');
  }
}
