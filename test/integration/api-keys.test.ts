import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuthenticator } from '../../src/core/auth/authenticate';
import { Role, type Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ApiKeyService } from '../../src/integrations/api-key.service';
import { ApiKeyCreateDocument, ApiKeyRevokeDocument, ApiKeyRotateDocument, ApiKeysDocument, NodeByIdDocument } from '../generated/graphql';
import { createTestHub, type TestHub } from '../support/test-hub';
import { TEST_AUDIENCE, TEST_ISSUER, createTestIssuer } from '../support/test-issuer';

let hub: TestHub;
let admin: Viewer;
let manager: Viewer;
let providerId: string;
let verify: (presented: string) => Promise<Viewer | null>;

beforeAll(async () => {
  hub = await createTestHub();
  admin = await hub.signIn({ subject: 'admin', roles: [Role.ADMIN] });
  manager = await hub.signIn({ subject: 'manager', roles: [Role.MANAGER], agency: 'lra-tuebingen' });
  const [provider] = await hub.sql<{ id: number }>('select id from provider order by id limit 1');
  providerId = toGlobalId('Provider', provider.id);
  verify = (presented) => new ApiKeyService(hub.orm.em.fork()).authenticate(presented);
});
afterAll(() => hub.close());

const keyCount = async () => (await hub.sql<{ count: number }>('select count(*)::int as count from api_key'))[0].count;

async function createKey(name = 'Kursverwaltung') {
  const result = await hub.execute(ApiKeyCreateDocument, { input: { name, provider: providerId, scopes: ['OFFERS_WRITE', 'REFERRALS_READ'] } }, admin);
  expect(result.errors).toBeUndefined();
  return result.data!.apiKeyCreate;
}

