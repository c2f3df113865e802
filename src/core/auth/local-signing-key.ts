import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

export const LOCAL_ISSUER = 'integration-hub-local';
const ALGORITHM = 'ES256';

export interface LocalSigningKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
  /** The public half, as the JWKS the hub verifies against in local mode. */
  jwks: { keys: JWK[] };
}

/**
 * The hub's own signing key for local development (no identity provider configured): created once
 * in the data folder, readable only by its owner, reused across restarts so tokens stay valid.
 */
export async function loadLocalSigningKey(dataDir: string): Promise<LocalSigningKey> {
  const file = path.join(dataDir, 'auth', 'signing-key.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: `local-${Date.now().toString(36)}`, alg: ALGORITHM, use: 'sig' };
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK & { kid: string };
  const { d: _private, ...publicJwk } = jwk;
  return { kid: jwk.kid, privateKey: await importJWK(jwk, ALGORITHM), jwks: { keys: [publicJwk] } };
}
