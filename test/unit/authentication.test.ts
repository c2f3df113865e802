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
