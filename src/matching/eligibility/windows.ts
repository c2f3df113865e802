import { evaluateEligibility } from './evaluate';
import type { ClientFacts, EligibilityRuleData, RuleSetData } from './rules';

/**
 * For one person, the course start dates on which each programme is legally open: the rules'
 * decision as date windows, so that the candidate statement can leave out what no rule opens
 * (SQL then never reads offers the person may not attend, and the threshold ranking in
 * suggestion.service.ts does not spend its rows on them).
 *
 * A rule's outcome depends on the offer only through its programme, its start date and the day of
 * entry (the start date, or `asOf` for a running course). Along the start dates it changes only
 * where a date the rule reads crosses a bound: a validity date, a birthday that passes an age bound
 * or the school-obligation age, a month of stay that passes the minimum, and `asOf` itself. Between
 * those days the decision is constant, so one evaluation per interval decides the interval. The
 * day-by-day property test (test/unit/eligibility-windows.test.ts) holds this against
 * evaluateEligibility.
 */

export interface StartWindow {
  programme: string;
  /** First start date of the window; null: no lower bound. */
  from: string | null;
  /** First start date after the window; null: no upper bound. */
  until: string | null;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (date: string) => Date.parse(`${date}T00:00:00Z`);
const addDays = (date: string, days: number) => iso(parse(date) + days * DAY_MS);

/** The day (year, month, day), rolled over like Date.UTC (29 February in a common year is 1 March), and its neighbours. */
function around(year: number, month: number, day: number): string[] {
  const date = iso(Date.UTC(year, month - 1, day));
  return [addDays(date, -1), date, addDays(date, 1)];
}

/** Days on which a rule's answer for this person may change, as a start date. */
function changeDays(rule: EligibilityRuleData, client: ClientFacts, schoolObligationUntilAge: number): string[] {
  const days: string[] = [];
  if (rule.validFrom !== null) days.push(rule.validFrom);
  if (rule.validUntil !== null) days.push(addDays(rule.validUntil, 1));
  const [by, bm, bd] = client.birthDate.split('-').map(Number);
  const ages = [rule.minAge, rule.maxAge === null ? null : rule.maxAge + 1, rule.schoolObligation === null ? null : schoolObligationUntilAge];
  for (const age of ages) if (age !== null) days.push(...around(by + age, bm, bd));
  if (rule.minMonthsOfStay !== null && client.arrivalDate !== null) {
    const [ay, am, ad] = client.arrivalDate.split('-').map(Number);
    // monthsBetween reaches the minimum on the arrival's day of the month, or on the 1st after a shorter month.
    days.push(...around(ay, am + rule.minMonthsOfStay, ad), ...around(ay, am + rule.minMonthsOfStay + 1, 1));
  }
  return days;
}

/**
 * The start-date windows in which `programmes` are legally open to the person under `ruleSet`, on
 * the day `asOf`: adjacent open intervals merged, a programme open on every date as one window
 * without bounds, a programme open on none left out.
 */
export function eligibilityWindows(client: ClientFacts, ruleSet: RuleSetData, programmes: readonly string[], asOf: string): StartWindow[] {
  const windows: StartWindow[] = [];
  for (const programme of programmes) {
    const covering = ruleSet.rules.filter((rule) => rule.programmes.includes(programme));
    if (covering.length === 0) continue;
    const restricted: RuleSetData = { ...ruleSet, rules: covering };
    const days = [...new Set([asOf, ...covering.flatMap((rule) => changeDays(rule, client, ruleSet.schoolObligationUntilAge))])].sort();
    const open = (startDate: string) =>
      evaluateEligibility(client, { programme, startDate, minAge: null, maxAge: null, admittedResidenceStatuses: [], entryLevelMin: null, entryLevelMax: null }, restricted, asOf).legallyEligible;
    // Intervals: (-∞, d0), [d0, d1), …, [dn, ∞); each decided by one of its days.
    let current: StartWindow | null = open(addDays(days[0], -1)) ? { programme, from: null, until: null } : null;
    for (const day of days) {
      const isOpen = open(day);
      if (isOpen && current === null) current = { programme, from: day, until: null };
      if (!isOpen && current !== null) {
        windows.push({ ...current, until: day });
        current = null;
      }
    }
    if (current !== null) windows.push(current);
  }
  return windows;
}

/** Whether a start date lies in one of the windows of its programme. */
export const inWindows = (windows: readonly StartWindow[], programme: string, startDate: string) =>
  windows.some((window) => window.programme === programme && (window.from === null || startDate >= window.from) && (window.until === null || startDate < window.until));
