import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildHubSchema } from '../../src/app/hub';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ClientCourseRecordDocument } from '../generated/graphql';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * The IDOR sweep, generated from the schema: every argument or input field of type ID, on every
 * query and mutation, is probed with objects of another agency and another provider, and with a
 * missing object of the same type. The two answers must be identical: `null`, an empty list or
 * the same refusal, never a trace of the foreign object.
 */

let hub: TestHub;
let tenants: Tenants;
let schema: GraphQLSchema;
/** Objects the probing viewers must not reach, by the argument names that take them. */
let probes: Record<string, Array<{ label: string; id: string }>>;

/** ID arguments naming public reference data (the catalogue, places): no tenant owns them. */
const PUBLIC_REFERENCES = new Set(['consentRecord:input.recipientProvider', 'offers:filter.provider', 'offerFacets:filter.provider', 'offers:filter.district', 'offerFacets:filter.district', 'offers:filter.near.municipality', 'offerFacets:filter.near.municipality', 'municipalities:district', 'agencyCreate:input.municipalities', 'apiKeys:provider', 'apiKeyCreate:input.provider', 'matchingFairness:filter.district', 'matchingFairness:filter.municipality', 'locationCreate:input.fields.municipality', 'locationUpdate:input.fields.municipality']);

const MISSING_ID = 2_147_000_000;
const PROBING_VIEWERS = ['managerA', 'coordinatorA', 'officerA', 'staffP', 'keyP', 'keyA'] as const;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  schema = await buildHubSchema();
  const [teamB] = await hub.sql<{ id: number }>('select id from team where agency_id = ? order by id limit 1', [tenants.agencyB.id]);
  const [draftQ] = await hub.sql<{ id: number }>("update offer set status = 'DRAFT' where id = (select min(id) from offer where provider_id = ?) returning id", [tenants.providerQ.id]);
  const [publishedQ] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and status = 'PUBLISHED' order by id limit 1", [tenants.providerQ.id]);
  const [apiKey] = await hub.sql<{ id: number }>('select id from api_key order by id limit 1');
  const [locationQ] = await hub.sql<{ id: number }>('select id from location where provider_id = ? order by id limit 1', [tenants.providerQ.id]);
  const userOf = (name: keyof Tenants['viewers']) => {
    const viewer = tenants.viewers[name];
    return viewer.kind === 'user' ? viewer.userId : 0;
  };
  const node = (type: string, id: number, label: string) => ({ label, id: toGlobalId(type, id) });
  const caseB = await createCase(hub, tenants, 'B', tenants.viewers.managerB);
  const of = (globalId: string, label: string) => ({ label, id: globalId });
  const [placeB] = await hub.sql<{ id: number }>(
    'select municipality_id as id from agency_municipality where agency_id = ? and municipality_id not in (select municipality_id from agency_municipality where agency_id = ?) limit 1',
    [tenants.agencyB.id, tenants.agencyA.id],
  );
  const clientB = of(caseB.client, 'a client of agency B');
  const courseB = await hub.execute(ClientCourseRecordDocument, { input: { client: caseB.client, programme: 'SPRACHCAFE' } }, tenants.viewers.managerB);
  const erasureB = await hub.run(
    'mutation($input: ClientErasureRequestInput!) { clientErasureRequest(input: $input) { erasureRequest { id } userErrors { code } } }',
    { input: { client: caseB.client, ground: 'OBJECTION' } },
    tenants.viewers.coordinatorB,
  );
  const erasureRequestB = of((erasureB.data!.clientErasureRequest as { erasureRequest: { id: string } }).erasureRequest.id, 'an erasure request of agency B');
  const caseObjects = [clientB, of(caseB.plan, 'a plan of agency B'), of(caseB.goal, 'a goal of agency B'), of(caseB.measure, 'a measure of agency B'), of(caseB.consent, 'a consent of agency B'), of(caseB.note, 'a case note of agency B')];
  const people = [node('User', userOf('managerB'), 'a manager of agency B'), node('User', userOf('staffQ'), 'staff of provider Q')];
  const team = node('Team', teamB.id, 'a team of agency B');
  // A referral of agency B to provider Q: foreign to agency A and to provider P alike.
  const [referralBQ] = await hub.sql<{ id: number }>(
    `insert into referral (client_id, agency_id, offer_id, provider_id, status, response_due_at) values (?, ?, ?, ?, 'WAITLISTED', now() + interval '10 days') returning id`,
    [Number(Buffer.from(caseB.client, 'base64url').toString().split(':')[1]), tenants.agencyB.id, publishedQ.id, tenants.providerQ.id],
  );
  const referral = node('Referral', referralBQ.id, 'a referral of agency B to provider Q');
  // A webhook endpoint of provider Q, with a delivery (a ping).
  const hookQ = await hub.run(
    'mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { message } } }',
    { input: { url: 'https://hooks.example.org/q', events: ['OFFER_UPDATED'] } },
    tenants.viewers.staffQ,
  );
  const endpointQ = of((hookQ.data as { webhookEndpointCreate: { webhookEndpoint: { id: string } } }).webhookEndpointCreate.webhookEndpoint.id, 'a webhook endpoint of provider Q');
  const pingQ = await hub.run('mutation($input: WebhookEndpointInput!) { webhookEndpointPing(input: $input) { delivery { id } } }', { input: { endpoint: endpointQ.id } }, tenants.viewers.staffQ);
  const deliveryQ = of((pingQ.data as { webhookEndpointPing: { delivery: { id: string } } }).webhookEndpointPing.delivery.id, 'a webhook delivery of provider Q');
  probes = {
    id: [...people, team, node('ApiKey', apiKey.id, 'an API key'), node('Offer', draftQ.id, 'a draft offer of provider Q'), ...caseObjects, referral, endpointQ, deliveryQ],
    endpoint: [endpointQ],
    delivery: [deliveryQ],
    referral: [referral],
    client: [clientB],
    clients: [clientB],
    request: [erasureRequestB],
    // Joining the household of a client of another agency answers like a missing client.
    householdWith: [clientB],
    course: [of(courseB.data!.clientCourseRecord.course!.id, 'a course on a record of agency B')],
    goal: [caseObjects[2]],
    measure: [caseObjects[3]],
    consent: [caseObjects[4]],
    manager: [people[0]],
    municipality: [node('Municipality', placeB.id, 'a municipality only agency B covers')],
    get ids() {
      return this.id;
    },
    user: people,
    actor: people,
    subject: people,
    team: [team],
    apiKey: [node('ApiKey', apiKey.id, 'an API key')],
    offer: [node('Offer', publishedQ.id, 'a published offer of provider Q'), node('Offer', draftQ.id, 'a draft offer of provider Q')],
    // Candidate offers of a caseload assignment: a draft must answer like a missing offer.
    offers: [node('Offer', draftQ.id, 'a draft offer of provider Q')],
    agency: [node('Agency', tenants.agencyB.id, 'agency B')],
    provider: [node('Provider', tenants.providerQ.id, 'provider Q')],
    // Locations are public, but only their own provider may change them or put offers there.
    location: [node('Location', locationQ.id, 'a location of provider Q')],
  };
});
afterAll(() => hub.close());

