import { toGlobalId } from '../../src/core/relay/global-id';
import { aClient, aGoal, aMeasure, aPlan, insert } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * What a READ entry names: exactly the fields the operation's selection reads of each person's
 * data, however the selection is written (aliases, fragments, @skip/@include, an interface). The
 * expected lists are spelled out here from the documents, not derived from the schema.
 */
let hub: TestHub;
let tenants: Tenants;
let client: string;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const person = await insert(hub, async (em) => {
    const created = await aClient(em, { agencyId: tenants.agencyA.id, familyName: 'Auswahl' });
    const goal = aGoal(em, aPlan(em, created), { area: 'LANGUAGE' });
    aMeasure(em, goal, { step: 'Sprachcafé besuchen' });
    return created;
  });
  client = toGlobalId('Client', person.id);
});
afterAll(() => hub.close());

interface ReadRow {
  purpose: string;
  subject_type: string;
  subject_id: string;
  fields: string[];
}

/** The READ entries the operation wrote. */
async function readsOf(source: string, variables: Record<string, unknown> = {}): Promise<ReadRow[]> {
  const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
  const result = await hub.run(source, { id: client, ...variables }, tenants.viewers.coordinatorA);
  expect(result.errors).toBeUndefined();
  return hub.sql<ReadRow>(`select purpose, subject_type, subject_id, fields from audit_event where id > ? and action = 'READ' order by subject_type, id`, [last]);
}

describe('READ entries name what the selection reads', () => {
  it('through aliases, named and inline fragments and nested lists', async () => {
    const rows = await readsOf(`query ($id: ID!) {
      client(id: $id) { name: familyName ...Names plan { ... on Plan { id goals { area measures { step } } } } }
    }
    fragment Names on Client { givenNames again: familyName }`);
    expect(rows).toEqual([
      { purpose: 'CASE_MANAGEMENT', subject_type: 'Client', subject_id: client, fields: ['Plan.goals', 'Plan.id', 'PlanGoal.area', 'PlanGoal.measures', 'PlanMeasure.step', 'familyName', 'givenNames', 'plan'] },
    ]);
  });

  it('leaves out what @skip and @include drop, under the variables sent', async () => {
    const document = `query ($id: ID!, $more: Boolean!) { client(id: $id) { familyName birthDate @include(if: $more) givenNames @skip(if: $more) } }`;
    expect((await readsOf(document, { more: true }))[0].fields).toEqual(['birthDate', 'familyName']);
    expect((await readsOf(document, { more: false }))[0].fields).toEqual(['familyName', 'givenNames']);
  });

  it('through an interface, without __typename', async () => {
    const rows = await readsOf(`query ($id: ID!) { node(id: $id) { __typename ... on Client { germanLevel } } }`);
    expect(rows.map((row) => [row.subject_id, row.fields])).toEqual([[client, ['germanLevel']]]);
  });

  it('under the purpose of the root field each read sits under', async () => {
    const rows = await readsOf(`query ($id: ID!) { client(id: $id) { familyName } viewer { kind user { name } } }`);
    expect(rows.map((row) => [row.subject_type, row.purpose, row.fields])).toEqual([
      ['Client', 'CASE_MANAGEMENT', ['familyName']],
      ['User', 'ADMINISTRATION', ['name']],
    ]);
  });

  it('records nothing for a person the selection never reaches', async () => {
    const rows = await readsOf(`query ($id: ID!) { client(id: $id) { id } }`);
    expect(rows.map((row) => row.fields)).toEqual([['id']]);
    const none = await readsOf(`query { offers(first: 1) { totalCount } }`);
    expect(none).toEqual([]);
  });
});
