import type { Level } from '../../src/matching/eligibility/rules';
import { MAX_PATHWAY_STEPS, planPathway, type PathwayStart, type PathwayStepData } from '../../src/matching/pathways/plan-pathway';
import { addMonths, scheduleChain } from '../../src/matching/pathways/schedule';
import { STEP_SET_1 } from '../../src/migrations/Migration20261205090000_pathways';

// The chains below are written out by hand from DOMAIN.md (Integrationskurs to B1 with the DTZ,
// special modules A2/B1 after an Integrationskurs below B1, basis modules from B1, EQ 4–12 months),
// not computed: the planner must find exactly these.

const GRAPH: PathwayStepData[] = STEP_SET_1.map((step, i) => ({
  id: i + 1,
  key: step.key,
  programme: step.programme,
  entryLevelMin: (step.entryLevelMin ?? null) as Level | null,
  entryLevelMax: (step.entryLevelMax ?? null) as Level | null,
  integrationCourseFinished: step.integrationCourseFinished ?? null,
  latinLiterate: step.latinLiterate ?? null,
  exitLevel: (step.exitLevel ?? null) as Level | null,
  certificate: step.certificate ?? null,
  completesIntegrationCourse: step.completesIntegrationCourse ?? false,
  completesGoal: step.completesGoal ?? false,
  areas: step.areas,
  durationMonthsMin: step.durationMonthsMin,
  durationMonthsMax: step.durationMonthsMax,
}));

const person = (overrides: Partial<PathwayStart> = {}): PathwayStart => ({ level: 'A1', finishedIntegrationCourse: false, latinLiterate: true, ...overrides });
const keys = (chain: ReturnType<typeof planPathway>) => chain.links.map((link) => link.step.key);
const levels = (chain: ReturnType<typeof planPathway>) => chain.links.map((link) => [link.entryLevel, link.exitLevel]);

describe('planPathway over version 1 of the graph', () => {
  it('plans nothing when the level already meets the target', () => {
    for (const level of ['B1', 'B2', 'C1'] as const) {
      const chain = planPathway(person({ level }), { area: 'LANGUAGE', targetLevel: 'B1' }, GRAPH);
      expect({ level, status: chain.status, steps: chain.links.length }).toEqual({ level, status: 'ALREADY_MET', steps: 0 });
      expect(chain.explanation).toContain('schon erreicht');
    }
  });

  it('takes a person from A1 to B2 for work: Integrationskurs, Berufssprachkurs B1→B2, then an Einstiegsqualifizierung', () => {
    const chain = planPathway(person(), { area: 'WORK', targetLevel: 'B2' }, GRAPH);
    expect(chain.status).toBe('PLANNED');
    expect(keys(chain)).toEqual(['IK_ALLGEMEIN', 'BSK_B1_B2', 'EQ']);
    expect(chain.links.map((link) => link.step.programme)).toEqual(['INTEGRATIONSKURS_ALLGEMEIN', 'BERUFSSPRACHKURS_BASIS', 'EINSTIEGSQUALIFIZIERUNG']);
    expect(levels(chain)).toEqual([['A1', 'B1'], ['B1', 'B2'], ['B2', 'B2']]);
    expect(chain.links.map((link) => link.step.certificate)).toEqual(['DTZ B1', 'DTB B2', null]);
    // 6–9 + 4–6 + 4–12 months.
    expect([chain.monthsMin, chain.monthsMax]).toEqual([14, 27]);
  });

  it('ends a language goal at its target level, without an Einstiegsqualifizierung', () => {
    const chain = planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B2' }, GRAPH);
    expect(keys(chain)).toEqual(['IK_ALLGEMEIN', 'BSK_B1_B2']);
    expect([chain.monthsMin, chain.monthsMax]).toEqual([10, 15]);
  });

  it('starts an unknown level below A1', () => {
    const chain = planPathway(person({ level: null }), { area: 'LANGUAGE', targetLevel: 'B1' }, GRAPH);
    expect(keys(chain)).toEqual(['IK_ALLGEMEIN']);
    expect(levels(chain)).toEqual([[null, 'B1']]);
    expect(chain.explanation).toContain('ohne nachgewiesene Deutschkenntnisse');
  });

  it('sends a person who does not read Latin script through the Alphabetisierungskurs and the special module B1', () => {
    const chain = planPathway(person({ level: null, latinLiterate: false }), { area: 'LANGUAGE', targetLevel: 'B1' }, GRAPH);
    expect(keys(chain)).toEqual(['IK_ALPHABETISIERUNG', 'BSK_SPEZIAL_B1']);
    expect(levels(chain)).toEqual([[null, 'A2'], ['A2', 'B1']]);
    expect(chain.links.map((link) => link.integrationCourseFinished)).toEqual([false, true]);
  });

  it('after an Integrationskurs below B1, uses the special modules, never a second Integrationskurs', () => {
    expect(keys(planPathway(person({ level: 'A2', finishedIntegrationCourse: true }), { area: 'LANGUAGE', targetLevel: 'B1' }, GRAPH))).toEqual(['BSK_SPEZIAL_B1']);
    expect(keys(planPathway(person({ level: 'A1', finishedIntegrationCourse: true }), { area: 'WORK', targetLevel: 'B1' }, GRAPH))).toEqual(['BSK_SPEZIAL_A2', 'BSK_SPEZIAL_B1', 'EQ']);
  });

  it('plans a work goal without a target level as the Einstiegsqualifizierung alone, and a housing goal without one as nothing', () => {
    const work = planPathway(person(), { area: 'WORK', targetLevel: null }, GRAPH);
    expect({ status: work.status, keys: keys(work), levels: levels(work) }).toEqual({ status: 'PLANNED', keys: ['EQ'], levels: [['A1', 'A1']] });
    const housing = planPathway(person(), { area: 'HOUSING', targetLevel: null }, GRAPH);
    expect({ status: housing.status, steps: housing.links.length }).toEqual({ status: 'NO_TARGET', steps: 0 });
  });

  it('plans the longest chain of version 1 within the cap', () => {
    const chain = planPathway(person({ level: null, latinLiterate: false }), { area: 'TRAINING_STUDIES', targetLevel: 'C2' }, GRAPH);
    expect(keys(chain)).toEqual(['IK_ALPHABETISIERUNG', 'BSK_SPEZIAL_B1', 'BSK_B1_B2', 'BSK_B2_C1', 'BSK_C1_C2', 'EQ']);
    expect(chain.links.length).toBeLessThanOrEqual(MAX_PATHWAY_STEPS);
  });

  it('answers UNREACHABLE when no chain leads to the target', () => {
    const withoutC2 = GRAPH.filter((step) => step.key !== 'BSK_C1_C2');
    const chain = planPathway(person(), { area: 'LANGUAGE', targetLevel: 'C2' }, withoutC2);
    expect({ status: chain.status, steps: chain.links.length }).toEqual({ status: 'UNREACHABLE', steps: 0 });
    expect(chain.explanation).toContain('keine Kette');
    // A work goal whose completing step needs a level no step reaches.
    const eqFromC2 = GRAPH.map((step) => (step.key === 'EQ' ? { ...step, entryLevelMin: 'C2' as Level } : step));
    expect(planPathway(person(), { area: 'WORK', targetLevel: 'B1' }, eqFromC2.filter((step) => step.key !== 'BSK_C1_C2')).status).toBe('UNREACHABLE');
  });
});