interface IdArgument {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Path of the ID inside the arguments, e.g. ["input", "apiKey"]. */
  path: string[];
  list: boolean;
}

/** Every ID-typed argument and input field, at any depth, of every root field. */
function idArguments(): IdArgument[] {
  const found: IdArgument[] = [];
  const walk = (operation: IdArgument['operation'], field: GraphQLField<unknown, unknown>, type: GraphQLInputType, path: string[], depth: number) => {
    const named = getNamedType(type);
    if (named.name === 'ID') found.push({ operation, field, path, list: isListType(getNullableType(type)) });
    else if (isInputObjectType(named) && depth < 4) {
      for (const inner of Object.values(named.getFields())) walk(operation, field, inner.type, [...path, inner.name], depth + 1);
    }
  };
  for (const [operation, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(root!.getFields())) for (const arg of field.args) walk(operation, field, arg.type, [arg.name], 0);
  }
  return found;
}

/** A value for a required input of the given type that passes GraphQL validation. */
function sample(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType, name)];
  const named = getNamedType(inner);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type, f.name)]));
  }
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-12-01';
    case 'DateTimeISO':
      return '2026-12-01T00:00:00.000Z';
    case 'ID':
      return toGlobalId('Offer', MISSING_ID);
    default:
      return name === 'email' ? 'probe@example.test' : 'probe';
  }
}

