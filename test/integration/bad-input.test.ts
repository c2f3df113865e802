import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import {
  CaseloadDocument,
  CaseNoteAddDocument,
  ClientCloseDocument,
  ClientCloseWithLiteralReasonDocument,
  ClientCreateDocument,
  ClientCreateWithLiteralStartDocument,
  ClientUpdateDocument,
  ConsentRecordDocument,
  NoOperationDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  OfferSeatsUpdateDocument,
  PlanGoalAddDocument,
  PlanReviewDocument,
  ProvidersDocument,
  SearchOffersDocument,
  SupportExtendDocument,
  type ClientCreateInput,
  type SearchOffersQueryVariables,
} from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { snapshotDatabase } from '../support/database-snapshot';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

const near = { latitude: 48.7758, longitude: 9.1829, radiusKm: 25 };
const cases: Array<[string, SearchOffersQueryVariables, string, string]> = [
  ['first above 100', { first: 1000 }, 'PAGE_SIZE_EXCEEDED', 'first'],
  ['negative first', { first: -1 }, 'INVALID_ARGUMENT', 'first'],
  ['first and last together', { first: 5, last: 5 }, 'INVALID_ARGUMENT', 'last'],
  ['a negative radius', { filter: { near: { ...near, radiusKm: -5 } } }, 'INVALID_ARGUMENT', 'filter.near.radiusKm'],
  ['a zero radius', { filter: { near: { ...near, radiusKm: 0 } } }, 'INVALID_ARGUMENT', 'filter.near.radiusKm'],
  ['a latitude of 200', { filter: { near: { ...near, latitude: 200 } } }, 'INVALID_ARGUMENT', 'filter.near.latitude'],
  ['a longitude of -181', { filter: { near: { ...near, longitude: -181 } } }, 'INVALID_ARGUMENT', 'filter.near.longitude'],
  ['a point without longitude', { filter: { near: { latitude: 48, radiusKm: 5 } } }, 'INVALID_ARGUMENT', 'filter.near.longitude'],
  ['two origins', { filter: { near: { ...near, postalCode: '70173' } } }, 'INVALID_ARGUMENT', 'filter.near'],
  ['a malformed postal code', { filter: { near: { postalCode: '7017', radiusKm: 5 } } }, 'INVALID_ARGUMENT', 'filter.near.postalCode'],
  ['a malformed cursor', { first: 5, after: 'not-a-cursor' }, 'INVALID_CURSOR', 'after'],
  ['a cursor of another ordering', { first: 5, after: Buffer.from('[1.5,3]').toString('base64url') }, 'INVALID_CURSOR', 'after'],
  ['a malformed provider ID', { filter: { provider: 'garbage' } }, 'INVALID_ID', 'filter.provider'],
  ['an ID of the wrong type', { filter: { district: Buffer.from('Offer:1').toString('base64url') } }, 'INVALID_ID', 'filter.district'],
  ['distance order without a point', { orderBy: { field: 'DISTANCE' } }, 'INVALID_ARGUMENT', 'orderBy'],
  ['reversed date range', { filter: { startsFrom: '2027-05-01', startsUntil: '2027-01-01' } }, 'INVALID_ARGUMENT', 'filter.startsUntil'],
];

describe('bad input to offers', () => {
  // A query has nothing to write; what refused writes leave behind is checked with the mutations below.
  it.each(cases)('refuses %s with a typed error', async (_name, variables, reason, argument) => {
    const result = await hub.execute(SearchOffersDocument, variables);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason, argument });
  });

  it('refuses a date that does not exist', async () => {
    const result = await hub.execute(SearchOffersDocument, { filter: { startsFrom: '2027-02-30' } });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('not a calendar date');
  });
});

