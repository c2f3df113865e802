import fc from 'fast-check';
import { RULE_SET_1 } from '../../src/migrations/Migration20261204090000_matching';
import { RULE_SET_2 } from '../../src/migrations/Migration20261205110100_rule_set_2';
import { rulesOf } from '../support/seeded-rules';
import { evaluateEligibility } from '../../src/matching/eligibility/evaluate';
import type { ClientFacts, EligibilityRuleData, Level, RuleSetData } from '../../src/matching/eligibility/rules';
import { eligibilityWindows, inWindows } from '../../src/matching/eligibility/windows';
import { Programme } from '../../src/offers/offer.enums';
import { ResidenceStatus } from '../../src/vocabulary/residence-status';

// The windows are a compression of evaluateEligibility along the start date. The oracle is the
// evaluation itself, asked day by day: on every start date in a span of three years, a programme
// is in a window exactly when the rules let the person in.

/** The rule set in force (version 2) and its predecessor: windows must hold for both. */
const SEEDED: EligibilityRuleData[] = rulesOf(RULE_SET_2, 2);
const FIRST: EligibilityRuleData[] = rulesOf(RULE_SET_1, 1);
const PROGRAMMES = Object.values(Programme) as string[];
const STATUSES = Object.values(ResidenceStatus) as string[];
const LEVELS: Level[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const DAY_MS = 86_400_000;
const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Any day from 1958 to 2029, with the awkward ones (29 February, month ends) over-represented. */
const day = (from: number, to: number) =>
  fc.oneof(
    fc.integer({ min: Date.UTC(from, 0, 1) / DAY_MS, max: Date.UTC(to, 11, 31) / DAY_MS }).map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10)),
    fc.constantFrom('2000-02-29', '2008-02-29', '2012-02-29', '2024-02-29', '2028-02-29', '2023-01-31', '2024-08-31', '2025-03-31', '2025-10-31'),
  );

const person: fc.Arbitrary<ClientFacts> = fc.record({
  birthDate: fc.oneof(day(1958, 2014), day(1996, 2012)),
  residenceStatus: fc.option(fc.constantFrom(...STATUSES)),
  residenceParagraph: fc.option(fc.constantFrom('§ 25 Abs. 2 AufenthG', '§ 18b Abs. 1 AufenthG', '§ 16a AufenthG', '§ 60a Abs. 2 S. 3 AufenthG', '§ 24 AufenthG')),
  workPermit: fc.option(fc.constantFrom('ALLOWED', 'ALLOWED_WITH_APPROVAL', 'NOT_ALLOWED')),
  arrivalDate: fc.option(day(2023, 2027), { freq: 8 }),
  germanLevel: fc.option(fc.constantFrom(...LEVELS)),
  finishedIntegrationCourse: fc.option(fc.boolean()),
  obligations: fc.subarray(['FOREIGNERS_AUTHORITY', 'JOBCENTER', 'ASYLUM_BENEFITS_AUTHORITY']),
});

/** A further rule with any dates and bounds, so that the windows are not tuned to the seeded set. */
const anyRule: fc.Arbitrary<EligibilityRuleData> = fc
  .record({
    programme: fc.constantFrom(...PROGRAMMES),
    route: fc.constantFrom('ENTITLED', 'ADMISSIBLE_IF_SEATS', 'OPEN_TO_ALL', 'NOT_ELIGIBLE', 'OBLIGATED' as const),
    minAge: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 2 }),
    maxAge: fc.option(fc.integer({ min: 10, max: 70 }), { freq: 2 }),
    minMonthsOfStay: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 2 }),
    schoolObligation: fc.option(fc.boolean(), { freq: 2 }),
    validFrom: fc.option(day(2024, 2028), { freq: 2 }),
    validUntil: fc.option(day(2024, 2028), { freq: 2 }),
    datedBy: fc.constantFrom('ENTRY', 'COURSE_START' as const),
  })
  .map((drawn) => ({
    ...SEEDED[0],
    id: 999,
    key: 'DRAWN',
    programmes: [drawn.programme],
    route: drawn.route,
    residenceStatuses: [],
    residenceParagraphs: [],
    germanLevelMin: null,
    germanLevelMax: null,
    requiresIntegrationCourse: false,
    workPermitRequired: false,
    obligationBy: null,
    minAge: drawn.minAge,
    maxAge: drawn.maxAge,
    minMonthsOfStay: drawn.minMonthsOfStay,
    schoolObligation: drawn.schoolObligation,
    validFrom: drawn.validFrom,
    validUntil: drawn.validUntil,
    datedBy: drawn.datedBy,
  }));

function mismatches(client: ClientFacts, ruleSet: RuleSetData, asOf: string, programmes: readonly string[]): string[] {
  const windows = eligibilityWindows(client, ruleSet, programmes, asOf);
  const found: string[] = [];
  for (const programme of programmes) {
    for (let offset = -400; offset <= 800; offset++) {
      const startDate = dayAfter(asOf, offset);
      const open = evaluateEligibility(client, { programme, startDate, minAge: null, maxAge: null, admittedResidenceStatuses: [], entryLevelMin: null, entryLevelMax: null }, ruleSet, asOf).legallyEligible;
      if (open !== inWindows(windows, programme, startDate)) found.push(`${programme} starting ${startDate}: rules say ${open}`);
    }
  }
  return found;
}

describe('eligibility windows', () => {
  it('agree with the rules on every start date, for any person, under the seeded rules (versions 2 and 1)', () => {
    fc.assert(
      fc.property(person, day(2025, 2027), fc.boolean(), (client, asOf, inForce) => {
        expect(mismatches(client, { version: inForce ? 2 : 1, schoolObligationUntilAge: 18, rules: inForce ? SEEDED : FIRST }, asOf, PROGRAMMES)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('agree with the rules under a drawn extra rule (any validity, ages, months of stay, school obligation)', () => {
    fc.assert(
      fc.property(person, day(2025, 2027), anyRule, (client, asOf, rule) => {
        expect(mismatches(client, { version: 1, schoolObligationUntilAge: 18, rules: [...SEEDED, rule] }, asOf, rule.programmes)).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('close the Jugendintegrationskurs for courses from 1 May 2025 and leave out what no rule opens', () => {
    const young: ClientFacts = { birthDate: '2004-03-01', residenceStatus: 'AE_25_2', residenceParagraph: '§ 25 Abs. 2 AufenthG', workPermit: 'ALLOWED', arrivalDate: '2022-01-10', germanLevel: 'A1', finishedIntegrationCourse: null, obligations: [] };
    const windows = eligibilityWindows(young, { version: 1, schoolObligationUntilAge: 18, rules: SEEDED }, ['INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ALLGEMEIN'], '2025-03-01');
    expect(inWindows(windows, 'INTEGRATIONSKURS_JUGEND', '2025-04-30')).toBe(true);
    expect(inWindows(windows, 'INTEGRATIONSKURS_JUGEND', '2025-05-01')).toBe(false);
    expect(inWindows(windows, 'INTEGRATIONSKURS_ALLGEMEIN', '2026-06-01')).toBe(true);
  });
});