describe('API key lifecycle', () => {
  it('shows the secret once, stores only its hash, and authenticates with it', async () => {
    const created = await createKey();
    expect(created.userErrors).toEqual([]);
    expect(created.secret).toMatch(/^hub_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({ name: 'Kursverwaltung', scopes: ['OFFERS_WRITE', 'REFERRALS_READ'], lastUsedAt: null, revokedAt: null });
    const secretPart = created.secret!.split('_').slice(2).join('_');

    // Nothing in the table holds the secret; the hash is SHA-256 of its random part.
    const [row] = await hub.sql<Record<string, unknown>>('select * from api_key where prefix = ?', [created.apiKey!.prefix]);
    expect(JSON.stringify(row)).not.toContain(secretPart);
    expect((row.secret_hash as Buffer).equals(createHash('sha256').update(secretPart).digest())).toBe(true);

    const viewer = await verify(created.secret!);
    expect(viewer).toMatchObject({ kind: 'integration', scopes: ['OFFERS_WRITE', 'REFERRALS_READ'] });
    const [used] = await hub.sql<{ last_used_at: Date | null }>('select last_used_at from api_key where prefix = ?', [created.apiKey!.prefix]);
    expect(used.last_used_at).not.toBeNull();

    // Listing never returns a secret again: the type has no such field.
    const listed = await hub.execute(ApiKeysDocument, { provider: providerId, first: 10 }, admin);
    expect(listed.data!.apiKeys.nodes.map((key) => key.id)).toContain(created.apiKey!.id);
    expect(JSON.stringify(listed.data)).not.toContain(secretPart);
  });

  it('rotation replaces the secret at once; revocation ends the key', async () => {
    const created = await createKey('Rotating');
    const rotated = await hub.execute(ApiKeyRotateDocument, { input: { apiKey: created.apiKey!.id } }, admin);
    const { secret, apiKey } = rotated.data!.apiKeyRotate;
    expect(secret).not.toEqual(created.secret);
    expect(apiKey!.prefix).not.toEqual(created.apiKey!.prefix);
    expect(await verify(created.secret!)).toBeNull();
    expect(await verify(secret!)).toMatchObject({ kind: 'integration' });

    const revoked = await hub.execute(ApiKeyRevokeDocument, { input: { apiKey: created.apiKey!.id } }, admin);
    expect(revoked.data!.apiKeyRevoke.apiKey!.revokedAt).not.toBeNull();
    expect(await verify(secret!)).toBeNull();

    const again = await hub.execute(ApiKeyRevokeDocument, { input: { apiKey: created.apiKey!.id } }, admin);
    expect(again.data!.apiKeyRevoke.userErrors).toEqual([{ field: ['input', 'apiKey'], code: 'ALREADY_REVOKED' }]);
    const rotateRevoked = await hub.execute(ApiKeyRotateDocument, { input: { apiKey: created.apiKey!.id } }, admin);
    expect(rotateRevoked.data!.apiKeyRotate).toMatchObject({ secret: null, userErrors: [{ code: 'ALREADY_REVOKED' }] });
  });

  it('refuses unknown, tampered and revoked keys over the Authorization header as UNAUTHENTICATED', async () => {
    const issuer = await createTestIssuer();
    const authenticate = await createAuthenticator(
      { auth: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, jwksUrl: undefined, jwksFile: issuer.jwksFile, maxTokenLifetimeSeconds: 3600 }, dataDir: mkdtempSync(path.join(os.tmpdir(), 'hub-keys-')) },
      { apiKey: verify, user: () => Promise.reject(new Error('not used')) },
    );
    const created = await createKey('Header');
    expect(await authenticate(`Bearer ${created.secret}`)).toMatchObject({ kind: 'integration' });
    const tampered = `${created.secret!.slice(0, -1)}${created.secret!.endsWith('A') ? 'B' : 'A'}`;
    for (const presented of [tampered, 'hub_0123456789_' + 'x'.repeat(43), 'hub_short']) {
      await expect(authenticate(`Bearer ${presented}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});

describe('who may manage API keys', () => {
  it.each([
    ['anonymous', () => undefined, 'UNAUTHENTICATED'],
    ['a manager', () => manager, 'FORBIDDEN'],
    ['an integration', (): Viewer => ({ kind: 'integration', apiKeyId: 1, providerId: 1, agencyId: null, scopes: ['OFFERS_WRITE'], trustedDocumentsOnly: false }), 'FORBIDDEN'],
  ])('refuses %s and changes nothing', async (_name, viewerOf, code) => {
    const viewer = viewerOf();
    const before = await keyCount();
    const result = await hub.execute(ApiKeyCreateDocument, { input: { name: 'x', provider: providerId, scopes: ['OFFERS_WRITE'] } }, viewer);
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe(code);
    const list = await hub.execute(ApiKeysDocument, { first: 5 }, viewer);
    expect(list.errors![0].extensions!.code).toBe(code);
    expect(await keyCount()).toBe(before);
  });

  it('shows a key by node(id) to admins only, like a missing row to everyone else', async () => {
    const created = await createKey('Visible');
    const id = created.apiKey!.id;
    expect((await hub.execute(NodeByIdDocument, { id }, admin)).data!.node).toMatchObject({ __typename: 'ApiKey', id });
    for (const viewer of [undefined, manager]) {
      const result = await hub.execute(NodeByIdDocument, { id }, viewer);
      expect(result).toMatchObject({ data: { node: null } });
      expect(result.errors).toBeUndefined();
    }
  });
});

describe('bad input to apiKeyCreate', () => {
  it('answers with userErrors and creates nothing', async () => {
    const before = await keyCount();
    const result = await hub.execute(
      ApiKeyCreateDocument,
      { input: { name: '   ', provider: toGlobalId('Provider', 999999), scopes: [] } },
      admin,
    );
    expect(result.data!.apiKeyCreate.apiKey).toBeNull();
    expect(result.data!.apiKeyCreate.secret).toBeNull();
    expect(result.data!.apiKeyCreate.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'INVALID'],
      ['input.scopes', 'INVALID'],
      ['input.provider', 'NOT_FOUND'],
    ]);
    expect(await keyCount()).toBe(before);
  });

  it('refuses a malformed provider ID as a typed top-level error', async () => {
    const result = await hub.execute(ApiKeyCreateDocument, { input: { name: 'x', provider: 'nope', scopes: ['OFFERS_WRITE'] } }, admin);
    expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'input.provider' });
  });
});