describe('node lookups', () => {
  it('returns a typed error for a malformed ID and null for an unknown one', async () => {
    const malformed = await hub.execute(NodeByIdDocument, { id: '%%%' });
    expect(malformed.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'id' });

    const unknown = await hub.execute(NodeByIdDocument, { id: Buffer.from('Offer:999999').toString('base64url') });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.node).toBeNull();

    const unknownType = await hub.execute(NodeByIdDocument, { id: Buffer.from('Client:1').toString('base64url') });
    expect(unknownType.data!.node).toBeNull();
  });

  it('hides unpublished offers exactly like missing ones', async () => {
    const [draft] = await hub.sql<{ id: number }>(`select id from offer where status = 'DRAFT' limit 1`);
    const result = await hub.execute(NodeByIdDocument, { id: Buffer.from(`Offer:${draft.id}`).toString('base64url') });
    expect(result).toMatchObject({ data: { node: null } });
    expect(result.errors).toBeUndefined();
  });

  it('resolves several IDs in order, in one batched statement per type', async () => {
    const offers = await hub.sql<{ id: number }>(`select id from offer where status = 'PUBLISHED' order by id limit 3`);
    const ids = [...offers.map((o) => Buffer.from(`Offer:${o.id}`).toString('base64url')), Buffer.from('District:1').toString('base64url')];
    const result = await hub.execute(NodesByIdsDocument, { ids });
    expect(result.data!.nodes.map((node) => node?.id)).toEqual(ids);
    expect(result.data!.nodes.map((node) => node?.__typename)).toEqual(['Offer', 'Offer', 'Offer', 'District']);
    expect(result.statements).toBe(2);
  });
});

/** Every row a request could write, hashed; one answered with user errors may still audit what it read. */
const writableRows = (withAudit: boolean) => snapshotDatabase(hub, { except: withAudit ? [] : ['audit_event'] });

/** A cursor of any JSON, base64url-encoded as an attacker would craft it. */
const cursorOf = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

/** An operation of test/operations/hostile-input.graphql as GraphQL itself reads the file (codegen keeps escapes in literals verbatim). */
function literalOperation<T extends DocumentNode>(_typed: T, name: string): T {
  const file = parse(readFileSync(join(__dirname, '../operations/hostile-input.graphql'), 'utf8'));
  const definitions = file.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name);
  return { ...file, definitions } as unknown as T;
}

