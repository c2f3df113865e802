import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { buildHubSchema } from '../../src/app/hub';
import {
  CaseloadAssignmentDocument,
  AgenciesDocument,
  AgencyCreateDocument,
  ApiKeyCreateDocument,
  ApiKeysDocument,
  ApiKeyRevokeDocument,
  ApiKeyRotateDocument,
  TrustedDocumentRegisterDocument,
  TrustedDocumentsDocument,
  AuditEventsDocument,
  OfferSeatsUpdateDocument,
  SearchOfferIdsDocument,
  TeamCreateDocument,
  UserCreateDocument,
  UsersDocument,
  ViewerDocument,
  CaseloadDocument,
  CaseNoteAddDocument,
  ClientCourseRecordDocument,
  ClientCourseRemoveDocument,
  MatchingFairnessDocument,
  ClientCloseDocument,
  ClientCreateDocument,
  ClientDataExportDocument,
  ClientDocument,
  ClientStatusSetDocument,
  ClientTransferDocument,
  ClientUpdateDocument,
  ConsentRecordDocument,
  ConsentWithdrawDocument,
  EligibilityRuleSetPublishDocument,
  EligibilityRulesDocument,
  MatchingWeightsDocument,
  MatchingWeightsPublishDocument,
  PathwayStepsDocument,
  PlanGoalAddDocument,
  PlanGoalUpdateDocument,
  PlanMeasureAddDocument,
  PlanMeasureStatusSetDocument,
  PlanReviewDocument,
  SupportExtendDocument,
  ReferralCreateDocument,
  ReferralWithdrawDocument,
  ReferralDropOutDocument,
  ReferralAcceptDocument,
  ReferralDeclineDocument,
  ReferralWaitlistDocument,
  ReferralStartDocument,
  ReferralCompleteDocument,
  IncomingReferralsDocument,
  type MatchingFactor,
} from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let offerOfP: string;
let municipalityId: string;
let caseA: CaseRefs;
let placeOfA: string;
/** Each registration a new text, so none is answered from an earlier one. */
let registered = 0;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and capacity > 2 order by id limit 1", [tenants.providerP.id]);
  offerOfP = toGlobalId('Offer', offer.id);
  const [municipality] = await hub.sql<{ id: number }>('select id from municipality order by id limit 1');
  municipalityId = toGlobalId('Municipality', municipality.id);
  caseA = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  const [place] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? limit 1', [tenants.agencyA.id]);
  placeOfA = toGlobalId('Municipality', place.id);
});

/** A new client of manager A, for operations that use a case up (close, extend, transfer). */
async function freshClient(): Promise<string> {
  const created = await hub.execute(
    ClientCreateDocument,
    { input: { givenNames: `Matrix ${++serial}`, familyName: 'Probehani', birthDate: '1985-02-03', municipality: placeOfA } },
    tenants.viewers.managerA,
  );
  return created.data!.clientCreate.client!.id;
}

const managerAId = () => (tenants.viewers.managerA.kind === 'user' ? toGlobalId('User', tenants.viewers.managerA.userId) : '');
afterAll(() => hub.close());

type ViewerName = 'anonymous' | keyof Tenants['viewers'];
const VIEWERS: ViewerName[] = ['anonymous', 'managerA', 'coordinatorA', 'officerA', 'staffP', 'keyP', 'keyA', 'admin'];
const viewer = (name: ViewerName): Viewer | undefined => (name === 'anonymous' ? undefined : tenants.viewers[name]);

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
/** Case work: the agency's managers and coordinators, and agency keys with the caseload scopes. */
const CASE_READERS: ViewerName[] = ['managerA', 'coordinatorA', 'keyA'];
const CASE_WRITERS: ViewerName[] = ['managerA', 'coordinatorA', 'keyA'];
const WEBHOOK_MANAGERS: ViewerName[] = ['staffP', 'admin'];
let serial = 0;

