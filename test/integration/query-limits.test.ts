import { CaseloadDocument, SearchOffersDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, TEST_LIMITS, type GraphQLResult, type TestHub } from '../support/test-hub';

/**
 * Each limit on its own: a document just under it runs, one just over is refused with the
 * limit's code before anything executes (no SQL). Structural limits are tested with the cost
 * limit out of the way; the cost limit with the defaults every deployment starts with.
 */
let structural: TestHub;
let defaults: TestHub;
let tenants: Tenants;

beforeAll(async () => {
  structural = await createTestHub({ limits: { maxCost: Number.MAX_SAFE_INTEGER } });
  defaults = await createTestHub();
  tenants = await createTenants(structural);
});

afterAll(async () => {
  await structural?.close();
  await defaults?.close();
});

const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

function expectRefused(result: GraphQLResult<unknown>, code: string): void {
  expect(codeOf(result)).toBe(code);
  expect(result.data ?? null).toBeNull();
  expect(result.statements).toBe(0);
}

function expectRan(result: GraphQLResult<unknown>): void {
  expect(result.errors ?? []).toEqual([]);
  expect(result.data).toBeTruthy();
}

/** `viewer { agency { teams { agency { teams … { id } } } } }` with `depth` levels of fields. */
function teamCycle(depth: number): string {
  const fields = ['viewer', 'agency'];
  while (fields.length < depth - 1) fields.push(fields.length % 2 === 0 ? 'teams' : 'agency');
  return `{ ${fields.map((field) => `${field} {`).join(' ')} id ${'}'.repeat(fields.length)} }`;
}

describe('depth', () => {
  it('refuses a document nesting deeper than the parser can recurse, with a depth error', async () => {
    // A token limit raised far enough lets through nesting that overflows the parser's stack.
    const lenient = await createTestHub({ limits: { maxCost: Number.MAX_SAFE_INTEGER, maxTokens: 100_000 } });
    try {
      const refused = await lenient.run(`{ offers(first: 1, filter: ${'['.repeat(40_000)}${']'.repeat(40_000)}) { totalCount } }`);
      expectRefused(refused, 'DEPTH_LIMIT_EXCEEDED');
      expect(refused.errors![0].message).toBe('The document nests too deeply to be parsed.');
      expect(refused.http.status).toBe(400);
      expectRan(await lenient.run('{ offers(first: 1) { totalCount } }'));
    } finally {
      await lenient.close();
    }
  });

  it(`runs ${TEST_LIMITS.maxDepth} levels and refuses ${TEST_LIMITS.maxDepth + 1}`, async () => {
    const manager = tenants.viewers.managerA;
    expectRan(await structural.run(teamCycle(TEST_LIMITS.maxDepth), {}, manager));
    const refused = await structural.run(teamCycle(TEST_LIMITS.maxDepth + 1), {}, manager);
    expectRefused(refused, 'DEPTH_LIMIT_EXCEEDED');
    expect(refused.errors![0].extensions).toMatchObject({ maximum: TEST_LIMITS.maxDepth, found: TEST_LIMITS.maxDepth + 1 });
    expect(refused.http.status).toBe(400);
  });

  it('counts the fields inside fragments, not the fragments', async () => {
    const viaFragments = `{ viewer { ...V } } fragment V on ViewerInfo { agency { ...A } } fragment A on Agency { teams { id } }`;
    expectRan(await structural.run(viaFragments, {}, tenants.viewers.managerA));
  });
});

describe('aliases', () => {
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: districts(first: 1) { totalCount }`).join(' ')} }`;

  it(`runs ${TEST_LIMITS.maxAliases} aliases and refuses ${TEST_LIMITS.maxAliases + 1}`, async () => {
    expectRan(await structural.run(aliased(TEST_LIMITS.maxAliases)));
    expectRefused(await structural.run(aliased(TEST_LIMITS.maxAliases + 1)), 'ALIAS_LIMIT_EXCEEDED');
  });
});

describe('directives', () => {
  const directed = (count: number) => `{ districts(first: 1) { ${Array.from({ length: count }, () => '__typename @include(if: true)').join(' ')} } }`;

  it(`runs ${TEST_LIMITS.maxDirectives} directives and refuses ${TEST_LIMITS.maxDirectives + 1}`, async () => {
    expectRan(await structural.run(directed(TEST_LIMITS.maxDirectives)));
    expectRefused(await structural.run(directed(TEST_LIMITS.maxDirectives + 1)), 'DIRECTIVE_LIMIT_EXCEEDED');
  });
});

describe('tokens and size', () => {
  // `{ districts(first: 1) { totalCount __typename … } }`: 11 tokens, and one per __typename.
  const tokens = (count: number) => `{ districts(first: 1) { totalCount ${Array.from({ length: count - 11 }, () => '__typename').join(' ')} } }`;

  it(`parses ${TEST_LIMITS.maxTokens} tokens and refuses ${TEST_LIMITS.maxTokens + 1}`, async () => {
    // graphql-js itself refuses to compare 2,000 identical fields (validation aborted): this
    // checks that the document got past the parser, which is what the token limit guards.
    const underLimit = await structural.run(tokens(TEST_LIMITS.maxTokens));
    expect(underLimit.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(underLimit.errors?.[0]?.message).toBe('Validation aborted.');
    const refused = await structural.run(tokens(TEST_LIMITS.maxTokens + 1));
    expectRefused(refused, 'TOKEN_LIMIT_EXCEEDED');
    expect(refused.errors![0].extensions).toMatchObject({ maximum: TEST_LIMITS.maxTokens });
  });

  it(`takes a document of ${TEST_LIMITS.maxDocumentBytes} bytes and refuses one byte more`, async () => {
    const padded = (bytes: number) => {
      const core = '{ districts(first: 1) { totalCount } }';
      return `${core}${' '.repeat(bytes - core.length - 2)}#x`;
    };
    expect(Buffer.byteLength(padded(TEST_LIMITS.maxDocumentBytes))).toBe(TEST_LIMITS.maxDocumentBytes);
    expectRan(await structural.run(padded(TEST_LIMITS.maxDocumentBytes)));
    expectRefused(await structural.run(padded(TEST_LIMITS.maxDocumentBytes + 1)), 'DOCUMENT_TOO_LARGE');
  });
});

describe('cost', () => {
  /** `offers(first: n)` with its nodes and their provider: 1 + n × (node + provider) + 0 points. */
  const offers = (first: number) => `query Offers($first: Int) { offers(first: $first) { nodes { title provider { name } } } }`;

  it('prices a connection by its page size, reports the actual cost, and counts the objects returned', async () => {
    const result = await defaults.run(offers(0), { first: 30 });
    expectRan(result);
    // Independent oracle: count the objects in the response by hand.
    const nodes = (result.data as { offers: { nodes: unknown[] } }).offers.nodes;
    expect(nodes).toHaveLength(30);
    expect(result.extensions?.cost).toMatchObject({ requestedQueryCost: 1 + 30 * 2, actualQueryCost: 1 + nodes.length * 2, maximumQueryCost: TEST_LIMITS.maxCost });
  });

  it('reads the page size from variables: the same document is cheap with first: 1', async () => {
    const cheap = await defaults.run(offers(0), { first: 1 });
    expect(cheap.extensions?.cost).toMatchObject({ requestedQueryCost: 3 });
  });

  it('refuses a document above the maximum cost with COST_LIMIT_EXCEEDED, before any SQL', async () => {
    // 15 aliases × caseload(200) × goals × measures × offer × provider: far above the maximum.
    const costly = `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: caseload(first: 200) { nodes { plan { goals { measures { offer { provider { name } } } } } } }`).join(' ')} }`;
    const refused = await defaults.run(costly, {}, tenants.viewers.coordinatorA);
    expectRefused(refused, 'COST_LIMIT_EXCEEDED');
    const details = refused.errors![0].extensions!;
    expect(details.maximum).toBe(TEST_LIMITS.maxCost);
    expect(details.found as number).toBeGreaterThan(TEST_LIMITS.maxCost);
  });

  it('lets the legitimate nested caseload of 200 clients through', async () => {
    const result = await defaults.execute(CaseloadDocument, { first: 200 }, tenants.viewers.coordinatorA);
    expect(result.errors ?? []).toEqual([]);
    const cost = result.extensions?.cost as { requestedQueryCost: number; actualQueryCost: number };
    expect(cost.requestedQueryCost).toBeLessThanOrEqual(TEST_LIMITS.maxCost);
    expect(cost.actualQueryCost).toBeLessThanOrEqual(cost.requestedQueryCost);
  });

  it('adds a surcharge per mutation field', async () => {
    const search = await defaults.execute(SearchOffersDocument, { first: 5 });
    const searchCost = (search.extensions?.cost as { requestedQueryCost: number }).requestedQueryCost;
    expect(searchCost).toBeGreaterThan(5);
    const mutation = await defaults.run('mutation { apiKeyRevoke(input: { apiKey: "QXBpS2V5OjA" }) { userErrors { message } } }', {}, tenants.viewers.admin);
    expect((mutation.extensions?.cost as { requestedQueryCost: number }).requestedQueryCost).toBeGreaterThanOrEqual(10);
  });

});

describe('the shapes that took the process down', () => {
  const goalCycle = (times: number) =>
    `{ caseload(first: 200) { nodes { plan { goals { ${'measures { goal { '.repeat(times)}description${' } }'.repeat(times)} } } } } }`;
  const nestedBomb = (levels: number) =>
    [
      'query Bomb($id: ID!) { client(id: $id) { plan { goals { ...F0 } } } }',
      'fragment F0 on PlanGoal { description }',
      ...Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on PlanGoal { measures { goal { ...F${i} ...F${i} } } }`),
    ].join(' ').replace('...F0 } } } }', `...F${levels} } } } }`);
  const flatBomb = (levels: number) =>
    [
      'query Bomb { offers(first: 100) { nodes { ...F0 } } }',
      'fragment F0 on Offer { title provider { name } }',
      ...Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Offer { ...F${i} ...F${i} ...F${i} ...F${i} }`),
    ].join(' ').replace('nodes { ...F0 }', `nodes { ...F${levels} }`);
  const aliasFlood = `{ ${Array.from({ length: 6000 }, (_, i) => `a${i}: offers(first: 100) { nodes { title } }`).join(' ')} }`;

  const shapes: Array<[string, () => string, string]> = [
    ['the team cycle, ten levels', () => teamCycle(10), 'COST_LIMIT_EXCEEDED'],
    ['the team cycle, forty levels', () => teamCycle(40), 'DEPTH_LIMIT_EXCEEDED'],
    ['the goal/measure cycle under caseload(first: 200)', () => goalCycle(10), 'DEPTH_LIMIT_EXCEEDED'],
    ['a fragment bomb nested through measures', () => nestedBomb(12), 'DEPTH_LIMIT_EXCEEDED'],
    ['a flat fragment bomb (4^40 spreads)', () => flatBomb(40), 'COST_LIMIT_EXCEEDED'],
    ['6,000 aliases of offers(first: 100)', () => aliasFlood, 'TOKEN_LIMIT_EXCEEDED'],
    ['a 1 MB string literal', () => `{ municipalities(search: "${'x'.repeat(1_000_000)}") { totalCount } }`, 'DOCUMENT_TOO_LARGE'],
  ];

  it.each(shapes)('refuses %s before execution, quickly, without growing the process', async (_name, shape, code) => {
    const source = shape();
    const variables = { id: 'Q2xpZW50OjE' };
    // Warm up once (first sight of the document types), then measure.
    await defaults.run(source, variables, tenants.viewers.coordinatorA);
    const rssBefore = process.memoryUsage().rss;
    const timings: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const result = await defaults.run(source, variables, tenants.viewers.coordinatorA);
      timings.push(performance.now() - started);
      expectRefused(result, code);
    }
    timings.sort((a, b) => a - b);
    expect(timings[Math.floor(timings.length / 2)]).toBeLessThan(50);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('field suggestions', () => {
  const misspelled = ['{ offers(first: 1) { nodes { titel } } }', '{ offers(first: 1, orderBy: { field: START_DAT }) { totalCount } }', '{ ofers { totalCount } }'];

  it('are given where introspection is open, and never where it is closed', async () => {
    const closed = await createTestHub({ limits: { fieldSuggestions: false } });
    try {
      for (const source of misspelled) {
        const open = await defaults.run(source);
        expect(open.errors?.map((error) => error.message).join(' ')).toMatch(/Did you mean/);
        const answer = await closed.run(source);
        expect(answer.errors?.length).toBeGreaterThan(0);
        for (const error of answer.errors!) {
          expect(error.message).not.toMatch(/Did you mean|title|START_DATE|offers/);
          expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        }
      }
    } finally {
      await closed.close();
    }
  });
});
