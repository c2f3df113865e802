import type { RuleDraft } from '../../src/matching/eligibility/consistency';
import type { EligibilityRuleData, Level } from '../../src/matching/eligibility/rules';
import type { RULE_SET_1 } from '../../src/migrations/Migration20261204090000_matching';

/** A seeded rule (as its migration writes it) as a draft: its omitted attributes at their defaults. */
export const draftOf = (rule: (typeof RULE_SET_1)[number]): RuleDraft => ({
  key: rule.key,
  programmes: rule.programmes,
  route: rule.route,
  residenceStatuses: rule.residenceStatuses ?? [],
  residenceParagraphs: rule.residenceParagraphs ?? [],
  minAge: rule.minAge ?? null,
  maxAge: rule.maxAge ?? null,
  germanLevelMin: (rule.germanLevelMin ?? null) as Level | null,
  germanLevelMax: (rule.germanLevelMax ?? null) as Level | null,
  requiresIntegrationCourse: rule.requiresIntegrationCourse ?? false,
  workPermitRequired: rule.workPermitRequired ?? false,
  minMonthsOfStay: rule.minMonthsOfStay ?? null,
  schoolObligation: rule.schoolObligation ?? null,
  obligationBy: rule.obligationBy ?? null,
  validFrom: rule.validFrom ?? null,
  validUntil: rule.validUntil ?? null,
  datedBy: rule.datedBy ?? 'ENTRY',
  source: rule.source,
  explanation: rule.explanation,
});

/** A seeded rule set as the evaluator reads it, numbered from 1. */
export const rulesOf = (seeded: typeof RULE_SET_1, version: number): EligibilityRuleData[] => seeded.map((rule, i) => ({ ...draftOf(rule), id: i + 1, version }));
