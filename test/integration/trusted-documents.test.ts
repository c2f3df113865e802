import { createHash } from 'node:crypto';
import { ApiKeyService } from '../../src/integrations/api-key.service';
import type { Viewer } from '../../src/core/auth/viewer';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
/** A provider key that may send only trusted documents, and one that may send anything. */
let strictKey: Viewer;
let openKey: Viewer;

const REGISTER = `mutation Register($input: TrustedDocumentRegisterInput!) {
  trustedDocumentRegister(input: $input) { trustedDocument { sha256 name body } userErrors { field code message } }
}`;
const SEATS = 'query Seats { offers(first: 2) { nodes { title freeSeats } } }';
const AD_HOC = 'query Other { offers(first: 1) { nodes { title } } }';
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

async function keyFor(trustedDocumentsOnly: boolean): Promise<Viewer> {
  const created = await hub.run(
    'mutation Create($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { trustedDocumentsOnly } userErrors { message } } }',
    { input: { name: `Kursverwaltung ${trustedDocumentsOnly}`, provider: tenants.providerP.globalId, scopes: ['OFFERS_WRITE'], trustedDocumentsOnly } },
    tenants.viewers.admin,
  );
  const payload = (created.data as { apiKeyCreate: { secret: string; apiKey: { trustedDocumentsOnly: boolean } } }).apiKeyCreate;
  expect(payload.apiKey.trustedDocumentsOnly).toBe(trustedDocumentsOnly);
  return (await new ApiKeyService(hub.orm.em.fork()).authenticate(payload.secret))!;
}

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  strictKey = await keyFor(true);
  openKey = await keyFor(false);
  const registered = await hub.run(REGISTER, { input: { name: 'Plätze lesen', document: SEATS } }, tenants.viewers.admin);
  expect(registered.errors ?? []).toEqual([]);
});

afterAll(() => hub?.close());

describe('trusted documents', () => {
  it('are registered by admins under the SHA-256 of their text', async () => {
    const rows = await hub.sql<{ sha256: string; body: string }>('select sha256, body from trusted_document');
    expect(rows).toEqual([{ sha256: hashOf(SEATS), body: SEATS }]);
    const again = await hub.run(REGISTER, { input: { name: 'Noch einmal', document: SEATS } }, tenants.viewers.admin);
    expect((again.data as { trustedDocumentRegister: { trustedDocument: { name: string } } }).trustedDocumentRegister.trustedDocument.name).toBe('Plätze lesen');
    expect(await hub.sql('select 1 from trusted_document')).toHaveLength(1);
  });

  it('refuses a document that is not valid against the schema, and anyone but an admin', async () => {
    const invalid = await hub.run(REGISTER, { input: { name: 'Kaputt', document: '{ offers { nope } }' } }, tenants.viewers.admin);
    expect((invalid.data as { trustedDocumentRegister: { userErrors: Array<{ code: string; field: string[] }> } }).trustedDocumentRegister.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'document'] }),
    ]);
    const forbidden = await hub.run(REGISTER, { input: { name: 'Fremd', document: AD_HOC } }, tenants.viewers.managerA);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await hub.sql('select 1 from trusted_document')).toHaveLength(1);
  });

  it('limit an opted-in key to them, by hash or by exact text, before anything runs', async () => {
    const adHoc = await hub.run(AD_HOC, {}, strictKey);
    expect(adHoc.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(adHoc.http.status).toBe(403);
    // The one statement is the look-up of the document among the trusted ones; nothing runs.
    expect(adHoc.statements).toBe(1);

    const byHash = await hub.run(undefined, {}, strictKey, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(SEATS) } } });
    expect(byHash.errors ?? []).toEqual([]);
    expect((byHash.data as { offers: { nodes: unknown[] } }).offers.nodes).toHaveLength(2);

    const byText = await hub.run(SEATS, {}, strictKey);
    expect(byText.errors ?? []).toEqual([]);
  });

  it('leave other keys and people free to send ad-hoc documents', async () => {
    expect((await hub.run(AD_HOC, {}, openKey)).errors ?? []).toEqual([]);
    expect((await hub.run(AD_HOC, {}, tenants.viewers.managerA)).errors ?? []).toEqual([]);
  });

  it('cannot be registered by a client through APQ: a hash with a new text stores nothing', async () => {
    const sent = await hub.run(AD_HOC, {}, openKey, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(AD_HOC) } } });
    expect(sent.errors ?? []).toEqual([]);
    const later = await hub.run(undefined, {}, openKey, { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(AD_HOC) } } });
    expect(later.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await hub.sql('select 1 from trusted_document')).toHaveLength(1);
  });
});

describe('malformed persisted-query requests', () => {
  it.each([
    ['a hash that does not match the text', SEATS, { persistedQuery: { version: 1, sha256Hash: 'abc' } }],
    ['an unknown version', SEATS, { persistedQuery: { version: 2, sha256Hash: hashOf(SEATS) } }],
    ['a persistedQuery that is no object', SEATS, { persistedQuery: 'x' }],
  ])('answer %s as the client error it is', async (_name, query, extensions) => {
    const answer = await hub.run(query, {}, undefined, { extensions });
    expect(answer.http.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
