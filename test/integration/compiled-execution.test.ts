import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import {
  AuditEventsDocument,
  CaseloadPlansDocument,
  ClientDocument,
  ClientOfferFitDocument,
  ClientSuggestionsDocument,
  NodesByIdsDocument,
  SearchOffersDocument,
} from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * The same documents answered by graphql-js (the first two runs) and by graphql-jit (every later
 * run, with compileAfter 2): the same data, errors, statements and audit trail. The first run warms
 * what a process keeps (the catalogue index, rule sets); the second and third are compared. The rest
 * of the suite runs compiled from the first run (compileAfter 0), so this is where graphql-js answers.
 */
let hub: TestHub;
let tenants: Tenants;
let refs: CaseRefs;
let offerId: string;

beforeAll(async () => {
  hub = await createTestHub({ compileAfter: 2 });
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  await createCase(hub, tenants, 'A', tenants.viewers.managerA);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 1");
  offerId = toGlobalId('Offer', offer.id);
});
afterAll(() => hub.close());

interface AuditRow {
  action: string;
  purpose: string;
  subject_type: string;
  subject_id: string;
  fields: string[];
}

/** Runs a document and returns its answer with the audit rows it wrote, in a comparable order. */
async function answered(document: TypedDocumentNode<unknown, never>, variables: Record<string, unknown>, viewer?: Viewer) {
  const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
  const { data, errors, statements } = await hub.execute(document as TypedDocumentNode<unknown, Record<string, unknown>>, variables, viewer);
  const audit = await hub.sql<AuditRow>('select action, purpose, subject_type, subject_id, fields from audit_event where id > ? order by subject_type, subject_id, action', [last]);
  return { data, errors, statements, audit };
}

const cases: Array<{ name: string; document: TypedDocumentNode<unknown, never>; variables: () => Record<string, unknown>; viewer: () => Viewer | undefined }> = [
  { name: 'a nested caseload (plans, goals, measures, offers, providers)', document: CaseloadPlansDocument as never, variables: () => ({ first: 10 }), viewer: () => tenants.viewers.coordinatorA },
  { name: 'a client with its plan', document: ClientDocument as never, variables: () => ({ id: refs.client }), viewer: () => tenants.viewers.managerA },
  { name: 'suggestions with scores and factors', document: ClientSuggestionsDocument as never, variables: () => ({ id: refs.client, first: 5 }), viewer: () => tenants.viewers.managerA },
  { name: "an offer's fit", document: ClientOfferFitDocument as never, variables: () => ({ id: refs.client, offer: offerId }), viewer: () => tenants.viewers.managerA },
  { name: 'nodes of several types, one of another agency (null with an error)', document: NodesByIdsDocument as never, variables: () => ({ ids: [offerId, refs.client, tenants.agencyA.globalId, refs.goal] }), viewer: () => tenants.viewers.managerB },
  { name: 'a public search with a filter', document: SearchOffersDocument as never, variables: () => ({ filter: { families: ['LANGUAGE_COURSE'] }, first: 5 }), viewer: () => undefined },
  { name: 'a bad cursor (a typed error)', document: SearchOffersDocument as never, variables: () => ({ first: 5, after: 'not-a-cursor' }), viewer: () => undefined },
  { name: 'a bad variable (refused before anything runs)', document: SearchOffersDocument as never, variables: () => ({ filter: { startsFrom: '2027-02-30' } }), viewer: () => undefined },
  { name: "the audit log's actors", document: AuditEventsDocument as never, variables: () => ({ first: 5 }), viewer: () => tenants.viewers.coordinatorA },
];

describe('compiled execution', () => {
  it.each(cases)('answers $name the same as graphql-js', async ({ document, variables, viewer }) => {
    await answered(document, variables(), viewer());
    const interpreted = await answered(document, variables(), viewer());
    const before = hub.execution.stats().runs;
    const compiled = await answered(document, variables(), viewer());
    expect(hub.execution.stats().runs).toEqual({ interpreted: before.interpreted, compiled: before.compiled + 1 });
    expect(compiled.errors).toEqual(interpreted.errors);
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.statements).toBe(interpreted.statements);
    expect(compiled.audit).toEqual(interpreted.audit);
  });

  it('compiles a query on its third run and keeps it', async () => {
    const query = `query CompiledTwice($id: ID!) { client(id: $id) { id familyName plan { goals { area } } } }`;
    const start = hub.execution.stats();
    const first = await hub.run(query, { id: refs.client }, tenants.viewers.managerA);
    await hub.run(query, { id: refs.client }, tenants.viewers.managerA);
    expect(hub.execution.stats()).toMatchObject({ documents: start.documents + 1, compiled: start.compiled });
    const third = await hub.run(query, { id: refs.client }, tenants.viewers.managerA);
    expect(hub.execution.stats()).toMatchObject({ documents: start.documents + 1, compiled: start.compiled + 1 });
    expect(third.data).toEqual(first.data);
    expect((third.data as { client: { familyName: string } }).client.familyName).toContain('Beispielzadeh');
  });

  it('never compiles a mutation, nor a query whose input has a required field with a default', async () => {
    const start = hub.execution.stats();
    const mutation = `mutation Note($input: CaseNoteAddInput!) { caseNoteAdd(input: $input) { caseNote { id } userErrors { message } } }`;
    for (let i = 0; i < 3; i += 1) {
      const result = await hub.run(mutation, { input: { client: refs.client, body: `Notiz ${i}` } }, tenants.viewers.managerA);
      expect(result.errors).toBeUndefined();
    }
    // CaseloadOrder.direction is `OrderDirection! = ASC`: graphql-jit 0.8 would call it missing.
    const ordered = `query Ordered($orderBy: CaseloadOrder) { caseload(first: 5, orderBy: $orderBy) { edges { node { familyName } } } }`;
    for (let i = 0; i < 3; i += 1) {
      const result = await hub.run(ordered, { orderBy: { field: 'NAME' } }, tenants.viewers.managerA);
      expect(result.errors).toBeUndefined();
      const names = (result.data as { caseload: { edges: Array<{ node: { familyName: string } }> } }).caseload.edges.map((edge) => edge.node.familyName);
      expect(names.length).toBeGreaterThan(0);
    }
    expect(hub.execution.stats()).toMatchObject({ documents: start.documents + 2, compiled: start.compiled, runs: { compiled: start.runs.compiled } });
  });
});
