import fc from 'fast-check';
import { PersonScorer, scoreFactors, scoreOf, scoreValue, type CandidateOffer, type ClientProfile, type Weights } from '../../src/matching/suggestions/score';
import { distanceKm, nearestInBoxKm } from '../../src/matching/suggestions/catalogue-index';

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

describe('scoreValue, the ranking\'s score without explanations', () => {
  const level = fc.constantFrom(null, 'A1', 'A2', 'B1', 'B2', 'C1');
  const date = fc.integer({ min: -400, max: 900 }).map((days) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));
  const weekdays = fc.subarray(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
  const parts = fc.subarray(['MORNING', 'AFTERNOON', 'EVENING']);
  const people = fc.record({
    birthDate: fc.constantFrom('1990-01-01', '2008-06-15', '2012-02-29', '1975-11-30'),
    germanLevel: level,
    languages: fc.subarray(['ar', 'ti', 'uk', 'fa', 'en']),
    availability: fc.array(fc.record({ weekday: fc.constantFrom('MONDAY', 'TUESDAY', 'FRIDAY'), partOfDay: fc.constantFrom('MORNING', 'EVENING') }), { maxLength: 4 }),
    maxTravelKm: fc.constantFrom(null, 0, 10, 30),
    childrenBirthYears: fc.subarray([2019, 2023, 2010]),
    latinLiterate: fc.constantFrom(null, true, false),
    gender: fc.constantFrom(null, 'FEMALE', 'MALE', 'DIVERSE'),
    employment: fc.constantFrom(null, 'EMPLOYED', 'JOB_SEEKING', 'IN_TRAINING'),
    feeExempt: fc.constantFrom(null, true, false),
    supportPlannedEnd: date,
    openGoals: fc.array(fc.record({ id: fc.nat(), area: fc.constantFrom('LANGUAGE', 'WORK', 'EDUCATION', 'SOCIAL'), targetLevel: level }), { maxLength: 3 }),
  });
  const offers = fc.record({
    programme: fc.constantFrom('INTEGRATIONSKURS_ALLGEMEIN', 'BERUFSSPRACHKURS_BASIS', 'SPRACHCAFE', 'VABO', 'MENTORING', 'EINSTIEGSQUALIFIZIERUNG'),
    format: fc.constantFrom('IN_PERSON', 'ONLINE', 'HYBRID'),
    startDate: date, endDate: fc.option(date), rollingEntry: fc.boolean(), weekdays, timesOfDay: parts,
    capacity: fc.option(fc.integer({ min: 0, max: 20 })), seatsTaken: fc.integer({ min: 0, max: 20 }), waitlistLength: fc.nat(60), waitlistOpen: fc.boolean(),
    feeEuro: fc.option(fc.constantFrom(0, 229, 12.5)), supportLanguages: fc.subarray(['ar', 'ti', 'de']), audiences: fc.subarray(['WOMEN', 'YOUTH', 'PARENTS', 'NON_LITERATE', 'ACADEMICS']),
    childcare: fc.boolean(), entryLevelMin: level, entryLevelMax: level, targetLevel: level, distanceKm: fc.option(fc.double({ min: 0, max: 40, noNaN: true })),
  });
  it('equals the sum of the contributions to the last bit', () => {
    fc.assert(
      fc.property(people, offers, (facts, candidate) => {
        const client = person(facts as Partial<ClientProfile>);
        const scored = offer(candidate as Partial<CandidateOffer>);
        expect(scoreValue(client, scored, scored.distanceKm, WEIGHTS, AS_OF)).toBe(scoreOf(scoreFactors(client, scored, WEIGHTS, AS_OF)));
      }),
      { numRuns: 3000 },
    );
  });

  it('stays equal for one person over many offers that share their lists, as the catalogue index\'s do', () => {
    // One copy of each list, as the index interns them: the scorer remembers values by them.
    const shared = <T>(lists: T[][]) => fc.constantFrom(...lists.map((list) => Object.freeze(list)));
    const sharedOffers = fc.record({
      base: offers,
      weekdays: shared([[], ['MONDAY'], ['MONDAY', 'FRIDAY'], ['TUESDAY', 'WEDNESDAY', 'THURSDAY']]),
      timesOfDay: shared([[], ['MORNING'], ['MORNING', 'EVENING']]),
      supportLanguages: shared([[], ['ar'], ['ti', 'de']]),
    });
    fc.assert(
      fc.property(people, fc.array(sharedOffers, { minLength: 1, maxLength: 30 }), (facts, candidates) => {
        const client = person(facts as Partial<ClientProfile>);
        const scorer = new PersonScorer(client, WEIGHTS, AS_OF);
        for (const { base, ...lists } of candidates) {
          const scored = offer({ ...(base as Partial<CandidateOffer>), ...lists });
          expect(scorer.value(scored, scored.distanceKm)).toBe(scoreOf(scoreFactors(client, scored, WEIGHTS, AS_OF)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('bounds every in-person offer of a programme and target level from its nearest distance', () => {
    fc.assert(
      fc.property(people, offers, fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (facts, candidate, nearest, further) => {
        const client = person(facts as Partial<ClientProfile>);
        const scored = offer({ ...(candidate as Partial<CandidateOffer>), format: 'IN_PERSON', distanceKm: nearest + further * 20 });
        const scorer = new PersonScorer(client, WEIGHTS, AS_OF);
        expect(scorer.groupBound(scored, nearest) + 1e-9).toBeGreaterThanOrEqual(scorer.value(scored, scored.distanceKm));
        expect(scorer.groupBound(scored, null) + 1e-9).toBeGreaterThanOrEqual(scorer.value(scored, scored.distanceKm));
        // With what the group's offers share, written from the offer: no language named, no free seat.
        const traits = { programme: scored.programme, targetLevel: scored.targetLevel, noLanguages: scored.supportLanguages.length === 0, full: scored.capacity !== null && scored.capacity <= scored.seatsTaken };
        expect(scorer.groupBound(traits, null) + 1e-9).toBeGreaterThanOrEqual(scorer.value(scored, scored.distanceKm));
      }),
      { numRuns: 3000 },
    );
  });
});

it('bounds a full group no lower than its best offer: every factor at 1 but the seats, at the waitlist\'s 0.3', () => {
  const client = person({ languages: ['ar'], openGoals: [{ id: 1, area: 'LANGUAGE', targetLevel: null }] });
  const full = offer({ programme: 'SPRACHCAFE', supportLanguages: ['ar'], startDate: '2026-02-01', rollingEntry: true, capacity: 5, seatsTaken: 5, waitlistOpen: true });
  const scorer = new PersonScorer(client, WEIGHTS, AS_OF);
  // 3 + 2 + 2 + 2 + 1.5 + 1 + 1 × 0.3 + 0.5 + 1 + 0.5
  expect(scorer.value(full, null)).toBeCloseTo(13.8, 9);
  expect(scorer.groupBound({ programme: 'SPRACHCAFE', targetLevel: null, noLanguages: false, full: true }, null)).toBeCloseTo(13.8, 9);
  expect(scorer.groupBound({ programme: 'SPRACHCAFE', targetLevel: null, noLanguages: true, full: true }, null)).toBeCloseTo(13.55, 9);
});

describe('nearestInBoxKm, the ranking\'s distance to a grid cell', () => {
  it('is never more than the distance to any point in the box, nor much less for a point on its edge', () => {
    const box = fc.record({ south: fc.double({ min: 47, max: 55, noNaN: true }), west: fc.double({ min: 5, max: 15, noNaN: true }) }).map(({ south, west }) => ({ south, north: south + 0.1, west, east: west + 0.1 }));
    fc.assert(
      fc.property(box, fc.double({ min: 46, max: 56, noNaN: true }), fc.double({ min: 4, max: 16, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (cell, latitude, longitude, u, v) => {
        const inside = distanceKm(latitude, longitude, cell.south + u * 0.1, cell.west + v * 0.1);
        expect(nearestInBoxKm(latitude, longitude, cell)).toBeLessThanOrEqual(inside);
      }),
      { numRuns: 5000 },
    );
    // Written out: 0.5° of latitude south of a cell, due south of its west edge, is about 55.6 km.
    expect(nearestInBoxKm(48.0, 9.0, { south: 48.5, north: 48.6, west: 9.0, east: 9.1 })).toBeCloseTo(55.6, 0);
    expect(nearestInBoxKm(48.55, 9.05, { south: 48.5, north: 48.6, west: 9.0, east: 9.1 })).toBe(0);
  });
});
