import { RULE_SET_2 } from '../../src/migrations/Migration20261205110100_rule_set_2';

// Programmes that no longer exist for new courses are eligibility rules too (DOMAIN.md: the
// Jugend-, Eltern- und Frauenintegrationskurs are not offered for courses starting on or after
// 1 May 2025). The generator reads them from the rule data instead of a date of its own.

/** What the generator reads of a rule: the seeded rules' shape, conditions optional. */
export interface ClosingRuleData {
  key: string;
  programmes: readonly string[];
  route: string;
  residenceStatuses?: readonly string[];
  residenceParagraphs?: readonly string[];
  minAge?: number | null;
  maxAge?: number | null;
  germanLevelMin?: string | null;
  germanLevelMax?: string | null;
  requiresIntegrationCourse?: boolean;
  workPermitRequired?: boolean;
  minMonthsOfStay?: number | null;
  schoolObligation?: boolean | null;
  obligationBy?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

/** A programme closed to everyone for courses starting from `from` to `until` (inclusive; null: open-ended). */
export interface ProgrammeClosure {
  programme: string;
  from: string | null;
  until: string | null;
  rule: string;
}

const empty = (list: readonly unknown[] | undefined) => list === undefined || list.length === 0;
const unset = (value: unknown) => value === undefined || value === null || value === false;

/**
 * A rule that excludes whoever asks: NOT_ELIGIBLE with no condition on the person. (An
 * entitlement or obligation in force for the same courses would outrank it; the seeded set has
 * none: the Jugend- and Eltern-/Frauenkurs entitlements end the day before.)
 */
function excludesEveryone(rule: ClosingRuleData): boolean {
  return (
    rule.route === 'NOT_ELIGIBLE' &&
    empty(rule.residenceStatuses) && empty(rule.residenceParagraphs) &&
    [rule.minAge, rule.maxAge, rule.germanLevelMin, rule.germanLevelMax, rule.requiresIntegrationCourse, rule.workPermitRequired, rule.minMonthsOfStay, rule.schoolObligation, rule.obligationBy].every(unset)
  );
}

/** Where rules close a programme for everyone, by the course's start date. */
export function programmeClosures(rules: readonly ClosingRuleData[]): ProgrammeClosure[] {
  return rules.filter(excludesEveryone).flatMap((rule) => rule.programmes.map((programme) => ({ programme, from: rule.validFrom ?? null, until: rule.validUntil ?? null, rule: rule.key })));
}

/** The closures of the newest seeded rule set (version 2, as its migration writes it). */
export const SEEDED_CLOSURES: readonly ProgrammeClosure[] = programmeClosures(RULE_SET_2);

/** The programme can start on `startDate`: no closure covers that day. */
export function canStart(closures: readonly ProgrammeClosure[], programme: string, startDate: string): boolean {
  return !closures.some((closure) => closure.programme === programme && (closure.from === null || closure.from <= startDate) && (closure.until === null || startDate <= closure.until));
}

/** Some rule closes the programme for some start dates. */
export function hasClosure(closures: readonly ProgrammeClosure[], programme: string): boolean {
  return closures.some((closure) => closure.programme === programme);
}
