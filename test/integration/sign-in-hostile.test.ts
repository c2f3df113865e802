import type { JWTPayload } from 'jose';
import { SignInService } from '../../src/tenancy/sign-in.service';
import { createTestIssuer, type SignOptions, type TestIssuer } from '../support/test-issuer';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * Validly signed but hostile tokens, end to end: HTTP, authentication, the real sign-in against
 * PostgreSQL. Whatever the claims, the answer is 200 or 401, never 500, and a refused token leaves
 * no trace in hub_user.
 */

interface Answer {
  status: number;
  text: string;
  body: {
    data?: { viewer: { kind: string; user: { id: string; email: string; name: string | null } | null } };
    errors?: Array<{ message: string; extensions: { code: string } }>;
  };
}

let hub: TestHub;
let issuer: TestIssuer;
let http: TestHttp;
let base: string;

beforeAll(async () => {
  hub = await createTestHub();
  // The real sign-in, as the server wires it (src/app.ts), on this test's own database.
  const signIn = new SignInService(hub.orm);
  issuer = await createTestIssuer({ apiKey: async () => null, user: (claims) => signIn.viewerFor(claims) });
  http = await startTestHttp(hub, { authenticate: issuer.authenticate, config: { introspection: true } });
  base = http.url;
});

afterAll(async () => {
  await http.close();
  await hub.close();
});

const VIEWER = JSON.stringify({ query: '{ viewer { kind user { id email name } } }' });

async function ask(token: string): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: VIEWER,
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

async function userCount(): Promise<number> {
  const [row] = await hub.sql<{ n: number }>('select count(*)::int as n from hub_user');
  return row.n;
}

function expectRefused(answer: Answer, reason: string): void {
  expect(answer.status).toBe(401);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  expect(answer.body.errors?.[0].message).toContain(reason);
}

const now = () => Math.floor(Date.now() / 1000);