describe('planPathway on small graphs', () => {
  const step = (key: string, from: Level | null, to: Level, min: number, max: number): PathwayStepData => ({
    id: key.length, key, programme: 'COMMUNITY_COURSE', entryLevelMin: from, entryLevelMax: from, integrationCourseFinished: null, latinLiterate: null,
    exitLevel: to, certificate: null, completesIntegrationCourse: false, completesGoal: false, areas: ['LANGUAGE'], durationMonthsMin: min, durationMonthsMax: max,
  });

  it('takes the shortest chain by the longest durations, not the fewest steps', () => {
    const graph = [step('DIRECT', 'A1', 'B2', 2, 12), step('FIRST', 'A1', 'B1', 3, 4), step('SECOND', 'B1', 'B2', 3, 4)];
    expect(keys(planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B2' }, graph))).toEqual(['FIRST', 'SECOND']);
  });

  it('breaks ties by the shortest durations, then fewer steps, then the keys, whatever the order of the graph', () => {
    const byMin = [step('SLOW', 'A1', 'B1', 5, 6), step('FAST', 'A1', 'B1', 4, 6)];
    expect(keys(planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B1' }, byMin))).toEqual(['FAST']);
    const bySteps = [step('ONE', 'A1', 'B1', 4, 6), step('HALF', 'A1', 'A2', 2, 3), step('OTHER', 'A2', 'B1', 2, 3)];
    expect(keys(planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B1' }, bySteps))).toEqual(['ONE']);
    const byKey = [step('ZULU', 'A1', 'B1', 4, 6), step('ALPHA', 'A1', 'B1', 4, 6)];
    expect(keys(planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B1' }, byKey))).toEqual(['ALPHA']);
    expect(keys(planPathway(person(), { area: 'LANGUAGE', targetLevel: 'B1' }, [...byKey].reverse()))).toEqual(['ALPHA']);
  });
});

describe('scheduleChain', () => {
  it('adds months to the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it("begins each step after the one before it ends, with the offer's dates or the longest typical duration", () => {
    const chain = planPathway(person(), { area: 'WORK', targetLevel: 'B2' }, GRAPH);
    const offers: Record<string, { offerId: number; entryDate: string; startDate: string; endDate: string | null } | null> = {
      IK_ALLGEMEIN: { offerId: 1, entryDate: '2027-01-11', startDate: '2027-01-11', endDate: '2027-08-27' },
      BSK_B1_B2: null,
      EQ: { offerId: 3, entryDate: '2028-03-01', startDate: '2028-03-01', endDate: null },
    };
    const asked: string[] = [];
    const steps = scheduleChain(chain.links, '2026-12-01', (link, notBefore) => {
      asked.push(notBefore);
      return offers[link.step.key];
    });
    expect(asked).toEqual(['2026-12-01', '2027-08-28', '2028-02-28']);
    expect(steps.map((s) => [s.earliestStart, s.expectedEnd])).toEqual([
      ['2027-01-11', '2027-08-27'],
      // No offer: from the day after, 6 months (the longest typical duration of B1→B2).
      ['2027-08-28', '2028-02-27'],
      // An offer without an end date: 12 months (the longest of an EQ).
      ['2028-03-01', '2029-02-28'],
    ]);
    expect(steps.every((s) => s.explanation.endsWith('.'))).toBe(true);
  });
});
