import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { createAuthenticator, type Authenticate, type CredentialResolvers } from '../../src/core/auth/authenticate';

export const TEST_ISSUER = 'https://id.example.test/realms/integration';
export const TEST_AUDIENCE = 'integration-hub';

/**
 * A stand-in identity provider with its own key pair, published as a JWKS file: tokens signed
 * here are what a Keycloak realm would issue. `foreignKey` signs tokens the hub must refuse.
 */
export interface TestIssuer {
  jwksFile: string;
  authenticate: Authenticate;
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
}

export interface SignOptions {
  /** A span from now ('5m', '-2m'), an absolute time (epoch seconds or Date), or null for no `exp` at all. */
  expiresIn?: string | number | Date | null;
  /** `iat` in epoch seconds (or a Date); null for none. Default: now. */
  issuedAt?: number | Date | null;
  issuer?: string;
  audience?: string;
  key?: 'own' | 'foreign';
  kid?: string;
}

/** Without the database: claims become a viewer as they are (user 0, no tenant records looked up). */
export const claimsAsViewer: CredentialResolvers = {
  apiKey: async () => null,
  user: async (claims) => ({ kind: 'user', userId: 0, subject: claims.subject, email: claims.email, roles: claims.roles, agencyId: null, providerId: null, teamId: null, caseloadTeamId: null }),
};

export async function createTestIssuer(resolvers: CredentialResolvers = claimsAsViewer): Promise<TestIssuer> {
  const own = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hub-issuer-'));
  const jwksFile = path.join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(own.publicKey)), kid: 'realm-key-1', alg: 'RS256', use: 'sig' }] }));
  const authenticate = await createAuthenticator({ auth: { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, jwksUrl: undefined, jwksFile, maxTokenLifetimeSeconds: 3600 }, dataDir: dir }, resolvers);

  return {
    jwksFile,
    authenticate,
    sign(claims, options = {}) {
      const key: KeyLike = options.key === 'foreign' ? foreign.privateKey : own.privateKey;
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'realm-key-1' })
        .setIssuer(options.issuer ?? TEST_ISSUER)
        .setAudience(options.audience ?? TEST_AUDIENCE);
      if (options.issuedAt !== null) jwt.setIssuedAt(options.issuedAt);
      if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '5m');
      return jwt.sign(key);
    },
  };
}
