import { Migration } from '@mikro-orm/migrations';
import { RULE_SET_1 } from './Migration20261204090000_matching';

/**
 * Version 2 of the eligibility rules: version 1 with two rules brought in line with DOMAIN.md,
 * found by the per-rule tests (test/unit/eligibility-rules.test.ts). Version 1 stays as it was,
 * so decisions made under it can still be explained.
 *
 * - § 44(4) AufenthG admits, where seats are free, "people without entitlement" besides the
 *   groups it names: holders of a residence title that gives none (§ 25(3), a work title other
 *   than §§ 18a–18d, 18g, 19c, 21) and of a settlement permit. Version 1 admitted only the named
 *   groups. The admission stop of 9 February 2026 covers them alike (it stops § 44(4)
 *   admissions); entitlements (IK_ENTITLED_WORK) still outrank it.
 * - DeuFöV § 4 lets people with a general Duldung into Berufssprachkurse only after 6 months
 *   (with registration, employment or training): the special modules too. Version 1 asked the
 *   6 months only for the basis modules.
 *
 * Like version 1, the rows are written out here (from version 1's, which never change), not
 * imported from src/.
 */

type SeedRule = (typeof RULE_SET_1)[number];

/** § 44(4) S.1: residence titles and the settlement permit, where they give no entitlement. */
const WITHOUT_ENTITLEMENT = ['AE_25_3', 'AE_18FF', 'NIEDERLASSUNGSERLAUBNIS'];

const CHANGES: Record<string, (rule: SeedRule) => SeedRule> = {
  IK_ADMISSIBLE: (rule) => ({
    ...rule,
    residenceStatuses: [...rule.residenceStatuses!, ...WITHOUT_ENTITLEMENT],
    explanation: 'Zulassung im Rahmen freier Kursplätze (ohne Teilnahmeanspruch, Gestattung, Duldung § 60a Abs. 2 S. 3, § 24, § 25 Abs. 5 AufenthG).',
  }),
  IK_ADMISSION_STOP: (rule) => ({ ...rule, residenceStatuses: [...rule.residenceStatuses!, ...WITHOUT_ENTITLEMENT] }),
  BSK_SPEZIAL_DULDUNG: (rule) => ({
    ...rule,
    minMonthsOfStay: 6,
    source: '§ 4 Abs. 1 Satz 2 Nr. 2, § 13 Abs. 2 DeuFöV',
    explanation: 'Spezialmodul A2/B1 für Geduldete ohne Zugang zum Integrationskurs: mindestens 6 Monate Duldung und Meldung, Beschäftigung oder Ausbildung.',
  }),
};

export const RULE_SET_2: SeedRule[] = RULE_SET_1.map((rule) => CHANGES[rule.key]?.(rule) ?? rule);

const literal = (value: string | null | undefined) => (value == null ? 'null' : `'${value.replace(/'/g, "''")}'`);
const number = (value: number | null | undefined) => (value == null ? 'null' : String(Number(value)));
const textArray = (values: readonly string[] | undefined) => `array[${(values ?? []).map(literal).join(', ')}]::text[]`;
const bool = (value: boolean | null | undefined) => (value == null ? 'null' : value ? 'true' : 'false');

export class Migration20261205110100_rule_set_2 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "eligibility_rule_set" ("version", "published_by", "note", "school_obligation_until_age")
      select 2, 'migration', 'Nach DOMAIN.md: § 44 Abs. 4 AufenthG auch für Menschen ohne Teilnahmeanspruch; Spezialmodule mit Duldung erst nach 6 Monaten (§ 4 DeuFöV)', s.school_obligation_until_age
      from "eligibility_rule_set" s where s.version = 1;`);
    for (const rule of RULE_SET_2) {
      this.addSql(`insert into "eligibility_rule" ("rule_set_id", "key", "programmes", "route", "residence_statuses", "residence_paragraphs", "min_age", "max_age",
          "german_level_min", "german_level_max", "requires_integration_course", "work_permit_required", "min_months_of_stay", "school_obligation",
          "obligation_by", "valid_from", "valid_until", "dated_by", "source", "explanation")
        select s.id, ${literal(rule.key)}, ${textArray(rule.programmes)}, ${literal(rule.route)}, ${textArray(rule.residenceStatuses)}, ${textArray(rule.residenceParagraphs)},
          ${number(rule.minAge)}, ${number(rule.maxAge)}, ${literal(rule.germanLevelMin)}::"cefr_level", ${literal(rule.germanLevelMax)}::"cefr_level",
          ${bool(rule.requiresIntegrationCourse ?? false)}, ${bool(rule.workPermitRequired ?? false)}, ${number(rule.minMonthsOfStay)}, ${bool(rule.schoolObligation)},
          ${literal(rule.obligationBy)}, ${literal(rule.validFrom)}::date, ${literal(rule.validUntil)}::date, ${literal(rule.datedBy ?? 'ENTRY')},
          ${literal(rule.source)}, ${literal(rule.explanation)}
        from "eligibility_rule_set" s where s.version = 2;`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('delete from "eligibility_rule" where "rule_set_id" = (select "id" from "eligibility_rule_set" where "version" = 2);');
    this.addSql('delete from "eligibility_rule_set" where "version" = 2;');
  }
}
