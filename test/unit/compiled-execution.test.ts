import { createHash } from 'node:crypto';
import { buildSchema, getOperationAST, GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { CompiledExecution } from '../../src/core/graphql/compiled-execution';

/** A small schema with what differs between executors: errors with codes, non-null bubbling, lists, inputs with defaults. */
function toySchema(): GraphQLSchema {
  const schema = buildSchema(`
    type Query {
      people(first: Int!): [Person!]!
      broken: Person
      strict: Strict
      echo(input: EchoInput): String
    }
    type Person { id: ID! name: String! friends: [Person!]! }
    type Strict { value: String! }
    input EchoInput { text: String!, loud: Boolean! = false }
  `);
  const person = (id: number) => ({ id: String(id), name: `P${id}`, friends: [{ id: String(id + 100), name: `F${id}`, friends: [] }] });
  const query = schema.getQueryType()!.getFields();
  query.people.resolve = (_root, args: { first: number }) => Array.from({ length: args.first }, (_, i) => person(i + 1));
  query.broken.resolve = () => {
    throw Object.assign(new Error('not allowed'), { extensions: { code: 'FORBIDDEN' } });
  };
  query.strict.resolve = () => ({ value: null });
  query.echo.resolve = (_root, args: { input?: { text: string; loud: boolean } }) => (args.input ? `${args.input.text}${args.input.loud ? '!' : ''}` : null);
  return schema;
}

/** What Apollo hands a gateway's executor, for one document. */
function requestOf(query: string, variables: Record<string, unknown> = {}, operationName: string | null = null) {
  const document = parse(query);
  return {
    document,
    operation: getOperationAST(document, operationName) ?? undefined,
    operationName,
    queryHash: createHash('sha256').update(query).digest('hex'),
    request: { query, variables },
    context: {},
  } as never;
}

const plain = (result: unknown) => JSON.parse(JSON.stringify(result)) as unknown;

describe('CompiledExecution', () => {
  it('runs a document through graphql-js compileAfter times, then compiled, with the same answer', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 2, maxDocuments: 10 });
    const query = '{ people(first: 3) { id name friends { id name } } }';
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(plain(await execution.executor(requestOf(query))));
    expect(execution.stats()).toEqual({ documents: 1, compiled: 1, runs: { interpreted: 2, compiled: 2 } });
    expect(answers[3]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ data: { people: [{ id: '1', name: 'P1', friends: [{ id: '101' }] }, { id: '2' }, { id: '3' }] } });
  });

  it('gives errors as graphql-js errors: codes, paths, locations and null bubbling as graphql-js has them', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 1, maxDocuments: 10 });
    for (const query of ['{ broken { id } }', '{ strict { value } }']) {
      const interpreted = await execution.executor(requestOf(query));
      const compiled = await execution.executor(requestOf(query));
      expect(compiled.errors![0]).toBeInstanceOf(GraphQLError);
      // Apollo reads extensions.code of every error; graphql-jit leaves extensions undefined.
      expect(compiled.errors![0].extensions).toEqual(interpreted.errors![0].extensions);
      expect(plain(compiled)).toEqual(plain(interpreted));
    }
    expect(execution.stats().runs).toEqual({ interpreted: 2, compiled: 2 });
  });

  it('refuses bad variables with graphql-js errors, and applies an input default graphql-jit would miss', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 0, maxDocuments: 10 });
    const bad = await execution.executor(requestOf('query($n: Int!) { people(first: $n) { id } }', { n: 2 ** 31 }));
    expect(bad.errors![0].message).toContain('Int cannot represent non 32-bit signed integer value');
    expect(bad.data).toBeUndefined();
    const echo = await execution.executor(requestOf('query($input: EchoInput) { echo(input: $input) }', { input: { text: 'hallo' } }));
    expect(echo).toEqual({ data: { echo: 'hallo' } });
    // The second document was run by graphql-js: its input type has `loud: Boolean! = false`.
    expect(execution.stats()).toEqual({ documents: 2, compiled: 1, runs: { interpreted: 1, compiled: 1 } });
  });

  it('answers an operation name the document lacks as graphql-js does', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 0, maxDocuments: 10 });
    const answer = await execution.executor(requestOf('query A { people(first: 1) { id } }', {}, 'Nope'));
    expect(answer.errors![0].message).toBe('Unknown operation named "Nope".');
  });

  it('keeps at most maxDocuments, dropping the least recently used', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 1, maxDocuments: 2 });
    const queries = [1, 2, 3].map((n) => `{ people(first: ${n}) { id } }`);
    for (const query of [queries[0], queries[0], queries[1], queries[0], queries[2]]) await execution.executor(requestOf(query));
    // queries[1] was used least recently and went; queries[0] stays compiled.
    expect(execution.stats()).toMatchObject({ documents: 2, compiled: 1 });
    await execution.executor(requestOf(queries[1]));
    expect(execution.stats()).toMatchObject({ documents: 2, compiled: 0, runs: { interpreted: 4, compiled: 2 } });
  });

  it('keeps compiled documents within a budget of fields, dropping the least recently used', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 0, maxDocuments: 10, maxCompiledFields: 5 });
    // Three fields each (people, id, name): the second one compiled puts the first over the budget.
    await execution.executor(requestOf('{ people(first: 1) { id name } }'));
    expect(execution.stats()).toMatchObject({ documents: 1, compiled: 1 });
    await execution.executor(requestOf('{ people(first: 2) { id name } }'));
    expect(execution.stats()).toMatchObject({ documents: 1, compiled: 1 });
    await execution.executor(requestOf('{ people(first: 3) { id } }'));
    expect(execution.stats()).toMatchObject({ documents: 2, compiled: 2 });
  });

  it('leaves a fragment bomb to graphql-js, which visits each fragment once (graphql-jit inlines each spread anew)', async () => {
    const execution = new CompiledExecution(toySchema(), { compileAfter: 0, maxDocuments: 10 });
    // 2^12 fields inlined: over the bound, yet quick to compile, so that this fails fast without it.
    let fragments = 'fragment F12 on Person { id name }';
    for (let level = 11; level >= 0; level -= 1) fragments += `\nfragment F${level} on Person { ...F${level + 1} ...F${level + 1} }`;
    const answer = await execution.executor(requestOf(`{ people(first: 2) { ...F0 } }\n${fragments}`));
    expect(answer).toEqual({ data: { people: [{ id: '1', name: 'P1' }, { id: '2', name: 'P2' }] } });
    expect(execution.stats()).toEqual({ documents: 1, compiled: 0, runs: { interpreted: 1, compiled: 0 } });
    // The same fields written out are compiled.
    await execution.executor(requestOf('{ people(first: 2) { id name } }'));
    expect(execution.stats()).toMatchObject({ compiled: 1 });
  });

  it('refuses a schema with an async type resolver, which graphql-jit cannot use', () => {
    const schema = buildSchema('interface Thing { id: ID! } type Box implements Thing { id: ID! } type Query { thing: Thing }');
    const thing = schema.getType('Thing') as unknown as { resolveType: unknown };
    thing.resolveType = async () => 'Box';
    expect(() => new CompiledExecution(schema, { compileAfter: 1, maxDocuments: 1 })).toThrow('Thing.resolveType is async');
  });
});
