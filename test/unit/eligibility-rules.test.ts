import { RULE_SET_1 } from '../../src/migrations/Migration20261204090000_matching';
import { RULE_SET_2 } from '../../src/migrations/Migration20261205110100_rule_set_2';
import { ruleSetProblems } from '../../src/matching/eligibility/consistency';
import { rulesOf } from '../support/seeded-rules';
import { ageOn, evaluateEligibility } from '../../src/matching/eligibility/evaluate';
import type { ClientFacts, OfferFacts, RuleSetData } from '../../src/matching/eligibility/rules';
import { Programme } from '../../src/offers/offer.enums';
import { ResidenceStatus } from '../../src/vocabulary/residence-status';

// Each rule of the seeded set in force (version 2, as its migration writes it): a case where it
// decides (entitles, admits, obliges or excludes), a case it does not reach, and a boundary (age
// on the start date, validity dates, the § 44(4) stop on 9 February 2026). The expectations are
// DOMAIN.md's, written out here; `rule(...)` registers each key so that none is left untested.

const RULES = rulesOf(RULE_SET_2, 2);
const SET: RuleSetData = { version: 2, schoolObligationUntilAge: 18, rules: RULES };
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

const tested = new Set<string>();
/** The tests of one seeded rule; the last test below checks that every rule has them. */
const rule = (key: string, title: string, tests: () => void) => {
  tested.add(key);
  describe(`${key} (${title})`, tests);
};
const IK = 'INTEGRATIONSKURS_ALLGEMEIN';
/** A day after the § 44(4) stop, before it, and the stop itself (BAMF letter of 9 February 2026). */
const AFTER_STOP = '2026-03-02';
const BEFORE_STOP = '2026-02-08';
const STOP = '2026-02-09';

describe('the seeded rule sets', () => {
  it.each([['version 1', rulesOf(RULE_SET_1, 1)], ['version 2', RULES]])('%s is consistent: no invalid, overlapping or contradicting rules', (_version, rules) => {
    expect(ruleSetProblems(rules.map(({ id: _id, version: _v, ...draft }) => draft), KNOWN)).toEqual([]);
  });

  it('covers every programme with at least one rule', () => {
    const covered = new Set(RULES.flatMap((each) => each.programmes));
    expect(Object.values(Programme).filter((programme) => !covered.has(programme))).toEqual([]);
  });

  it('version 2 changes only IK_ADMISSIBLE, IK_ADMISSION_STOP and BSK_SPEZIAL_DULDUNG', () => {
    const changed = RULE_SET_2.filter((each, i) => JSON.stringify(each) !== JSON.stringify(RULE_SET_1[i])).map((each) => each.key);
    expect(changed).toEqual(['IK_ADMISSIBLE', 'IK_ADMISSION_STOP', 'BSK_SPEZIAL_DULDUNG']);
  });
});

describe('ageOn', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('2000-03-01', '2027-02-28')).toBe(26);
    expect(ageOn('2000-03-01', '2027-03-01')).toBe(27);
  });
});

// Integrationskurs (§§ 43 ff. AufenthG, IntV)

