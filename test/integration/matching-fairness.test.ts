import { aClient, insert } from '../factories';
import { MatchingFairnessDocument, type MatchingFairnessQuery } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * matchingFairness over a caseload built for it: one in-person Integrationskurs in the catalogue,
 * and groups whose shares are known by construction:
 * - 6 women with an entitling title (§ 25(2)) who live 60 km from it and travel at most 10 km;
 * - 6 men with the same title who live next to it;
 * - 5 people with a Duldung next to it, whom no rule admits to the Integrationskurs;
 * - 4 people with § 24 protection (gender not recorded), too few to be shown.
 * Overall 6 of 21 get a suggestion (29 %); among the 12 the rules admit, 6 (50 %).
 */
let hub: TestHub;
let tenants: Tenants;
let offerPlace: { latitude: number; longitude: number };

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  // The only published Integrationskurs (allgemein): in person, open, with open capacity.
  await hub.sql("update offer set status = 'DRAFT' where programme = 'INTEGRATIONSKURS_ALLGEMEIN'");
  const [offer] = await hub.sql<{ id: number; latitude: number; longitude: number }>(
    `select o.id, l.latitude, l.longitude from offer o join location l on l.id = o.location_id
     where o.status = 'PUBLISHED' and l.latitude between 48 and 49.4 order by o.id limit 1`,
  );
  await hub.sql(
    `update offer set programme = 'INTEGRATIONSKURS_ALLGEMEIN', family = 'LANGUAGE_COURSE', format = 'IN_PERSON', start_date = current_date + 20, end_date = current_date + 200,
       rolling_entry = false, capacity = null, waitlist_open = false, min_age = null, max_age = null, admitted_residence_statuses = '{}',
       entry_level_min = null, entry_level_max = null, audiences = '{}' where id = ?`,
    [offer.id],
  );
  offerPlace = { latitude: offer.latitude, longitude: offer.longitude };
  const near = { ...offerPlace, maxTravelKm: 50 };
  const far = { latitude: offer.latitude + 0.55, longitude: offer.longitude, maxTravelKm: 10 };
  const adult = { germanLevel: 'A1' as const, status: 'ACTIVE' as const };
  await insert(hub, (em) => {
    const agencyId = tenants.agencyA.id;
    const made = [];
    for (let i = 0; i < 6; i++) made.push(aClient(em, { agencyId, ...adult, ...far, gender: 'FEMALE', residenceStatus: 'AE_25_2', birthDate: `198${i}-03-0${i + 1}` }));
    for (let i = 0; i < 6; i++) made.push(aClient(em, { agencyId, ...adult, ...near, gender: 'MALE', residenceStatus: 'AE_25_2', birthDate: `198${i}-04-0${i + 1}` }));
    for (let i = 0; i < 5; i++) made.push(aClient(em, { agencyId, ...adult, ...near, gender: 'UNSPECIFIED', residenceStatus: 'DULDUNG', birthDate: `198${i}-05-0${i + 1}` }));
    for (let i = 0; i < 4; i++) made.push(aClient(em, { agencyId, ...adult, ...near, gender: null, residenceStatus: 'AE_24', birthDate: `198${i}-06-0${i + 1}` }));
    // Not active: not counted.
    made.push(aClient(em, { agencyId, ...adult, ...near, gender: 'FEMALE', residenceStatus: 'AE_25_2', status: 'PAUSED' }));
    return Promise.all(made);
  });
}, 120_000);
afterAll(() => hub.close());

type Report = MatchingFairnessQuery['matchingFairness'];
const groupOf = (report: Report, dimension: string, value: string) => report.dimensions.find((entry) => entry.dimension === dimension)!.groups.find((group) => group.value === value);

describe('matchingFairness', () => {
  let report: Report;
  let statements = 0;
  beforeAll(async () => {
    const result = await hub.execute(MatchingFairnessDocument, { filter: { programmes: ['INTEGRATIONSKURS_ALLGEMEIN'] } }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    report = result.data!.matchingFairness;
    statements = result.statements;
  });

  it('counts the active clients and the shares overall', () => {
    expect(report.truncated).toBe(false);
    expect(report.overall).toMatchObject({ clients: 21 });
    expect(report.overall.withSuggestionShare).toBeCloseTo(6 / 21, 9);
    expect(report.overall.ruleEligibleShare).toBeCloseTo(12 / 21, 9);
    expect(report.overall.withSuggestionShareAmongRuleEligible).toBeCloseTo(0.5, 9);
  });

  it('shows groups of five or more and only counts smaller ones', () => {
    expect(groupOf(report, 'GENDER', 'FEMALE')).toMatchObject({ clients: 6 });
    expect(groupOf(report, 'GENDER', 'MALE')).toMatchObject({ clients: 6 });
    expect(groupOf(report, 'RESIDENCE_STATUS', 'DULDUNG')).toMatchObject({ clients: 5 });
    expect(groupOf(report, 'RESIDENCE_STATUS', 'AE_24')).toBeUndefined();
    expect(report.dimensions.find((entry) => entry.dimension === 'RESIDENCE_STATUS')!.suppressedGroups).toBe(1);
    // Gender where recorded: no entry and no record are no group.
    expect(report.dimensions.find((entry) => entry.dimension === 'GENDER')!.groups.map((group) => group.value)).toEqual(['FEMALE', 'MALE']);
    for (const { groups } of report.dimensions) for (const group of groups) expect(group.clients).toBeGreaterThanOrEqual(5);
  });

  it('flags the women, kept from the course by distance, but not the people the rules do not admit', () => {
    const women = groupOf(report, 'GENDER', 'FEMALE')!;
    expect(women).toMatchObject({ withSuggestionShare: 0, ruleEligibleShare: 1, withSuggestionShareAmongRuleEligible: 0, meanTopScore: null, meanDistanceKm: null, flagged: true });
    expect(women.gap).toBeCloseTo(-6 / 21, 9);
    expect(women.gapAmongRuleEligible).toBeCloseTo(-0.5, 9);
    expect(women.explanation).toContain('nicht durch die Zugangsregeln erklärt');

    const tolerated = groupOf(report, 'RESIDENCE_STATUS', 'DULDUNG')!;
    expect(tolerated).toMatchObject({ withSuggestionShare: 0, ruleEligibleShare: 0, withSuggestionShareAmongRuleEligible: null, gapAmongRuleEligible: null, flagged: false });
    expect(tolerated.explanation).toContain('durch die Regeln erklärt');

    const men = groupOf(report, 'GENDER', 'MALE')!;
    expect(men).toMatchObject({ withSuggestionShare: 1, flagged: false });
    expect(men.meanDistanceKm).toBeLessThan(1);
    expect(men.meanTopScore).toBeGreaterThan(0);
  });

  it('costs one statement per client and a few more', () => {
    expect(statements).toBeLessThanOrEqual(21 + 15);
  });

  it('refuses a threshold outside 0.01–0.5', async () => {
    const result = await hub.execute(MatchingFairnessDocument, { filter: { gapThreshold: 0.9 } }, tenants.viewers.coordinatorA);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
