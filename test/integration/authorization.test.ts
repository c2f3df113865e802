import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { buildHubSchema } from '../../src/core/graphql/schema';
import {
  AgenciesDocument,
  AgencyCreateDocument,
  ApiKeyCreateDocument,
  ApiKeysDocument,
  ApiKeyRevokeDocument,
  ApiKeyRotateDocument,
  AuditEventsDocument,
  OfferSeatsUpdateDocument,
  SearchOfferIdsDocument,
  TeamCreateDocument,
  UserCreateDocument,
  UsersDocument,
  ViewerDocument,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let offerOfP: string;
let municipalityId: string;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and capacity > 2 order by id limit 1", [tenants.providerP.id]);
  offerOfP = toGlobalId('Offer', offer.id);
  const [municipality] = await hub.sql<{ id: number }>('select id from municipality order by id limit 1');
  municipalityId = toGlobalId('Municipality', municipality.id);
});
afterAll(() => hub.close());

type ViewerName = 'anonymous' | keyof Tenants['viewers'];
const VIEWERS: ViewerName[] = ['anonymous', 'managerA', 'coordinatorA', 'officerA', 'staffP', 'keyP', 'keyA', 'admin'];
const viewer = (name: ViewerName): Viewer | undefined => (name === 'anonymous' ? undefined : tenants.viewers[name]);

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
let serial = 0;

/** Each operation of the API with who may use it; everyone else gets the refusal shown. */
const MATRIX: Array<{ operation: string; allowed: ViewerName[] | 'everyone'; run: (as?: Viewer) => Promise<GraphQLResult<unknown>> }> = [
  { operation: 'offers', allowed: 'everyone', run: (as) => hub.execute(SearchOfferIdsDocument, { first: 3 }, as) },
  { operation: 'agencies', allowed: 'everyone', run: (as) => hub.execute(AgenciesDocument, { first: 2 }, as) },
  { operation: 'viewer', allowed: 'everyone', run: (as) => hub.execute(ViewerDocument, {}, as) },
  { operation: 'users', allowed: ['managerA', 'coordinatorA', 'officerA', 'staffP', 'admin'], run: (as) => hub.execute(UsersDocument, { first: 3 }, as) },
  { operation: 'auditEvents', allowed: ['officerA'], run: (as) => hub.execute(AuditEventsDocument, { first: 3 }, as) },
  { operation: 'apiKeys', allowed: ['admin'], run: (as) => hub.execute(ApiKeysDocument, { first: 3 }, as) },
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
];

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
    if (expected !== 'ok') expect(result.data).toBeNull();
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
