import { Migration } from '@mikro-orm/migrations';

/**
 * Pathways: the prerequisite graph of programmes as data. Each step says from which German level
 * (and, where it matters, whether an Integrationskurs is finished or the person reads Latin
 * script) a programme can be entered, what level or certificate it leads to, how long it
 * typically takes, which plan areas it serves and its legal source. The graph is versioned in
 * its own step sets, apart from the eligibility rule sets: curricula and course lengths change on
 * another schedule than the law, and a new rule set must not have to copy the graph (nor the
 * graph the rules). Who may attend a step's offers stays the rules' decision.
 *
 * This is also a data migration: version 1 of the graph, read from DOMAIN.md (IntV as amended
 * 3 Dec 2024, DeuFöV, § 54a SGB III). The rows are written out here, not imported from src/: a
 * later change of the code must not change what this migration wrote. A later change of the
 * graph is a new step set, never an edit of version 1.
 */

export interface SeedStep {
  key: string;
  programme: string;
  entryLevelMin?: string;
  entryLevelMax?: string;
  integrationCourseFinished?: boolean;
  latinLiterate?: boolean;
  exitLevel?: string;
  certificate?: string;
  completesIntegrationCourse?: boolean;
  completesGoal?: boolean;
  areas: string[];
  durationMonthsMin: number;
  durationMonthsMax: number;
  source: string;
  explanation: string;
}

