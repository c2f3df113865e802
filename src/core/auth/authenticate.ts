import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { AppError } from '../errors';
import { discoveredJwks, IssuerUnreachable, type RemoteKeyOptions } from './issuer-discovery';
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

/** Leeway for clocks of the identity provider and the hub that are slightly apart. */
const CLOCK_TOLERANCE_SECONDS = 5;

/**
 * Upper bounds on the claims the hub reads, in Unicode code points as PostgreSQL counts them:
 * whatever passes fits the hub_user columns (subject varchar(255), email varchar(254), name
 * varchar(200)), so a hostile token is refused here instead of failing in the database.
 */
const MAX_LENGTH = { sub: 255, email: 254, name: 200, tenant: 200, role: 100 } as const;
const MAX_ROLES = 50;

/** Control characters (C0, DEL, C1) and lone surrogates: PostgreSQL rejects NUL, and none belong in a name. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cs}]/u;
/** One `@`, something on either side, no whitespace: enough to keep non-addresses out of the e-mail column. */
const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]{1,253}$/u;

/**
 * Turns an Authorization header into a viewer. No header: the public audience. A bearer token is
 * either an API key (`hub_…`, checked against its stored hash) or a JWT (signature against the
 * JWKS, issuer, audience, expiry, a lifetime of at most `maxTokenLifetimeSeconds`, claims the hub
 * can store); anything wrong with it is UNAUTHENTICATED, never anonymous.
 */
export async function createAuthenticator(config: Pick<Config, 'auth' | 'dataDir'>, resolvers: CredentialResolvers): Promise<Authenticate> {
  const { issuer, audience, maxTokenLifetimeSeconds } = config.auth;
  const remote: RemoteKeyOptions = {
    // jose keeps the fetched set this long, and fetches again at most every cooldown when a token
    // names a key it does not hold (a rotation): a flood of forged kids costs one fetch per cooldown.
    cacheMaxAge: (config.auth.jwksCacheSeconds ?? 600) * 1000,
    cooldownDuration: (config.auth.jwksRefetchSeconds ?? 30) * 1000,
    timeoutDuration: 5_000,
  };
  let keys: JWTVerifyGetKey;
  if (config.auth.jwksUrl) keys = createRemoteJWKSet(new URL(config.auth.jwksUrl), remote);
  else if (config.auth.jwksFile) keys = createLocalJWKSet(JSON.parse(readFileSync(config.auth.jwksFile, 'utf8')));
  else if (issuer) keys = discoveredJwks(issuer, remote);
  else keys = createLocalJWKSet((await loadLocalSigningKey(config.dataDir)).jwks);

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
      const { payload } = await jwtVerify(match[1], keys, {
        issuer: issuer ?? LOCAL_ISSUER,
        audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      });
      checkLifetime(payload, maxTokenLifetimeSeconds);
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
  const subject = text(payload, 'sub', MAX_LENGTH.sub);
  if (subject === null) throw unauthenticated('The token names no subject.');
  const email = text(payload, 'email', MAX_LENGTH.email);
  if (email !== null && !EMAIL_SHAPE.test(email)) throw unauthenticated('The token\'s "email" claim is not an e-mail address.');
  const name = text(payload, 'name', MAX_LENGTH.name);
  const username = text(payload, 'preferred_username', MAX_LENGTH.name);

  const realmAccess = payload.realm_access;
  const realmRoles = typeof realmAccess === 'object' && realmAccess !== null ? (realmAccess as { roles?: unknown }).roles : undefined;
  const claimed = [...roleList(payload.roles, 'roles'), ...roleList(realmRoles, 'realm_access.roles')];
  const roles = [...new Set(claimed.map((role) => role.toUpperCase()))].filter((role): role is Role => ROLES.has(role) && role !== Role.INTEGRATION);
  return {
    subject,
    email,
    name: name ?? username,
    roles,
    agency: text(payload, 'agency', MAX_LENGTH.tenant),
    provider: text(payload, 'provider', MAX_LENGTH.tenant),
  };
}

/**
 * Refuses tokens that live too long: a missing or far-future `exp` would make a leaked token
 * good forever, and an `iat` from the future or from long ago means a broken or forged issuer.
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  // jwtVerify has made sure that `exp` is there and that it and `iat` (when present) are numbers.
  if (payload.exp === undefined || payload.exp > now + maxSeconds + CLOCK_TOLERANCE_SECONDS) {
    throw unauthenticated(`The token's "exp" claim lies more than ${maxSeconds} seconds ahead; tokens may live that long at most.`);
  }
  if (payload.iat === undefined) return;
  if (payload.iat > now + CLOCK_TOLERANCE_SECONDS) throw unauthenticated('The token\'s "iat" claim lies in the future.');
  if (payload.iat < now - maxSeconds - CLOCK_TOLERANCE_SECONDS) {
    throw unauthenticated(`The token's "iat" claim lies more than ${maxSeconds} seconds back; tokens may live that long at most.`);
  }
}

/** A text claim: absent, null or empty is null; anything else must be a clean string within the limit. */
function text(payload: JWTPayload, claim: string, maxLength: number): string | null {
  const value = payload[claim];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw unauthenticated(`The token's "${claim}" claim must be a string.`);
  checkText(value, claim, maxLength);
  return value;
}

function checkText(value: string, claim: string, maxLength: number): void {
  if (UNSAFE_CHARACTERS.test(value)) throw unauthenticated(`The token's "${claim}" claim contains control characters or malformed Unicode.`);
  // UTF-16 length bounds the code points from above; count them only when it matters.
  if (value.length > maxLength && [...value].length > maxLength) {
    throw unauthenticated(`The token's "${claim}" claim is longer than ${maxLength} characters.`);
  }
}

function roleList(value: unknown, claim: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > MAX_ROLES) throw unauthenticated(`The token's "${claim}" claim must be a list of at most ${MAX_ROLES} roles.`);
  return value.map((role: unknown) => {
    if (typeof role !== 'string') throw unauthenticated(`The token's "${claim}" claim must list roles as strings.`);
    checkText(role, claim, MAX_LENGTH.role);
    return role;
  });
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp' && error.reason === 'missing') {
    return 'The token has no "exp" claim; tokens that never expire are not accepted.';
  }
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's "${error.claim}" claim is not accepted here.`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed with an unknown key: the identity provider does not (or no longer) publish it.';
  if (error instanceof IssuerUnreachable) return error.message;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'The identity provider\'s keys could not be fetched; try again later.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  return 'The token is not valid.';
}

export function unauthenticated(message: string): AppError {
  return new AppError('UNAUTHENTICATED', message);
}
