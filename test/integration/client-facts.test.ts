import { aClient, insert, today } from '../factories';
import {
  CaseloadAssignmentDocument,
  ClientCourseRecordDocument,
  ClientCourseRemoveDocument,
  ClientFactsDocument,
  ClientFactsUpdateDocument,
  ClientOfferFitDocument,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * The facts the matching needs (issue 10): gender, employment, exemption, obligations, household,
 * courses attended. Written through the API, read back, and seen by the matching.
 */
let hub: TestHub;
let tenants: Tenants;
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
}, 120_000);
afterAll(() => hub.close());

async function newClient(fields: Parameters<typeof aClient>[1] extends infer F ? Omit<F & object, 'agencyId'> : never = {}): Promise<string> {
  const client = await insert(hub, (em) => aClient(em, { agencyId: tenants.agencyA.id, managerId: null, maxTravelKm: 500, ...fields }));
  return globalId('Client', client.id);
}

async function publishedOffer(programme: string): Promise<string> {
  const [row] = await hub.sql<{ id: number }>(
    `select id from offer where programme = ? and status = 'PUBLISHED' and format <> 'IN_PERSON' and start_date > current_date and (capacity is null or capacity > seats_taken)
       and cardinality(admitted_residence_statuses) = 0 and min_age is null and max_age is null order by id limit 1`,
    [programme],
  );
  if (!row) {
    const [any] = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 1");
    const [made] = await hub.sql<{ id: number }>(
      `update offer set programme = ?, format = 'ONLINE', start_date = current_date + 30, end_date = null, min_age = null, max_age = null,
         admitted_residence_statuses = '{}', capacity = null where id = ? returning id`,
      [programme, any.id],
    );
    return globalId('Offer', made.id);
  }
  return globalId('Offer', row.id);
}