export const STEP_SET_1: SeedStep[] = [
  {
    key: 'IK_ALLGEMEIN', programme: 'INTEGRATIONSKURS_ALLGEMEIN', entryLevelMax: 'A2', integrationCourseFinished: false, latinLiterate: true,
    exitLevel: 'B1', certificate: 'DTZ B1', completesIntegrationCourse: true, areas: ['LANGUAGE'], durationMonthsMin: 6, durationMonthsMax: 9,
    source: '§§ 43 ff. AufenthG; IntV (600 UE Sprachkurs, 100 UE Orientierungskurs; § 44 Abs. 3 AufenthG: kein Anspruch ab B1)',
    explanation: 'Allgemeiner Integrationskurs bis B1 (Deutsch-Test für Zuwanderer), in Vollzeit etwa 6 bis 9 Monate.',
  },
  {
    key: 'IK_ALPHABETISIERUNG', programme: 'INTEGRATIONSKURS_ALPHABETISIERUNG', entryLevelMax: 'A1', integrationCourseFinished: false, latinLiterate: false,
    exitLevel: 'A2', certificate: 'DTZ A2', completesIntegrationCourse: true, areas: ['LANGUAGE'], durationMonthsMin: 9, durationMonthsMax: 12,
    source: '§ 13 Abs. 1 IntV (Alphabetisierungskurs bis 900 UE Sprachkurs, 100 UE Orientierungskurs)',
    explanation: 'Alphabetisierungskurs für Menschen, die die lateinische Schrift nicht lesen und schreiben, bis etwa A2, in Vollzeit etwa 9 bis 12 Monate.',
  },
  {
    key: 'BSK_SPEZIAL_A2', programme: 'BERUFSSPRACHKURS_SPEZIAL_A2', entryLevelMax: 'A1', integrationCourseFinished: true,
    exitLevel: 'A2', certificate: 'DTB A2', areas: ['LANGUAGE', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 6,
    source: '§ 13 Abs. 2 DeuFöV (Spezialmodul A2, 400 UE, nach einem Integrationskurs unter B1)',
    explanation: 'Spezialmodul A2 des Berufssprachkurses nach einem Integrationskurs unter B1, etwa 4 bis 6 Monate.',
  },
  {
    key: 'BSK_SPEZIAL_B1', programme: 'BERUFSSPRACHKURS_SPEZIAL_B1', entryLevelMin: 'A2', entryLevelMax: 'A2', integrationCourseFinished: true,
    exitLevel: 'B1', certificate: 'DTB B1', areas: ['LANGUAGE', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 6,
    source: '§ 13 Abs. 2 DeuFöV (Spezialmodul B1, 400 UE, nach einem Integrationskurs unter B1)',
    explanation: 'Spezialmodul B1 des Berufssprachkurses nach einem Integrationskurs, der mit A2 endete, etwa 4 bis 6 Monate.',
  },
  {
    key: 'BSK_B1_B2', programme: 'BERUFSSPRACHKURS_BASIS', entryLevelMin: 'B1', entryLevelMax: 'B1',
    exitLevel: 'B2', certificate: 'DTB B2', areas: ['LANGUAGE', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 6,
    source: '§ 45a AufenthG; § 4 Abs. 3 DeuFöV (Basismodul ab B1, 400 bis 500 UE)',
    explanation: 'Berufssprachkurs B1→B2 (Basismodul, 400 bis 500 UE, Prüfung DTB B2), etwa 4 bis 6 Monate.',
  },
  {
    key: 'BSK_B2_C1', programme: 'BERUFSSPRACHKURS_BASIS', entryLevelMin: 'B2', entryLevelMax: 'B2',
    exitLevel: 'C1', certificate: 'DTB C1', areas: ['LANGUAGE', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 6,
    source: '§ 45a AufenthG; § 4 Abs. 3 DeuFöV (Basismodul, 400 UE)',
    explanation: 'Berufssprachkurs B2→C1 (Basismodul, 400 UE, Prüfung DTB C1), etwa 4 bis 6 Monate.',
  },
  {
    key: 'BSK_C1_C2', programme: 'BERUFSSPRACHKURS_BASIS', entryLevelMin: 'C1', entryLevelMax: 'C1',
    exitLevel: 'C2', areas: ['LANGUAGE', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 6,
    source: '§ 45a AufenthG; DeuFöV (Basismodul, 400 UE; der DTB reicht bis C1)',
    explanation: 'Berufssprachkurs C1→C2 (Basismodul, 400 UE, ohne DTB-Zertifikat), etwa 4 bis 6 Monate.',
  },
  {
    key: 'EQ', programme: 'EINSTIEGSQUALIFIZIERUNG', completesGoal: true, areas: ['TRAINING_STUDIES', 'WORK'], durationMonthsMin: 4, durationMonthsMax: 12,
    source: '§ 54a SGB III (4 bis 12 Monate, mindestens 20 Stunden pro Woche; Arbeitserlaubnis nötig)',
    explanation: 'Einstiegsqualifizierung in einem Betrieb (4 bis 12 Monate) als Schritt in Ausbildung und Arbeit, sobald das Zielniveau erreicht ist.',
  },
];

const literal = (value: string | null | undefined) => (value == null ? 'null' : `'${value.replace(/'/g, "''")}'`);
const textArray = (values: string[]) => `array[${values.map(literal).join(', ')}]::text[]`;
const bool = (value: boolean | null | undefined) => (value == null ? 'null' : value ? 'true' : 'false');

export class Migration20261205090000_pathways extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "pathway_step_set" (
      "id" serial primary key,
      "version" int not null unique check ("version" > 0),
      "published_at" timestamptz not null default now(),
      "published_by" varchar(100) not null,
      "note" varchar(1000) not null default ''
    );`);
    this.addSql(`create table "pathway_step" (
      "id" serial primary key,
      "step_set_id" int not null references "pathway_step_set" ("id") on delete restrict,
      "key" varchar(80) not null check ("key" ~ '^[A-Z][A-Z0-9_]*$'),
      "programme" "programme" not null,
      "entry_level_min" "cefr_level" null,
      "entry_level_max" "cefr_level" null,
      "integration_course_finished" boolean null,
      "latin_literate" boolean null,
      "exit_level" "cefr_level" null,
      "certificate" varchar(100) null check ("certificate" is null or length(trim("certificate")) > 0),
      "completes_integration_course" boolean not null default false,
      "completes_goal" boolean not null default false,
      "areas" text[] not null check (cardinality("areas") > 0 and "areas"::"plan_area"[] is not null),
      "duration_months_min" smallint not null check ("duration_months_min" between 1 and 60),
      "duration_months_max" smallint not null check ("duration_months_max" between 1 and 60),
      "source" varchar(300) not null check (length(trim("source")) > 0),
      "explanation" varchar(500) not null check (length(trim("explanation")) > 0),
      unique ("step_set_id", "key"),
      check ("duration_months_min" <= "duration_months_max"),
      check ("entry_level_min" is null or "entry_level_max" is null or "entry_level_min" <= "entry_level_max"),
      -- A step leads somewhere: a higher level, a finished Integrationskurs, or a reached goal.
      check ("exit_level" is not null or "completes_integration_course" or "completes_goal"),
      check ("exit_level" is null or "entry_level_max" is null or "exit_level" > "entry_level_max")
    );`);
    this.addSql('create index "pathway_step_step_set_idx" on "pathway_step" ("step_set_id");');

    this.addSql(`insert into "pathway_step_set" ("version", "published_by", "note") values (1, 'migration', 'Stufen nach DOMAIN.md (IntV 3.12.2024, DeuFöV, § 54a SGB III)');`);
    for (const step of STEP_SET_1) {
      this.addSql(`insert into "pathway_step" ("step_set_id", "key", "programme", "entry_level_min", "entry_level_max", "integration_course_finished", "latin_literate",
          "exit_level", "certificate", "completes_integration_course", "completes_goal", "areas", "duration_months_min", "duration_months_max", "source", "explanation")
        select s.id, ${literal(step.key)}, ${literal(step.programme)}::"programme", ${literal(step.entryLevelMin)}::"cefr_level", ${literal(step.entryLevelMax)}::"cefr_level",
          ${bool(step.integrationCourseFinished)}, ${bool(step.latinLiterate)}, ${literal(step.exitLevel)}::"cefr_level", ${literal(step.certificate)},
          ${bool(step.completesIntegrationCourse ?? false)}, ${bool(step.completesGoal ?? false)}, ${textArray(step.areas)},
          ${Number(step.durationMonthsMin)}, ${Number(step.durationMonthsMax)}, ${literal(step.source)}, ${literal(step.explanation)}
        from "pathway_step_set" s where s.version = 1;`);
    }

    // The graph is public reference data, like the rules it sits beside; only migrations write it (no API publishes a version yet).
    for (const table of ['pathway_step_set', 'pathway_step']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy "${table}_read" on "${table}" for select using (true);`);
      this.addSql(`grant select on "${table}" to hub_app;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table "pathway_step";');
    this.addSql('drop table "pathway_step_set";');
  }
}
