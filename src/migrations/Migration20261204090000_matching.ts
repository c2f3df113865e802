import { Migration } from '@mikro-orm/migrations';

/**
 * Matching: eligibility rules as data (versioned rule sets, each rule with its validity and legal
 * source) and the weights of the suggestion score per agency (a default set, agency_id null).
 *
 * This is also a data migration: version 1 of the rules, read from DOMAIN.md (AufenthG as amended
 * 25 Oct 2024, IntV as amended 3 Dec 2024, DeuFöV, SGB III, SchG BW, the BAMF letter of
 * 9 Feb 2026), and the default weights, so that every database has them. The rows are written
 * out here, not imported from src/: a later change of the code must not change what this
 * migration wrote. A later change of the rules is a new rule set (eligibilityRuleSetPublish),
 * never an edit of version 1.
 */

type Route = 'OBLIGATED' | 'ENTITLED' | 'ADMISSIBLE_IF_SEATS' | 'OPEN_TO_ALL' | 'NOT_ELIGIBLE';

interface SeedRule {
  key: string;
  programmes: string[];
  route: Route;
  residenceStatuses?: string[];
  residenceParagraphs?: string[];
  minAge?: number;
  maxAge?: number;
  germanLevelMin?: string;
  germanLevelMax?: string;
  requiresIntegrationCourse?: boolean;
  workPermitRequired?: boolean;
  minMonthsOfStay?: number;
  schoolObligation?: boolean;
  obligationBy?: string;
  validFrom?: string;
  validUntil?: string;
  datedBy?: 'COURSE_START' | 'ENTRY';
  source: string;
  explanation: string;
}

const IK_CURRENT = [
  'INTEGRATIONSKURS_ALLGEMEIN',
  'INTEGRATIONSKURS_ALPHABETISIERUNG',
  'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE',
  'INTEGRATIONSKURS_FOERDERKURS',
  'INTEGRATIONSKURS_INTENSIV',
];
const IK_ENDED = ['INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN'];
/** § 44(1): humanitarian, family and resettlement titles (the work titles need their paragraph, below). */
const IK_ENTITLED_STATUSES = ['AE_25_1', 'AE_25_2', 'AE_25_4A', 'AE_25B', 'AE_23_2', 'AE_23_4', 'AE_28FF'];
/** § 44(1) Nr 1 a): first permits for work, by paragraph (§§ 18a–18d, 18g, 19c, 21). */
const IK_ENTITLED_WORK_PARAGRAPHS = ['§ 18a', '§ 18b', '§ 18c', '§ 18d', '§ 18g', '§ 19c', '§ 21'];
/** § 44(4): admissible if seats are free. */
const IK_ADMISSIBLE_STATUSES = ['AUFENTHALTSGESTATTUNG', 'DULDUNG_60A_2_3', 'AE_24', 'AE_25_5'];
const DULDUNG_GENERAL = ['DULDUNG', 'DULDUNG_60C', 'DULDUNG_60D'];
const NOT_DULDUNG_GENERAL = [
  'AUFENTHALTSGESTATTUNG', 'AE_25_1', 'AE_25_2', 'AE_25_3', 'AE_25_4A', 'AE_25_5', 'AE_25B', 'AE_24', 'AE_23_2', 'AE_23_4',
  'AE_18FF', 'AE_28FF', 'DULDUNG_60A_2_3', 'NIEDERLASSUNGSERLAUBNIS',
];
const STOP_DATE = '2026-02-09';
const ENDED_PROGRAMMES_DATE = '2025-05-01';
const BSK_BASIS = ['BERUFSSPRACHKURS_BASIS', 'BERUFSSPRACHKURS_ANERKENNUNG', 'BERUFSSPRACHKURS_GEWERBE_TECHNIK', 'BERUFSSPRACHKURS_AZUBI'];
const BSK_SPEZIAL = ['BERUFSSPRACHKURS_SPEZIAL_A2', 'BERUFSSPRACHKURS_SPEZIAL_B1'];
const OPEN_PROGRAMMES = [
  'COMMUNITY_COURSE', 'MENTORING', 'SPRACHPATENSCHAFT', 'SPRACHCAFE', 'HOMEWORK_HELP', 'PLAY_GROUP', 'SPORT', 'WOMENS_MEETING_POINT',
  'MOBILITY_HELP', 'INTERPRETING', 'BERUFSORIENTIERUNG', 'PRAKTIKUM',
];

