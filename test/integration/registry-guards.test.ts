import { isObjectType } from 'graphql';
import { buildHubSchema, NODE_TYPES } from '../../src/app/hub';
import type { Viewer } from '../../src/core/auth/viewer';
import { encryptedColumnsOf } from '../../src/core/crypto/encrypted-columns';
import { prefetchedFields } from '../../src/core/graphql/prefetch';
import { toGlobalId } from '../../src/core/relay/global-id';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * Guards for the steps a newcomer adding a table can forget: the module's node type (without it
 * `node(id)` answers null for the new type's IDs) and the encrypted columns (derived from entity
 * metadata: a column named *_encrypted that no EncryptedText property maps would hold text the
 * key rotation never sees).
 */
let hub: TestHub;
let tenants: Tenants;
beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  // One row of every kind of case data: a case with plan, goal, measure, consent and note, then a review and an extension.
  const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  const today = new Date().toISOString().slice(0, 10);
  const review = await hub.run(`mutation($client: ID!, $date: Date!) { planReview(input: {client: $client, reviewDate: $date, summary: "Gut."}) { userErrors { message } } }`, { client: refs.client, date: today }, tenants.viewers.managerA);
  expect(review.errors).toBeUndefined();
  const extension = await hub.run(
    `mutation($client: ID!, $to: Date!) { supportExtend(input: {client: $client, extendedTo: $to, reason: "Ausbildung beginnt."}) { userErrors { message } } }`,
    { client: refs.client, to: `${Number(today.slice(0, 4)) + 3}${today.slice(4)}` },
    tenants.viewers.managerA,
  );
  expect(extension.errors).toBeUndefined();
  const course = await hub.run(
    `mutation($client: ID!) { clientCourseRecord(input: {client: $client, programme: SPRACHCAFE}) { userErrors { message } } }`,
    { client: refs.client },
    tenants.viewers.managerA,
  );
  expect(course.errors).toBeUndefined();
  // Before the referral: an open referral blocks erasure on request.
  const erasure = await hub.run(
    `mutation($client: ID!) { clientErasureRequest(input: {client: $client, ground: OBJECTION}) { userErrors { message } } }`,
    { client: refs.client },
    tenants.viewers.coordinatorA,
  );
  expect(erasure.errors).toBeUndefined();
  // A referral of the case (to a provider its consent covers, Volkshochschulen), for the Referral node type.
  const [offer] = await hub.sql<{ id: number }>("select o.id from offer o join provider p on p.id = o.provider_id where p.kind = 'VOLKSHOCHSCHULE' and o.status = 'PUBLISHED' and (o.capacity is null or o.capacity > o.seats_taken + o.seats_referred) order by o.id limit 1");
  const referral = await hub.run(`mutation($client: ID!, $offer: ID!) { referralCreate(input: {client: $client, offer: $offer}) { userErrors { message } } }`, { client: refs.client, offer: toGlobalId('Offer', offer.id) }, tenants.viewers.managerA);
  if ((referral.data as { referralCreate: { userErrors: unknown[] } }).referralCreate.userErrors.length) throw new Error(JSON.stringify(referral));
  const team = await hub.run(`mutation($agency: ID!) { teamCreate(input: {agency: $agency, name: "Guards"}) { userErrors { message } } }`, { agency: tenants.agencyA.globalId }, tenants.viewers.admin);
  expect(team.errors).toBeUndefined();
  // A webhook endpoint with a delivery (a ping), for their node types.
  const hook = await hub.run(
    'mutation { webhookEndpointCreate(input: {url: "https://hooks.example.org/guards", events: [OFFER_PUBLISHED]}) { webhookEndpoint { id } userErrors { message } } }',
    {},
    tenants.viewers.admin,
  );
  const hookId = (hook.data as { webhookEndpointCreate: { webhookEndpoint: { id: string } } }).webhookEndpointCreate.webhookEndpoint.id;
  const ping = await hub.run('mutation($endpoint: ID!) { webhookEndpointPing(input: {endpoint: $endpoint}) { userErrors { message } } }', { endpoint: hookId }, tenants.viewers.admin);
  expect(ping.errors).toBeUndefined();
});
afterAll(() => hub.close());

describe('node(id)', () => {
  it('knows every type that implements Node', async () => {
    const schema = await buildHubSchema();
    const implementing = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.getInterfaces().some((iface) => iface.name === 'Node'))
      .map((type) => type.name)
      .sort();
    expect(implementing.length).toBeGreaterThan(10);
    expect([...NODE_TYPES.typeNames].sort()).toEqual(implementing);
  });

  it('resolves a stored row of every node type for a viewer who may see it', async () => {
    const viewers: Viewer[] = Object.values(tenants.viewers);
    const unresolved: string[] = [];
    for (const typeName of NODE_TYPES.typeNames) {
      const table = hub.orm.getMetadata().find(typeName)?.tableName;
      if (!table) {
        unresolved.push(`${typeName}: no entity of that name`);
        continue;
      }
      const [row] = await hub.sql<{ id: number }>(`select id from "${table}" order by id limit 1`);
      if (!row) {
        unresolved.push(`${typeName}: no row in ${table} (create one in beforeAll)`);
        continue;
      }
      const id = toGlobalId(typeName, row.id);
      let seen = false;
      for (const viewer of viewers) {
        const result = await hub.run('query($id: ID!) { node(id: $id) { __typename id } }', { id }, viewer);
        expect(result.errors).toBeUndefined();
        const node = (result.data as { node: { __typename: string; id: string } | null }).node;
        if (node) {
          expect(node).toEqual({ __typename: typeName, id });
          seen = true;
          break;
        }
      }
      if (!seen) unresolved.push(`${typeName}: ${id} resolves to null for every test viewer`);
    }
    expect(unresolved).toEqual([]);
  });
});

describe('encrypted columns', () => {
  it('are exactly the *_encrypted columns of the database, and hold only ciphertext', async () => {
    const mapped = encryptedColumnsOf(hub.orm.getMetadata()).map(({ table, column }) => `${table}.${column}`);
    const inDatabase = await hub.sql<{ name: string }>(
      `select table_name || '.' || column_name as name from information_schema.columns
        where table_schema = 'public' and column_name like '%\\_encrypted' order by 1`,
    );
    expect(mapped.length).toBeGreaterThan(0);
    expect(mapped).toEqual(inDatabase.map((row) => row.name).sort());
    for (const { table, column } of encryptedColumnsOf(hub.orm.getMetadata())) {
      const [plain] = await hub.sql<{ count: string }>(`select count(*)::text as count from "${table}" where "${column}" is not null and not starts_with("${column}", 'v1:')`);
      expect({ column: `${table}.${column}`, plaintext: plain.count }).toEqual({ column: `${table}.${column}`, plaintext: '0' });
    }
  });
});

describe('prefetched fields', () => {
  it('are fields of the schema without arguments, on the type they were declared for', async () => {
    const schema = await buildHubSchema();
    const declared = prefetchedFields();
    expect(declared.length).toBeGreaterThan(0);
    for (const { type, field } of declared) {
      const objectType = schema.getType(type);
      const found = isObjectType(objectType) ? objectType.getFields()[field] : undefined;
      expect({ field: `${type}.${field}`, exists: found !== undefined, args: found?.args.length }).toEqual({ field: `${type}.${field}`, exists: true, args: 0 });
    }
  });
});
