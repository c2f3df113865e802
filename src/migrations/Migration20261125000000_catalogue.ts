import { Migration } from '@mikro-orm/migrations';

/**
 * The public catalogue: districts, municipalities, providers, locations and offers,
 * with the extensions and helper functions its search needs.
 */
export class Migration20261125000000_catalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql('create extension if not exists unaccent;');
    this.addSql('create extension if not exists cube;');
    this.addSql('create extension if not exists earthdistance;');

    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes an
    // IMMUTABLE wrapper that expression indexes accept. Used for typo-tolerant, accent-blind matching.
    this.addSql(`create function hub_fold(value text) returns text
      language sql immutable strict parallel safe
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`);
    // Great-circle distance on a sphere of 6371 km (haversine). earthdistance's own earth() uses
    // 6378.168 km, so it only prefilters (earth_box); reported distances and the radius test use this.
    // Not STRICT: least() is not strict, and a STRICT wrapper around it would not be inlined (4x slower).
    this.addSql(`create function hub_distance_km(lat1 double precision, lon1 double precision, lat2 double precision, lon2 double precision)
      returns double precision language sql immutable parallel safe
      as $$ select 2 * 6371.0 * asin(least(1, sqrt(
        power(sin(radians(lat2 - lat1) / 2), 2) +
        cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lon2 - lon1) / 2), 2)))) $$;`);

    this.addSql(`create type "district_kind" as enum ('STADTKREIS', 'LANDKREIS');`);
    this.addSql(`create type "provider_kind" as enum ('VOLKSHOCHSCHULE', 'BILDUNGSTRAEGER', 'VEREIN', 'SCHULE', 'KOMMUNE', 'WOHLFAHRTSVERBAND', 'KAMMER', 'UNTERNEHMEN', 'AGENTUR_FUER_ARBEIT');`);
    this.addSql(`create type "offer_status" as enum ('DRAFT', 'PUBLISHED', 'ARCHIVED');`);
    this.addSql(`create type "offer_family" as enum ('LANGUAGE_COURSE', 'VOLUNTEER_PROGRAMME', 'SCHOOL_TO_WORK');`);
    this.addSql(`create type "programme" as enum ('INTEGRATIONSKURS_ALLGEMEIN', 'INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN', 'INTEGRATIONSKURS_ALPHABETISIERUNG', 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE', 'INTEGRATIONSKURS_FOERDERKURS', 'INTEGRATIONSKURS_INTENSIV', 'BERUFSSPRACHKURS_BASIS', 'BERUFSSPRACHKURS_SPEZIAL_A2', 'BERUFSSPRACHKURS_SPEZIAL_B1', 'BERUFSSPRACHKURS_ANERKENNUNG', 'BERUFSSPRACHKURS_GEWERBE_TECHNIK', 'BERUFSSPRACHKURS_AZUBI', 'COMMUNITY_COURSE', 'MENTORING', 'SPRACHPATENSCHAFT', 'SPRACHCAFE', 'HOMEWORK_HELP', 'PLAY_GROUP', 'SPORT', 'WOMENS_MEETING_POINT', 'MOBILITY_HELP', 'INTERPRETING', 'VABO', 'VAB', 'AV_DUAL', 'EINSTIEGSQUALIFIZIERUNG', 'ASA_FLEX', 'BOF_PLUS', 'BERUFSORIENTIERUNG', 'PRAKTIKUM');`);
    // Declaration order is CEFR order, so levels compare with < and >.
    this.addSql(`create type "cefr_level" as enum ('A1', 'A2', 'B1', 'B2', 'C1', 'C2');`);
    this.addSql(`create type "offer_format" as enum ('IN_PERSON', 'ONLINE', 'HYBRID');`);

    // Search words every offer of a programme carries besides its title: German compounds
    // ("Frauenintegrationskurs") would otherwise hide the programme's own name from a search.
    this.addSql(`create function hub_programme_keywords(programme "programme") returns text
      language sql immutable strict parallel safe
      as $$ select case programme::text
        when 'INTEGRATIONSKURS_ALLGEMEIN' then 'Integrationskurs allgemeiner Integrationskurs Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_JUGEND' then 'Integrationskurs Jugendintegrationskurs Jugendliche Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_ELTERN_FRAUEN' then 'Integrationskurs Elternintegrationskurs Frauenintegrationskurs Eltern Frauen Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_ALPHABETISIERUNG' then 'Integrationskurs Alphabetisierungskurs Alphabetisierung Alphakurs Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE' then 'Integrationskurs Zweitschriftlernerkurs Zweitschrift Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_FOERDERKURS' then 'Integrationskurs Förderkurs Deutschkurs Sprachkurs'
        when 'INTEGRATIONSKURS_INTENSIV' then 'Integrationskurs Intensivkurs Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_BASIS' then 'Berufssprachkurs Basismodul Berufsdeutsch Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_SPEZIAL_A2' then 'Berufssprachkurs Spezialmodul Berufsdeutsch Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_SPEZIAL_B1' then 'Berufssprachkurs Spezialmodul Berufsdeutsch Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_ANERKENNUNG' then 'Berufssprachkurs Anerkennung Gesundheitsberufe Berufsdeutsch Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_GEWERBE_TECHNIK' then 'Berufssprachkurs Gewerbe Technik Handwerk Berufsdeutsch Deutschkurs Sprachkurs'
        when 'BERUFSSPRACHKURS_AZUBI' then 'Berufssprachkurs Azubi Ausbildung Berufsdeutsch Deutschkurs Sprachkurs'
        when 'COMMUNITY_COURSE' then 'Deutschkurs Sprachkurs ehrenamtlich'
        when 'MENTORING' then 'Mentoring Patenschaft Pate Patin Ehrenamt'
        when 'SPRACHPATENSCHAFT' then 'Sprachpatenschaft Sprachpate Sprachpatin Ehrenamt'
        when 'SPRACHCAFE' then 'Sprachcafé Sprachtreff Konversation Ehrenamt'
        when 'HOMEWORK_HELP' then 'Hausaufgabenhilfe Nachhilfe Lernhilfe Ehrenamt'
        when 'PLAY_GROUP' then 'Spielgruppe Kinder Ehrenamt'
        when 'SPORT' then 'Sport Sportverein Ehrenamt'
        when 'WOMENS_MEETING_POINT' then 'Frauentreff Frauen Kochen Ehrenamt'
        when 'MOBILITY_HELP' then 'Fahrdienst Fahrradwerkstatt Mobilität Ehrenamt'
        when 'INTERPRETING' then 'Dolmetschen Dolmetscher Sprachmittlung Ehrenamt'
        when 'VABO' then 'VABO Vorqualifizierung Berufsschule Schule Beruf'
        when 'VAB' then 'VAB Vorqualifizierungsjahr Hauptschulabschluss Berufsschule Schule Beruf'
        when 'AV_DUAL' then 'AVdual Ausbildungsvorbereitung Berufsschule Schule Beruf'
        when 'EINSTIEGSQUALIFIZIERUNG' then 'Einstiegsqualifizierung EQ Betrieb Ausbildung Beruf'
        when 'ASA_FLEX' then 'Assistierte Ausbildung AsA Ausbildung Beruf'
        when 'BOF_PLUS' then 'BOFplus Berufsorientierung Flüchtlinge Beruf'
        when 'BERUFSORIENTIERUNG' then 'Berufsorientierung Beratung Beruf'
        when 'PRAKTIKUM' then 'Praktikum Betrieb Beruf'
        else '' end $$;`);

    this.addSql(`create table "district" (
      "id" serial primary key, "ags" varchar(5) not null, "name" varchar(255) not null,
      "kind" "district_kind" not null, "population" int not null,
      constraint "district_ags_unique" unique ("ags"),
      constraint "district_ags_bw" check ("ags" ~ '^08[0-9]{3}$'));`);

    this.addSql(`create table "municipality" (
      "id" serial primary key, "name" varchar(255) not null,
      "district_id" int not null references "district" ("id") on update cascade,
      "latitude" double precision not null check ("latitude" between -90 and 90),
      "longitude" double precision not null check ("longitude" between -180 and 180),
      "population" int not null, "postal_code" varchar(5) not null);`);
    this.addSql('create index "municipality_district_id_index" on "municipality" ("district_id");');
    this.addSql('create index "municipality_name_trgm_idx" on "municipality" using gin (hub_fold("name") gin_trgm_ops);');

    this.addSql(`create table "provider" (
      "id" serial primary key, "name" varchar(255) not null, "kind" "provider_kind" not null,
      "email" varchar(255) null, "phone" varchar(255) null, "website" varchar(255) null);`);

    this.addSql(`create table "location" (
      "id" serial primary key,
      "provider_id" int not null references "provider" ("id") on update cascade,
      "name" varchar(255) null, "street" varchar(255) not null, "postal_code" varchar(5) not null,
      "municipality_id" int not null references "municipality" ("id") on update cascade,
      "latitude" double precision not null check ("latitude" between -90 and 90),
      "longitude" double precision not null check ("longitude" between -180 and 180),
      "wheelchair_accessible" boolean not null default false, "accessibility_notes" text null);`);
    this.addSql('create index "location_provider_id_index" on "location" ("provider_id");');
    this.addSql('create index "location_postal_code_index" on "location" ("postal_code");');
    this.addSql('create index "location_municipality_id_index" on "location" ("municipality_id");');
    this.addSql('create index "location_earth_idx" on "location" using gist (ll_to_earth("latitude", "longitude"));');

    this.addSql(`create table "offer" (
      "id" serial primary key,
      "provider_id" int not null references "provider" ("id") on update cascade,
      "location_id" int null references "location" ("id") on update cascade on delete set null,
      "status" "offer_status" not null default 'DRAFT',
      "family" "offer_family" not null, "programme" "programme" not null,
      "title" varchar(255) not null, "description" text not null,
      "support_languages" text[] not null default '{}',
      "entry_level_min" "cefr_level" null, "entry_level_max" "cefr_level" null, "target_level" "cefr_level" null,
      "audiences" text[] not null default '{}',
      "childcare" boolean not null default false,
      "format" "offer_format" not null default 'IN_PERSON',
      "start_date" date not null, "end_date" date null,
      "rolling_entry" boolean not null default false,
      "weekdays" text[] not null default '{}', "times_of_day" text[] not null default '{}',
      "hours_per_week" double precision null, "total_units" int null,
      "capacity" int null check ("capacity" >= 0),
      "seats_taken" int not null default 0 check ("seats_taken" >= 0),
      "waitlist_length" int not null default 0 check ("waitlist_length" >= 0),
      "waitlist_open" boolean not null default false,
      "fee_euro" double precision null check ("fee_euro" >= 0), "cost_note" text null,
      "funding" text[] not null default '{}',
      "min_age" smallint null, "max_age" smallint null,
      "admitted_residence_statuses" text[] not null default '{}',
      "search_vector" tsvector generated always as (
        setweight(to_tsvector('german', "title" || ' ' || hub_programme_keywords("programme")), 'A') ||
        setweight(to_tsvector('german', "description"), 'B')) stored,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      constraint "offer_dates_ordered" check ("end_date" is null or "end_date" >= "start_date"),
      constraint "offer_ages_ordered" check ("min_age" is null or "max_age" is null or "min_age" <= "max_age"),
      constraint "offer_levels_ordered" check ("entry_level_min" is null or "entry_level_max" is null or "entry_level_min" <= "entry_level_max"));`);
    this.addSql('create index "offer_provider_id_index" on "offer" ("provider_id");');
    this.addSql('create index "offer_location_id_index" on "offer" ("location_id");');
    this.addSql('create index "offer_search_idx" on "offer" using gin ("search_vector");');
    this.addSql('create index "offer_audiences_idx" on "offer" using gin ("audiences");');
    // Radius search visits every offer at the locations in the circle: with the filter columns
    // included, that is an index-only scan instead of thousands of scattered heap reads.
    this.addSql(`create index "offer_published_location_idx" on "offer" ("location_id")
      include ("id", "family", "programme", "format", "capacity", "seats_taken", "start_date", "rolling_entry", "end_date", "childcare")
      where "status" = 'PUBLISHED';`);
    this.addSql(`create index "offer_published_start_idx" on "offer" ("start_date", "id") where "status" = 'PUBLISHED';`);

    // The catalogue's vocabulary, for typo tolerance: a query word that is no known term is replaced
    // by the most similar term (trigrams, accent-blind) before the full-text match. Kept current by
    // statement-level triggers, so bulk inserts add their words in one pass.
    this.addSql('create table "search_term" ("term" text primary key);');
    this.addSql('create index "search_term_trgm_idx" on "search_term" using gin (hub_fold("term") gin_trgm_ops);');
    this.addSql(`create function hub_collect_search_terms() returns trigger language plpgsql as $$
      begin
        insert into search_term (term)
        select distinct word from changed_offers,
          unnest(tsvector_to_array(to_tsvector('simple',
            changed_offers.title || ' ' || hub_programme_keywords(changed_offers.programme) || ' ' || changed_offers.description))) as word
        where length(word) between 3 and 60
        on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger "offer_search_terms_insert" after insert on "offer"
      referencing new table as changed_offers for each statement execute function hub_collect_search_terms();`);
    this.addSql(`create trigger "offer_search_terms_update" after update on "offer"
      referencing new table as changed_offers for each statement execute function hub_collect_search_terms();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "search_term", "offer", "location", "provider", "municipality", "district" cascade;');
    this.addSql('drop function if exists hub_collect_search_terms();');
    this.addSql('drop function if exists hub_programme_keywords("programme");');
    this.addSql('drop type if exists "district_kind", "provider_kind", "offer_status", "offer_family", "programme", "cefr_level", "offer_format" cascade;');
    this.addSql('drop function if exists hub_fold(text), hub_distance_km(double precision, double precision, double precision, double precision);');
  }
}
