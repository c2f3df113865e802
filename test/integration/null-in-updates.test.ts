import { fromGlobalIdOf, toGlobalId } from '../../src/core/relay/global-id';
import { ClientUpdateDocument, OfferSeatsUpdateDocument, PlanGoalUpdateDocument } from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * One meaning for null in every update input: an omitted field stays as it is, null clears a
 * field that may be empty, and a field that cannot be cleared refuses null with a user error
 * (and nothing is written), never a silent "success" that kept the old value.
 */
let hub: TestHub;
let tenants: Tenants;
let refs: CaseRefs;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
});
afterAll(() => hub.close());

const clientId = () => fromGlobalIdOf('Client', refs.client);
const currentVersion = async () => (await hub.sql<{ version: number }>('select max(version) as version from plan where client_id = ?', [clientId()]))[0].version;

describe('planGoalUpdate', () => {
  const update = (changes: Record<string, unknown>) => hub.execute(PlanGoalUpdateDocument, { input: { goal: refs.goal, ...changes } as never }, tenants.viewers.managerA);
  const goalOf = (result: Awaited<ReturnType<typeof update>>) => result.data!.planGoalUpdate.plan!.goals.find((goal) => goal.id === result.data!.planGoalUpdate.goal!.id)!;

  it('clears target, target level and due date on null, and keeps omitted fields', async () => {
    const set = await update({ target: '  Zertifikat telc B1  ', targetLevel: 'B1', dueDate: '2027-06-30' });
    expect(set.data!.planGoalUpdate.userErrors).toEqual([]);
    expect(goalOf(set)).toMatchObject({ target: 'Zertifikat telc B1', targetLevel: 'B1', dueDate: '2027-06-30', description: 'B1 erreichen' });

    const status = await update({ status: 'IN_PROGRESS' });
    expect(goalOf(status)).toMatchObject({ target: 'Zertifikat telc B1', targetLevel: 'B1', dueDate: '2027-06-30', status: 'IN_PROGRESS' });

    const cleared = await update({ target: null, targetLevel: null, dueDate: null });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.planGoalUpdate.userErrors).toEqual([]);
    expect(goalOf(cleared)).toMatchObject({ target: null, targetLevel: null, dueDate: null, status: 'IN_PROGRESS', description: 'B1 erreichen' });
    const [row] = await hub.sql<{ target: string | null; target_level: string | null; due_date: string | null }>(
      'select target, target_level, due_date from plan_goal g join plan p on p.id = g.plan_id where p.is_current and g.client_id = ?',
      [clientId()],
    );
    expect(row).toEqual({ target: null, target_level: null, due_date: null });
  });

  it('refuses null for the description and the status, which a goal always has, and writes no version', async () => {
    const before = await currentVersion();
    const result = await update({ description: null, status: null, target: 'kept out' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.planGoalUpdate.plan).toBeNull();
    expect(result.data!.planGoalUpdate.userErrors).toEqual([
      { field: ['input', 'description'], code: 'INVALID', message: 'A goal always has a description; give a new one instead of null.' },
      { field: ['input', 'status'], code: 'INVALID', message: 'A goal always has a status; give a new one instead of null.' },
    ]);
    expect(await currentVersion()).toBe(before);
  });
});

describe('clientUpdate', () => {
  const update = (fields: Record<string, unknown>) => hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields } as never }, tenants.viewers.managerA);

  it('clears optional facts and lists on null, keeps omitted ones', async () => {
    const set = await update({ phone: '+49 7071 123456', availability: [{ weekday: 'MONDAY', partOfDay: 'MORNING' }], childrenBirthYears: [2020] });
    expect(set.data!.clientUpdate.userErrors).toEqual([]);
    const cleared = await update({ phone: null, languages: null, availability: null, childrenBirthYears: null, germanLevel: null, healthNeeds: null });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.clientUpdate.userErrors).toEqual([]);
    expect(cleared.data!.clientUpdate.client).toMatchObject({ phone: null, languages: [], availability: [], childrenBirthYears: [], germanLevel: null, familyName: 'Beispielzadeh A' });
  });

  it('refuses null for the facts a client always has', async () => {
    const result = await update({ givenNames: null, familyName: null, birthDate: null, municipality: null });
    expect(result.errors).toBeUndefined();
    expect(result.data!.clientUpdate.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.fields.givenNames', 'INVALID'],
      ['input.fields.familyName', 'INVALID'],
      ['input.fields.birthDate', 'INVALID'],
      ['input.fields.municipality', 'INVALID'],
    ]);
    const [row] = await hub.sql<{ family_name: string }>('select family_name from client where id = ?', [clientId()]);
    expect(row.family_name).toBe('Beispielzadeh A');
  });
});

describe('offerSeatsUpdate', () => {
  it('refuses null for figures an offer always has, and keeps omitted ones', async () => {
    const [offer] = await hub.sql<{ id: number; seats_taken: number; waitlist_length: number; waitlist_open: boolean }>(
      "select id, seats_taken, waitlist_length, waitlist_open from offer where provider_id = ? and status = 'PUBLISHED' and (capacity is null or capacity > 0) order by id limit 1",
      [tenants.providerP.id],
    );
    const offerId = toGlobalId('Offer', offer.id);
    const refused = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: offerId, seatsTaken: null, waitlistLength: null, waitlistOpen: null } }, tenants.viewers.staffP);
    expect(refused.errors).toBeUndefined();
    expect(refused.data!.offerSeatsUpdate.userErrors.map((error) => error.field.join('.'))).toEqual(['input.seatsTaken', 'input.waitlistLength', 'input.waitlistOpen']);

    const kept = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: offerId, waitlistLength: offer.waitlist_length + 1 } }, tenants.viewers.staffP);
    expect(kept.data!.offerSeatsUpdate.userErrors).toEqual([]);
    expect(kept.data!.offerSeatsUpdate.offer).toMatchObject({ seatsTaken: offer.seats_taken, waitlistLength: offer.waitlist_length + 1, waitlistOpen: offer.waitlist_open });
  });
});