describe('hostile input on the way to the database', () => {
  let tenants: Tenants;
  let manager: Viewer;
  let refs: CaseRefs;
  let municipality: string;
  /** What a signed-in request costs once execution starts, before any resolver: its transaction. */
  let transactionOnly: number;

  beforeAll(async () => {
    tenants = await createTenants(hub);
    manager = tenants.viewers.managerA;
    refs = await createCase(hub, tenants, 'A', manager);
    const [place] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? order by municipality_id limit 1', [tenants.agencyA.id]);
    municipality = toGlobalId('Municipality', place.id);
    transactionOnly = (await hub.execute(NoOperationDocument, {}, manager)).statements;
  });

  const newClient = (extra: Partial<ClientCreateInput> = {}): ClientCreateInput => ({ givenNames: 'Lina', familyName: 'Beispiel', birthDate: '1990-01-01', municipality, allowDuplicate: true, ...extra });

  /**
   * Runs `run` and checks it was refused with one error, no SQL beyond `statements` and nothing
   * changed. Refusals before execution (the text check) cost nothing; those while executing
   * (variable coercion, cursors) only the signed-in request's transaction.
   */
  async function refused(run: () => Promise<GraphQLResult<unknown>>, statements: number): Promise<GraphQLResult<unknown>> {
    const before = await writableRows(true);
    const result = await run();
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.statements).toBe(statements);
    expect(await writableRows(true)).toEqual(before);
    return result;
  }
  const refusedUpFront = (run: () => Promise<GraphQLResult<unknown>>) => refused(run, 0);

  describe('text that is not well-formed is refused before anything runs', () => {
    const invalidText = (argument: string) => ({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', argument });

    it('refuses a NUL in a variable (clientClose reason)', async () => {
      const result = await refusedUpFront(() => hub.execute(ClientCloseDocument, { input: { client: refs.client, reason: 'Umzug\u0000nach Berlin' } }, manager));
      expect(result.errors![0].extensions).toEqual(invalidText('input.reason'));
    });

    it('refuses a NUL in a variable (supportExtend reason)', async () => {
      const result = await refusedUpFront(() => hub.execute(SupportExtendDocument, { input: { client: refs.client, extendedTo: '2029-06-30', reason: '\u0000' } }, manager));
      expect(result.errors![0].extensions).toEqual(invalidText('input.reason'));
    });

    it('refuses a NUL written as a \\u0000 escape in a literal argument', async () => {
      const document = literalOperation(ClientCloseWithLiteralReasonDocument, 'ClientCloseWithLiteralReason');
      const result = await refusedUpFront(() => hub.execute(document, { client: refs.client }, manager));
      expect(result.errors![0].extensions).toEqual(invalidText('input.reason'));
    });

    it('refuses a lone surrogate in a nested input object', async () => {
      const result = await refusedUpFront(() => hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { givenNames: 'Ana\ud800' } } }, manager));
      expect(result.errors![0].extensions).toEqual(invalidText('input.fields.givenNames'));
    });

    it('refuses a lone surrogate in a list element', async () => {
      const result = await refusedUpFront(() => hub.execute(ClientCreateDocument, { input: newClient({ languages: ['ar', '\udc00'] }) }, manager));
      expect(result.errors![0].extensions).toEqual(invalidText('input.languages[1]'));
    });

    it('refuses other control characters and bad object keys, for anonymous queries too', async () => {
      const bell = await refusedUpFront(() => hub.execute(CaseNoteAddDocument, { input: { client: refs.client, body: 'Ruf an\u0007' } }, manager));
      expect(bell.errors![0].extensions).toEqual(invalidText('input.body'));
      const key = await refusedUpFront(() => hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { ['given\u0000Names' as 'givenNames']: 'Ana' } } }, manager));
      expect(key.errors![0].extensions).toEqual(invalidText('input.fields'));
      const search = await refusedUpFront(() => hub.execute(SearchOffersDocument, { filter: { text: 'Deutsch\u0000' } }));
      expect(search.errors![0].extensions).toEqual(invalidText('filter.text'));
    });

    it('walks variables nested deeper than the call stack without a 500', async () => {
      const nest = (depth: number, leaf: string): unknown => {
        let value: unknown = leaf;
        for (let i = 0; i < depth; i += 1) value = [value];
        return value;
      };
      const bad = await refusedUpFront(() => hub.execute(NodesByIdsDocument, { ids: nest(100_000, '\u0000') as string[] }));
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT' });
      const deep = await refusedUpFront(() => hub.execute(NodesByIdsDocument, { ids: nest(100_000, 'x') as string[] }));
      expect(deep.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    });

    it('keeps tabs, line breaks and characters outside the BMP', async () => {
      const result = await hub.execute(CaseNoteAddDocument, { input: { client: refs.client, body: 'Termin:\tMontag\r\nMit 👍 bestätigt' } }, manager);
      expect(result.errors).toBeUndefined();
      expect(result.data!.caseNoteAdd.caseNote!.body).toBe('Termin:\tMontag\r\nMit 👍 bestätigt');
    });
  });

  describe('dates out of range', () => {
    it.each([
      ['9999-12-31', 'lies outside the years 1900 to 2999'],
      ['0001-01-01', 'lies outside the years 1900 to 2999'],
      ['3000-01-01', 'lies outside the years 1900 to 2999'],
      ['1899-12-31', 'lies outside the years 1900 to 2999'],
      ['2024-02-30', 'is not a calendar date'],
    ])('refuses supportStart %s as BAD_USER_INPUT before any resolver runs', async (supportStart, message) => {
      const result = await refused(() => hub.execute(ClientCreateDocument, { input: newClient({ supportStart }) }, manager), transactionOnly);
      expect(result.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(result.errors![0].message).toContain(message);
    });

    it('refuses an impossible birth date and a date literal out of range', async () => {
      const birth = await refused(() => hub.execute(ClientCreateDocument, { input: newClient({ birthDate: '1990-02-30' }) }, manager), transactionOnly);
      expect(birth.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(birth.errors![0].message).toContain('"1990-02-30" is not a calendar date');
      // A literal is checked while the document is validated, which names its own code.
      const literal = await refusedUpFront(() => hub.execute(ClientCreateWithLiteralStartDocument, { municipality }, manager));
      expect(literal.errors![0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(literal.errors![0].message).toContain('lies outside the years 1900 to 2999');
    });

    it.each<[string, () => Promise<GraphQLResult<unknown>>, string[]]>([
      ['supportStart a century ahead', () => hub.execute(ClientCreateDocument, { input: newClient({ supportStart: '2100-01-01' }) }, manager), ['input', 'supportStart']],
      ['supportStart decades back', () => hub.execute(ClientCreateDocument, { input: newClient({ supportStart: '1990-01-01' }) }, manager), ['input', 'supportStart']],
      ['a birth date in the future', () => hub.execute(ClientCreateDocument, { input: newClient({ birthDate: '2150-01-01' }) }, manager), ['input', 'birthDate']],
      ['a goal due in 2190', () => hub.execute(PlanGoalAddDocument, { input: { client: refs.client, area: 'LANGUAGE', description: 'B2', dueDate: '2190-01-01' } }, manager), ['input', 'dueDate']],
      ['a next review in 2190', () => hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2026-01-10', summary: 'Gut', nextReviewDate: '2190-01-01' } }, manager), ['input', 'nextReviewDate']],
      ['consent given in 1901', () => hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', recipientProviderKind: 'VOLKSHOCHSCHULE', textVersion: 'v1', givenAt: '1901-01-01T00:00:00Z' } }, manager), ['input', 'givenAt']],
      ['consent given in the future', () => hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'REFERRAL', recipientProviderKind: 'VOLKSHOCHSCHULE', textVersion: 'v1', givenAt: '2199-01-01T00:00:00Z' } }, manager), ['input', 'givenAt']],
    ])('answers %s with a user error and changes nothing', async (_name, run, field) => {
      const before = await writableRows(false);
      const result = await run();
      expect(result.errors).toBeUndefined();
      const [payload] = Object.values(result.data as Record<string, { userErrors: Array<{ field: string[]; code: string }> }>);
      expect(payload.userErrors).toContainEqual(expect.objectContaining({ field, code: 'INVALID' }));
      expect(await writableRows(false)).toEqual(before);
    });
  });

  describe('crafted cursors', () => {
    const invalidCursor = { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' };
    const startDate = { field: 'START_DATE' } as const;

    it.each<[string, SearchOffersQueryVariables]>([
      ['an impossible date', { orderBy: startDate, first: 5, after: cursorOf('["2024-13-45", 5]') }],
      ['a date out of range', { orderBy: startDate, first: 5, after: cursorOf('["0001-01-01", 5]') }],
      ['an integer beyond int4', { orderBy: startDate, first: 5, after: cursorOf('["2024-01-01", 2147483648]') }],
      ['a fractional ID', { orderBy: startDate, first: 5, after: cursorOf('["2024-01-01", 1.5]') }],
      ['a number beyond float8', { first: 5, after: cursorOf('[1e400, 5]') }],
      ['a NUL in a string', { orderBy: startDate, first: 5, after: cursorOf('["2024-01-01\\u0000", 5]') }],
      ['a cursor longer than 2 KiB', { orderBy: startDate, first: 5, after: cursorOf(`["2024-01-01", 5, "${'x'.repeat(2000)}"]`) }],
    ])('refuses %s in an offers cursor without a statement', async (_name, variables) => {
      const result = await refusedUpFront(() => hub.execute(SearchOffersDocument, variables));
      expect(result.errors![0].extensions).toEqual(invalidCursor);
    });

    it('refuses a NUL, a lone surrogate and a huge ID in name cursors', async () => {
      for (const after of [cursorOf('["Beispiel\\u0000", 5]'), cursorOf('["\\ud800", 5]'), cursorOf('["Beispiel", 99999999999]')]) {
        const providers = await refusedUpFront(() => hub.execute(ProvidersDocument, { first: 5, after }));
        expect(providers.errors![0].extensions).toEqual(invalidCursor);
      }
      const caseload = await refused(() => hub.execute(CaseloadDocument, { first: 5, after: cursorOf('["Beispiel\\u0000", "Lina", 1]') }, manager), transactionOnly);
      expect(caseload.errors![0].extensions).toEqual(invalidCursor);
      const huge = await refused(() => hub.execute(CaseloadDocument, { first: 5, after: cursorOf('["Beispiel", "Lina", 2147483648]') }, manager), transactionOnly);
      expect(huge.errors![0].extensions).toEqual(invalidCursor);
    });

    it('still pages with the cursors it hands out', async () => {
      const first = await hub.execute(CaseloadDocument, { first: 1, orderBy: { field: 'SUPPORT_END' } }, manager);
      const next = await hub.execute(CaseloadDocument, { first: 1, orderBy: { field: 'SUPPORT_END' }, after: first.data!.caseload.pageInfo.endCursor }, manager);
      expect(next.errors).toBeUndefined();
    });
  });
});

describe('bad input to offerSeatsUpdate changes nothing', () => {
  let tenants: Tenants;
  let offer: { id: string; capacity: number };
  let foreignOffer: string;

  beforeAll(async () => {
    tenants = await createTenants(hub);
    const [own] = await hub.sql<{ id: number; capacity: number }>('select id, capacity from offer where provider_id = ? and capacity > 2 order by id limit 1', [tenants.providerP.id]);
    offer = { id: toGlobalId('Offer', own.id), capacity: own.capacity };
    const [foreign] = await hub.sql<{ id: number }>('select id from offer where provider_id = ? order by id limit 1', [tenants.providerQ.id]);
    foreignOffer = toGlobalId('Offer', foreign.id);
  });

  // Each input holds a valid figure next to the bad one: a change applied before the check would show.
  it.each<[string, () => Record<string, unknown>, 'staffP' | 'keyP']>([
    ['a negative waiting list', () => ({ offer: offer.id, seatsTaken: 1, waitlistLength: -1 }), 'staffP'],
    ['more seats taken than the offer has', () => ({ offer: offer.id, seatsTaken: offer.capacity + 1, waitlistOpen: true }), 'staffP'],
    ['seats taken beyond the limit', () => ({ offer: offer.id, seatsTaken: 100_001, waitlistLength: 3 }), 'keyP'],
    ['null for seats taken', () => ({ offer: offer.id, seatsTaken: null, waitlistLength: 2 }), 'staffP'],
    ['null for the waiting list being open', () => ({ offer: offer.id, seatsTaken: 1, waitlistOpen: null }), 'keyP'],
    ["another provider's offer", () => ({ offer: foreignOffer, seatsTaken: 0, waitlistLength: 0, waitlistOpen: false }), 'staffP'],
  ])('refuses %s with a user error and writes no row', async (_name, input, viewer) => {
    const before = await snapshotDatabase(hub);
    const result = await hub.execute(OfferSeatsUpdateDocument, { input: input() as never }, tenants.viewers[viewer]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.offerSeatsUpdate.userErrors.length).toBeGreaterThan(0);
    expect(await snapshotDatabase(hub)).toEqual(before);
  });

  it.each<[string, () => Record<string, unknown>]>([
    ['a malformed offer ID', () => ({ offer: 'not-an-id', seatsTaken: 1 })],
    ['an ID of another type', () => ({ offer: toGlobalId('Provider', tenants.providerP.id), seatsTaken: 1 })],
    ['a figure beyond Int', () => ({ offer: offer.id, seatsTaken: 1, waitlistLength: 2 ** 31 })],
    ['a figure that is not a number', () => ({ offer: offer.id, seatsTaken: 1, waitlistLength: 'many' })],
  ])('refuses %s as bad input and writes no row', async (_name, input) => {
    const before = await snapshotDatabase(hub);
    const result = await hub.execute(OfferSeatsUpdateDocument, { input: input() as never }, tenants.viewers.staffP);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await snapshotDatabase(hub)).toEqual(before);
  });

  it('sees a valid update in the snapshot, so the checks above can fail', async () => {
    const before = await snapshotDatabase(hub);
    const result = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: offer.id, seatsTaken: 2, waitlistLength: 4 } }, tenants.viewers.staffP);
    expect(result.data!.offerSeatsUpdate.userErrors).toEqual([]);
    const after = await snapshotDatabase(hub);
    // The offer, and its entry in the catalogue's changes feed (written in the same transaction).
    expect(Object.keys(after).filter((table) => after[table] !== before[table])).toEqual(['catalogue_change', 'offer']);
  });
});

describe('a variable with more bad values than graphql-js reports', () => {
  it('answers every error as bad input, the last one too', async () => {
    const hub = await createTestHub();
    try {
      const answer = await hub.run('query($v: [ProviderKind!]) { providers(kinds: $v) { totalCount } }', { v: Array.from({ length: 51 }, () => 1) });
      expect(answer.http.status).toBe(400);
      expect(answer.errors!.length).toBe(51);
      expect(new Set(answer.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
    } finally {
      await hub.close();
    }
  });
});