describe('client facts', () => {
  it('sets gender, employment, exemption and obligations, and refuses a ground given twice', async () => {
    const id = await newClient();
    const set = await hub.execute(
      ClientFactsUpdateDocument,
      { input: { client: id, fields: { gender: 'DIVERSE', employment: 'IN_TRAINING', feeExempt: false, obligations: [{ ground: 'FOREIGNERS_AUTHORITY_SPECIAL_NEED', obligedOn: '2025-10-01', validUntil: '2026-12-31' }] } } },
      tenants.viewers.coordinatorA,
    );
    expect(set.data!.clientUpdate.userErrors).toEqual([]);
    expect(set.data!.clientUpdate.client).toMatchObject({
      gender: 'DIVERSE',
      employment: 'IN_TRAINING',
      feeExempt: false,
      obligations: [{ ground: 'FOREIGNERS_AUTHORITY_SPECIAL_NEED', authority: 'FOREIGNERS_AUTHORITY', obligedOn: '2025-10-01', validUntil: '2026-12-31' }],
    });
    const twice = await hub.execute(
      ClientFactsUpdateDocument,
      { input: { client: id, fields: { obligations: [{ ground: 'JOBCENTER', obligedOn: '2025-10-01' }, { ground: 'JOBCENTER', obligedOn: '2025-11-01' }] } } },
      tenants.viewers.coordinatorA,
    );
    expect(twice.data!.clientUpdate.userErrors).toMatchObject([{ field: ['input', 'fields', 'obligations'], code: 'INVALID' }]);
    const [row] = await hub.sql<{ obligations: unknown[] }>('select obligations from client where id = ?', [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]);
    expect(row.obligations).toHaveLength(1);
  });

  it('keeps a household: joining opens one for both, the members see each other, leaving empties it', async () => {
    const first = await newClient({ familyName: 'Haushaltova' });
    const second = await newClient({ familyName: 'Haushaltova' });
    const joined = await hub.execute(ClientFactsUpdateDocument, { input: { client: second, fields: { householdWith: first } } }, tenants.viewers.coordinatorA);
    expect(joined.data!.clientUpdate.userErrors).toEqual([]);
    expect(joined.data!.clientUpdate.client!.householdMembers.map((member) => member.id)).toEqual([first]);
    const other = await hub.execute(ClientFactsDocument, { id: first }, tenants.viewers.coordinatorA);
    expect(other.data!.client!.householdMembers.map((member) => member.id)).toEqual([second]);
    const self = await hub.execute(ClientFactsUpdateDocument, { input: { client: first, fields: { householdWith: first } } }, tenants.viewers.coordinatorA);
    expect(self.data!.clientUpdate.userErrors).toMatchObject([{ field: ['input', 'fields', 'householdWith'], code: 'INVALID' }]);
    const left = await hub.execute(ClientFactsUpdateDocument, { input: { client: second, fields: { householdWith: null } } }, tenants.viewers.coordinatorA);
    expect(left.data!.clientUpdate.client!.householdMembers).toEqual([]);
    expect((await hub.execute(ClientFactsDocument, { id: first }, tenants.viewers.coordinatorA)).data!.client!.householdMembers).toEqual([]);
  });

  it('records and removes courses, refuses a completed course without its last day, and audits the read', async () => {
    const id = await newClient();
    const refused = await hub.execute(ClientCourseRecordDocument, { input: { client: id, programme: 'INTEGRATIONSKURS_ALLGEMEIN', completed: true } }, tenants.viewers.coordinatorA);
    expect(refused.data!.clientCourseRecord).toMatchObject({ course: null, userErrors: [{ field: ['input', 'endDate'], code: 'INVALID' }] });
    const future = await hub.execute(ClientCourseRecordDocument, { input: { client: id, programme: 'SPRACHCAFE', startDate: '2999-01-01' } }, tenants.viewers.coordinatorA);
    expect(future.data!.clientCourseRecord.userErrors).toMatchObject([{ field: ['input', 'startDate'], code: 'INVALID' }]);
    const recorded = await hub.execute(
      ClientCourseRecordDocument,
      { input: { client: id, programme: 'INTEGRATIONSKURS_ALLGEMEIN', startDate: '2025-01-06', endDate: '2025-09-26', completed: true, certificate: 'DTZ_B1' } },
      tenants.viewers.coordinatorA,
    );
    expect(recorded.data!.clientCourseRecord).toMatchObject({ course: { programme: 'INTEGRATIONSKURS_ALLGEMEIN', completed: true, certificate: 'DTZ_B1', endDate: '2025-09-26' }, userErrors: [] });
    const read = await hub.execute(ClientFactsDocument, { id }, tenants.viewers.coordinatorA);
    expect(read.data!.client!.coursesAttended).toMatchObject([{ certificate: 'DTZ_B1' }]);
    const [audit] = await hub.sql<{ fields: string[] }>("select fields from audit_event where subject_id = ? and action = 'READ' order by id desc limit 1", [id]);
    expect(audit.fields).toEqual(expect.arrayContaining(['coursesAttended', 'gender', 'obligations', 'householdMembers']));

    const removed = await hub.execute(ClientCourseRemoveDocument, { input: { course: recorded.data!.clientCourseRecord.course!.id } }, tenants.viewers.coordinatorA);
    expect(removed.data!.clientCourseRemove).toMatchObject({ client: { id, coursesAttended: [] }, userErrors: [] });
    const again = await hub.execute(ClientCourseRemoveDocument, { input: { course: recorded.data!.clientCourseRecord.course!.id } }, tenants.viewers.coordinatorA);
    expect(again.data!.clientCourseRemove).toMatchObject({ client: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });
});

describe('the matching reads the facts', () => {
  const offerFitOf = async (client: string, offer: string) => (await hub.execute(ClientOfferFitDocument, { id: client, offer }, tenants.viewers.coordinatorA)).data!.client!.offerFit!;

  it('opens the Spezialmodul A2 with a finished Integrationskurs on record, and takes the certificate’s level', async () => {
    // DeuFöV § 13(2): the A2/B1 special modules are for people who finished an Integrationskurs below B1.
    const id = await newClient({ residenceStatus: 'AE_25_2', germanLevel: 'A1', birthDate: '1990-03-03' });
    const offer = await publishedOffer('BERUFSSPRACHKURS_SPEZIAL_A2');
    const before = await offerFitOf(id, offer);
    expect(before.excludedBy.map((exclusion) => exclusion.code)).toContain('NOT_ELIGIBLE');
    await hub.execute(ClientCourseRecordDocument, { input: { client: id, programme: 'INTEGRATIONSKURS_ALLGEMEIN', startDate: '2025-01-06', endDate: '2025-09-26', completed: true, certificate: 'DTZ_A2' } }, tenants.viewers.coordinatorA);
    const after = await offerFitOf(id, offer);
    expect(after.excludedBy.map((exclusion) => exclusion.code)).not.toContain('NOT_ELIGIBLE');
    expect(after.eligibility.rule!.key).toBe('BSK_SPEZIAL');
    expect(after.factors.find((factor) => factor.factor === 'LEVEL')!.explanation).toContain('Deutsch A2');
  });

  it('lets a Jobcenter obligation open the Integrationskurs to a person with a Duldung (§ 44a(1) Nr. 2)', async () => {
    const id = await newClient({ residenceStatus: 'DULDUNG', germanLevel: null, birthDate: '1988-06-06' });
    const offer = await publishedOffer('INTEGRATIONSKURS_ALLGEMEIN');
    expect((await offerFitOf(id, offer)).eligibility.eligible).toBe(false);
    await hub.execute(ClientFactsUpdateDocument, { input: { client: id, fields: { obligations: [{ ground: 'JOBCENTER', obligedOn: today() }] } } }, tenants.viewers.coordinatorA);
    const obliged = await offerFitOf(id, offer);
    expect(obliged.eligibility).toMatchObject({ eligible: true, route: 'OBLIGATED', rule: { key: 'IK_OBLIGATED_JOBCENTER' } });
    // An obligation that ran out opens nothing.
    await hub.execute(ClientFactsUpdateDocument, { input: { client: id, fields: { obligations: [{ ground: 'JOBCENTER', obligedOn: '2024-01-01', validUntil: '2024-12-31' }] } } }, tenants.viewers.coordinatorA);
    expect((await offerFitOf(id, offer)).eligibility.eligible).toBe(false);
  });

  it('keeps a household in one offer when the proposal asks for WHOLE households', async () => {
    const first = await newClient({ residenceStatus: 'AE_25_2', germanLevel: 'A1', birthDate: '1985-01-01' });
    const second = await newClient({ residenceStatus: 'AE_25_2', germanLevel: 'A2', birthDate: '1987-02-02' });
    await hub.execute(ClientFactsUpdateDocument, { input: { client: second, fields: { householdWith: first } } }, tenants.viewers.coordinatorA);
    const result = await hub.execute(CaseloadAssignmentDocument, { input: { clients: [first, second], households: 'WHOLE' } }, tenants.viewers.coordinatorA);
    const proposal = result.data!.caseloadAssignment;
    expect(proposal.userErrors).toEqual([]);
    expect(proposal.assignments).toHaveLength(2);
    expect(new Set(proposal.assignments.map((assignment) => assignment.offer.id)).size).toBe(1);
  });
});
