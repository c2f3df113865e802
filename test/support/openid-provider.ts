import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** A person at the provider: a client of its own (client_credentials) whose tokens carry `claims`. */
export interface ProviderPerson {
  secret: string;
  claims: Record<string, unknown>;
}

export interface OpenIdProvider {
  issuer: string;
  /** Publishes these keys (private JWKs; the provider publishes their public parts), signing with `signingKid`. */
  setKeys(keys: readonly JWK[], signingKid: string): Promise<void>;
  /** An access token (JWT) for the person, from the token endpoint. */
  token(clientId: string): Promise<string>;
  /** How often the discovery document and the JWKS were fetched. */
  stats(): Promise<{ discovery: number; jwks: number }>;
  stop(): Promise<void>;
}

/** An RSA signing key as a private JWK with its key ID. */
export async function signingKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

/** Starts oidc-provider (test/support/oidc-provider.mjs) on a free loopback port with these people and keys. */
export async function startOpenIdProvider(people: Record<string, ProviderPerson>, keys: readonly JWK[], signingKid: string): Promise<OpenIdProvider> {
  const child: ChildProcess = fork(path.join(__dirname, 'oidc-provider.mjs'), [], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', OIDC_PEOPLE: JSON.stringify(people) },
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: { type: string } & T) => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`oidc-provider exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { issuer } = await next<{ issuer: string }>('ready');
  const setKeys = async (published: readonly JWK[], kid: string) => {
    const done = next('keys-set');
    child.send({ type: 'keys', keys: published, signingKid: kid });
    await done;
  };
  await setKeys(keys, signingKid);
  return {
    issuer,
    setKeys,
    async token(clientId) {
      const response = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: people[clientId].secret, scope: 'hub' }),
      });
      const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!body.access_token) throw new Error(`no token for ${clientId}: ${body.error} ${body.error_description}`);
      return body.access_token;
    },
    async stats() {
      const answer = next<{ discovery: number; jwks: number }>('stats');
      child.send({ type: 'stats' });
      const { discovery, jwks } = await answer;
      return { discovery, jwks };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
