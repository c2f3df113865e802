import { GRANTING_ROUTES, LEVELS, levelRank, ROUTES, type EligibilityRuleData, type Level } from './rules';

/**
 * Checks of a rule set before it is published, pure: each rule on its own, then every pair.
 * Two rules *meet* when one person and one offer can satisfy both: they share a programme, their
 * validity overlaps and no condition sets them apart (disjoint statuses, age or level ranges,
 * school obligation true against false, different obliging authorities). Two rules that meet on
 * the same route OVERLAP (which one decided would be arbitrary); an exclusion that meets an
 * admission or open access CONTRADICTS it. An exclusion meeting an entitlement or obligation is
 * allowed: the legal claim wins (see ROUTE_PRECEDENCE).
 */

export type RuleDraft = Omit<EligibilityRuleData, 'id' | 'version'>;

export type RuleSetProblemCode = 'INVALID' | 'OVERLAP' | 'CONTRADICTION';

export interface RuleSetProblem {
  code: RuleSetProblemCode;
  /** Index of the (first) rule at fault in the draft, null for the set as a whole. */
  index: number | null;
  /** The attribute at fault, e.g. 'maxAge'; null for the rule as a whole. */
  attribute: string | null;
  message: string;
}

export interface KnownValues {
  programmes: readonly string[];
  residenceStatuses: readonly string[];
  obligationAuthorities: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEY = /^[A-Z][A-Z0-9_]{0,79}$/;

const intersects = (a: readonly string[], b: readonly string[]) => a.length === 0 || b.length === 0 || a.some((value) => b.includes(value));
const rangesMeet = (minA: number, maxA: number, minB: number, maxB: number) => minA <= maxB && minB <= maxA;
const levelBounds = (min: Level | null, max: Level | null): [number, number] => [min === null ? -1 : levelRank(min), max === null ? LEVELS.length : levelRank(max)];

/** Where two rules' validity windows overlap (open ends are unbounded). Rules dated by different days are taken to overlap when their windows do. */
function validityMeets(a: RuleDraft, b: RuleDraft): boolean {
  const fromA = a.validFrom ?? '0000-01-01';
  const untilA = a.validUntil ?? '9999-12-31';
  const fromB = b.validFrom ?? '0000-01-01';
  const untilB = b.validUntil ?? '9999-12-31';
  return fromA <= untilB && fromB <= untilA;
}

/** Whether some person and offer satisfy both rules. */
export function rulesMeet(a: RuleDraft, b: RuleDraft): boolean {
  return (
    a.programmes.some((programme) => b.programmes.includes(programme)) &&
    validityMeets(a, b) &&
    intersects(a.residenceStatuses, b.residenceStatuses) &&
    intersects(a.residenceParagraphs, b.residenceParagraphs) &&
    rangesMeet(a.minAge ?? 0, a.maxAge ?? 200, b.minAge ?? 0, b.maxAge ?? 200) &&
    rangesMeet(...levelBounds(a.germanLevelMin, a.germanLevelMax), ...levelBounds(b.germanLevelMin, b.germanLevelMax)) &&
    !(a.schoolObligation !== null && b.schoolObligation !== null && a.schoolObligation !== b.schoolObligation) &&
    !(a.obligationBy !== null && b.obligationBy !== null && a.obligationBy !== b.obligationBy)
  );
}

function ruleProblems(rule: RuleDraft, index: number, known: KnownValues): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  const invalid = (attribute: string | null, message: string) => problems.push({ code: 'INVALID', index, attribute, message });
  if (!KEY.test(rule.key)) invalid('key', 'A rule key is 1–80 capital letters, digits and underscores, starting with a letter.');
  if (rule.programmes.length === 0) invalid('programmes', 'A rule covers at least one programme.');
  const unknownProgrammes = rule.programmes.filter((programme) => !known.programmes.includes(programme));
  if (unknownProgrammes.length > 0) invalid('programmes', `Unknown programmes: ${unknownProgrammes.join(', ')}.`);
  if (!ROUTES.includes(rule.route)) invalid('route', 'Unknown route.');
  const unknownStatuses = rule.residenceStatuses.filter((status) => !known.residenceStatuses.includes(status));
  if (unknownStatuses.length > 0) invalid('residenceStatuses', `Unknown residence statuses: ${unknownStatuses.join(', ')}.`);
  if (rule.residenceParagraphs.some((paragraph) => !/^§\s?\d/.test(paragraph.trim()) || paragraph.length > 40)) invalid('residenceParagraphs', 'Write paragraphs as "§ 18a" (at most 40 characters).');
  for (const [attribute, value] of [['minAge', rule.minAge], ['maxAge', rule.maxAge]] as const) {
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 120)) invalid(attribute, 'Ages are whole years from 0 to 120.');
  }
  if (rule.minAge !== null && rule.maxAge !== null && rule.minAge > rule.maxAge) invalid('maxAge', 'The highest age lies below the lowest.');
  if (rule.germanLevelMin !== null && rule.germanLevelMax !== null && levelRank(rule.germanLevelMin) > levelRank(rule.germanLevelMax)) invalid('germanLevelMax', 'The highest German level lies below the lowest.');
  if (rule.minMonthsOfStay !== null && !(Number.isInteger(rule.minMonthsOfStay) && rule.minMonthsOfStay >= 0 && rule.minMonthsOfStay <= 600)) invalid('minMonthsOfStay', 'Months of stay are whole months from 0 to 600.');
  if (rule.obligationBy !== null && !known.obligationAuthorities.includes(rule.obligationBy)) invalid('obligationBy', 'Unknown obliging authority.');
  if (rule.obligationBy !== null && rule.route !== 'OBLIGATED') invalid('obligationBy', 'Only OBLIGATED rules name an obliging authority.');
  for (const [attribute, value] of [['validFrom', rule.validFrom], ['validUntil', rule.validUntil]] as const) {
    if (value !== null && !ISO_DATE.test(value)) invalid(attribute, 'Dates are YYYY-MM-DD.');
  }
  if (rule.validFrom !== null && rule.validUntil !== null && rule.validFrom > rule.validUntil) invalid('validUntil', 'The rule ends before it starts.');
  if (rule.source.trim().length === 0 || rule.source.length > 300) invalid('source', 'Name the legal source (1–300 characters), e.g. "§ 44 Abs. 4 AufenthG".');
  if (rule.explanation.trim().length === 0 || rule.explanation.length > 500) invalid('explanation', 'Explain the rule in one sentence (1–500 characters).');
  return problems;
}