export const RULE_SET_1: SeedRule[] = [
  // Integrationskurs (§§ 43 ff. AufenthG, IntV)
  {
    key: 'IK_ENTITLED', programmes: IK_CURRENT, route: 'ENTITLED', residenceStatuses: IK_ENTITLED_STATUSES, germanLevelMax: 'A2', schoolObligation: false,
    source: '§ 44 Abs. 1 und 3 AufenthG',
    explanation: 'Anspruch auf den Integrationskurs: humanitärer, familiärer oder Aufnahme-Titel, noch nicht B1 und nicht mehr schulpflichtig.',
  },
  {
    key: 'IK_ENTITLED_WORK', programmes: IK_CURRENT, route: 'ENTITLED', residenceStatuses: ['AE_18FF'], residenceParagraphs: IK_ENTITLED_WORK_PARAGRAPHS,
    germanLevelMax: 'A2', schoolObligation: false,
    source: '§ 44 Abs. 1 Nr. 1 a, Abs. 3 AufenthG',
    explanation: 'Anspruch auf den Integrationskurs mit einem Aufenthaltstitel zur Erwerbstätigkeit (§§ 18a–18d, 18g, 19c, 21 AufenthG), noch nicht B1.',
  },
  {
    key: 'IK_OBLIGATED_FOREIGNERS_AUTHORITY', programmes: IK_CURRENT, route: 'OBLIGATED', obligationBy: 'FOREIGNERS_AUTHORITY', germanLevelMax: 'A2',
    source: '§ 44a Abs. 1 Satz 1 Nr. 1 und 3 AufenthG',
    explanation: 'Von der Ausländerbehörde zur Teilnahme verpflichtet (Anspruch und unter A1, oder besonders integrationsbedürftig).',
  },
  {
    key: 'IK_OBLIGATED_JOBCENTER', programmes: IK_CURRENT, route: 'OBLIGATED', obligationBy: 'JOBCENTER', germanLevelMax: 'A2',
    source: '§ 44a Abs. 1 Satz 1 Nr. 2 AufenthG',
    explanation: 'Vom Jobcenter zur Teilnahme verpflichtet.',
  },
  {
    key: 'IK_OBLIGATED_ASYLUM_BENEFITS_AUTHORITY', programmes: IK_CURRENT, route: 'OBLIGATED', obligationBy: 'ASYLUM_BENEFITS_AUTHORITY',
    residenceStatuses: IK_ADMISSIBLE_STATUSES, germanLevelMax: 'A2',
    source: '§ 44a Abs. 1 Satz 1 Nr. 4 AufenthG',
    explanation: 'Von der Leistungsbehörde nach dem AsylbLG zur Teilnahme verpflichtet (Personengruppen des § 44 Abs. 4 AufenthG).',
  },
  {
    key: 'IK_ADMISSIBLE', programmes: IK_CURRENT, route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: IK_ADMISSIBLE_STATUSES, germanLevelMax: 'A2',
    validUntil: '2026-02-08', datedBy: 'ENTRY',
    source: '§ 44 Abs. 4 AufenthG',
    explanation: 'Zulassung im Rahmen freier Kursplätze (Gestattung, Duldung § 60a Abs. 2 S. 3, § 24, § 25 Abs. 5 AufenthG).',
  },
  {
    key: 'IK_ADMISSION_STOP', programmes: IK_CURRENT, route: 'NOT_ELIGIBLE', residenceStatuses: IK_ADMISSIBLE_STATUSES,
    validFrom: STOP_DATE, datedBy: 'ENTRY',
    source: '§ 44 Abs. 4 AufenthG; BAMF-Schreiben an die Kursträger vom 9. Februar 2026 (Haushaltsjahr 2026)',
    explanation: 'Neue Zulassungen nach § 44 Abs. 4 AufenthG sind seit dem 9. Februar 2026 ausgesetzt; frühere Zulassungen bleiben gültig, Selbstzahlende können teilnehmen.',
  },
  // Jugend-, Eltern- und Frauenintegrationskurs: historical types, not offered for courses starting from 1 May 2025.
  {
    key: 'IK_JUGEND_ENTITLED', programmes: ['INTEGRATIONSKURS_JUGEND'], route: 'ENTITLED', residenceStatuses: IK_ENTITLED_STATUSES, maxAge: 26,
    germanLevelMax: 'A2', schoolObligation: false, validUntil: '2025-04-30', datedBy: 'COURSE_START',
    source: '§ 44 Abs. 1 AufenthG; § 13 Abs. 1 IntV (Fassung bis 2. Dezember 2024)',
    explanation: 'Jugendintegrationskurs für Berechtigte unter 27 Jahren, für Kurse mit Beginn bis 30. April 2025.',
  },
  {
    key: 'IK_JUGEND_ADMISSIBLE', programmes: ['INTEGRATIONSKURS_JUGEND'], route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: IK_ADMISSIBLE_STATUSES, maxAge: 26,
    germanLevelMax: 'A2', schoolObligation: false, validUntil: '2025-04-30', datedBy: 'COURSE_START',
    source: '§ 44 Abs. 4 AufenthG; § 13 Abs. 1 IntV (Fassung bis 2. Dezember 2024)',
    explanation: 'Jugendintegrationskurs im Rahmen freier Plätze, für Kurse mit Beginn bis 30. April 2025.',
  },
  {
    key: 'IK_ELTERN_FRAUEN_ENTITLED', programmes: ['INTEGRATIONSKURS_ELTERN_FRAUEN'], route: 'ENTITLED', residenceStatuses: IK_ENTITLED_STATUSES,
    germanLevelMax: 'A2', schoolObligation: false, validUntil: '2025-04-30', datedBy: 'COURSE_START',
    source: '§ 44 Abs. 1 AufenthG; § 13 Abs. 1 IntV (Fassung bis 2. Dezember 2024)',
    explanation: 'Eltern- und Frauenintegrationskurs für Berechtigte, für Kurse mit Beginn bis 30. April 2025.',
  },
  {
    key: 'IK_ELTERN_FRAUEN_ADMISSIBLE', programmes: ['INTEGRATIONSKURS_ELTERN_FRAUEN'], route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: IK_ADMISSIBLE_STATUSES,
    germanLevelMax: 'A2', schoolObligation: false, validUntil: '2025-04-30', datedBy: 'COURSE_START',
    source: '§ 44 Abs. 4 AufenthG; § 13 Abs. 1 IntV (Fassung bis 2. Dezember 2024)',
    explanation: 'Eltern- und Frauenintegrationskurs im Rahmen freier Plätze, für Kurse mit Beginn bis 30. April 2025.',
  },
  {
    key: 'IK_SPECIAL_TYPES_ENDED', programmes: IK_ENDED, route: 'NOT_ELIGIBLE', validFrom: ENDED_PROGRAMMES_DATE, datedBy: 'COURSE_START',
    source: '§ 13 Abs. 1, § 22 Abs. 4 IntV (Fassung vom 3. Dezember 2024)',
    explanation: 'Jugend-, Eltern- und Frauenintegrationskurse werden für Kurse mit Beginn ab 1. Mai 2025 nicht mehr angeboten.',
  },
  // Berufssprachkurse (§ 45a AufenthG, DeuFöV)
  {
    key: 'BSK_BASIS', programmes: BSK_BASIS, route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: NOT_DULDUNG_GENERAL, germanLevelMin: 'B1',
    source: '§ 45a AufenthG; § 4 Abs. 1 und 3 DeuFöV',
    explanation: 'Berufssprachkurs ab B1 für Gemeldete, Beschäftigte, Auszubildende oder Menschen in Anerkennung (Gestattung mit guter Bleibeperspektive vorrangig).',
  },
  {
    key: 'BSK_BASIS_DULDUNG', programmes: BSK_BASIS, route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: DULDUNG_GENERAL, germanLevelMin: 'B1', minMonthsOfStay: 6,
    source: '§ 4 Abs. 1 Satz 2 Nr. 2 DeuFöV',
    explanation: 'Berufssprachkurs ab B1 mit Duldung: mindestens 6 Monate Duldung und Meldung, Beschäftigung oder Ausbildung.',
  },
  {
    key: 'BSK_SPEZIAL', programmes: BSK_SPEZIAL, route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: NOT_DULDUNG_GENERAL, germanLevelMax: 'A2', requiresIntegrationCourse: true,
    source: '§ 4 Abs. 3, § 13 Abs. 2 DeuFöV',
    explanation: 'Spezialmodul A2/B1 für Menschen, die einen Integrationskurs unter B1 abgeschlossen haben.',
  },
  {
    key: 'BSK_SPEZIAL_DULDUNG', programmes: BSK_SPEZIAL, route: 'ADMISSIBLE_IF_SEATS', residenceStatuses: DULDUNG_GENERAL, germanLevelMax: 'A2',
    source: '§ 13 Abs. 2 DeuFöV',
    explanation: 'Spezialmodul A2/B1 für Geduldete ohne Zugang zum Integrationskurs.',
  },
  // School to work (BW)
  {
    key: 'VABO_SCHOOL_OBLIGATION', programmes: ['VABO'], route: 'OBLIGATED', minAge: 15, maxAge: 17, germanLevelMax: 'A2', schoolObligation: true,
    source: '§ 72 SchG BW (Berufsschulpflicht, auch mit Gestattung oder Duldung)',
    explanation: 'VABO im Rahmen der Berufsschulpflicht bis 18 Jahre, für junge Menschen mit wenig Deutsch.',
  },
  {
    key: 'VABO_VOLUNTARY', programmes: ['VABO'], route: 'ADMISSIBLE_IF_SEATS', minAge: 18, maxAge: 20, germanLevelMax: 'A2', schoolObligation: false,
    source: '§ 72 SchG BW (freiwilliger Besuch bis zum Schuljahr, in dem das 21. Lebensjahr vollendet wird)',
    explanation: 'VABO nach der Schulpflicht freiwillig, wo Plätze frei sind, bis zum Schuljahr des 21. Geburtstags.',
  },
  {
    key: 'VAB_AVDUAL', programmes: ['VAB', 'AV_DUAL'], route: 'ADMISSIBLE_IF_SEATS', minAge: 15, maxAge: 20,
    source: '§ 72 SchG BW; Verordnung über die Ausbildung und Prüfung an den Berufsfachschulen (VAB/AVdual)',
    explanation: 'Berufsvorbereitung an der beruflichen Schule für junge Menschen bis 20, wo Plätze frei sind.',
  },
  {
    key: 'EQ', programmes: ['EINSTIEGSQUALIFIZIERUNG'], route: 'ADMISSIBLE_IF_SEATS', workPermitRequired: true,
    source: '§ 54a SGB III',
    explanation: 'Einstiegsqualifizierung (4–12 Monate, mindestens 20 Stunden pro Woche) braucht eine Arbeitserlaubnis; das Gesetz setzt keine Altersgrenze.',
  },
  {
    key: 'ASA_FLEX_RESIDENCE', programmes: ['ASA_FLEX'], route: 'ADMISSIBLE_IF_SEATS',
    residenceStatuses: ['AE_25_1', 'AE_25_2', 'AE_25_3', 'AE_25_4A', 'AE_25_5', 'AE_25B', 'AE_24', 'AE_23_2', 'AE_23_4', 'AE_18FF', 'AE_28FF', 'NIEDERLASSUNGSERLAUBNIS'],
    source: '§§ 74–75a SGB III',
    explanation: 'Assistierte Ausbildung mit Aufenthaltserlaubnis oder Niederlassungserlaubnis.',
  },
  {
    key: 'ASA_FLEX_GESTATTUNG_DULDUNG', programmes: ['ASA_FLEX'], route: 'ADMISSIBLE_IF_SEATS',
    residenceStatuses: ['AUFENTHALTSGESTATTUNG', 'DULDUNG', 'DULDUNG_60A_2_3', 'DULDUNG_60C', 'DULDUNG_60D'], workPermitRequired: true, minMonthsOfStay: 15,
    source: '§ 74 Abs. 3 i. V. m. § 52 Abs. 2 SGB III',
    explanation: 'Vorphase der Assistierten Ausbildung mit Gestattung oder Duldung: Arbeitserlaubnis (oder Aussicht darauf) und mindestens 15 Monate Aufenthalt (3 Monate bei Einreise vor dem 1. August 2019).',
  },
  {
    key: 'BOF_PLUS', programmes: ['BOF_PLUS'], route: 'ADMISSIBLE_IF_SEATS',
    source: 'Förderrichtlinie Berufsorientierung für Flüchtlinge (BOFplus)',
    explanation: 'Berufsorientierung in überbetrieblichen Bildungsstätten (13–26 Wochen), wo Plätze frei sind.',
  },
  {
    key: 'OPEN_PROGRAMMES', programmes: OPEN_PROGRAMMES, route: 'OPEN_TO_ALL',
    source: 'keine Zugangsvoraussetzungen (Gemeinde-, Ehrenamts- und Orientierungsangebote)',
    explanation: 'Offen für alle: ohne Zugangsvoraussetzungen.',
  },
];

