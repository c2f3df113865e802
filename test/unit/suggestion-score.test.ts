import { scoreFactors, scoreOf, type CandidateOffer, type ClientProfile, type Weights } from '../../src/matching/suggestions/score';

/** The AUDIENCE and COST factors read the client facts of issue 10; values written out from the factor's rules, not from the code. */
const AS_OF = '2026-03-02';
const WEIGHTS: Weights = { PLAN_GOAL: 3, LEVEL: 2, DISTANCE: 2, SCHEDULE: 2, CHILDCARE: 1.5, START: 1, SEATS: 1, LANGUAGES: 0.5, AUDIENCE: 1, COST: 0.5, defaultMaxTravelKm: 25, soonDays: 42 };

const person = (overrides: Partial<ClientProfile> = {}): ClientProfile => ({
  birthDate: '1990-01-01', residenceStatus: 'AE_25_2', residenceParagraph: null, workPermit: 'ALLOWED', arrivalDate: '2024-01-01', germanLevel: 'A1',
  finishedIntegrationCourse: null, obligations: [], languages: ['ar'], availability: [], maxTravelKm: null, childrenBirthYears: [], latinLiterate: true,
  gender: null, employment: null, feeExempt: null, supportPlannedEnd: '2027-12-31', openGoals: [], ...overrides,
});
const offer = (overrides: Partial<CandidateOffer> = {}): CandidateOffer => ({
  id: 1, programme: 'COMMUNITY_COURSE', format: 'ONLINE', startDate: '2026-03-10', endDate: null, rollingEntry: false, weekdays: [], timesOfDay: [],
  capacity: null, seatsTaken: 0, waitlistLength: 0, waitlistOpen: false, feeEuro: null, supportLanguages: [], audiences: [], childcare: false,
  entryLevelMin: null, entryLevelMax: null, targetLevel: null, minAge: null, maxAge: null, admittedResidenceStatuses: [], distanceKm: null, ...overrides,
});
const valueOf = (factor: string, client: ClientProfile, candidate: CandidateOffer) => scoreFactors(client, candidate, WEIGHTS, AS_OF).find((f) => f.factor === factor)!.value;

describe('AUDIENCE from the recorded facts', () => {
  it.each([
    ['WOMEN', { gender: 'FEMALE' }, 1],
    ['WOMEN', { gender: 'MALE' }, 0],
    ['WOMEN', { gender: 'DIVERSE' }, 0.5],
    ['WOMEN', { gender: null }, 0.5],
    ['EMPLOYED', { employment: 'EMPLOYED' }, 1],
    ['EMPLOYED', { employment: 'JOB_SEEKING' }, 0],
    ['JOB_SEEKERS', { employment: 'JOB_SEEKING' }, 1],
    ['TRAINEES', { employment: 'IN_TRAINING' }, 1],
    ['TRAINEES', { employment: null }, 0.5],
    ['ACADEMICS', { employment: 'EMPLOYED' }, 0.5],
  ] as const)('%s for %j: %s', (audience, facts, expected) => {
    expect(valueOf('AUDIENCE', person(facts), offer({ audiences: [audience] }))).toBe(expected);
  });
});

describe('COST from the exemption', () => {
  it.each([
    ['INTEGRATIONSKURS_ALLGEMEIN', { feeExempt: true }, 1],
    ['INTEGRATIONSKURS_ALLGEMEIN', { feeExempt: false }, 0],
    ['INTEGRATIONSKURS_ALLGEMEIN', { feeExempt: null }, 0.5],
    ['BERUFSSPRACHKURS_BASIS', { employment: 'IN_TRAINING' }, 1],
    ['BERUFSSPRACHKURS_BASIS', { employment: 'EMPLOYED', feeExempt: false }, 0.5],
    ['SPORT', { feeExempt: true }, 0.5],
  ] as const)('%s for %j: %s', (programme, facts, expected) => {
    expect(valueOf('COST', person(facts), offer({ programme, feeEuro: 229 }))).toBe(expected);
  });

  it('counts a free offer in full, whatever the exemption', () => {
    expect(valueOf('COST', person({ feeExempt: false }), offer({ programme: 'INTEGRATIONSKURS_ALLGEMEIN', feeEuro: 0 }))).toBe(1);
  });
});

it('keeps the score the sum of the contributions, each weight × value', () => {
  const factors = scoreFactors(person({ gender: 'FEMALE', feeExempt: true }), offer({ programme: 'INTEGRATIONSKURS_ALLGEMEIN', feeEuro: 229, audiences: ['WOMEN'] }), WEIGHTS, AS_OF);
  for (const factor of factors) expect(factor.contribution).toBe(factor.weight * factor.value);
  let sum = 0;
  for (const factor of factors) sum += factor.contribution;
  expect(scoreOf(factors)).toBe(sum);
  expect(factors.find((f) => f.factor === 'AUDIENCE')!.contribution).toBe(1);
  expect(factors.find((f) => f.factor === 'COST')!.contribution).toBe(0.5);
});