/** Every problem of a draft rule set: invalid rules, overlaps and contradictions between pairs. */
export function ruleSetProblems(rules: readonly RuleDraft[], known: KnownValues): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  if (rules.length === 0) problems.push({ code: 'INVALID', index: null, attribute: null, message: 'A rule set holds at least one rule.' });
  rules.forEach((rule, index) => problems.push(...ruleProblems(rule, index, known)));
  const firstOfKey = new Map<string, number>();
  rules.forEach((rule, index) => {
    const first = firstOfKey.get(rule.key);
    if (first !== undefined) problems.push({ code: 'INVALID', index, attribute: 'key', message: `The key ${rule.key} is used by rule ${first + 1} too.` });
    else firstOfKey.set(rule.key, index);
  });
  if (problems.length > 0) return problems;
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const [a, b] = [rules[i], rules[j]];
      if (!rulesMeet(a, b)) continue;
      if (a.route === b.route) {
        problems.push({ code: 'OVERLAP', index: j, attribute: null, message: `${b.key} overlaps ${a.key}: both give the route ${a.route} to the same people for the same programme and dates.` });
      } else if ((a.route === 'NOT_ELIGIBLE' && isDiscretionary(b.route)) || (b.route === 'NOT_ELIGIBLE' && isDiscretionary(a.route))) {
        problems.push({ code: 'CONTRADICTION', index: j, attribute: null, message: `${b.key} contradicts ${a.key}: one admits and the other excludes the same people for the same programme and dates.` });
      }
    }
  }
  return problems;
}

const isDiscretionary = (route: string) => GRANTING_ROUTES.includes(route as never) && route !== 'OBLIGATED' && route !== 'ENTITLED';