/** Each operation of the API with who may use it; everyone else gets the refusal shown. */
const MATRIX: Array<{ operation: string; allowed: ViewerName[] | 'everyone'; run: (as?: Viewer) => Promise<GraphQLResult<unknown>> }> = [
  { operation: 'offers', allowed: 'everyone', run: (as) => hub.execute(SearchOfferIdsDocument, { first: 3 }, as) },
  { operation: 'catalogueChanges', allowed: 'everyone', run: (as) => hub.run('{ catalogueChanges(first: 2) { edges { cursor } } }', {}, as) },
  { operation: 'agencies', allowed: 'everyone', run: (as) => hub.execute(AgenciesDocument, { first: 2 }, as) },
  { operation: 'viewer', allowed: 'everyone', run: (as) => hub.execute(ViewerDocument, {}, as) },
  // Eligibility rules are public law; only administrators publish a new version.
  { operation: 'eligibilityRules', allowed: 'everyone', run: (as) => hub.execute(EligibilityRulesDocument, { validOn: '2026-03-01' }, as) },
  { operation: 'pathwaySteps', allowed: 'everyone', run: (as) => hub.execute(PathwayStepsDocument, {}, as) },
  {
    operation: 'eligibilityRuleSetPublish',
    allowed: ['admin'],
    run: (as) =>
      hub.execute(
        EligibilityRuleSetPublishDocument,
        { input: { note: 'Matrix', rules: [{ key: 'OPEN', programmes: ['SPRACHCAFE'], route: 'OPEN_TO_ALL', source: 'keine Zugangsvoraussetzungen', explanation: 'Offen für alle.' }] } },
        as,
      ),
  },
  // The weights of an agency's suggestion scores: read by its staff who see suggestions, published by its coordinators.
  { operation: 'matchingWeights', allowed: ['managerA', 'coordinatorA'], run: (as) => hub.execute(MatchingWeightsDocument, {}, as) },
  {
    operation: 'matchingWeightsPublish',
    allowed: ['coordinatorA'],
    run: (as) =>
      hub.execute(
        MatchingWeightsPublishDocument,
        {
          input: {
            weights: (['PLAN_GOAL', 'LEVEL', 'DISTANCE', 'SCHEDULE', 'CHILDCARE', 'START', 'SEATS', 'LANGUAGES', 'AUDIENCE', 'COST'] as MatchingFactor[]).map((factor) => ({ factor, weight: 1 })),
            defaultMaxTravelKm: 25,
            soonDays: 42,
          },
        },
        as,
      ),
  },
  { operation: 'users', allowed: ['managerA', 'coordinatorA', 'officerA', 'staffP', 'admin'], run: (as) => hub.execute(UsersDocument, { first: 3 }, as) },
  { operation: 'auditEvents', allowed: ['officerA'], run: (as) => hub.execute(AuditEventsDocument, { first: 3 }, as) },
  { operation: 'recordsOfProcessing', allowed: ['officerA'], run: (as) => hub.run('{ recordsOfProcessing { markdown } }', {}, as) },
  { operation: 'referralFunnel', allowed: ['coordinatorA'], run: (as) => hub.run('{ referralFunnel { suppressedCells } }', {}, as) },
  {
    operation: 'clientErasureRequest',
    allowed: ['coordinatorA'],
    run: (as) => hub.run('mutation($input: ClientErasureRequestInput!) { clientErasureRequest(input: $input) { erasureRequest { id } userErrors { code } } }', { input: { client: caseA.client, ground: 'OBJECTION' } }, as),
  },
  {
    operation: 'clientErasureConfirm',
    allowed: ['coordinatorA'],
    // A request that does not exist: the coordinator gets a NOT_FOUND user error, nobody is erased.
    run: (as) => hub.run('mutation($input: ClientErasureConfirmInput!) { clientErasureConfirm(input: $input) { erasedClientId userErrors { code } } }', { input: { request: Buffer.from('ClientErasureRequest:999999').toString('base64url') } }, as),
  },
  { operation: 'apiKeys', allowed: ['admin'], run: (as) => hub.execute(ApiKeysDocument, { first: 3 }, as) },
  { operation: 'trustedDocuments', allowed: ['admin'], run: (as) => hub.execute(TrustedDocumentsDocument, { first: 3 }, as) },
  {
    operation: 'trustedDocumentRegister',
    allowed: ['admin'],
    run: (as) => hub.execute(TrustedDocumentRegisterDocument, { input: { name: 'Matrix', document: `{ districts(first: ${++registered}) { totalCount } }` } }, as),
  },
  {
    operation: 'apiKeyCreate',
    allowed: ['admin'],
    run: (as) => hub.execute(ApiKeyCreateDocument, { input: { name: `Matrix ${++serial}`, provider: tenants.providerP.globalId, scopes: ['OFFERS_WRITE'] } }, as),
  },
  { operation: 'apiKeyRotate', allowed: ['admin'], run: async (as) => hub.execute(ApiKeyRotateDocument, { input: { apiKey: await freshKey() } }, as) },
  { operation: 'apiKeyRevoke', allowed: ['admin'], run: async (as) => hub.execute(ApiKeyRevokeDocument, { input: { apiKey: await freshKey() } }, as) },
  {
    operation: 'agencyCreate',
    allowed: ['admin'],
    run: (as) => hub.execute(AgencyCreateDocument, { input: { key: `matrix-${++serial}`, name: 'Matrix', kind: 'MUNICIPALITY', municipalities: [municipalityId] } }, as),
  },
  { operation: 'teamCreate', allowed: ['admin'], run: (as) => hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyA.globalId, name: `Matrix ${++serial}` } }, as) },
  {
    operation: 'userCreate',
    allowed: ['admin'],
    run: (as) => hub.execute(UserCreateDocument, { input: { email: `matrix${++serial}@example.test`, roles: ['MANAGER'], agency: tenants.agencyA.globalId } }, as),
  },
  { operation: 'offerSeatsUpdate', allowed: ['staffP', 'keyP'], run: (as) => hub.execute(OfferSeatsUpdateDocument, { input: { offer: offerOfP, seatsTaken: 1 } }, as) },
  // Providers publish their own catalogue: staff and keys with OFFERS_WRITE (refused inputs still answer 'ok' with userErrors).
  { operation: 'offerCreate', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: OfferCreateInput!) { offerCreate(input: $i) { userErrors { code } } }', { i: { fields: { title: 'Matrix' } } }, as) },
  { operation: 'offerUpdate', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: OfferUpdateInput!) { offerUpdate(input: $i) { userErrors { code } } }', { i: { offer: offerOfP, version: 0, fields: {} } }, as) },
  { operation: 'offerPublish', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: OfferPublishInput!) { offerPublish(input: $i) { userErrors { code } } }', { i: { offer: offerOfP, version: 0 } }, as) },
  { operation: 'offerArchive', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: OfferArchiveInput!) { offerArchive(input: $i) { userErrors { code } } }', { i: { offer: toGlobalId('Offer', 2_147_000_000) } }, as) },
  { operation: 'offersUpsert', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: OffersUpsertInput!) { offersUpsert(input: $i) { applied userErrors { code } } }', { i: { items: [] } }, as) },
  { operation: 'locationCreate', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: LocationCreateInput!) { locationCreate(input: $i) { userErrors { code } } }', { i: { fields: { street: 'Matrix' } } }, as) },
  { operation: 'locationUpdate', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: LocationUpdateInput!) { locationUpdate(input: $i) { userErrors { code } } }', { i: { location: toGlobalId('Location', 2_147_000_000), fields: {} } }, as) },
  { operation: 'locationArchive', allowed: ['staffP', 'keyP'], run: (as) => hub.run('mutation($i: LocationArchiveInput!) { locationArchive(input: $i) { userErrors { code } } }', { i: { location: toGlobalId('Location', 2_147_000_000) } }, as) },
  // A proposal over people's cases: staff who keep caseloads, not keys.
  { operation: 'caseloadAssignment', allowed: ['managerA', 'coordinatorA'], run: (as) => hub.execute(CaseloadAssignmentDocument, { input: { clients: [] } }, as) },
  { operation: 'caseload', allowed: CASE_READERS, run: (as) => hub.execute(CaseloadDocument, { first: 5 }, as) },
  { operation: 'client', allowed: CASE_READERS, run: (as) => hub.execute(ClientDocument, { id: caseA.client }, as) },
  { operation: 'clientDataExport', allowed: ['managerA', 'coordinatorA'], run: (as) => hub.execute(ClientDataExportDocument, { id: caseA.client }, as) },
  {
    operation: 'clientCreate',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(ClientCreateDocument, { input: { givenNames: `Matrix ${++serial}`, familyName: 'Musterenko', birthDate: '1979-11-30', municipality: placeOfA } }, as),
  },
  { operation: 'clientUpdate', allowed: CASE_WRITERS, run: (as) => hub.execute(ClientUpdateDocument, { input: { client: caseA.client, fields: { phone: `+49 7071 ${++serial}` } } }, as) },
  { operation: 'clientStatusSet', allowed: CASE_WRITERS, run: (as) => hub.execute(ClientStatusSetDocument, { input: { client: caseA.client, paused: ++serial % 2 === 0 } }, as) },
  { operation: 'clientClose', allowed: CASE_WRITERS, run: async (as) => hub.execute(ClientCloseDocument, { input: { client: await freshClient(), reason: 'Umzug' } }, as) },
  {
    operation: 'supportExtend',
    allowed: CASE_WRITERS,
    run: async (as) => hub.execute(SupportExtendDocument, { input: { client: await freshClient(), extendedTo: '2029-12-31', reason: 'Ausbildung läuft' } }, as),
  },
  {
    operation: 'clientTransfer',
    allowed: ['coordinatorA', 'keyA'],
    run: async (as) => hub.execute(ClientTransferDocument, { input: { clients: [await freshClient()], manager: managerAId() } }, as),
  },
  {
    operation: 'clientCourseRecord',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(ClientCourseRecordDocument, { input: { client: caseA.client, programme: 'SPRACHCAFE', startDate: '2025-03-01' } }, as),
  },
  { operation: 'clientCourseRemove', allowed: CASE_WRITERS, run: async (as) => hub.execute(ClientCourseRemoveDocument, { input: { course: await freshCourse() } }, as) },
  // Aggregates over the whole agency's caseload: coordinators only.
  { operation: 'matchingFairness', allowed: ['coordinatorA'], run: (as) => hub.execute(MatchingFairnessDocument, { filter: { programmes: ['SPRACHCAFE'] } }, as) },
  { operation: 'caseNoteAdd', allowed: CASE_WRITERS, run: (as) => hub.execute(CaseNoteAddDocument, { input: { client: caseA.client, body: 'Telefonat.' } }, as) },
  {
    operation: 'planGoalAdd',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(PlanGoalAddDocument, { input: { client: caseA.client, area: 'WORK', description: 'Praktikum finden' } }, as),
  },
  { operation: 'planGoalUpdate', allowed: CASE_WRITERS, run: (as) => hub.execute(PlanGoalUpdateDocument, { input: { goal: caseA.goal, status: 'IN_PROGRESS' } }, as) },
  { operation: 'planMeasureAdd', allowed: CASE_WRITERS, run: (as) => hub.execute(PlanMeasureAddDocument, { input: { goal: caseA.goal, step: 'Bewerbung schreiben' } }, as) },
  {
    operation: 'planMeasureStatusSet',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(PlanMeasureStatusSetDocument, { input: { measure: caseA.measure, status: ++serial % 2 === 0 ? 'ACTIVE' : 'PLANNED' } }, as),
  },
  {
    operation: 'planReview',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(PlanReviewDocument, { input: { client: caseA.client, reviewDate: '2026-11-01', summary: 'Fortschritte besprochen.' } }, as),
  },
  {
    operation: 'consentRecord',
    allowed: CASE_WRITERS,
    run: (as) => hub.execute(ConsentRecordDocument, { input: { client: caseA.client, purpose: 'REFERRAL', recipientProviderKind: 'VEREIN', textVersion: 'v2026-01', givenAt: '2026-02-01T09:00:00Z' } }, as),
  },
  { operation: 'consentWithdraw', allowed: CASE_WRITERS, run: (as) => hub.execute(ConsentWithdrawDocument, { input: { consent: caseA.consent } }, as) },
  // Referrals: the agency refers and withdraws, the provider answers (keys need REFERRALS_READ/WRITE, which keyP lacks).
  { operation: 'referralCreate', allowed: CASE_WRITERS, run: (as) => hub.execute(ReferralCreateDocument, { input: { client: caseA.client, offer: offerOfP } }, as) },
  { operation: 'referralWithdraw', allowed: CASE_WRITERS, run: (as) => hub.execute(ReferralWithdrawDocument, { input: { referral: someReferral(), reason: 'OTHER', reasonText: 'Matrix' } }, as) },
  { operation: 'referralDropOut', allowed: [...CASE_WRITERS, 'staffP'], run: (as) => hub.execute(ReferralDropOutDocument, { input: { referral: someReferral(), reason: 'MOVED_AWAY' } }, as) },
  { operation: 'referralAccept', allowed: ['staffP'], run: (as) => hub.execute(ReferralAcceptDocument, { input: { referral: someReferral() } }, as) },
  { operation: 'referralDecline', allowed: ['staffP'], run: (as) => hub.execute(ReferralDeclineDocument, { input: { referral: someReferral(), reason: 'NO_CAPACITY' } }, as) },
  { operation: 'referralWaitlist', allowed: ['staffP'], run: (as) => hub.execute(ReferralWaitlistDocument, { input: { referral: someReferral() } }, as) },
  { operation: 'referralStart', allowed: ['staffP'], run: (as) => hub.execute(ReferralStartDocument, { input: { referral: someReferral() } }, as) },
  { operation: 'referralComplete', allowed: ['staffP'], run: (as) => hub.execute(ReferralCompleteDocument, { input: { referral: someReferral() } }, as) },
  { operation: 'incomingReferrals', allowed: ['staffP'], run: (as) => hub.execute(IncomingReferralsDocument, { first: 5 }, as) },
  // Webhooks: admins for every endpoint, provider staff (and keys with WEBHOOKS_MANAGE, which keyP lacks) for their own.
  { operation: 'webhookEndpoints', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('{ webhookEndpoints(first: 2) { totalCount } }', {}, as) },
  { operation: 'webhookDeliveries', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('{ webhookDeliveries(first: 2) { totalCount } }', {}, as) },
  {
    operation: 'webhookEndpointCreate',
    allowed: WEBHOOK_MANAGERS,
    run: (as) => hub.run('mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret userErrors { code } } }', { i: { url: `https://hooks.example.org/matrix-${++serial}`, events: ['OFFER_UPDATED'] } }, as),
  },
  { operation: 'webhookEndpointUpdate', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('mutation($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }', { i: { endpoint: someEndpoint(), disabled: true } }, as) },
  { operation: 'webhookEndpointDelete', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('mutation($i: WebhookEndpointInput!) { webhookEndpointDelete(input: $i) { userErrors { code } } }', { i: { endpoint: someEndpoint() } }, as) },
  { operation: 'webhookEndpointRotateSecret', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('mutation($i: WebhookEndpointInput!) { webhookEndpointRotateSecret(input: $i) { userErrors { code } } }', { i: { endpoint: someEndpoint() } }, as) },
  { operation: 'webhookEndpointPing', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('mutation($i: WebhookEndpointInput!) { webhookEndpointPing(input: $i) { userErrors { code } } }', { i: { endpoint: someEndpoint() } }, as) },
  { operation: 'webhookDeliveryRetry', allowed: WEBHOOK_MANAGERS, run: (as) => hub.run('mutation($i: WebhookDeliveryRetryInput!) { webhookDeliveryRetry(input: $i) { userErrors { code } } }', { i: { delivery: toGlobalId('WebhookDelivery', 2_000_000_000) } }, as) },
];

