import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** How jose fetches and keeps a remote key set (see createRemoteJWKSet). */
export interface RemoteKeyOptions {
  cacheMaxAge: number;
  cooldownDuration: number;
  timeoutDuration: number;
}

/** The issuer's discovery document or its keys could not be had: the token cannot be checked now. */
export class IssuerUnreachable extends Error {}

/**
 * The key set of an OpenID issuer found through its discovery document
 * (`<issuer>/.well-known/openid-configuration` → `jwks_uri`), read at the first token, not at
 * start-up, so the hub starts while the identity provider is still down. A failed discovery is
 * tried again at the next token, at most once per cooldown.
 */
export function discoveredJwks(issuer: string, options: RemoteKeyOptions): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  let failedAt = -Infinity;
  return async (header, token) => {
    if (!keys) {
      if (performance.now() - failedAt < options.cooldownDuration) throw new IssuerUnreachable('The identity provider could not be reached; try again later.');
      const discovering = discoverJwksUri(issuer, options.timeoutDuration).then((uri) => createRemoteJWKSet(uri, options));
      keys = discovering;
      discovering.catch(() => {
        keys = undefined;
        failedAt = performance.now();
      });
    }
    return (await keys)(header, token);
  };
}

/** The `jwks_uri` of the issuer's discovery document, which must name that very issuer (OpenID Connect Discovery 1.0, § 4.3). */
export async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  let document: { issuer?: unknown; jwks_uri?: unknown };
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = (await response.json()) as typeof document;
  } catch {
    throw new IssuerUnreachable('The identity provider\'s discovery document could not be read; try again later.');
  }
  if (document.issuer !== issuer) throw new IssuerUnreachable('The identity provider\'s discovery document names another issuer than AUTH_ISSUER.');
  if (typeof document.jwks_uri !== 'string' || !/^https?:\/\//.test(document.jwks_uri)) {
    throw new IssuerUnreachable('The identity provider\'s discovery document names no jwks_uri.');
  }
  return new URL(document.jwks_uri);
}