function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) target[head] = value;
  else setAt((target[head] ??= {}) as Record<string, unknown>, rest, value);
}

/** A selection naming every object reachable in a few steps by ID or typename: enough to show a leak. */
function selection(type: GraphQLNamedType, depth: number): string {
  // A union has no fields of its own: each member's, under its type condition.
  if (isUnionType(type)) return ['__typename', ...type.getTypes().map((member) => `... on ${member.name} { ${selection(member, depth)} }`)].join(' ');
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      if (field.name === 'id' || field.name === 'code' || field.name === 'email') parts.push(field.name);
    } else if (depth < 3) {
      parts.push(`${field.name} { ${selection(named, depth + 1)} }`);
    }
  }
  return parts.join(' ');
}

function probeDocument(target: IdArgument): string {
  const { field, operation } = target;
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const select = selection(getNamedType(field.type), 0);
  return `${operation} Probe${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${select ? ` { ${select} }` : ''} }`;
}

function probeVariables(target: IdArgument, id: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const arg of target.field.args) if (isNonNullType(arg.type) || arg.name === target.path[0]) variables[arg.name] = sample(arg.type, arg.name);
  setAt(variables, target.path, target.list ? [id] : id);
  return variables;
}

function normalise(result: { data?: unknown; errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> }) {
  return { data: result.data ?? null, errors: (result.errors ?? []).map((error) => ({ message: error.message, path: error.path, code: error.extensions?.code })) };
}

describe('IDOR sweep over every ID-taking field', () => {
  it('finds a probe or a public-reference reason for every ID argument', () => {
    const targets = idArguments();
    expect(targets.length).toBeGreaterThan(15);
    const unknown = targets
      .map((target) => `${target.field.name}:${target.path.join('.')}`)
      .filter((key, i) => !PUBLIC_REFERENCES.has(key) && !probes[targets[i].path[targets[i].path.length - 1]]);
    expect(unknown).toEqual([]);
  });

  it('answers every probe from another agency or provider exactly like a missing object', async () => {
    const failures: string[] = [];
    let probesSent = 0;
    for (const target of idArguments()) {
      const key = `${target.field.name}:${target.path.join('.')}`;
      if (PUBLIC_REFERENCES.has(key)) continue;
      const document = parse(probeDocument(target)) as TypedDocumentNode<unknown, Record<string, unknown>>;
      for (const probe of probes[target.path[target.path.length - 1]]) {
        const type = Buffer.from(probe.id, 'base64url').toString('utf8').split(':')[0];
        const missing = toGlobalId(type, MISSING_ID);
        for (const name of PROBING_VIEWERS) {
          const viewer = tenants.viewers[name];
          const foreign = normalise(await hub.execute(document, probeVariables(target, probe.id), viewer));
          const absent = normalise(await hub.execute(document, probeVariables(target, missing), viewer));
          probesSent += 1;
          const leaked = JSON.stringify(foreign.data).includes(probe.id);
          const internal = foreign.errors.some((error) => error.code === 'INTERNAL_SERVER_ERROR');
          if (leaked || internal || JSON.stringify(foreign) !== JSON.stringify(absent)) {
            failures.push(`${key} with ${probe.label} as ${name}: ${JSON.stringify(foreign)} vs missing ${JSON.stringify(absent)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(probesSent).toBeGreaterThan(100);
  });
});
