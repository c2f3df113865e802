import { RULE_SET_1 } from '../../src/migrations/Migration20261204090000_matching';
import { ruleSetProblems, type RuleDraft } from '../../src/matching/eligibility/consistency';
import { ageOn, evaluateEligibility } from '../../src/matching/eligibility/evaluate';
import type { ClientFacts, EligibilityRuleData, Level, OfferFacts, RuleSetData } from '../../src/matching/eligibility/rules';
import { Programme } from '../../src/offers/offer.enums';
import { ResidenceStatus } from '../../src/vocabulary/residence-status';

// Each seeded rule (version 1, as the migration writes it): an entitled or admitted case, an
// excluded one and a boundary (age on entry, validity dates, the § 44(4) stop on 9 Feb 2026).

const draftOf = (rule: (typeof RULE_SET_1)[number]): RuleDraft => ({
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
const RULES: EligibilityRuleData[] = RULE_SET_1.map((rule, i) => ({ ...draftOf(rule), id: i + 1, version: 1 }));
const SET: RuleSetData = { version: 1, schoolObligationUntilAge: 18, rules: RULES };
const KNOWN = { programmes: Object.values(Programme), residenceStatuses: Object.values(ResidenceStatus), obligationAuthorities: ['FOREIGNERS_AUTHORITY', 'JOBCENTER', 'ASYLUM_BENEFITS_AUTHORITY'] };

const person = (overrides: Partial<ClientFacts> = {}): ClientFacts => ({
  birthDate: '1990-06-15',
  residenceStatus: 'AE_25_2',
  residenceParagraph: '§ 25 Abs. 2 AufenthG',
  workPermit: 'ALLOWED',
  arrivalDate: '2023-01-10',
  germanLevel: 'A1',
  finishedIntegrationCourse: null,
  obligations: [],
  ...overrides,
});
const offer = (programme: string, startDate: string, overrides: Partial<OfferFacts> = {}): OfferFacts => ({
  programme, startDate, minAge: null, maxAge: null, admittedResidenceStatuses: [], entryLevelMin: null, entryLevelMax: null, ...overrides,
});
const AS_OF = '2026-01-15';
const decide = (client: ClientFacts, facts: OfferFacts, asOf = AS_OF) => evaluateEligibility(client, facts, SET, asOf);
const decided = (client: ClientFacts, facts: OfferFacts, asOf = AS_OF) => {
  const decision = decide(client, facts, asOf);
  return { eligible: decision.eligible, route: decision.route, rule: decision.rule?.key ?? null };
};

describe('the seeded rule set', () => {
  it('is consistent: no invalid, overlapping or contradicting rules', () => {
    expect(ruleSetProblems(RULES.map(({ id: _id, version: _version, ...draft }) => draft), KNOWN)).toEqual([]);
  });

  it('covers every programme with at least one rule', () => {
    const covered = new Set(RULES.flatMap((rule) => rule.programmes));
    expect(Object.values(Programme).filter((programme) => !covered.has(programme))).toEqual([]);
  });
});

describe('ageOn', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('2000-03-01', '2027-02-28')).toBe(26);
    expect(ageOn('2000-03-01', '2027-03-01')).toBe(27);
  });
});

