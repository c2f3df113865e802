import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { KeyRing } from '../../src/core/crypto/key-ring';
import { createHubOrm } from '../../src/app/hub';
import { CaseloadGenerator, generateCaseloads, type CaseloadWorld, type Encrypt } from '../../seeds/caseload-generator';
import { HEALTH_NEEDS } from '../../seeds/caseload/client-texts';
import { ORIGINS } from '../../seeds/caseload/people';
import { NOTE_BODIES } from '../../seeds/caseload/plan-texts';
import { loadCaseloadWorld } from '../../seeds/caseload/world';
import { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN } from '../../src/plans/plan.service';
import { MAX_TEAMS_PER_AGENCY } from '../../src/tenancy/tenancy.service';
import { hasCaseloads, seedCaseloads, type CaseloadSeedCounts } from '../../seeds/seed-caseloads';
import { TEST_ADMIN_URL_ENV, databaseUrl } from '../support/test-database';
import { createTestHub, type TestHub } from '../support/test-hub';

const AGENCIES = 4;
const MANAGERS = 3;
const CLIENTS_PER_MANAGER = 5;
const CLIENTS = AGENCIES * MANAGERS * CLIENTS_PER_MANAGER;

const ring = new KeyRing([{ id: 'test', key: randomBytes(32) }]);
/** Readable stand-in for encryption, so generated rows can be compared as a whole. */
const visible: Encrypt = (plaintext, context) => `${context}=${plaintext}`;

let hub: TestHub;
/** The schema owner, as `seedCaseloads` needs it. */
let owner: MikroORM;
let before: boolean;
let counts: CaseloadSeedCounts;
const progress: Array<[number, number]> = [];

beforeAll(async () => {
  hub = await createTestHub();
  const [{ name }] = await hub.sql<{ name: string }>('select current_database() as name');
  // A ring of its own, not the hub's: the seed encrypts under the ring of the ORM it writes with.
  owner = await createHubOrm(databaseUrl(process.env[TEST_ADMIN_URL_ENV]!, name), { pool: { min: 0, max: 2 } }, { keyRing: ring });
  before = await hasCaseloads(owner.em.fork());
  counts = await seedCaseloads(owner.em.fork(), {
    managersPerAgency: MANAGERS,
    clientsPerManager: CLIENTS_PER_MANAGER,
    agencyLimit: AGENCIES,
    onProgress: (done, total) => progress.push([done, total]),
  });
});
afterAll(async () => {
  await owner?.close(true);
  await hub?.close();
});

const count = async (sql: string, params: unknown[] = []) => Number((await hub.sql<{ n: string }>(sql, params))[0].n);

