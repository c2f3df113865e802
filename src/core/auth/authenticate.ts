import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Config } from '../config';
import { AppError } from '../errors';
import { LOCAL_ISSUER, loadLocalSigningKey } from './local-signing-key';
import { ANONYMOUS, Role, type Claims, type Viewer } from './viewer';

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

/** How the hub maps credentials to its own records (see tenancy/sign-in.ts and integrations/). */
export interface CredentialResolvers {
  /** A presented API key (`hub_…`) to its viewer, or null when it is not valid. */
  apiKey(presented: string): Promise<Viewer | null>;
  /** Verified claims to a viewer; throws UNAUTHENTICATED when they name an unknown tenant. */
  user(claims: Claims): Promise<Viewer>;
}

const API_KEY_PREFIX = 'hub_';

const ROLES = new Set<string>(Object.values(Role));

/**
 * Turns an Authorization header into a viewer. No header: the public audience. A bearer token is
 * either an API key (`hub_…`, checked against its stored hash) or a JWT (signature against the
 * JWKS, issuer, audience, expiry); anything wrong with it is UNAUTHENTICATED, never anonymous.
 */
export async function createAuthenticator(config: Pick<Config, 'auth' | 'dataDir'>, resolvers: CredentialResolvers): Promise<Authenticate> {
  const { issuer, audience } = config.auth;
  const keys = config.auth.jwksUrl
    ? createRemoteJWKSet(new URL(config.auth.jwksUrl))
    : createLocalJWKSet(
        config.auth.jwksFile
          ? JSON.parse(readFileSync(config.auth.jwksFile, 'utf8'))
          : (await loadLocalSigningKey(config.dataDir)).jwks,
      );

  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    if (match[1].startsWith(API_KEY_PREFIX)) {
      const viewer = await resolvers.apiKey(match[1]);
      if (!viewer) throw unauthenticated('The API key is not valid.');
      return viewer;
    }
    let claims: Claims;
    try {
      const { payload } = await jwtVerify(match[1], keys, { issuer: issuer ?? LOCAL_ISSUER, audience, clockTolerance: 5 });
      claims = claimsOf(payload);
    } catch (error) {
      throw unauthenticated(reasonOf(error));
    }
    return resolvers.user(claims);
  };
}

/**
 * Reads the claims the hub uses. Roles come from `roles` or a Keycloak realm's
 * `realm_access.roles` (case-insensitive); `agency` and `provider` from claims of those names.
 */
export function claimsOf(payload: JWTPayload): Claims {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw unauthenticated('The token names no subject.');
  const realmAccess = payload.realm_access as { roles?: unknown } | undefined;
  const claimed = [payload.roles, realmAccess?.roles].flatMap((value) => (Array.isArray(value) ? value : []));
  const roles = [...new Set(claimed.filter((role): role is string => typeof role === 'string').map((role) => role.toUpperCase()))]
    .filter((role): role is Role => ROLES.has(role) && role !== Role.INTEGRATION);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    subject: payload.sub,
    email: text(payload.email),
    name: text(payload.name) ?? text(payload.preferred_username),
    roles,
    agency: text(payload.agency),
    provider: text(payload.provider),
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not accepted here.`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed with an unknown key.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  return 'The token is not valid.';
}

export function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message);
}
