import { Offer } from '../../src/offers/offer.entity';
import type { Viewer } from '../../src/core/auth/viewer';
import { aClient, aGoal, aManager, aPlan, inDays, insert, nextSerial } from '../factories';
import { ClientPathwayDocument, PathwayStepsDocument, type ClientPathwayQuery } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;

/** Relay's opaque ID, written out here rather than taken from src. */
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const userIdOf = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.userId : 0);

interface Case {
  client: number;
  goal: number;
}
/** Managed by manager A: A1 with a work goal at B2, support ending in four years or in three months; a language goal at B1. */
let longSupport: Case;
let shortSupport: Case;
let languageB1: Case;
/** Another manager's client in the same agency. */
let colleagues: Case;
/**
 * Offers written for this test, all online (no travel): one per step; a Berufssprachkurs that
 * starts too early; and one from B2 that scores higher than the fitting B1→B2 course (full, with a
 * fee) though it does not fit the step's levels.
 */
const own: Record<'ik' | 'bskEarly' | 'bsk' | 'bskAbove' | 'eq', { id: number; start: string; end: string }> = {} as never;

const RANK = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const rank = (level: string | null) => (level === null ? -1 : RANK.indexOf(level));
const dayAfter = (iso: string) => {
  const at = new Date(`${iso}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
};

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const managerA = userIdOf(tenants.viewers.managerA);
  const colleague = await insert(hub, (em) => aManager(em, tenants.agencyA.id, { email: `colleague-${nextSerial()}@example.test` }));
  const person = { agencyId: tenants.agencyA.id, residenceStatus: 'AE_25_2', residenceParagraph: '§ 25 Abs. 2 AufenthG', workPermit: 'ALLOWED', germanLevel: 'A1', germanCertificate: null, latinLiterate: true, languages: ['ar'] as string[], birthDate: '1992-04-10', supportStart: inDays(-30) } as const;
  const cases = await insert(hub, async (em) => {
    const make = async (managerId: number, supportPlannedEnd: string, area: 'WORK' | 'LANGUAGE', targetLevel: 'B1' | 'B2') => {
      const client = await aClient(em, { ...person, managerId, supportPlannedEnd });
      return { client, goal: aGoal(em, aPlan(em, client), { area, targetLevel }) };
    };
    return Promise.all([
      make(managerA, inDays(4 * 365 - 40), 'WORK', 'B2'),
      make(managerA, inDays(90), 'WORK', 'B2'),
      make(managerA, inDays(2 * 365), 'LANGUAGE', 'B1'),
      make(colleague.id, inDays(2 * 365), 'WORK', 'B2'),
    ]);
  });
  [longSupport, shortSupport, languageB1, colleagues] = cases.map(({ client, goal }) => ({ client: client.id, goal: goal.id }));

  const offer = (programme: string, levels: [string | null, string | null, string], start: number, days: number, extra: Record<string, unknown> = {}) => ({
    programme, start: inDays(start), end: inDays(start + days), levels, extra,
  });
  const full = { seatsTaken: 20, waitlistOpen: true, waitlistLength: 1, feeEuro: 300 };
  const specs = {
    ik: offer('INTEGRATIONSKURS_ALLGEMEIN', [null, 'A2', 'B1'], 14, 200),
    bskEarly: offer('BERUFSSPRACHKURS_BASIS', ['B1', 'B1', 'B2'], 21, 150),
    bsk: offer('BERUFSSPRACHKURS_BASIS', ['B1', 'B1', 'B2'], 14 + 200 + 21, 150, full),
    bskAbove: offer('BERUFSSPRACHKURS_BASIS', ['B2', 'B2', 'C1'], 14 + 200 + 21, 150, { supportLanguages: ['ar'] }),
    eq: offer('EINSTIEGSQUALIFIZIERUNG', [null, null, 'B2'], 14 + 200 + 21 + 150 + 21, 270),
  };
  const made = await insert(hub, (em) =>
    Object.entries(specs).map(([name, spec]) => {
      const family = spec.programme === 'EINSTIEGSQUALIFIZIERUNG' ? 'SCHOOL_TO_WORK' : 'LANGUAGE_COURSE';
      const row = em.create(Offer, {
        provider: tenants.providerP.id, status: 'PUBLISHED', family, programme: spec.programme, title: `Pfad-Test ${name}`, description: 'Für den Pfad-Test.',
        format: 'ONLINE', startDate: spec.start, endDate: spec.end, entryLevelMin: spec.levels[0], entryLevelMax: spec.levels[1], targetLevel: spec.levels[2],
        capacity: 20, seatsTaken: 0, feeEuro: 0, ...spec.extra,
      } as never, { partial: true });
      return [name, row, spec] as const;
    }),
  );
  for (const [name, row, spec] of made) own[name as keyof typeof own] = { id: row.id, start: spec.start, end: spec.end };
}, 120_000);
afterAll(() => hub.close());

type PathwayResult = NonNullable<NonNullable<ClientPathwayQuery['client']>['pathway']>;
const pathwayOf = async (of: Case, viewer: Viewer = tenants.viewers.managerA, goal = globalId('PlanGoal', of.goal)) => {
  const result = await hub.execute(ClientPathwayDocument, { id: globalId('Client', of.client), goal }, viewer);
  expect(result.errors).toBeUndefined();
  return { pathway: result.data!.client?.pathway ?? null, client: result.data!.client, statements: result.statements };
};

describe('pathwaySteps', () => {
  it('lists version 1 of the graph publicly, each step with its legal source', async () => {
    const result = await hub.execute(PathwayStepsDocument, {});
    expect(result.errors).toBeUndefined();
    const steps = result.data!.pathwaySteps;
    expect(steps.map((step) => step.key)).toEqual(expect.arrayContaining(['IK_ALLGEMEIN', 'BSK_B1_B2', 'EQ']));
    expect(steps.find((step) => step.key === 'EQ')).toMatchObject({ programme: 'EINSTIEGSQUALIFIZIERUNG', durationMonthsMin: 4, durationMonthsMax: 12, completesGoal: true, source: expect.stringContaining('§ 54a SGB III') });
    expect(steps.find((step) => step.key === 'BSK_B1_B2')).toMatchObject({ entryLevelMin: 'B1', exitLevel: 'B2', certificate: 'DTB B2' });
    expect(steps.every((step) => step.version === 1 && step.explanation.endsWith('.'))).toBe(true);
    expect((await hub.execute(PathwayStepsDocument, { version: 99 })).data!.pathwaySteps).toEqual([]);
  });
});

describe('Client.pathway', () => {
  let planned: PathwayResult;
  beforeAll(async () => {
    planned = (await pathwayOf(longSupport)).pathway!;
  });

  it('leads a person at A1 with a work goal at B2 through the Integrationskurs and the Berufssprachkurs B1→B2 to an Einstiegsqualifizierung', () => {
    expect(planned).toMatchObject({ status: 'PLANNED', startLevel: 'A1', stepSetVersion: 1, goal: { id: globalId('PlanGoal', longSupport.goal), area: 'WORK', targetLevel: 'B2' } });
    expect(planned.steps.map((step) => [step.programme, step.entryLevel, step.exitLevel])).toEqual([
      ['INTEGRATIONSKURS_ALLGEMEIN', 'A1', 'B1'],
      ['BERUFSSPRACHKURS_BASIS', 'B1', 'B2'],
      ['EINSTIEGSQUALIFIZIERUNG', 'B2', 'B2'],
    ]);
    expect(planned.steps.map((step) => step.certificate)).toEqual(['DTZ B1', 'DTB B2', null]);
  });

  it('gives each step a concrete offer of its programme and levels that starts after the step before ends', () => {
    let previousEnd: string | null = null;
    for (const step of planned.steps) {
      expect(step.offer).not.toBeNull();
      const offer = step.offer!;
      expect(offer.programme).toBe(step.programme);
      // Joined on its first day, or later when it takes people in while running: never before the step may begin.
      expect(step.earliestStart >= offer.startDate).toBe(true);
      if (previousEnd !== null) {
        expect(step.earliestStart > previousEnd).toBe(true);
        expect(offer.startDate > previousEnd || step.earliestStart === dayAfter(previousEnd)).toBe(true);
      }
      expect(step.expectedEnd > step.earliestStart).toBe(true);
      if (offer.startDate === step.earliestStart && offer.endDate !== null) expect(step.expectedEnd).toBe(offer.endDate);
      expect(typeof step.score).toBe('number');
      previousEnd = step.expectedEnd;
    }
    const starts = planned.steps.map((step) => step.earliestStart);
    expect([...starts].sort()).toEqual(starts);
    expect(planned.expectedEnd).toBe(planned.steps.at(-1)!.expectedEnd);
  });

  it("never picks an offer that starts before the step before ends, nor one whose levels do not fit the step", async () => {
    const bsk = planned.steps[1];
    expect(bsk.offer!.id).not.toBe(globalId('Offer', own.bskEarly.id));
    expect(bsk.offer!.id).not.toBe(globalId('Offer', own.bskAbove.id));
    const [row] = await hub.sql<{ entry_level_min: string | null; entry_level_max: string | null; target_level: string | null }>(
      'select entry_level_min::text, entry_level_max::text, target_level::text from offer where id = ?',
      [Number(Buffer.from(bsk.offer!.id, 'base64url').toString().split(':')[1])],
    );
    expect(row.entry_level_min === null || rank(row.entry_level_min) <= rank('B1')).toBe(true);
    expect(row.entry_level_max === null || rank(row.entry_level_max) >= rank('B1')).toBe(true);
    expect(row.target_level === null || rank(row.target_level) >= rank('B2')).toBe(true);
  });

  it('ends before the support ends when it is four years long, not when it ends in three months', async () => {
    expect(planned.endsBeforeSupportEnd).toBe(planned.expectedEnd! <= planned.supportPlannedEnd);
    expect(planned.endsBeforeSupportEnd).toBe(true);
    const short = (await pathwayOf(shortSupport)).pathway!;
    expect(short.status).toBe('PLANNED');
    expect(short.supportPlannedEnd).toBe(inDays(90));
    expect(short.expectedEnd! > short.supportPlannedEnd).toBe(true);
    expect(short.endsBeforeSupportEnd).toBe(false);
    expect(short.explanation).toContain('nach dem geplanten Ende der Begleitung');
  });

  it('costs the same number of SQL statements for one step as for three', async () => {
    const three = await pathwayOf(longSupport);
    const one = await pathwayOf(languageB1);
    expect(one.pathway!.steps.map((step) => step.programme)).toEqual(['INTEGRATIONSKURS_ALLGEMEIN']);
    expect(one.statements).toBe(three.statements);
    // Transaction (3), client, goal, step set (2), rules (2), weights, open goals, candidates, goal node, offers, audit.
    expect(three.statements).toBeLessThanOrEqual(15);
  });

  it("answers a goal of another client, of another manager's client or a missing goal with null, and another manager's client not at all", async () => {
    const missing = await pathwayOf(longSupport, tenants.viewers.managerA, globalId('PlanGoal', 2_147_000_000));
    expect(missing.pathway).toBeNull();
    // The coordinator sees both clients: the goal must still belong to the client asked about.
    const otherClientsGoal = await pathwayOf(longSupport, tenants.viewers.coordinatorA, globalId('PlanGoal', colleagues.goal));
    expect(otherClientsGoal.client).not.toBeNull();
    expect(otherClientsGoal.pathway).toBeNull();
    const managersOwnClientForeignGoal = await pathwayOf(longSupport, tenants.viewers.managerA, globalId('PlanGoal', colleagues.goal));
    expect(managersOwnClientForeignGoal.pathway).toBeNull();
    expect((await pathwayOf(colleagues, tenants.viewers.managerA)).client).toBeNull();
    expect((await pathwayOf(colleagues, tenants.viewers.managerB)).client).toBeNull();
    // The coordinator may plan for the colleague's client.
    expect((await pathwayOf(colleagues, tenants.viewers.coordinatorA)).pathway!.status).toBe('PLANNED');
  });

  it('refuses an ID that names no goal, like offerFit refuses one that names no offer', async () => {
    const result = await hub.execute(ClientPathwayDocument, { id: globalId('Client', longSupport.client), goal: globalId('Offer', 1) }, tenants.viewers.managerA);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'goal' });
  });

  it('audits the read as the client\'s field "pathway" under CASE_MANAGEMENT', async () => {
    await pathwayOf(languageB1);
    const events = await hub.sql<{ purpose: string; fields: string[] }>(
      "select purpose::text, fields from audit_event where subject_id = ? and action = 'READ' order by id desc limit 1",
      [globalId('Client', languageB1.client)],
    );
    expect(events[0]).toMatchObject({ purpose: 'CASE_MANAGEMENT' });
    expect(events[0].fields).toContain('pathway');
  });
});