describe('IK_ENTITLED (§ 44(1), (3) AufenthG)', () => {
  it('entitles a refugee below B1', () => expect(decided(person(), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02'))).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_ENTITLED' }));
  it('gives no entitlement at B1 (and no other rule applies)', () => {
    expect(decided(person({ germanLevel: 'B1' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02'))).toEqual({ eligible: false, route: null, rule: null });
  });
  it('boundary: not while of school-obligation age; from the 18th birthday on the day of entry', () => {
    expect(decided(person({ birthDate: '2008-03-03' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02')).rule).toBeNull();
    expect(decided(person({ birthDate: '2008-03-02' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02'))).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_ENTITLED' });
  });
});

describe('IK_ENTITLED_WORK (paragraph matters)', () => {
  it('entitles a § 18b title', () => {
    expect(decided(person({ residenceStatus: 'AE_18FF', residenceParagraph: '§ 18b Abs. 1 AufenthG' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02')).rule).toBe('IK_ENTITLED_WORK');
  });
  it('not a § 16a title (also §§ 18 ff.)', () => {
    expect(decided(person({ residenceStatus: 'AE_18FF', residenceParagraph: '§ 16a AufenthG' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02')).eligible).toBe(false);
  });
  it('boundary: § 18 alone does not match § 18a', () => {
    expect(decided(person({ residenceStatus: 'AE_18FF', residenceParagraph: '§ 18 AufenthG' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02')).eligible).toBe(false);
  });
});

describe('IK_OBLIGATED_* (§ 44a(1) AufenthG)', () => {
  it('an obligation by the Jobcenter decides over the entitlement', () => {
    expect(decided(person({ obligations: ['JOBCENTER'] }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02'))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_JOBCENTER' });
  });
  it('survives the § 44(4) stop for a person with Gestattung obliged by the asylum-benefits authority', () => {
    expect(decided(person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', obligations: ['ASYLUM_BENEFITS_AUTHORITY'] }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02'), '2026-03-01')).toEqual({
      eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_ASYLUM_BENEFITS_AUTHORITY',
    });
  });
  it('no obligation recorded: not obligated', () => expect(decided(person({ residenceStatus: 'AE_25_3' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-03-02')).eligible).toBe(false));
});

describe('IK_ADMISSIBLE and IK_ADMISSION_STOP (§ 44(4) AufenthG, BAMF 9 Feb 2026)', () => {
  const gestattung = person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', residenceParagraph: null, workPermit: 'NOT_ALLOWED' });
  it('admits with free seats before the stop', () => {
    expect(decided(gestattung, offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-02-08'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'IK_ADMISSIBLE' });
  });
  it('boundary: an entry on 9 February 2026 falls under the stop', () => {
    const decision = decide(gestattung, offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-02-09'));
    expect({ eligible: decision.eligible, route: decision.route, rule: decision.rule?.key }).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_ADMISSION_STOP' });
    expect(decision.rule?.source).toContain('9. Februar 2026');
  });
  it('the stop is read on the day of entry: a running course with rolling entry after the stop is closed too', () => {
    expect(decided(gestattung, offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-01-05'), '2026-02-10').rule).toBe('IK_ADMISSION_STOP');
    expect(decided(gestattung, offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-01-05'), '2026-02-08').rule).toBe('IK_ADMISSIBLE');
  });
  it('leaves the entitled route alone', () => expect(decided(person(), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-05-04')).rule).toBe('IK_ENTITLED'));
  it('excludes statuses outside § 44(4) from admission (Duldung without S.3)', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG' }), offer('INTEGRATIONSKURS_ALLGEMEIN', '2026-02-02')).eligible).toBe(false);
  });
});

describe('IK_SPECIAL_TYPES_ENDED (Jugend-, Eltern- und Frauenintegrationskurs)', () => {
  const young = person({ birthDate: '2003-01-01' });
  it('entitled for a Jugendintegrationskurs starting on 30 April 2025', () => {
    expect(decided(young, offer('INTEGRATIONSKURS_JUGEND', '2025-04-30'), '2025-04-01')).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_JUGEND_ENTITLED' });
  });
  it('boundary: not for a course starting on 1 May 2025, whoever asks', () => {
    expect(decided(young, offer('INTEGRATIONSKURS_JUGEND', '2025-05-01'), '2025-04-01')).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_SPECIAL_TYPES_ENDED' });
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2026-09-01'))).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_SPECIAL_TYPES_ENDED' });
  });
  it('boundary: the Jugendkurs ends at 26 on the start date', () => {
    expect(decided(person({ birthDate: '1998-04-30' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-30'), '2025-04-01').eligible).toBe(false);
    expect(decided(person({ birthDate: '1998-05-01' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-30'), '2025-04-01').eligible).toBe(true);
  });
});

describe('BSK_BASIS and BSK_BASIS_DULDUNG (DeuFöV § 4)', () => {
  it('admits at B1', () => expect(decided(person({ germanLevel: 'B1' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).rule).toBe('BSK_BASIS'));
  it('refuses below B1', () => expect(decided(person({ germanLevel: 'A2' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false));
  it('boundary: Duldung from 6 months of stay on entry', () => {
    const geduldet = (arrivalDate: string) => person({ residenceStatus: 'DULDUNG', germanLevel: 'B1', arrivalDate });
    expect(decided(geduldet('2025-09-03'), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
    expect(decided(geduldet('2025-09-02'), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).rule).toBe('BSK_BASIS_DULDUNG');
  });
});

describe('BSK_SPEZIAL (A2/B1 special modules)', () => {
  it('admits after a finished Integrationskurs below B1', () => {
    expect(decided(person({ germanLevel: 'A2', finishedIntegrationCourse: true }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).rule).toBe('BSK_SPEZIAL');
  });
  it('refuses without a finished Integrationskurs', () => expect(decided(person({ germanLevel: 'A2' }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).eligible).toBe(false));
  it('boundary: Geduldete without access to the Integrationskurs need none; at B1 nobody is admitted', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG', germanLevel: 'A2' }), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).rule).toBe('BSK_SPEZIAL_DULDUNG');
    expect(decided(person({ germanLevel: 'B1', finishedIntegrationCourse: true }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).eligible).toBe(false);
  });
});

describe('VABO (§ 72 SchG BW)', () => {
  it('obliges a 16-year-old', () => expect(decided(person({ birthDate: '2010-01-01' }), offer('VABO', '2026-09-14'))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'VABO_SCHOOL_OBLIGATION' }));
  it('admits a 19-year-old where seats are free', () => expect(decided(person({ birthDate: '2007-01-01' }), offer('VABO', '2026-09-14')).rule).toBe('VABO_VOLUNTARY'));
  it('boundary: not at 21 on entry', () => {
    expect(decided(person({ birthDate: '2005-09-14' }), offer('VABO', '2026-09-14')).eligible).toBe(false);
    expect(decided(person({ birthDate: '2005-09-15' }), offer('VABO', '2026-09-14')).eligible).toBe(true);
  });
});

describe('EQ (§ 54a SGB III)', () => {
  it('admits with a work permit, at any age', () => expect(decided(person({ birthDate: '1970-01-01' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).rule).toBe('EQ'));
  it('boundary: an approval still to be obtained is enough; no permit is not', () => {
    expect(decided(person({ workPermit: 'ALLOWED_WITH_APPROVAL' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).eligible).toBe(true);
    expect(decided(person({ workPermit: 'NOT_ALLOWED' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).eligible).toBe(false);
  });
});

describe('ASA flex (§§ 74–75a SGB III)', () => {
  const gestattet = (arrivalDate: string, workPermit = 'ALLOWED_WITH_APPROVAL') => person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', arrivalDate, workPermit });
  it('admits with a residence permit', () => expect(decided(person(), offer('ASA_FLEX', '2026-03-02')).rule).toBe('ASA_FLEX_RESIDENCE'));
  it('boundary: Gestattung from 15 months of stay, with a work permit', () => {
    expect(decided(gestattet('2024-12-02'), offer('ASA_FLEX', '2026-03-02')).rule).toBe('ASA_FLEX_GESTATTUNG_DULDUNG');
    expect(decided(gestattet('2024-12-03'), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false);
    expect(decided(gestattet('2020-01-01', 'NOT_ALLOWED'), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false);
  });
});

describe('open programmes', () => {
  it('are open to all, even without a known status', () => {
    expect(decided(person({ residenceStatus: null }), offer('SPRACHCAFE', '2026-03-02'))).toEqual({ eligible: true, route: 'OPEN_TO_ALL', rule: 'OPEN_PROGRAMMES' });
  });
});

describe("the offer's own restrictions combine with the rules", () => {
  it('age range on the day of entry', () => {
    const decision = decide(person({ birthDate: '2000-03-02' }), offer('SPRACHCAFE', '2026-03-02', { maxAge: 25 }));
    expect([decision.legallyEligible, decision.ageOk, decision.eligible]).toEqual([true, false, false]);
    expect(decision.reasons.map((reason) => reason.code)).toContain('OUTSIDE_AGE_RANGE');
    expect(decide(person({ birthDate: '2000-03-03' }), offer('SPRACHCAFE', '2026-03-02', { maxAge: 25 })).eligible).toBe(true);
  });
  it('admitted statuses (an unknown status is not admitted)', () => {
    expect(decide(person(), offer('MENTORING', '2026-03-02', { admittedResidenceStatuses: ['AE_24'] })).eligible).toBe(false);
    expect(decide(person({ residenceStatus: 'AE_24' }), offer('MENTORING', '2026-03-02', { admittedResidenceStatuses: ['AE_24'] })).eligible).toBe(true);
    expect(decide(person({ residenceStatus: null }), offer('MENTORING', '2026-03-02', { admittedResidenceStatuses: ['AE_24'] })).statusOk).toBe(false);
  });
  it('the entry level range is a reason, not an exclusion', () => {
    const decision = decide(person({ germanLevel: 'A1' }), offer('COMMUNITY_COURSE', '2026-03-02', { entryLevelMin: 'B1' }));
    expect(decision.eligible).toBe(true);
    expect(decision.reasons.map((reason) => reason.code)).toContain('LEVEL_OUTSIDE_RANGE');
  });
});

describe('publishing checks', () => {
  const drafts = () => RULES.map(({ id: _id, version: _version, ...draft }) => draft);
  it('refuses two rules giving the same route to the same people', () => {
    const rules = [...drafts(), { ...drafts().find((rule) => rule.key === 'IK_ADMISSIBLE')!, key: 'IK_ADMISSIBLE_AGAIN' }];
    expect(ruleSetProblems(rules, KNOWN).map((found) => found.code)).toEqual(['OVERLAP']);
  });
  it('refuses an exclusion meeting an admission', () => {
    const stop = drafts().find((rule) => rule.key === 'IK_ADMISSION_STOP')!;
    const rules = drafts().map((rule) => (rule.key === 'IK_ADMISSION_STOP' ? { ...stop, validFrom: '2026-02-01' } : rule));
    expect(ruleSetProblems(rules, KNOWN).map((found) => [found.code, rules[found.index!].key])).toEqual([['CONTRADICTION', 'IK_ADMISSION_STOP']]);
  });
  it('refuses invalid rules, naming the attribute', () => {
    const rules = [{ ...drafts()[0], minAge: 30, maxAge: 20, source: ' ' }];
    expect(ruleSetProblems(rules, KNOWN).map((found) => found.attribute)).toEqual(['maxAge', 'source']);
  });
});
