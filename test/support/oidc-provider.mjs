// A certified OpenID provider (panva's oidc-provider) on loopback, for the sign-in tests. It is
// ESM-only, so it runs in a child process of its own (started with child_process.fork), driven
// over IPC by test/support/openid-provider.ts:
//   parent → { type: 'keys', keys: [private JWK…], signingKid }  (the JWKS, and which key signs)
//   child  → { type: 'ready', issuer } once listening, { type: 'keys-set' } after each change,
//            { type: 'stats', discovery, jwks } when asked with { type: 'stats' }.
// Changing the keys swaps in a new Provider behind the same server, so the issuer URL stays.
// People are clients with the client_credentials grant: `sub` is the client_id and
// extraTokenClaims adds the person's claims, as a Keycloak realm's mappers would.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const AUDIENCE = process.env.OIDC_AUDIENCE ?? 'integration-hub';
const PEOPLE = JSON.parse(process.env.OIDC_PEOPLE ?? '{}');

let current;
const stats = { discovery: 0, jwks: 0 };

const server = createServer((req, res) => {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/.well-known/openid-configuration') stats.discovery += 1;
  if (path === '/jwks') stats.jwks += 1;
  if (!current) {
    res.writeHead(503);
    res.end();
    return;
  }
  current.callback()(req, res);
});

function providerFor(issuer, keys, signingKid) {
  const provider = new Provider(issuer, {
    clients: Object.entries(PEOPLE).map(([clientId, person]) => ({
      client_id: clientId,
      client_secret: person.secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    jwks: { keys },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // A resource indicator must be an absolute URI; the token's `aud` is the hub's audience.
        defaultResource: () => 'urn:integration-hub:api',
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'hub',
          audience: AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 300,
          jwt: { sign: { alg: 'RS256', kid: signingKid } },
        }),
      },
    },
    extraTokenClaims: (_ctx, token) => PEOPLE[token.clientId]?.claims,
  });
  // The test talks plain HTTP on loopback; no proxy in front.
  provider.proxy = false;
  return provider;
}

let issuer;
process.on('message', (message) => {
  if (message.type === 'keys') {
    current = providerFor(issuer, message.keys, message.signingKid);
    process.send({ type: 'keys-set' });
  } else if (message.type === 'stats') {
    process.send({ type: 'stats', ...stats });
  }
});
// The parent going away ends the provider too.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  issuer = `http://127.0.0.1:${server.address().port}`;
  process.send({ type: 'ready', issuer });
});