describe('seedCaseloads', () => {
  it('fills the first agencies with staff and clients, each with a plan', async () => {
    expect(before).toBe(false);
    expect(await hasCaseloads(owner.em.fork())).toBe(true);
    expect(counts).toMatchObject({ users: AGENCIES * (MANAGERS + 2), clients: CLIENTS, plans: CLIENTS });
    expect(counts.goals).toBeGreaterThanOrEqual(2 * CLIENTS);
    expect(counts.goals).toBeLessThanOrEqual(4 * CLIENTS);
    expect(counts.measures).toBeGreaterThanOrEqual(counts.goals);
    expect(counts.measures).toBeLessThanOrEqual(3 * counts.goals);
    const inDatabase = {
      users: await count('select count(*) as n from hub_user'),
      clients: await count('select count(*) as n from client'),
      plans: await count('select count(*) as n from plan'),
      goals: await count('select count(*) as n from plan_goal'),
      measures: await count('select count(*) as n from plan_measure'),
      notes: await count('select count(*) as n from case_note'),
      consents: await count('select count(*) as n from consent'),
    };
    expect(inDatabase).toEqual(counts);
    const agencies = await hub.sql<{ agency_id: number }>('select distinct agency_id from client order by agency_id');
    const first = await hub.sql<{ id: number }>('select id from agency order by id limit ?', [AGENCIES]);
    expect(agencies.map((row) => row.agency_id)).toEqual(first.map((row) => row.id));
    expect(progress[0]).toEqual([0, CLIENTS]);
    expect(progress[progress.length - 1]).toEqual([CLIENTS, CLIENTS]);
  });

  it('gives every agency its managers, a coordinator and a data protection officer', async () => {
    const staff = await hub.sql<{ key: string; email: string; roles: string[]; name: string }>(
      'select a.key, u.email, u.roles, u.name from hub_user u join agency a on a.id = u.agency_id order by u.id',
    );
    const [first] = staff;
    expect(staff.filter((user) => user.key === first.key).map((user) => [user.email, user.roles])).toEqual([
      ...Array.from({ length: MANAGERS }, (_, index) => [`manager-${index + 1}@${first.key}.example.test`, ['MANAGER']]),
      [`coordinator@${first.key}.example.test`, ['COORDINATOR']],
      [`dpo@${first.key}.example.test`, ['DATA_PROTECTION_OFFICER']],
    ]);
    expect(staff.every((user) => user.name.length > 0 && user.email.endsWith('.example.test'))).toBe(true);
  });

  it("puts managers in their own agency's teams, taking the teams in turn", async () => {
    const managers = await hub.sql<{ agency_id: number; team_id: number | null; team_agency_id: number | null }>(
      `select u.agency_id, u.team_id, t.agency_id as team_agency_id from hub_user u left join team t on t.id = u.team_id
       where 'MANAGER' = any(u.roles) order by u.id`,
    );
    expect(managers).toHaveLength(AGENCIES * MANAGERS);
    expect(managers.every((manager) => manager.team_agency_id === manager.agency_id)).toBe(true);
    const firstAgency = managers.filter((manager) => manager.agency_id === managers[0].agency_id).map((manager) => manager.team_id);
    expect(firstAgency[0]).not.toBe(firstAgency[1]);
    expect(firstAgency[0]).toBe(firstAgency[2]);
  });

  it("places every client in a municipality its agency covers, with a manager of that agency", async () => {
    expect(await count(`select count(*) as n from client c
      where not exists (select 1 from agency_municipality am where am.agency_id = c.agency_id and am.municipality_id = c.municipality_id)`)).toBe(0);
    expect(await count('select count(*) as n from client c join hub_user u on u.id = c.manager_id where u.agency_id = c.agency_id')).toBe(CLIENTS);
  });

  it('stores special categories only encrypted, under the ring and context of their column', async () => {
    const clients = await hub.sql<{ origin: string; health: string | null }>('select origin_country_encrypted as origin, health_needs_encrypted as health from client');
    const notes = await hub.sql<{ body: string }>('select body_encrypted as body from case_note');
    expect(notes.length).toBeGreaterThan(0);
    const stored = [...clients.flatMap(({ origin, health }) => (health === null ? [origin] : [origin, health])), ...notes.map(({ body }) => body)];
    const plaintexts = [...ORIGINS.map(([origin]) => origin.country), ...HEALTH_NEEDS, ...NOTE_BODIES];
    for (const value of stored) {
      expect(value.startsWith('v1:test:')).toBe(true);
      expect(plaintexts.some((plaintext) => value.includes(plaintext))).toBe(false);
    }
    const countries = ORIGINS.map(([origin]) => origin.country);
    expect(clients.every(({ origin }) => countries.includes(ring.decrypt(origin, 'client.origin_country')))).toBe(true);
    expect(clients.every(({ health }) => health === null || (HEALTH_NEEDS as readonly string[]).includes(ring.decrypt(health, 'client.health_needs')))).toBe(true);
    expect(notes.every(({ body }) => (NOTE_BODIES as readonly string[]).includes(ring.decrypt(body, 'case_note.body')))).toBe(true);
  });

  it('gives each client exactly one current plan, version 1', async () => {
    expect(await count(`select count(*) as n from client c
      where (select count(*) from plan p where p.client_id = c.id and p.is_current and p.version = 1) <> 1`)).toBe(0);
  });

  it('keeps goals, measures and reviews in their plan and client, each its own origin', async () => {
    expect(await count(`select count(*) as n from plan_goal g join plan p on p.id = g.plan_id where g.client_id <> p.client_id or g.origin_id <> g.id`)).toBe(0);
    expect(await count(`select count(*) as n from plan_measure m join plan_goal g on g.id = m.goal_id
      where g.plan_id <> m.plan_id or g.client_id <> m.client_id or m.origin_id <> m.id`)).toBe(0);
    expect(await count(`select count(*) as n from plan_review r join plan p on p.id = r.plan_id where r.client_id <> p.client_id or r.origin_id <> r.id`)).toBe(0);
    const areas = await hub.sql<{ duplicated: number }>('select count(*) - count(distinct (plan_id, area)) as duplicated from plan_goal');
    expect(Number(areas[0].duplicated)).toBe(0);
    expect(await count(`select count(*) as n from plan_goal where (area = 'LANGUAGE') <> (target_level is not null)`)).toBe(0);
  });

  it('stays within the list caps the API enforces', async () => {
    const most = async (sql: string) => Number((await hub.sql<{ n: string | null }>(`select coalesce(max(n), 0) as n from (${sql}) counts`))[0].n);
    expect(await most('select count(*) as n from plan_goal group by plan_id')).toBeLessThanOrEqual(MAX_GOALS_PER_PLAN);
    expect(await most('select count(*) as n from plan_measure group by goal_id')).toBeLessThanOrEqual(MAX_MEASURES_PER_GOAL);
    expect(await most('select count(*) as n from plan_measure group by plan_id')).toBeLessThanOrEqual(MAX_MEASURES_PER_PLAN);
    expect(await most('select count(*) as n from plan_review group by plan_id')).toBeLessThanOrEqual(MAX_REVIEWS_PER_PLAN);
    expect(await most('select count(*) as n from team group by agency_id')).toBeLessThanOrEqual(MAX_TEAMS_PER_AGENCY);
  });

  it("links about half the measures to published offers in the agency's municipalities", async () => {
    const linked = await count('select count(*) as n from plan_measure where offer_id is not null');
    expect(linked / counts.measures).toBeGreaterThan(0.15);
    expect(linked / counts.measures).toBeLessThan(0.75);
    expect(await count(`select count(*) as n from plan_measure m join offer o on o.id = m.offer_id where o.status <> 'PUBLISHED'`)).toBe(0);
    expect(await count(`select count(*) as n from plan_measure m join client c on c.id = m.client_id join offer o on o.id = m.offer_id
      join location l on l.id = o.location_id
      where not exists (select 1 from agency_municipality am where am.agency_id = c.agency_id and am.municipality_id = l.municipality_id)`)).toBe(0);
  });

  it('keeps dates in order: support, closing, consents and their withdrawal', async () => {
    expect(await count(`select count(*) as n from client where support_planned_end <> support_start + interval '2 years'
      or support_start < date '2026-11-25' - 730 or support_start > date '2026-11-25'`)).toBe(0);
    expect(await count(`select count(*) as n from client where status = 'CLOSED' and (closed_at::date <= support_start or closed_reason is null)`)).toBe(0);
    expect(await count(`select count(*) as n from client where age(date '2026-11-25', birth_date) not between interval '16 years' and interval '61 years'`)).toBe(0);
    expect(await count(`select count(*) as n from consent k join client c on c.id = k.client_id
      where k.given_at::date < c.support_start or k.withdrawn_at <= k.given_at or k.text_version <> 'v2026-01' or k.purpose <> 'REFERRAL'`)).toBe(0);
  });

  it('moves the sequences past the ids it chose', async () => {
    for (const table of ['hub_user', 'client', 'plan', 'plan_goal', 'plan_measure', 'plan_review', 'case_note', 'consent']) {
      const [row] = await hub.sql<{ next: number; max: number }>(`select nextval(pg_get_serial_sequence('${table}', 'id')) as next, (select max(id) from "${table}") as max`);
      expect(Number(row.next)).toBeGreaterThan(Number(row.max));
    }
  });

  it('refuses a second run over the same agencies, changing nothing', async () => {
    await expect(seedCaseloads(owner.em.fork(), { managersPerAgency: 1, clientsPerManager: 1, agencyLimit: 1 })).rejects.toThrow(/once per database/);
    expect(await count('select count(*) as n from client')).toBe(CLIENTS);
  });

  it('refuses to run under row-level security', async () => {
    await expect(seedCaseloads(hub.orm.em.fork(), { managersPerAgency: 1, clientsPerManager: 1, agencyLimit: 1 })).rejects.toThrow(/schema owner/);
  });
});

