import fc from 'fast-check';
import { buildSchema, graphql, Kind, parse, type FragmentDefinitionNode, type GraphQLUnionType, type OperationDefinitionNode } from 'graphql';
import { objectsInResponse } from '../../src/core/graphql/limits/response-objects';

const schema = buildSchema(`
  scalar JSONObject
  interface Named { name: String }
  type Thing implements Named { id: ID! name: String child: Thing children: [Thing] grid: [[Thing]] tags: [String] blob: JSONObject }
  type Other implements Named { name: String things: [Thing] }
  union Result = Thing | Other
  type Query { things: [Thing] results: [Result] named: [Named] blob: JSONObject one: Thing }
`);
const kindOf = (value: { kind: string }) => value.kind;
(schema.getType('Result') as GraphQLUnionType).resolveType = kindOf;
(schema.getType('Named') as unknown as GraphQLUnionType).resolveType = kindOf;

/** The oracle: every object below the data object, whatever holds it. */
function everyObjectBelow(data: object): number {
  let count = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    count += 1;
    Object.values(value).forEach(visit);
  };
  Object.values(data).forEach(visit);
  return count;
}

const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), fc.constant(null), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 3 })),
})).value;

interface ThingData {
  kind: 'Thing';
  id: number;
  name: string | null;
  child: ThingData | null;
  children: Array<ThingData | null> | null;
  grid: Array<Array<ThingData | null> | null> | null;
  tags: string[] | null;
  blob: unknown;
}

const things = fc.letrec<{ thing: ThingData | null }>((tie) => ({
  thing: fc.option(
    fc.record({
      kind: fc.constant('Thing' as const),
      id: fc.nat(),
      name: fc.option(fc.string({ maxLength: 4 })),
      child: tie('thing'),
      children: fc.option(fc.array(tie('thing'), { maxLength: 3 })),
      grid: fc.option(fc.array(fc.option(fc.array(tie('thing'), { maxLength: 2 })), { maxLength: 2 })),
      tags: fc.option(fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 })),
      blob: fc.option(fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 3 })),
    }),
    { depthSize: 'small', freq: 3 },
  ) as fc.Arbitrary<ThingData | null>,
})).thing;

const root = fc.record({
  things: fc.array(things, { maxLength: 4 }),
  results: fc.array(fc.oneof(things, fc.record({ kind: fc.constant('Other'), name: fc.string({ maxLength: 3 }), things: fc.array(things, { maxLength: 2 }) })), { maxLength: 4 }),
  blob: fc.option(fc.dictionary(fc.string({ maxLength: 3 }), json, { maxKeys: 4 })),
  one: things,
});

const DOCUMENTS = {
  nested: '{ things { id name child { id child { name } } children { id tags grid { id } } } }',
  aliases: '{ a: things { id x: child { id } y: child { name children { id } } } b: one { id } }',
  fragments: `{ things { ...T child { ...T } } one { ...T } }
    fragment T on Thing { id children { ...U } }
    fragment U on Thing { name grid { id child { id } } }`,
  abstract: `{ results { __typename ... on Thing { id child { id } } ... on Other { name things { id children { id } } } }
    named { name ... on Thing { child { name } } } }`,
  customScalars: '{ blob things { blob child { blob id } } }',
  directives: 'query ($no: Boolean!) { things { id child @skip(if: $no) { id } children @include(if: $no) { id } } }',
  mergedSelections: '{ results { ... on Thing { c: child { id } } ... on Thing { c: child { children { id } } } ... on Other { name } } }',
};

function countOf(source: string, data: object): number {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return objectsInResponse(schema, operation, fragments, data);
}

describe('counting the objects of a response by its document', () => {
  for (const [name, source] of Object.entries(DOCUMENTS)) {
    it(`counts every object below the data, ${name}`, async () => {
      await fc.assert(
        fc.asyncProperty(root, fc.boolean(), async (rootValue, no) => {
          const result = await graphql({ schema, source, rootValue, variableValues: { no } });
          expect(result.errors).toBeUndefined();
          const data = result.data as object;
          expect(countOf(source, data)).toBe(everyObjectBelow(data));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('counts a known response exactly', () => {
    const data = { things: [{ id: '1', child: { id: '2' } }, null, { id: '3', child: null }], one: { id: '4' } };
    expect(countOf('{ things { id child { id } } one { id } }', data)).toBe(4);
  });
});