describe('sign-in with hostile tokens', () => {
  it('signs in a person with a valid token and keeps their row', async () => {
    const before = await userCount();
    const answer = await ask(await issuer.sign({ sub: 'valid-person', email: 'valid.person@example.test', name: 'Valid Person' }));
    expect(answer.status).toBe(200);
    expect(answer.body.data?.viewer).toMatchObject({ kind: 'USER', user: { email: 'valid.person@example.test', name: 'Valid Person' } });
    expect(await userCount()).toBe(before + 1);
  });

  it('accepts claims at every limit and stores them whole', async () => {
    const subject = 's'.repeat(255);
    const email = `${'l'.repeat(64)}@${'d'.repeat(189)}`;
    const name = 'Ä😀'.repeat(100);
    const answer = await ask(await issuer.sign({ sub: subject, email, name }));
    expect(answer.status).toBe(200);
    const [row] = await hub.sql<{ email: string; name: string }>('select email, name from hub_user where subject = ?', [subject]);
    expect(row).toEqual({ email, name });
  });

  it.each<[string, JWTPayload, SignOptions, string]>([
    ['a sub of 256 characters', { sub: 's'.repeat(256), email: 'long-sub@example.test' }, {}, '"sub"'],
    ['an email of 255 characters', { sub: 'long-email', email: `${'l'.repeat(64)}@${'d'.repeat(190)}` }, {}, '"email"'],
    ['an email of 1,000 characters', { sub: 'longer-email', email: `${'l'.repeat(64)}@${'d'.repeat(935)}` }, {}, '"email"'],
    ['a name of 5,000 characters', { sub: 'long-name', email: 'long-name@example.test', name: 'n'.repeat(5000) }, {}, '"name"'],
    ['a NUL byte in sub', { sub: 'nul\u0000sub', email: 'nul-sub@example.test' }, {}, '"sub"'],
    ['a NUL byte in email', { sub: 'nul-email', email: 'nul\u0000@example.test' }, {}, '"email"'],
    ['a NUL byte in name', { sub: 'nul-name', email: 'nul-name@example.test', name: 'Anna\u0000' }, {}, '"name"'],
    ['a NUL byte in agency', { sub: 'nul-agency', email: 'nul-agency@example.test', roles: ['MANAGER'], agency: 'lra-tuebingen\u0000' }, {}, '"agency"'],
    ['a lone surrogate in sub', { sub: 'surrogate-\ud800', email: 'surrogate-sub@example.test' }, {}, '"sub"'],
    ['a lone surrogate in name', { sub: 'surrogate-name', email: 'surrogate-name@example.test', name: 'Anna \udc00' }, {}, '"name"'],
    ['an email that is no address', { sub: 'no-address', email: 'nobody' }, {}, '"email"'],
    ['no exp', { sub: 'no-exp', email: 'no-exp@example.test' }, { expiresIn: null }, '"exp"'],
    ['an exp in the year 9999', { sub: 'exp-9999', email: 'exp-9999@example.test' }, { expiresIn: Date.UTC(9999, 11, 31) / 1000 }, '"exp"'],
    ['an iat in the future', { sub: 'iat-future', email: 'iat-future@example.test' }, { issuedAt: now() + 3600 }, '"iat"'],
    ['an old iat', { sub: 'iat-old', email: 'iat-old@example.test' }, { issuedAt: now() - 86_400 }, '"iat"'],
  ])('refuses %s with 401 UNAUTHENTICATED and writes nothing', async (_name, claims, options, reason) => {
    const before = await userCount();
    const answer = await ask(await issuer.sign(claims, options));
    expectRefused(answer, reason);
    expect(await userCount()).toBe(before);
  });

  it('refuses a new sub for an e-mail address another subject holds, and leaves that row alone', async () => {
    expect((await ask(await issuer.sign({ sub: 'address-owner', email: 'taken@example.test', name: 'Owner' }))).status).toBe(200);
    const before = await userCount();

    const answer = await ask(await issuer.sign({ sub: 'address-thief', email: 'Taken@Example.TEST', name: 'Thief' }));
    expectRefused(answer, 'This e-mail address belongs to another account; an administrator must re-link it');
    expect(await userCount()).toBe(before);
    expect(await hub.sql('select subject, name from hub_user where lower(email) = ?', ['taken@example.test'])).toEqual([{ subject: 'address-owner', name: 'Owner' }]);
  });

  it('refuses a signed-in person switching to an e-mail address another subject holds', async () => {
    expect((await ask(await issuer.sign({ sub: 'address-holder', email: 'held@example.test' }))).status).toBe(200);
    expect((await ask(await issuer.sign({ sub: 'address-switcher', email: 'switcher@example.test' }))).status).toBe(200);

    const answer = await ask(await issuer.sign({ sub: 'address-switcher', email: 'held@example.test' }));
    expectRefused(answer, 'belongs to another account');
    expect(await hub.sql('select email from hub_user where subject = ?', ['address-switcher'])).toEqual([{ email: 'switcher@example.test' }]);
  });

  it('gives simultaneous first sign-ins of one new person the same single row', async () => {
    for (let round = 0; round < 5; round++) {
      const subject = `twin-${round}`;
      const token = await issuer.sign({ sub: subject, email: `${subject}@example.test` });
      const before = await userCount();
      const answers = await Promise.all([ask(token), ask(token), ask(token)]);
      for (const answer of answers) expect({ status: answer.status, text: answer.text }).toMatchObject({ status: 200 });
      expect(new Set(answers.map((answer) => answer.body.data?.viewer.user?.id)).size).toBe(1);
      expect(await userCount()).toBe(before + 1);
    }
  });

  it('keeps any other database failure in sign-in an internal error, masked', async () => {
    // Not an expected case, so not UNAUTHENTICATED: a broken database must show as a server fault.
    await hub.sql('alter table hub_user rename to hub_user_gone');
    try {
      const answer = await ask(await issuer.sign({ sub: 'during-outage', email: 'during-outage@example.test' }));
      expect(answer.status).toBe(500);
      expect(answer.body.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(answer.text).not.toMatch(/hub_user|relation|select|stack/i);
    } finally {
      await hub.sql('alter table hub_user_gone rename to hub_user');
    }
    expect((await ask(await issuer.sign({ sub: 'after-outage', email: 'after-outage@example.test' }))).status).toBe(200);
  });
});