describe('CaseloadGenerator', () => {
  let world: CaseloadWorld;
  beforeAll(async () => {
    world = await loadCaseloadWorld(owner.em.getKnex(), 2);
  });
  const options = { managersPerAgency: 2, clientsPerManager: 10, encrypt: visible };

  it('gives the same rows for the same seed, whatever the batch size', () => {
    const whole = generateCaseloads(world, { ...options, seed: 7 });
    expect(generateCaseloads(world, { ...options, seed: 7 })).toEqual(whole);
    const clients = [...new CaseloadGenerator(world, { ...options, seed: 7 }).batches(3)].flatMap((batch) => batch.clients);
    expect(clients).toEqual(whole.clients);
    expect(whole.clients).toHaveLength(2 * 2 * 10);
  });

  it('gives other clients for another seed', () => {
    const a = generateCaseloads(world, { ...options, seed: 7 }).clients.slice(0, 5);
    const b = generateCaseloads(world, { ...options, seed: 8 }).clients.slice(0, 5);
    expect(b).not.toEqual(a);
    expect(b.map((client) => client.id)).toEqual(a.map((client) => client.id));
  });

  it('continues after the ids the world already holds', () => {
    const { clients, users } = generateCaseloads(world, { ...options, seed: 7 });
    expect(clients[0].id).toBe(world.nextIds.client);
    expect(users[0].id).toBe(world.nextIds.hub_user);
    expect(world.nextIds.client).toBe(CLIENTS + 1);
  });

  it('writes slots, languages and residence in the formats the API reads', () => {
    const { clients } = generateCaseloads(world, { ...options, seed: 7 });
    for (const client of clients) {
      for (const slot of client.availability) expect(slot).toEqual({ weekday: expect.stringMatching(/^(MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY$/), partOfDay: expect.stringMatching(/^(MORNING|AFTERNOON|EVENING)$/) });
      expect(new Set(client.availability.map((slot) => `${slot.weekday} ${slot.partOfDay}`)).size).toBe(client.availability.length);
      expect(client.languages.length).toBeGreaterThan(0);
      expect(client.languages.every((code) => /^[a-z]{2,3}$/.test(code))).toBe(true);
      expect(client.originCountryEncrypted).toMatch(/^client\.origin_country=/);
      if (client.residenceStatus !== null) expect(client.residenceParagraph).toMatch(/§/);
      // Invented family names say so; given names stay common ones.
      expect(client.familyName).toMatch(/beispiel|muster|probe|demo|test/i);
      expect(client.givenNames).not.toMatch(/beispiel|muster|probe|demo|test/i);
    }
  });
});