/** An endpoint ID no one can act on: authorization is decided before the endpoint is looked up. */
function someEndpoint(): string {
  return toGlobalId('WebhookEndpoint', 2_000_000_000);
}

/** A referral ID no one can act on: authorization is decided before the referral is looked up. */
const someReferral = () => toGlobalId('Referral', 2_000_000_000);

/** A course of case A to remove. */
async function freshCourse(): Promise<string> {
  const recorded = await hub.execute(ClientCourseRecordDocument, { input: { client: caseA.client, programme: 'COMMUNITY_COURSE' } }, tenants.viewers.managerA);
  return recorded.data!.clientCourseRecord.course!.id;
}

async function freshKey(): Promise<string> {
  const created = await hub.execute(ApiKeyCreateDocument, { input: { name: `Matrix ${++serial}`, provider: tenants.providerP.globalId, scopes: ['OFFERS_WRITE'] } }, tenants.viewers.admin);
  return created.data!.apiKeyCreate.apiKey!.id;
}

function outcomeOf(result: GraphQLResult<unknown>): Outcome | string {
  if (!result.errors?.length) return 'ok';
  return String(result.errors[0].extensions?.code);
}

describe('the authorization matrix: each role × each operation', () => {
  const cases = MATRIX.flatMap((entry) =>
    VIEWERS.map((name): [string, ViewerName, Outcome] => [
      entry.operation,
      name,
      entry.allowed === 'everyone' || entry.allowed.includes(name) ? 'ok' : name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]),
  );
  it.each(cases)('%s as %s: %s', async (operation, name, expected) => {
    const entry = MATRIX.find((candidate) => candidate.operation === operation)!;
    const result = await entry.run(viewer(name));
    expect(outcomeOf(result)).toBe(expected);
    // Refused: nothing but nulls (a nullable root field answers null next to the error).
    if (expected !== 'ok') expect(Object.values(result.data ?? {}).every((value) => value === null)).toBe(true);
  });

  it('covers every root operation of the schema', async () => {
    const schema = await buildHubSchema();
    const roots = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    // node and nodes are swept below; public reference lists need no roles.
    const publicReference = ['node', 'nodes', 'districts', 'municipalities', 'providers', 'offerFacets'];
    expect(roots.filter((root) => !publicReference.includes(root) && !MATRIX.some((entry) => entry.operation === root))).toEqual([]);
  });
});

