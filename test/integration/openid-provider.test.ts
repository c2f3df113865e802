import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeProtectedHeader, SignJWT, importJWK, type JWK } from 'jose';
import { createAuthenticator } from '../../src/core/auth/authenticate';
import { SignInService } from '../../src/tenancy/sign-in.service';
import { signingKey, startOpenIdProvider, type OpenIdProvider } from '../support/openid-provider';
import { startTestHttp, type TestHttp } from '../support/test-http';
import { createTestHub, type TestHub } from '../support/test-hub';

/** Short, so that the test can wait them out: keys are kept 2 s, fetched again at most every second. */
const CACHE_SECONDS = 2;
const REFETCH_SECONDS = 1;

const PEOPLE = {
  'manager-oidc': {
    secret: 'manager-secret-0123456789',
    // As a Keycloak realm maps them: realm roles, the agency attribute, e-mail and name.
    claims: { email: 'manager-oidc@lra-tuebingen.example.test', name: 'Mara Oidc', realm_access: { roles: ['manager', 'offline_access'] }, agency: 'lra-tuebingen' },
  },
};

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

describe('signing in through a real OpenID provider (oidc-provider, discovery and JWKS)', () => {
  let hub: TestHub;
  let http: TestHttp;
  let provider: OpenIdProvider;
  let first: JWK;
  let second: JWK;

  beforeAll(async () => {
    [first, second] = await Promise.all([signingKey('key-2026-01'), signingKey('key-2026-07')]);
    provider = await startOpenIdProvider(PEOPLE, [first], first.kid!);
    hub = await createTestHub();
    const signIn = new SignInService(hub.orm);
    // Only the issuer: the hub finds the JWKS through the discovery document.
    const authenticate = await createAuthenticator(
      { auth: { issuer: provider.issuer, audience: 'integration-hub', jwksUrl: undefined, jwksFile: undefined, maxTokenLifetimeSeconds: 3600, jwksCacheSeconds: CACHE_SECONDS, jwksRefetchSeconds: REFETCH_SECONDS }, dataDir: mkdtempSync(path.join(os.tmpdir(), 'hub-oidc-')) },
      { apiKey: async () => null, user: (claims) => signIn.viewerFor(claims) },
    );
    http = await startTestHttp(hub, { authenticate });
  });

  afterAll(async () => {
    await http?.close();
    await hub?.close();
    await provider?.stop();
  });

  const viewer = async (token: string) => {
    const response = await fetch(`${http.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { kind roles agency { name } } }' }),
    });
    return { status: response.status, body: (await response.json()) as { data?: { viewer: { kind: string; roles: string[]; agency: { name: string } | null } }; errors?: Array<{ message: string; extensions: { code: string } }> } };
  };

  it('signs a person in with the provider\'s access token, its keys found through discovery', async () => {
    const token = await provider.token('manager-oidc');
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: 'key-2026-01', typ: 'at+jwt' });
    const { status, body } = await viewer(token);
    expect(status).toBe(200);
    expect(body.data?.viewer).toMatchObject({ kind: 'USER', roles: ['MANAGER'] });
    expect(body.data?.viewer.agency?.name).toMatch(/Tübingen/);
    const [row] = await hub.sql<{ subject: string; email: string; name: string }>("select subject, email, name from hub_user where subject = 'manager-oidc'");
    expect(row).toEqual({ subject: 'manager-oidc', email: 'manager-oidc@lra-tuebingen.example.test', name: 'Mara Oidc' });
    expect(await provider.stats()).toEqual({ discovery: 1, jwks: 1 });
  });

  it('follows a key rotation, and refuses tokens of the key taken out', async () => {
    const old = await provider.token('manager-oidc');
    // 1. The provider signs with a new key and still publishes the old one.
    await provider.setKeys([second, first], second.kid!);
    await sleep(REFETCH_SECONDS + 0.2);
    const rotated = await provider.token('manager-oidc');
    expect(decodeProtectedHeader(rotated).kid).toBe('key-2026-07');
    // A kid the hub has not seen: it fetches the JWKS again and accepts the token.
    expect((await viewer(rotated)).body.data?.viewer.kind).toBe('USER');
    expect((await viewer(old)).body.data?.viewer.kind).toBe('USER');

    // 2. The old key is taken out. Once the hub's copy of the keys is older than its cache age,
    // it fetches them again, and a token of the old key is refused.
    await provider.setKeys([second], second.kid!);
    await sleep(CACHE_SECONDS + 0.5);
    const refused = await viewer(old);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/unknown key.*no longer/) });
    expect((await viewer(rotated)).body.data?.viewer.kind).toBe('USER');
    // Discovery was read once; the keys were fetched for the new kid and after the cache age.
    const stats = await provider.stats();
    expect(stats.discovery).toBe(1);
    expect(stats.jwks).toBeGreaterThanOrEqual(3);
  });

  it('fetches the keys at most once per refetch interval, however many unknown kids arrive', async () => {
    await sleep(REFETCH_SECONDS + 0.2);
    const before = (await provider.stats()).jwks;
    // Tokens that name kids the provider never published (signed by a key of our own).
    const forger = await importJWK(await signingKey('forged'), 'RS256');
    const forged = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        new SignJWT({ email: 'x@example.test' }).setProtectedHeader({ alg: 'RS256', kid: `forged-${i}` }).setSubject('manager-oidc').setIssuer(provider.issuer).setAudience('integration-hub').setIssuedAt().setExpirationTime('5m').sign(forger),
      ),
    );
    for (const token of forged) expect((await viewer(token)).status).toBe(401);
    expect((await provider.stats()).jwks - before).toBeLessThanOrEqual(1);
  });
});