rule('IK_ENTITLED', '§ 44(1), (3) AufenthG', () => {
  it.each(['AE_25_1', 'AE_25_2', 'AE_25_4A', 'AE_25B', 'AE_23_2', 'AE_23_4', 'AE_28FF'])('entitles %s below B1, for every current course type', (status) => {
    for (const programme of [IK, 'INTEGRATIONSKURS_ALPHABETISIERUNG', 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE', 'INTEGRATIONSKURS_FOERDERKURS', 'INTEGRATIONSKURS_INTENSIV']) {
      expect(decided(person({ residenceStatus: status }), offer(programme, AFTER_STOP))).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_ENTITLED' });
    }
  });
  it('gives no entitlement at B1 (§ 44(3)), nor to § 25(3), which § 44(1) does not name', () => {
    expect(decided(person({ germanLevel: 'B1' }), offer(IK, AFTER_STOP)).eligible).toBe(false);
    expect(decided(person({ residenceStatus: 'AE_25_3' }), offer(IK, AFTER_STOP)).route).not.toBe('ENTITLED');
  });
  it('boundary: not while of school-obligation age; from the 18th birthday on the day of entry; A2 still, B1 no more', () => {
    expect(decided(person({ birthDate: '2008-03-03' }), offer(IK, AFTER_STOP)).rule).not.toBe('IK_ENTITLED');
    expect(decided(person({ birthDate: '2008-03-02' }), offer(IK, AFTER_STOP)).rule).toBe('IK_ENTITLED');
    expect(decided(person({ germanLevel: 'A2' }), offer(IK, AFTER_STOP)).rule).toBe('IK_ENTITLED');
    expect(decided(person({ germanLevel: 'B1' }), offer(IK, AFTER_STOP)).rule).toBeNull();
  });
});

rule('IK_ENTITLED_WORK', '§ 44(1) Nr 1 a) AufenthG: the paragraph matters', () => {
  const worker = (paragraph: string, overrides: Partial<ClientFacts> = {}) => person({ residenceStatus: 'AE_18FF', residenceParagraph: paragraph, ...overrides });
  it.each(['§ 18a', '§ 18b Abs. 1', '§ 18c', '§ 18d', '§ 18g', '§ 19c Abs. 1', '§ 21'])('entitles a first permit under %s AufenthG', (paragraph) => {
    expect(decided(worker(`${paragraph} AufenthG`), offer(IK, AFTER_STOP))).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_ENTITLED_WORK' });
  });
  it('not a § 16a title (training): after the stop there is no route at all', () => {
    expect(decided(worker('§ 16a AufenthG'), offer(IK, AFTER_STOP))).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_ADMISSION_STOP' });
  });
  it('boundary: § 18 alone does not match § 18a, nor § 18e (outside 18a–18d); at B1 no entitlement', () => {
    expect(decided(worker('§ 18 AufenthG'), offer(IK, AFTER_STOP)).eligible).toBe(false);
    expect(decided(worker('§ 18e AufenthG'), offer(IK, AFTER_STOP)).eligible).toBe(false);
    expect(decided(worker('§ 18b AufenthG', { germanLevel: 'B1' }), offer(IK, AFTER_STOP)).eligible).toBe(false);
  });
});

rule('IK_OBLIGATED_FOREIGNERS_AUTHORITY', '§ 44a(1) Nr 1 and 3 AufenthG', () => {
  it('obliges whoever the foreigners authority obliged, over the entitlement', () => {
    expect(decided(person({ obligations: ['FOREIGNERS_AUTHORITY'] }), offer(IK, AFTER_STOP))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_FOREIGNERS_AUTHORITY' });
  });
  it('no obligation recorded: the route is not obligated', () => {
    expect(decided(person(), offer(IK, AFTER_STOP)).route).toBe('ENTITLED');
    expect(decided(person({ residenceStatus: 'AE_25_3' }), offer(IK, AFTER_STOP)).eligible).toBe(false);
  });
  it('boundary: the stop leaves the obligation alone (Gestattung, entry on 9 February 2026); an obligation ends below B1', () => {
    expect(decided(person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', obligations: ['FOREIGNERS_AUTHORITY'] }), offer(IK, STOP)).rule).toBe('IK_OBLIGATED_FOREIGNERS_AUTHORITY');
    expect(decided(person({ germanLevel: 'A2', obligations: ['FOREIGNERS_AUTHORITY'] }), offer(IK, AFTER_STOP)).route).toBe('OBLIGATED');
    expect(decided(person({ germanLevel: 'B1', obligations: ['FOREIGNERS_AUTHORITY'] }), offer(IK, AFTER_STOP)).eligible).toBe(false);
  });
});

rule('IK_OBLIGATED_JOBCENTER', '§ 44a(1) Nr 2 AufenthG', () => {
  it('obliges whoever the Jobcenter obliged, over the entitlement', () => {
    expect(decided(person({ obligations: ['JOBCENTER'] }), offer(IK, AFTER_STOP))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_JOBCENTER' });
  });
  it('an obligation by another authority is not the Jobcenter’s', () => {
    expect(decided(person({ obligations: ['FOREIGNERS_AUTHORITY'] }), offer(IK, AFTER_STOP)).rule).not.toBe('IK_OBLIGATED_JOBCENTER');
  });
  it('boundary: a person of § 24 (Ukraine) obliged by the Jobcenter, entering on 9 February 2026, stays obliged', () => {
    expect(decided(person({ residenceStatus: 'AE_24', obligations: ['JOBCENTER'] }), offer(IK, STOP))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_JOBCENTER' });
  });
});

rule('IK_OBLIGATED_ASYLUM_BENEFITS_AUTHORITY', '§ 44a(1) Nr 4 AufenthG', () => {
  it('obliges a person with Gestattung obliged by the asylum-benefits authority', () => {
    expect(decided(person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', obligations: ['ASYLUM_BENEFITS_AUTHORITY'] }), offer(IK, AFTER_STOP))).toEqual({
      eligible: true, route: 'OBLIGATED', rule: 'IK_OBLIGATED_ASYLUM_BENEFITS_AUTHORITY',
    });
  });
  it('only for the § 44(4) groups: not for a plain Duldung', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG', obligations: ['ASYLUM_BENEFITS_AUTHORITY'] }), offer(IK, AFTER_STOP)).eligible).toBe(false);
  });
  it('boundary: an entry on the day of the stop stays obliged', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG_60A_2_3', obligations: ['ASYLUM_BENEFITS_AUTHORITY'] }), offer(IK, STOP)).route).toBe('OBLIGATED');
  });
});

rule('IK_ADMISSIBLE', '§ 44(4) AufenthG, until the stop', () => {
  it.each(['AUFENTHALTSGESTATTUNG', 'DULDUNG_60A_2_3', 'AE_24', 'AE_25_5', 'AE_25_3', 'NIEDERLASSUNGSERLAUBNIS'])('admits %s where seats are free, before the stop', (status) => {
    expect(decided(person({ residenceStatus: status }), offer(IK, BEFORE_STOP))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'IK_ADMISSIBLE' });
  });
  it('admits a work title without entitlement (§ 16a), but a plain Duldung, an unknown status or B1 not', () => {
    expect(decided(person({ residenceStatus: 'AE_18FF', residenceParagraph: '§ 16a AufenthG' }), offer(IK, BEFORE_STOP)).rule).toBe('IK_ADMISSIBLE');
    expect(decided(person({ residenceStatus: 'DULDUNG' }), offer(IK, BEFORE_STOP)).eligible).toBe(false);
    expect(decided(person({ residenceStatus: null }), offer(IK, BEFORE_STOP)).eligible).toBe(false);
    expect(decided(person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', germanLevel: 'B1' }), offer(IK, BEFORE_STOP)).eligible).toBe(false);
  });
  it('boundary: read on the day of entry: an entry on 8 February 2026 is admitted, also into a course running since January', () => {
    const gestattung = person({ residenceStatus: 'AUFENTHALTSGESTATTUNG' });
    expect(decided(gestattung, offer(IK, BEFORE_STOP)).rule).toBe('IK_ADMISSIBLE');
    expect(decided(gestattung, offer(IK, '2026-01-05'), BEFORE_STOP).rule).toBe('IK_ADMISSIBLE');
    expect(decided(gestattung, offer(IK, '2026-01-05'), STOP).rule).not.toBe('IK_ADMISSIBLE');
  });
});

rule('IK_ADMISSION_STOP', '§ 44(4) AufenthG, BAMF letter of 9 February 2026', () => {
  it.each(['AUFENTHALTSGESTATTUNG', 'DULDUNG_60A_2_3', 'AE_24', 'AE_25_5', 'AE_25_3', 'NIEDERLASSUNGSERLAUBNIS'])('closes new admissions of %s', (status) => {
    const decision = decide(person({ residenceStatus: status }), offer(IK, AFTER_STOP));
    expect({ eligible: decision.eligible, route: decision.route, rule: decision.rule?.key }).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_ADMISSION_STOP' });
    expect(decision.rule?.source).toContain('9. Februar 2026');
  });
  it('leaves the entitled and obligated routes alone', () => {
    expect(decided(person(), offer(IK, AFTER_STOP)).rule).toBe('IK_ENTITLED');
    expect(decided(person({ residenceStatus: 'AE_18FF', residenceParagraph: '§ 18b AufenthG' }), offer(IK, AFTER_STOP)).rule).toBe('IK_ENTITLED_WORK');
    expect(decided(person({ residenceStatus: 'AE_24', obligations: ['JOBCENTER'] }), offer(IK, AFTER_STOP)).route).toBe('OBLIGATED');
  });
  it('boundary: an entry on 9 February 2026 falls under it, one on 8 February not; a running course with rolling entry too', () => {
    const gestattung = person({ residenceStatus: 'AUFENTHALTSGESTATTUNG' });
    expect(decided(gestattung, offer(IK, STOP)).rule).toBe('IK_ADMISSION_STOP');
    expect(decided(gestattung, offer(IK, BEFORE_STOP)).rule).toBe('IK_ADMISSIBLE');
    expect(decided(gestattung, offer(IK, '2026-01-05'), '2026-02-10').rule).toBe('IK_ADMISSION_STOP');
  });
});

// Jugend-, Eltern- und Frauenintegrationskurs: only for courses starting before 1 May 2025.

const LAST_START = '2025-04-30';
const ENDED_START = '2025-05-01';
const SPRING_2025 = '2025-04-01';

rule('IK_JUGEND_ENTITLED', 'Jugendintegrationskurs, under 27', () => {
  it('entitles a 22-year-old with a § 44(1) title for a course starting on 28 April 2025', () => {
    expect(decided(person({ birthDate: '2003-01-01' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-28'), SPRING_2025)).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_JUGEND_ENTITLED' });
  });
  it('not while of school-obligation age (17), nor at B1', () => {
    expect(decided(person({ birthDate: '2008-01-01' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-28'), SPRING_2025).eligible).toBe(false);
    expect(decided(person({ birthDate: '2003-01-01', germanLevel: 'B1' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-28'), SPRING_2025).eligible).toBe(false);
  });
  it('boundary: 26 on the start date yes, 27 no; a start on 30 April 2025 yes, on 1 May no', () => {
    expect(decided(person({ birthDate: '1998-05-01' }), offer('INTEGRATIONSKURS_JUGEND', LAST_START), SPRING_2025).rule).toBe('IK_JUGEND_ENTITLED');
    expect(decided(person({ birthDate: '1998-04-30' }), offer('INTEGRATIONSKURS_JUGEND', LAST_START), SPRING_2025).eligible).toBe(false);
    expect(decided(person({ birthDate: '2003-01-01' }), offer('INTEGRATIONSKURS_JUGEND', ENDED_START), SPRING_2025).rule).toBe('IK_SPECIAL_TYPES_ENDED');
  });
});

rule('IK_JUGEND_ADMISSIBLE', 'Jugendintegrationskurs where seats are free', () => {
  it('admits a 22-year-old with Gestattung', () => {
    expect(decided(person({ birthDate: '2003-01-01', residenceStatus: 'AUFENTHALTSGESTATTUNG' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-28'), SPRING_2025)).toEqual({
      eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'IK_JUGEND_ADMISSIBLE',
    });
  });
  it('not with a plain Duldung', () => {
    expect(decided(person({ birthDate: '2003-01-01', residenceStatus: 'DULDUNG' }), offer('INTEGRATIONSKURS_JUGEND', '2025-04-28'), SPRING_2025).eligible).toBe(false);
  });
  it('boundary: 26 on the start date yes, 27 no', () => {
    const young = (birthDate: string) => person({ birthDate, residenceStatus: 'AE_24' });
    expect(decided(young('1998-05-01'), offer('INTEGRATIONSKURS_JUGEND', LAST_START), SPRING_2025).rule).toBe('IK_JUGEND_ADMISSIBLE');
    expect(decided(young('1998-04-30'), offer('INTEGRATIONSKURS_JUGEND', LAST_START), SPRING_2025).eligible).toBe(false);
  });
});

rule('IK_ELTERN_FRAUEN_ENTITLED', 'Eltern- und Frauenintegrationskurs', () => {
  it('entitles a 45-year-old with a § 44(1) title: no age limit', () => {
    expect(decided(person({ birthDate: '1980-01-01' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2025-04-28'), SPRING_2025)).toEqual({ eligible: true, route: 'ENTITLED', rule: 'IK_ELTERN_FRAUEN_ENTITLED' });
  });
  it('not at B1', () => {
    expect(decided(person({ germanLevel: 'B1' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2025-04-28'), SPRING_2025).eligible).toBe(false);
  });
  it('boundary: dated by the course start: a course begun on 28 April 2025, joined in June, still counts; one starting on 1 May not', () => {
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2025-04-28'), '2025-06-02').rule).toBe('IK_ELTERN_FRAUEN_ENTITLED');
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', LAST_START), SPRING_2025).rule).toBe('IK_ELTERN_FRAUEN_ENTITLED');
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', ENDED_START), SPRING_2025).rule).toBe('IK_SPECIAL_TYPES_ENDED');
  });
});

rule('IK_ELTERN_FRAUEN_ADMISSIBLE', 'Eltern- und Frauenintegrationskurs where seats are free', () => {
  it('admits a mother from Ukraine (§ 24)', () => {
    expect(decided(person({ residenceStatus: 'AE_24' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2025-04-28'), SPRING_2025)).toEqual({
      eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'IK_ELTERN_FRAUEN_ADMISSIBLE',
    });
  });
  it('not with a plain Duldung', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', '2025-04-28'), SPRING_2025).eligible).toBe(false);
  });
  it('boundary: a start on 30 April 2025 yes, on 1 May no', () => {
    expect(decided(person({ residenceStatus: 'AE_24' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', LAST_START), SPRING_2025).rule).toBe('IK_ELTERN_FRAUEN_ADMISSIBLE');
    expect(decided(person({ residenceStatus: 'AE_24' }), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', ENDED_START), SPRING_2025).eligible).toBe(false);
  });
});

rule('IK_SPECIAL_TYPES_ENDED', 'IntV § 13(1), § 22(4) as amended 3 December 2024', () => {
  it.each(['INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN'])('closes %s to everyone for courses from 1 May 2025, obliged people too', (programme) => {
    for (const client of [person({ birthDate: '2003-01-01' }), person({ birthDate: '2003-01-01', residenceStatus: 'AUFENTHALTSGESTATTUNG' }), person({ birthDate: '2003-01-01', obligations: ['JOBCENTER'] })]) {
      expect(decided(client, offer(programme, '2026-09-07'))).toEqual({ eligible: false, route: 'NOT_ELIGIBLE', rule: 'IK_SPECIAL_TYPES_ENDED' });
    }
  });
  it('does not reach courses that started before', () => {
    expect(decided(person({ birthDate: '2003-01-01' }), offer('INTEGRATIONSKURS_JUGEND', LAST_START), SPRING_2025).route).toBe('ENTITLED');
  });
  it('boundary: read on the start date, not the day of entry: 1 May 2025 is closed, a course begun on 30 April and joined later is not', () => {
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', ENDED_START), SPRING_2025).rule).toBe('IK_SPECIAL_TYPES_ENDED');
    expect(decided(person(), offer('INTEGRATIONSKURS_ELTERN_FRAUEN', LAST_START), '2025-05-05').rule).toBe('IK_ELTERN_FRAUEN_ENTITLED');
  });
});

// Berufssprachkurse (§ 45a AufenthG, DeuFöV)

const BSK_BASIS = ['BERUFSSPRACHKURS_BASIS', 'BERUFSSPRACHKURS_ANERKENNUNG', 'BERUFSSPRACHKURS_GEWERBE_TECHNIK', 'BERUFSSPRACHKURS_AZUBI'];

rule('BSK_BASIS', 'DeuFöV § 4: B1 required', () => {
  it.each(BSK_BASIS)('admits %s at B1, with a residence title, Gestattung or a Duldung § 60a(2) S.3 (no waiting time)', (programme) => {
    for (const status of ['AE_25_2', 'AUFENTHALTSGESTATTUNG', 'DULDUNG_60A_2_3', 'NIEDERLASSUNGSERLAUBNIS']) {
      expect(decided(person({ residenceStatus: status, germanLevel: 'B1', arrivalDate: '2025-12-01' }), offer(programme, '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'BSK_BASIS' });
    }
  });
  it('refuses below B1, and an unknown status', () => {
    expect(decided(person({ germanLevel: 'A2' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
    expect(decided(person({ germanLevel: 'B1', residenceStatus: null }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
  });
  it('boundary: B1 exactly, and above (C1: the C1→C2 module)', () => {
    expect(decided(person({ germanLevel: 'B1' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).rule).toBe('BSK_BASIS');
    expect(decided(person({ germanLevel: 'C1' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).rule).toBe('BSK_BASIS');
  });
});

rule('BSK_BASIS_DULDUNG', 'DeuFöV § 4(1) S.2 Nr 2: Duldung after 6 months', () => {
  const geduldet = (arrivalDate: string, overrides: Partial<ClientFacts> = {}) => person({ residenceStatus: 'DULDUNG', germanLevel: 'B1', arrivalDate, ...overrides });
  it.each(['DULDUNG', 'DULDUNG_60C', 'DULDUNG_60D'])('admits %s at B1 after a year', (status) => {
    expect(decided(geduldet('2025-01-10', { residenceStatus: status }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'BSK_BASIS_DULDUNG' });
  });
  it('refuses below B1, and without a known arrival', () => {
    expect(decided(geduldet('2025-01-10', { germanLevel: 'A2' }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
    expect(decided(geduldet('2025-01-10', { arrivalDate: null }), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
  });
  it('boundary: 6 months on the day of entry', () => {
    expect(decided(geduldet('2025-09-03'), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).eligible).toBe(false);
    expect(decided(geduldet('2025-09-02'), offer('BERUFSSPRACHKURS_BASIS', '2026-03-02')).rule).toBe('BSK_BASIS_DULDUNG');
  });
});

rule('BSK_SPEZIAL', 'DeuFöV § 4(3), § 13(2): after an Integrationskurs below B1', () => {
  it.each(['BERUFSSPRACHKURS_SPEZIAL_A2', 'BERUFSSPRACHKURS_SPEZIAL_B1'])('admits %s after a finished Integrationskurs below B1', (programme) => {
    expect(decided(person({ germanLevel: 'A2', finishedIntegrationCourse: true }), offer(programme, '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'BSK_SPEZIAL' });
  });
  it('refuses without a finished Integrationskurs', () => {
    expect(decided(person({ germanLevel: 'A2', finishedIntegrationCourse: null }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).eligible).toBe(false);
  });
  it('boundary: A1 and A2 yes, B1 no (the basis modules take over)', () => {
    expect(decided(person({ germanLevel: 'A1', finishedIntegrationCourse: true }), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).rule).toBe('BSK_SPEZIAL');
    expect(decided(person({ germanLevel: 'B1', finishedIntegrationCourse: true }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).eligible).toBe(false);
  });
});

rule('BSK_SPEZIAL_DULDUNG', 'DeuFöV § 13(2) with § 4(1) S.2 Nr 2', () => {
  const geduldet = (arrivalDate: string, overrides: Partial<ClientFacts> = {}) => person({ residenceStatus: 'DULDUNG', germanLevel: 'A2', arrivalDate, ...overrides });
  it('admits a person with Duldung, without access to the Integrationskurs, after 6 months', () => {
    expect(decided(geduldet('2025-01-10'), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'BSK_SPEZIAL_DULDUNG' });
  });
  it('refuses at B1, and within the first 6 months (version 1 did not ask them)', () => {
    expect(decided(geduldet('2025-01-10', { germanLevel: 'B1' }), offer('BERUFSSPRACHKURS_SPEZIAL_B1', '2026-03-02')).eligible).toBe(false);
    expect(decided(geduldet('2025-12-01'), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).eligible).toBe(false);
    const v1 = evaluateEligibility(geduldet('2025-12-01'), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02'), { version: 1, schoolObligationUntilAge: 18, rules: rulesOf(RULE_SET_1, 1) }, AS_OF);
    expect(v1.rule?.key).toBe('BSK_SPEZIAL_DULDUNG');
  });
  it('boundary: 6 months on the day of entry; a Duldung § 60a(2) S.3 is not "without access" and needs the Integrationskurs', () => {
    expect(decided(geduldet('2025-09-03'), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).eligible).toBe(false);
    expect(decided(geduldet('2025-09-02'), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).rule).toBe('BSK_SPEZIAL_DULDUNG');
    expect(decided(geduldet('2025-01-10', { residenceStatus: 'DULDUNG_60A_2_3' }), offer('BERUFSSPRACHKURS_SPEZIAL_A2', '2026-03-02')).eligible).toBe(false);
  });
});

// School to work (BW)

const SCHOOL_YEAR_START = '2026-09-14';

rule('VABO_SCHOOL_OBLIGATION', '§ 72 SchG BW: vocational-school obligation to 18', () => {
  it('obliges a 16-year-old with little German', () => {
    expect(decided(person({ birthDate: '2010-01-01' }), offer('VABO', SCHOOL_YEAR_START))).toEqual({ eligible: true, route: 'OBLIGATED', rule: 'VABO_SCHOOL_OBLIGATION' });
  });
  it('not at B1, nor at 14', () => {
    expect(decided(person({ birthDate: '2010-01-01', germanLevel: 'B1' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
    expect(decided(person({ birthDate: '2012-01-01' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
  });
  it('boundary: from the 15th birthday; on the 18th birthday the obligation ends (voluntary from then)', () => {
    expect(decided(person({ birthDate: '2011-09-14' }), offer('VABO', SCHOOL_YEAR_START)).rule).toBe('VABO_SCHOOL_OBLIGATION');
    expect(decided(person({ birthDate: '2011-09-15' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
    expect(decided(person({ birthDate: '2008-09-15' }), offer('VABO', SCHOOL_YEAR_START)).rule).toBe('VABO_SCHOOL_OBLIGATION');
    expect(decided(person({ birthDate: '2008-09-14' }), offer('VABO', SCHOOL_YEAR_START)).rule).toBe('VABO_VOLUNTARY');
  });
});

rule('VABO_VOLUNTARY', '§ 72 SchG BW: voluntarily until the school year of the 21st birthday', () => {
  it('admits a 19-year-old where seats are free', () => {
    expect(decided(person({ birthDate: '2007-01-01' }), offer('VABO', SCHOOL_YEAR_START))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'VABO_VOLUNTARY' });
  });
  it('not at 25, nor at B1', () => {
    expect(decided(person({ birthDate: '2001-01-01' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
    expect(decided(person({ birthDate: '2007-01-01', germanLevel: 'B1' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
  });
  it('boundary: 20 at the start of the school year yes (21 during it), 21 no', () => {
    expect(decided(person({ birthDate: '2005-09-15' }), offer('VABO', SCHOOL_YEAR_START)).rule).toBe('VABO_VOLUNTARY');
    expect(decided(person({ birthDate: '2005-09-14' }), offer('VABO', SCHOOL_YEAR_START)).eligible).toBe(false);
  });
});

rule('VAB_AVDUAL', '§ 72 SchG BW: vocational preparation', () => {
  it.each(['VAB', 'AV_DUAL'])('admits a 17-year-old to %s where seats are free, whatever the German', (programme) => {
    expect(decided(person({ birthDate: '2009-01-01', germanLevel: 'B2' }), offer(programme, SCHOOL_YEAR_START))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'VAB_AVDUAL' });
  });
  it('not at 25', () => expect(decided(person({ birthDate: '2001-01-01' }), offer('VAB', SCHOOL_YEAR_START)).eligible).toBe(false));
  it('boundary: from 15 to 20 on the start date', () => {
    expect(decided(person({ birthDate: '2011-09-14' }), offer('VAB', SCHOOL_YEAR_START)).eligible).toBe(true);
    expect(decided(person({ birthDate: '2011-09-15' }), offer('VAB', SCHOOL_YEAR_START)).eligible).toBe(false);
    expect(decided(person({ birthDate: '2005-09-15' }), offer('AV_DUAL', SCHOOL_YEAR_START)).eligible).toBe(true);
    expect(decided(person({ birthDate: '2005-09-14' }), offer('AV_DUAL', SCHOOL_YEAR_START)).eligible).toBe(false);
  });
});

rule('EQ', '§ 54a SGB III', () => {
  it('admits with a work permit, at any age (the law sets no limit)', () => {
    expect(decided(person({ birthDate: '1970-01-01' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'EQ' });
  });
  it('refuses without a work permit, or without a known one', () => {
    expect(decided(person({ workPermit: 'NOT_ALLOWED' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).eligible).toBe(false);
    expect(decided(person({ workPermit: null }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).eligible).toBe(false);
  });
  it('boundary: an approval still to be obtained is enough', () => {
    expect(decided(person({ workPermit: 'ALLOWED_WITH_APPROVAL' }), offer('EINSTIEGSQUALIFIZIERUNG', '2026-03-02')).rule).toBe('EQ');
  });
});

rule('ASA_FLEX_RESIDENCE', '§§ 74–75a SGB III', () => {
  it.each(['AE_25_2', 'AE_18FF', 'NIEDERLASSUNGSERLAUBNIS'])('admits %s, without a waiting time', (status) => {
    expect(decided(person({ residenceStatus: status, arrivalDate: '2026-01-05' }), offer('ASA_FLEX', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'ASA_FLEX_RESIDENCE' });
  });
  it('not with an unknown status', () => expect(decided(person({ residenceStatus: null }), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false));
  it('boundary: a Duldung is not a residence title: it needs the conditions of the other rule', () => {
    expect(decided(person({ residenceStatus: 'DULDUNG', arrivalDate: '2026-01-05' }), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false);
  });
});

rule('ASA_FLEX_GESTATTUNG_DULDUNG', '§ 74(3) with § 52(2) SGB III', () => {
  const waiting = (arrivalDate: string, overrides: Partial<ClientFacts> = {}) => person({ residenceStatus: 'AUFENTHALTSGESTATTUNG', arrivalDate, workPermit: 'ALLOWED_WITH_APPROVAL', ...overrides });
  it.each(['AUFENTHALTSGESTATTUNG', 'DULDUNG', 'DULDUNG_60C'])('admits %s after 15 months with the prospect of a work permit', (status) => {
    expect(decided(waiting('2024-06-01', { residenceStatus: status }), offer('ASA_FLEX', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'ASA_FLEX_GESTATTUNG_DULDUNG' });
  });
  it('not without a work permit', () => expect(decided(waiting('2020-01-01', { workPermit: 'NOT_ALLOWED' }), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false));
  it('boundary: 15 months on the day of entry', () => {
    expect(decided(waiting('2024-12-02'), offer('ASA_FLEX', '2026-03-02')).rule).toBe('ASA_FLEX_GESTATTUNG_DULDUNG');
    expect(decided(waiting('2024-12-03'), offer('ASA_FLEX', '2026-03-02')).eligible).toBe(false);
  });
});

rule('BOF_PLUS', 'Förderrichtlinie BOFplus', () => {
  it('admits where seats are free, whatever the status the rules know', () => {
    expect(decided(person({ residenceStatus: null }), offer('BOF_PLUS', '2026-03-02'))).toEqual({ eligible: true, route: 'ADMISSIBLE_IF_SEATS', rule: 'BOF_PLUS' });
  });
  it("the offer's own statuses (refugees) exclude a labour migrant", () => {
    expect(decide(person({ residenceStatus: 'AE_18FF' }), offer('BOF_PLUS', '2026-03-02', { admittedResidenceStatuses: ['AUFENTHALTSGESTATTUNG', 'AE_25_2', 'DULDUNG'] })).eligible).toBe(false);
  });
  it('boundary: the rule has no age or date limit: a course in 2030 still admits', () => {
    expect(decided(person(), offer('BOF_PLUS', '2030-01-07')).rule).toBe('BOF_PLUS');
  });
});

rule('OPEN_PROGRAMMES', 'no entry conditions', () => {
  it.each(['COMMUNITY_COURSE', 'MENTORING', 'SPRACHPATENSCHAFT', 'SPRACHCAFE', 'HOMEWORK_HELP', 'PLAY_GROUP', 'SPORT', 'WOMENS_MEETING_POINT', 'MOBILITY_HELP', 'INTERPRETING', 'BERUFSORIENTIERUNG', 'PRAKTIKUM'])(
    'opens %s to all, even without a known status or German',
    (programme) => expect(decided(person({ residenceStatus: null, germanLevel: null }), offer(programme, '2026-03-02'))).toEqual({ eligible: true, route: 'OPEN_TO_ALL', rule: 'OPEN_PROGRAMMES' }),
  );
  it("only the offer's own age range excludes", () => {
    expect(decided(person({ birthDate: '1950-01-01' }), offer('HOMEWORK_HELP', '2026-03-02', { maxAge: 18 })).eligible).toBe(false);
  });
  it('boundary: the age range is read on the day of entry', () => {
    expect(decided(person({ birthDate: '2000-03-02' }), offer('SPRACHCAFE', '2026-03-02', { maxAge: 25 })).eligible).toBe(false);
    expect(decided(person({ birthDate: '2000-03-03' }), offer('SPRACHCAFE', '2026-03-02', { maxAge: 25 })).eligible).toBe(true);
  });
});

describe('coverage', () => {
  it('tests every rule of the seeded set', () => {
    expect(RULES.map((each) => each.key).filter((key) => !tested.has(key))).toEqual([]);
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