const literal = (value: string | null | undefined) => (value == null ? 'null' : `'${value.replace(/'/g, "''")}'`);
const number = (value: number | null | undefined) => (value == null ? 'null' : String(Number(value)));
const textArray = (values: string[] | undefined) => `array[${(values ?? []).map(literal).join(', ')}]::text[]`;
const bool = (value: boolean | null | undefined) => (value == null ? 'null' : value ? 'true' : 'false');

export class Migration20261204090000_matching extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "eligibility_route" as enum ('OBLIGATED', 'ENTITLED', 'ADMISSIBLE_IF_SEATS', 'OPEN_TO_ALL', 'NOT_ELIGIBLE');`);
    this.addSql(`create table "eligibility_rule_set" (
      "id" serial primary key,
      "version" int not null unique check ("version" > 0),
      "published_at" timestamptz not null default now(),
      "published_by" varchar(100) not null,
      "note" varchar(1000) not null default '',
      "school_obligation_until_age" smallint not null default 18 check ("school_obligation_until_age" between 6 and 25)
    );`);
    this.addSql(`create table "eligibility_rule" (
      "id" serial primary key,
      "rule_set_id" int not null references "eligibility_rule_set" ("id") on delete restrict,
      "key" varchar(80) not null check ("key" ~ '^[A-Z][A-Z0-9_]*$'),
      "programmes" text[] not null check (cardinality("programmes") > 0 and "programmes"::"programme"[] is not null),
      "route" "eligibility_route" not null,
      "residence_statuses" text[] not null default '{}',
      "residence_paragraphs" text[] not null default '{}',
      "min_age" smallint null check ("min_age" between 0 and 120),
      "max_age" smallint null check ("max_age" between 0 and 120),
      "german_level_min" "cefr_level" null,
      "german_level_max" "cefr_level" null,
      "requires_integration_course" boolean not null default false,
      "work_permit_required" boolean not null default false,
      "min_months_of_stay" smallint null check ("min_months_of_stay" between 0 and 600),
      "school_obligation" boolean null,
      "obligation_by" varchar(40) null,
      "valid_from" date null,
      "valid_until" date null,
      "dated_by" varchar(20) not null default 'ENTRY' check ("dated_by" in ('COURSE_START', 'ENTRY')),
      "source" varchar(300) not null check (length(trim("source")) > 0),
      "explanation" varchar(500) not null check (length(trim("explanation")) > 0),
      unique ("rule_set_id", "key"),
      check ("min_age" is null or "max_age" is null or "min_age" <= "max_age"),
      check ("german_level_min" is null or "german_level_max" is null or "german_level_min" <= "german_level_max"),
      check ("valid_from" is null or "valid_until" is null or "valid_from" <= "valid_until")
    );`);
    this.addSql('create index "eligibility_rule_rule_set_idx" on "eligibility_rule" ("rule_set_id");');

    // Weights of the suggestion score: a default set (agency_id null) and, later, an agency's own, each change a new version.
    this.addSql(`create table "matching_weight_set" (
      "id" serial primary key,
      "agency_id" int null references "agency" ("id") on delete cascade,
      "version" int not null check ("version" > 0),
      "created_at" timestamptz not null default now(),
      "created_by" varchar(100) not null,
      "plan_goal" double precision not null check ("plan_goal" >= 0),
      "level" double precision not null check ("level" >= 0),
      "distance" double precision not null check ("distance" >= 0),
      "schedule" double precision not null check ("schedule" >= 0),
      "childcare" double precision not null check ("childcare" >= 0),
      "start" double precision not null check ("start" >= 0),
      "seats" double precision not null check ("seats" >= 0),
      "languages" double precision not null check ("languages" >= 0),
      "audience" double precision not null check ("audience" >= 0),
      "cost" double precision not null check ("cost" >= 0),
      "default_max_travel_km" smallint not null check ("default_max_travel_km" between 1 and 500),
      "soon_days" smallint not null check ("soon_days" between 1 and 365)
    );`);
    this.addSql('create unique index "matching_weight_set_version_idx" on "matching_weight_set" (coalesce("agency_id", 0), "version");');

    // Version 1 of the rules and the default weights.
    this.addSql(`insert into "eligibility_rule_set" ("version", "published_by", "note") values (1, 'migration', 'Regeln nach DOMAIN.md (AufenthG 25.10.2024, IntV 3.12.2024, BAMF-Schreiben 9.2.2026)');`);
    for (const rule of RULE_SET_1) {
      this.addSql(`insert into "eligibility_rule" ("rule_set_id", "key", "programmes", "route", "residence_statuses", "residence_paragraphs", "min_age", "max_age",
          "german_level_min", "german_level_max", "requires_integration_course", "work_permit_required", "min_months_of_stay", "school_obligation",
          "obligation_by", "valid_from", "valid_until", "dated_by", "source", "explanation")
        select s.id, ${literal(rule.key)}, ${textArray(rule.programmes)}, ${literal(rule.route)}, ${textArray(rule.residenceStatuses)}, ${textArray(rule.residenceParagraphs)},
          ${number(rule.minAge)}, ${number(rule.maxAge)}, ${literal(rule.germanLevelMin)}::"cefr_level", ${literal(rule.germanLevelMax)}::"cefr_level",
          ${bool(rule.requiresIntegrationCourse ?? false)}, ${bool(rule.workPermitRequired ?? false)}, ${number(rule.minMonthsOfStay)}, ${bool(rule.schoolObligation)},
          ${literal(rule.obligationBy)}, ${literal(rule.validFrom)}::date, ${literal(rule.validUntil)}::date, ${literal(rule.datedBy ?? 'ENTRY')},
          ${literal(rule.source)}, ${literal(rule.explanation)}
        from "eligibility_rule_set" s where s.version = 1;`);
    }
    this.addSql(`insert into "matching_weight_set" ("agency_id", "version", "created_by", "plan_goal", "level", "distance", "schedule", "childcare", "start", "seats",
        "languages", "audience", "cost", "default_max_travel_km", "soon_days")
      values (null, 1, 'migration', 3, 2, 2, 2, 1.5, 1, 1, 0.5, 1, 0.5, 25, 42);`);

    // Rules are public law: everyone reads them, admins publish new versions (never edit or delete).
    for (const table of ['eligibility_rule_set', 'eligibility_rule']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (true);`);
      this.addSql(`create policy "${table}_admin" on "${table}" for insert with check (hub_has_role('ADMIN'));`);
      this.addSql(`grant select, insert on "${table}" to hub_app;`);
      this.addSql(`grant usage on sequence "${table}_id_seq" to hub_app;`);
    }
    // Weights: the default set for everyone signed in to an agency, an agency's own for that agency; coordinators add versions.
    this.addSql('alter table "matching_weight_set" enable row level security;');
    this.addSql('alter table "matching_weight_set" force row level security;');
    this.addSql(`create policy "matching_weight_set_read" on "matching_weight_set" for select
      using ("agency_id" is null or "agency_id" = hub_setting_int('hub.agency_id'));`);
    this.addSql(`create policy "matching_weight_set_coordinator" on "matching_weight_set" for insert
      with check ("agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('COORDINATOR'));`);
    this.addSql('grant select, insert on "matching_weight_set" to hub_app;');
    this.addSql('grant usage on sequence "matching_weight_set_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "matching_weight_set";');
    this.addSql('drop table "eligibility_rule";');
    this.addSql('drop table "eligibility_rule_set";');
    this.addSql('drop type "eligibility_route";');
  }
}
