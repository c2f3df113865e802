import { Role, type Viewer } from '../../src/core/auth/viewer';
import { fromGlobalIdOf, toGlobalId, withArticle } from '../../src/core/relay/global-id';
import { ApiKeyCreateDocument } from '../generated/graphql';
import { createTestHub, type TestHub } from '../support/test-hub';

/** Messages built from a noun: the right article, and the real problem named first. */
let hub: TestHub;
let admin: Viewer;

beforeAll(async () => {
  hub = await createTestHub();
  admin = await hub.signIn({ subject: 'wording-admin', roles: [Role.ADMIN] });
});
afterAll(() => hub.close());

describe('apiKeyCreate', () => {
  it('names the missing tenant first, instead of guessing the key is an agency key', async () => {
    const result = await hub.execute(ApiKeyCreateDocument, { input: { name: 'Fachverfahren', scopes: ['OFFERS_WRITE'] } }, admin);
    expect(result.data!.apiKeyCreate.apiKey).toBeNull();
    expect(result.data!.apiKeyCreate.userErrors).toEqual([
      { field: ['input'], code: 'INVALID', message: 'Name exactly one tenant for the key: a provider or an agency.' },
    ]);
  });

  it('names two tenants as the problem too, first', async () => {
    const [agency] = await hub.sql<{ id: number }>('select id from agency order by id limit 1');
    const [provider] = await hub.sql<{ id: number }>('select id from provider order by id limit 1');
    const result = await hub.execute(
      ApiKeyCreateDocument,
      { input: { name: ' ', scopes: ['CASELOAD_READ'], agency: toGlobalId('Agency', agency.id), provider: toGlobalId('Provider', provider.id) } },
      admin,
    );
    expect(result.data!.apiKeyCreate.userErrors.map((error) => [error.field.join('.'), error.message])).toEqual([
      ['input', 'Name exactly one tenant for the key: a provider or an agency.'],
      ['input.name', 'Give the key a name of 1 to 100 characters.'],
    ]);
  });

  it('says "an agency key" and "a provider key"', async () => {
    const [agency] = await hub.sql<{ id: number }>('select id from agency order by id limit 1');
    const [provider] = await hub.sql<{ id: number }>('select id from provider order by id limit 1');
    const agencyKey = await hub.execute(ApiKeyCreateDocument, { input: { name: 'x', scopes: ['OFFERS_WRITE'], agency: toGlobalId('Agency', agency.id) } }, admin);
    expect(agencyKey.data!.apiKeyCreate.userErrors.map((error) => error.message)).toEqual(['An agency key takes only these scopes: CASELOAD_READ, CASELOAD_WRITE.']);
    const providerKey = await hub.execute(ApiKeyCreateDocument, { input: { name: 'x', scopes: ['CASELOAD_READ'], provider: toGlobalId('Provider', provider.id) } }, admin);
    expect(providerKey.data!.apiKeyCreate.userErrors.map((error) => error.message)).toEqual([
      'A provider key takes only these scopes: OFFERS_WRITE, REFERRALS_READ, REFERRALS_WRITE, WEBHOOKS_MANAGE.',
    ]);
  });
});

describe('IDs of the wrong type', () => {
  it.each([
    ['Offer', 'an Offer'],
    ['Agency', 'an Agency'],
    ['ApiKey', 'an ApiKey'],
    ['User', 'a User'],
    ['Provider', 'a Provider'],
    ['PlanGoal', 'a PlanGoal'],
    ['Municipality', 'a Municipality'],
  ])('writes the type %s as "%s"', (type, phrase) => {
    expect(withArticle(type)).toBe(phrase);
    expect(() => fromGlobalIdOf(type, toGlobalId('District', 1), 'input.x')).toThrow(`"input.x" is not the ID of ${phrase}.`);
  });

  it('answers through the API with the article', async () => {
    const result = await hub.run('mutation ($id: ID!) { apiKeyRotate(input: { apiKey: $id }) { secret } }', { id: toGlobalId('District', 1) }, admin);
    expect(result.errors?.[0].message).toBe('"input.apiKey" is not the ID of an ApiKey.');
  });
});