describe('API key scopes', () => {
  it('lets a provider key with OFFERS_WRITE update its own offer, and nothing that needs another scope', async () => {
    const updated = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: offerOfP, seatsTaken: 2 } }, tenants.viewers.keyP);
    expect(updated.data!.offerSeatsUpdate).toMatchObject({ offer: { seatsTaken: 2 }, userErrors: [] });
    const [row] = await hub.sql<{ seats_taken: number }>('select seats_taken from offer where id = ?', [Number(Buffer.from(offerOfP, 'base64url').toString().split(':')[1])]);
    expect(row.seats_taken).toBe(2);
  });

  it('refuses a provider key without OFFERS_WRITE', async () => {
    const created = await hub.execute(ApiKeyCreateDocument, { input: { name: 'Read only', provider: tenants.providerP.globalId, scopes: ['REFERRALS_READ'] } }, tenants.viewers.admin);
    const { ApiKeyService } = await import('../../src/integrations/api-key.service');
    const readOnly = (await new ApiKeyService(hub.orm.em.fork()).authenticate(created.data!.apiKeyCreate.secret!))!;
    const refused = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: offerOfP, seatsTaken: 0 } }, readOnly);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses scopes that do not fit the kind of key', async () => {
    const result = await hub.execute(ApiKeyCreateDocument, { input: { name: 'Mixed', agency: tenants.agencyA.globalId, scopes: ['OFFERS_WRITE'] } }, tenants.viewers.admin);
    expect(result.data!.apiKeyCreate.userErrors).toMatchObject([{ field: ['input', 'scopes'], code: 'INVALID' }]);
  });
});
