import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { claimsOf, createAuthenticator } from '../../src/core/auth/authenticate';
import { LOCAL_ISSUER, loadLocalSigningKey } from '../../src/core/auth/local-signing-key';
import { AppError } from '../../src/core/errors';
import { claimsAsViewer, createTestIssuer, type TestIssuer } from '../support/test-issuer';

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await createTestIssuer();
});

async function refusal(token: string): Promise<AppError> {
  try {
    await issuer.authenticate(`Bearer ${token}`);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('token was accepted');
}

describe('bearer token verification', () => {
  it('treats a request without credentials as the public audience', async () => {
    expect(await issuer.authenticate(undefined)).toEqual({ kind: 'anonymous' });
  });

  it('reads a Keycloak-style token: roles from realm_access and roles, agency, provider, name', () => {
    expect(
      claimsOf({
        sub: 'f3a1c0de',
        email: 'm.mustermann@example.test',
        preferred_username: 'mmustermann',
        realm_access: { roles: ['manager', 'offline_access', 'uma_authorization', 'integration'] },
        roles: ['COORDINATOR'],
        agency: 'agency-7',
      }),
    ).toEqual({
      subject: 'f3a1c0de',
      email: 'm.mustermann@example.test',
      name: 'mmustermann',
      roles: ['COORDINATOR', 'MANAGER'],
      agency: 'agency-7',
      provider: null,
    });
  });

  it('hands a verified token to the sign-in step', async () => {
    const token = await issuer.sign({ sub: 'f3a1c0de', email: 'a@example.test', roles: ['MANAGER'] });
    expect(await issuer.authenticate(`Bearer ${token}`)).toMatchObject({ kind: 'user', subject: 'f3a1c0de', roles: ['MANAGER'] });
  });

  it.each([
    ['expired', () => issuer.sign({ sub: 'u' }, { expiresIn: '-2m' }), 'expired'],
    ['of the wrong issuer', () => issuer.sign({ sub: 'u' }, { issuer: 'https://other.example.test' }), '"iss"'],
    ['for another audience', () => issuer.sign({ sub: 'u' }, { audience: 'some-other-api' }), '"aud"'],
    ['with a bad signature', () => issuer.sign({ sub: 'u' }, { key: 'foreign' }), 'signature'],
    ['signed with an unknown key', () => issuer.sign({ sub: 'u' }, { kid: 'rotated-away' }), 'unknown key'],
    ['without a subject', () => issuer.sign({}), 'subject'],
  ])('refuses a token %s as UNAUTHENTICATED', async (_name, token, reason) => {
    const error = await refusal(await token());
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain(reason);
  });

  it('refuses a malformed Authorization header', async () => {
    await expect(issuer.authenticate('Basic dXNlcjpwYXNz')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('token lifetime (the test issuer allows at most 3600 s)', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ['without "exp"', () => issuer.sign({ sub: 'u' }, { expiresIn: null }), '"exp"'],
    ['expiring in the year 9999', () => issuer.sign({ sub: 'u' }, { expiresIn: Date.UTC(9999, 0, 1) / 1000 }), '"exp"'],
    ['living a minute longer than allowed', () => issuer.sign({ sub: 'u' }, { expiresIn: now() + 3660 }), '"exp"'],
    ['issued in the future', () => issuer.sign({ sub: 'u' }, { issuedAt: now() + 600 }), '"iat"'],
    ['issued longer ago than a token may live', () => issuer.sign({ sub: 'u' }, { issuedAt: now() - 7200 }), '"iat"'],
  ])('refuses a token %s as UNAUTHENTICATED', async (_name, token, reason) => {
    const error = await refusal(await token());
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain(reason);
  });

  it('accepts a token of the full lifetime, an old-but-valid iat and one without iat', async () => {
    for (const token of [
      await issuer.sign({ sub: 'u' }, { expiresIn: now() + 3600 }),
      await issuer.sign({ sub: 'u' }, { issuedAt: now() - 3000, expiresIn: now() + 60 }),
      await issuer.sign({ sub: 'u' }, { issuedAt: null }),
      // A clock a second or two ahead at the identity provider is tolerated.
      await issuer.sign({ sub: 'u' }, { issuedAt: now() + 2 }),
    ]) {
      await expect(issuer.authenticate(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'user', subject: 'u' });
    }
  });
});

describe('claim checks: everything accepted fits hub_user, nothing hostile passes', () => {
  const refusedClaim = (payload: Record<string, unknown>): AppError => {
    try {
      claimsOf(payload);
    } catch (error) {
      return error as AppError;
    }
    throw new Error('claims were accepted');
  };

  it('accepts every claim at its limit, counting characters as PostgreSQL does', () => {
    const claims = claimsOf({
      sub: 's'.repeat(255),
      email: `${'l'.repeat(64)}@${'d'.repeat(189)}`,
      // 200 characters, 400 UTF-16 code units: the limit is on characters.
      name: '😀'.repeat(200),
      agency: 'a'.repeat(200),
      provider: 'p'.repeat(200),
      roles: [...Array.from({ length: 49 }, (_, i) => `role-${i}`), 'x'.repeat(100)],
    });
    expect(claims.subject).toHaveLength(255);
    expect(claims.email).toHaveLength(254);
    expect([...(claims.name ?? '')]).toHaveLength(200);
    expect(claims.agency).toHaveLength(200);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a sub of 256 characters', { sub: 's'.repeat(256) }, '"sub"'],
    ['an email of 255 characters', { sub: 'u', email: `${'l'.repeat(64)}@${'d'.repeat(190)}` }, '"email"'],
    ['an email of 5,000 characters', { sub: 'u', email: `${'l'.repeat(60)}@${'d'.repeat(5000)}` }, '"email"'],
    ['an email that is no address', { sub: 'u', email: 'not an address' }, '"email"'],
    ['an email with two @', { sub: 'u', email: 'a@b@example.test' }, '"email"'],
    ['an email that is not a string', { sub: 'u', email: ['a@example.test'] }, '"email"'],
    ['a name of 5,000 characters', { sub: 'u', name: 'n'.repeat(5000) }, '"name"'],
    ['a name of 201 emoji', { sub: 'u', name: '😀'.repeat(201) }, '"name"'],
    ['a preferred_username of 201 characters', { sub: 'u', preferred_username: 'p'.repeat(201) }, '"preferred_username"'],
    ['an agency of 201 characters', { sub: 'u', agency: 'a'.repeat(201) }, '"agency"'],
    ['a provider of 201 characters', { sub: 'u', provider: 'p'.repeat(201) }, '"provider"'],
    ['a NUL byte in sub', { sub: 'u\u0000v' }, '"sub"'],
    ['a NUL byte in email', { sub: 'u', email: 'a\u0000@example.test' }, '"email"'],
    ['a NUL byte in name', { sub: 'u', name: 'Anna\u0000' }, '"name"'],
    ['a NUL byte in agency', { sub: 'u', agency: 'lra-tuebingen\u0000' }, '"agency"'],
    ['a NUL byte in provider', { sub: 'u', provider: '\u0000' }, '"provider"'],
    ['a line break in name', { sub: 'u', name: 'Anna\nAdmin' }, '"name"'],
    ['a DEL in sub', { sub: 'u\u007f' }, '"sub"'],
    ['a lone high surrogate in sub', { sub: 'u\ud800' }, '"sub"'],
    ['a lone low surrogate in name', { sub: 'u', name: '\udc00Anna' }, '"name"'],
    ['a lone surrogate in email', { sub: 'u', email: 'a\ud83d@example.test' }, '"email"'],
    ['a sub that is not a string', { sub: 42 }, '"sub"'],
    ['51 roles', { sub: 'u', roles: Array.from({ length: 51 }, () => 'MANAGER') }, '"roles"'],
    ['a role of 101 characters', { sub: 'u', roles: ['r'.repeat(101)] }, '"roles"'],
    ['a role with a NUL byte', { sub: 'u', realm_access: { roles: ['MANAGER\u0000'] } }, '"realm_access.roles"'],
    ['roles that are not strings', { sub: 'u', roles: [{ role: 'ADMIN' }] }, '"roles"'],
    ['roles that are not a list', { sub: 'u', roles: 'ADMIN' }, '"roles"'],
  ])('refuses %s as UNAUTHENTICATED naming the claim', (_name, payload, claim) => {
    const error = refusedClaim(payload);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain(claim);
  });

  it('refuses hostile claims in a signed token too (lone surrogates survive the JSON round trip)', async () => {
    const error = await refusal(await issuer.sign({ sub: 'u', name: 'Anna \ud800' }));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toContain('"name"');
  });
});

describe('local issuer (development without an identity provider)', () => {
  it('keeps one signing key in the data folder and accepts only its own tokens', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hub-auth-'));
    const key = await loadLocalSigningKey(dataDir);
    expect((await loadLocalSigningKey(dataDir)).kid).toBe(key.kid);
    expect(key.jwks.keys[0]).not.toHaveProperty('d');

    const authenticate = await createAuthenticator({ auth: { issuer: undefined, audience: 'integration-hub', jwksUrl: undefined, jwksFile: undefined, maxTokenLifetimeSeconds: 3600 }, dataDir }, claimsAsViewer);
    const token = await new SignJWT({ roles: ['ADMIN'] })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject('admin@example.test')
      .setIssuer(LOCAL_ISSUER)
      .setAudience('integration-hub')
      .setExpirationTime('1m')
      .sign(key.privateKey);
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ kind: 'user', roles: ['ADMIN'] });
    await expect(authenticate(`Bearer ${await issuer.sign({ sub: 'x' })}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
