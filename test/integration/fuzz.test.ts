import * as fc from 'fast-check';
import {
  GraphQLBoolean,
  GraphQLNonNull,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ANONYMOUS, type Viewer } from '../../src/core/auth/viewer';
import { buildHubSchema } from '../../src/app/hub';
import { toGlobalId } from '../../src/core/relay/global-id';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * Generated documents, built from the schema itself: random selections of Query and Mutation
 * fields down to depth 14, aliases, fragments (spread again and again, nested into bombs),
 * directives, arguments with valid and hostile values as literals and as variables (of the right
 * type, the wrong one, missing), misspellings and broken syntax, sent as random viewers through
 * the real Apollo server and sometimes over HTTP. Whatever the document, the answer must be a
 * client's error or data: never a 500, a stack, SQL, a schema hint, or an error without a code.
 *
 * CI runs seed 42; FUZZ_SEED and FUZZ_RUNS explore further (`FUZZ_SEED=7 npx jest fuzz`).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 42);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

// ---------------------------------------------------------------------------------------------
// The oracle

interface Answer {
  status: number;
  errors?: ReadonlyArray<unknown>;
  extensions?: unknown;
}

const STACK_TRACE = /\n\s+at /;
const SQL_TEXT = /\b(select|insert|update|delete)\b.*\b(from|into|set)\b/i;
/** Names and phrases of PostgreSQL's own messages: relations, catalogs, constraint and syntax reports. */
const DATABASE_TEXT = /\bhub_user\b|\bpg_|relation "|violates .*constraint|syntax error at or near|invalid input syntax|invalid byte sequence/i;
const SUGGESTION = /Did you mean/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isRecord(value)) return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsIn(inner)]);
  return [];
}

/** What is wrong with an answer; empty when it is one a client may see. Only errors and extensions are read: data may echo the input. */
function problemsOf(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP status ${answer.status}`);
  (answer.errors ?? []).forEach((error, index) => {
    const code = isRecord(error) && isRecord(error.extensions) ? error.extensions.code : undefined;
    if (typeof code !== 'string') problems.push(`error ${index} has no string extensions.code`);
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(`error ${index} is INTERNAL_SERVER_ERROR`);
  });
  for (const text of stringsIn({ errors: answer.errors, extensions: answer.extensions })) {
    if (STACK_TRACE.test(text)) problems.push(`a stack trace: ${abbreviate(text)}`);
    if (SQL_TEXT.test(text) || DATABASE_TEXT.test(text)) problems.push(`database text: ${abbreviate(text)}`);
    if (SUGGESTION.test(text)) problems.push(`a schema suggestion: ${abbreviate(text)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Pieces of a document: its text, the variables and the fragment definitions it needs

/** A variable the document uses: declared with a type (or not at all), sent with a value (or not). */
interface VariableSlot {
  name: string;
  declaredAs: string | null;
  defaultValue: string | null;
  value: Json | undefined;
}

interface Piece {
  text: string;
  variables: VariableSlot[];
  fragments: string[];
  /** A field's response key (alias or name): two different fields under one key are refused, so a selection set keeps one. */
  key?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A token printed as it is: numbers GraphQL can write and JSON cannot (1e400), raw control characters. */
class RawLiteral {
  constructor(readonly text: string) {}
}
class EnumLiteral {
  constructor(readonly name: string) {}
}
class VariableRef {
  constructor(readonly slot: VariableSlot) {}
}
type Value = null | boolean | number | string | RawLiteral | EnumLiteral | VariableRef | Value[] | { [field: string]: Value };

const text = (source: string): Piece => ({ text: source, variables: [], fragments: [] });
const EMPTY = text('');

function concat(...parts: Array<Piece | string>): Piece {
  const pieces = parts.map((part) => (typeof part === 'string' ? text(part) : part));
  return {
    text: pieces.map((piece) => piece.text).join(''),
    variables: pieces.flatMap((piece) => piece.variables),
    fragments: pieces.flatMap((piece) => piece.fragments),
  };
}

function joined(open: string, parts: Piece[], separator: string, close: string): Piece {
  return concat(open, ...parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])), close);
}

function literalPiece(value: Value): Piece {
  if (value instanceof VariableRef) return { text: `$${value.slot.name}`, variables: [value.slot], fragments: [] };
  if (value instanceof RawLiteral) return text(value.text);
  if (value instanceof EnumLiteral) return text(value.name);
  if (value === null) return text('null');
  if (typeof value === 'string') return text(JSON.stringify(value));
  if (typeof value === 'number' || typeof value === 'boolean') return text(String(value));
  if (Array.isArray(value)) return joined('[', value.map(literalPiece), ', ', ']');
  return joined('{', Object.entries(value).map(([field, inner]) => concat(`${field}: `, literalPiece(inner))), ', ', '}');
}

/** A value as a variable carries it: enums as their names; a raw token as the number JSON.parse would make of it. */
function toJson(value: Value): Json {
  if (value instanceof VariableRef) return null;
  if (value instanceof RawLiteral) return Number.isNaN(Number(value.text)) ? value.text : Number(value.text);
  if (value instanceof EnumLiteral) return value.name;
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, toJson(inner)]));
  return value;
}

// ---------------------------------------------------------------------------------------------
// Leaf values, valid and hostile

/** `yes` about `percent` of the time, else `no`. */
function chance<T>(percent: number, yes: fc.Arbitrary<T>, no: fc.Arbitrary<T>): fc.Arbitrary<T> {
  if (percent <= 0) return no;
  if (percent >= 100) return yes;
  return fc.oneof({ arbitrary: yes, weight: Math.round(percent) }, { arbitrary: no, weight: Math.round(100 - percent) });
}

const INT_MAX = 2 ** 31 - 1;
const b64 = (raw: string) => Buffer.from(raw, 'utf8').toString('base64url');

/** Text PostgreSQL refuses (NUL) or would silently change (lone surrogates), and other controls. */
const badText = fc.constantFrom('a\u0000b', '\u0000', 'x\u0007y', '\ud800', 'a\udc00b', 'ok\udbff', '\u001b[31m', 'tab\there');
/** Text that is fine but unusual: stored or refused, never a failure. */
const oddText = fc.constantFrom('', ' ', 'Ünïcødé ß', '😀👩‍👩‍👧', '\u202eRTL', 'a\r\nb', "O'Brien", '%_\\', 'a & b | !c', '(:*)', '<script>', '١٢٣', 'null');
const longText = fc.tuple(fc.constantFrom(300, 4_000, 70_000), fc.constantFrom('x', 'ä', '😀')).map(([length, unit]) => unit.repeat(length));
const plainText = fc.string({ maxLength: 24 });
const fuzzText = fc.oneof({ arbitrary: plainText, weight: 4 }, { arbitrary: oddText, weight: 3 }, { arbitrary: badText, weight: 2 }, { arbitrary: longText, weight: 1 });
/** Only a document can carry these: raw control characters and surrogates inside a string token, a block string. */
const rawStringToken = fc.constantFrom('"a\u0000b"', '"\ud800"', '"line\nbreak"', '"""block \u0000"""', '"""a\\u0000"""', '"\\u{0}"', '"\\x00"', '"\\ud800"').map((token) => new RawLiteral(token));

const int32 = fc.integer({ min: -(2 ** 31), max: INT_MAX });
const intOutOfRange = fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 64, 1e21);
/** Numbers a document can hold but that overflow every numeric type. */
const overflowToken = fc.constantFrom('1e400', '-1e400', '99999999999999999999999', '-0', '0.0000000000000000000000001').map((token) => new RawLiteral(token));
const anyFloat = fc.double({ noNaN: true, noDefaultInfinity: true });

const calendarDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const edgeDate = fc.constantFrom('9999-12-31', '0001-01-01', '2024-02-30', '2024-02-29', '2023-02-29', '2026-06-31', '2024-13-01', '2024-00-10', '10000-01-01', '0000-01-01', '-0001-01-01', '2024-1-1', '2024-01-01T00:00:00Z', '', 'today');
const dateLike = fc.oneof(calendarDate, edgeDate);
const calendarDateTime = fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const edgeDateTime = fc.constantFrom('9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '2024-02-30T10:00:00Z', '2026-01-15T25:00:00Z', '2026-01-15T10:00:00+14:00', '+275760-09-13T00:00:00.000Z', '2026-01-15', 'yesterday', '');

const NODE_TYPES = ['Agency', 'ApiKey', 'CaseNote', 'Client', 'Consent', 'District', 'Location', 'Municipality', 'Offer', 'Plan', 'PlanGoal', 'PlanMeasure', 'PlanReview', 'Provider', 'SupportExtension', 'Team', 'User'];
/** IDs that decode wrongly: not base64url, not "Type:n", zero, negative, past int4, a NUL, a full-width digit. */
const malformedGlobalId = fc.oneof(
  fc.constantFrom('', 'garbage', '!!!', '====', 'T2ZmZXI6MQ==', 'T2ZmZXI6MQ+/', ' T2ZmZXI6MQ', 'null'),
  fc.constantFrom('Offer:0', 'Offer:-1', 'Offer:1.5', 'Offer:2147483648', 'Offer:99999999999999999999', 'offer:1', ':1', 'Offer:', 'Offer:1:2', 'Offer:1\u0000', 'Offer:１', 'Nope:1', 'Offer: 1', 'Offer:01').map(b64),
  fc.string({ maxLength: 20 }).map(b64),
  badText,
);
const missingGlobalId = fc.constantFrom(...NODE_TYPES).map((type) => toGlobalId(type, INT_MAX));

/** Cursors that are not ours: not base64url, not a JSON array, values that overflow, impossible dates, NUL. */
const malformedCursor = fc.oneof(
  fc.constantFrom('', 'not-a-cursor', '====', 'W10', '%%%'),
  fc.constantFrom('[]', '[null]', '{}', '"x"', '1', '[1e400]', '[-1e400]', '[2147483648]', '[9007199254740993]', '[1.5]', '["\\u0000"]', '["\\ud800"]', '["9999-12-31",1]', '["0001-01-01",1]', '["2024-02-30",1]', '[0.5,"2024-02-30",1]', '[1,2,3,4,5,6,7,8,9]', '[[1]]', '[{"a":1}]', '[true]', '["x",1]', '[1,"x"]').map(b64),
  fc.array(fc.oneof(int32, intOutOfRange, anyFloat, dateLike, fuzzText, fc.constant(null)), { maxLength: 4 }).map((values) => b64(JSON.stringify(values))),
  fc.jsonValue().map((value) => b64(JSON.stringify(value))),
  longText.map(b64),
);

/** What an argument or input field of this name holds, for IDs: the type it must name. */
const ID_TYPE_OF: Record<string, string> = {
  client: 'Client',
  clients: 'Client',
  subject: 'Client',
  goal: 'PlanGoal',
  measure: 'PlanMeasure',
  consent: 'Consent',
  offer: 'Offer',
  provider: 'Provider',
  recipientProvider: 'Provider',
  district: 'District',
  municipality: 'Municipality',
  municipalities: 'Municipality',
  agency: 'Agency',
  team: 'Team',
  manager: 'User',
  actor: 'User',
  apiKey: 'ApiKey',
};

/** A value of no particular type: what goes where another kind belongs. */
const wrongKindValue: fc.Arbitrary<Value> = fc.oneof(
  fuzzText,
  int32,
  intOutOfRange,
  anyFloat,
  fc.boolean(),
  fc.constant<Value>(null),
  fc.constant<Value>([]),
  fc.constant<Value>({}),
  fc.constantFrom('NOPE', 'true', 'null').map((name): Value => new EnumLiteral(name)),
  fc.constant<Value>({ nope: 1 }),
  fc.array(int32, { minLength: 1, maxLength: 3 }),
);

/** A wrong item without bad text (which the text check would refuse first, before any coercion). */
const wrongItem: fc.Arbitrary<Json> = fc.oneof(int32, intOutOfRange, anyFloat, fc.boolean(), plainText, fc.constant<Json>(null), fc.constant<Json>([]), fc.constant<Json>({ nope: 1 }));

const MISSPELLINGS = ['drop', 'swap', 'double', 'case', 'suffix'] as const;

/** A near miss of a name, the kind graphql-js answers with "Did you mean …". */
function misspelled(name: string): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...MISSPELLINGS), fc.nat()).map(([how, at]) => {
    const i = at % name.length;
    switch (how) {
      case 'drop':
        return name.length > 1 ? name.slice(0, i) + name.slice(i + 1) : `${name}x`;
      case 'swap':
        return i < name.length - 1 ? name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2) : `${name}s`;
      case 'double':
        return name.slice(0, i + 1) + name[i] + name.slice(i + 1);
      case 'case':
        return (name[0] === name[0].toUpperCase() ? name[0].toLowerCase() : name[0].toUpperCase()) + name.slice(1);
      case 'suffix':
        return `${name}s`;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Documents from the schema

/** How a document is made: each knob a percentage, so documents range from plain to hostile. */
interface Style {
  depth: number;
  aliases: number;
  directives: number;
  fragments: number;
  variables: number;
  invalid: number;
  /** Share of values that are hostile rather than ordinary: bad text, overflow, impossible dates, foreign IDs. */
  hostile: number;
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  depth: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 3 }, { arbitrary: fc.integer({ min: 6, max: 10 }), weight: 2 }, { arbitrary: fc.integer({ min: 11, max: 14 }), weight: 1 }),
  aliases: fc.constantFrom(0, 0, 0, 5, 15, 40),
  directives: fc.constantFrom(0, 0, 10, 30),
  fragments: fc.constantFrom(0, 10, 25, 50),
  variables: fc.constantFrom(0, 20, 50, 90),
  invalid: fc.constantFrom(0, 0, 0, 2, 8, 25),
  hostile: fc.constantFrom(0, 0, 5, 20, 50),
});

/** Fragments inside fragments keep the depth, so their nesting gets a budget of its own. */
const FRAGMENT_NESTING = 3;

/** What the generators know besides the schema: IDs and cursors that exist in this database. */
interface World {
  schema: GraphQLSchema;
  ids: Record<string, string[]>;
  cursors: string[];
}

type Mode = 'literal' | 'constant' | 'json';

/**
 * Share of wrong values. In a document they make it invalid; in variables they are bad input to
 * an otherwise valid document (coerced only at execution), so hostile styles send them too.
 */
const wrongness = (mode: Mode, style: Style): number => (mode === 'json' ? Math.max(style.invalid, Math.round(style.hostile / 4)) : style.invalid);

function documentGenerators(world: World) {
  const { schema } = world;
  const allIds = Object.values(world.ids).flat();
  // For `__type(name:)`, and harmless as the name of a team or person.
  const typeNames = Object.keys(schema.getTypeMap());

  /** An ID of the type the argument names; hostile: of another type, of no row, malformed. */
  const idFor = (hint: string, style: Style): fc.Arbitrary<Value> => {
    const own = world.ids[ID_TYPE_OF[hint]] ?? allIds;
    return chance(style.hostile, fc.oneof(fc.constantFrom(...allIds), missingGlobalId, malformedGlobalId), fc.constantFrom(...own));
  };

  /** Real cursors (of this connection or another), or malformed ones. */
  const cursorFor = (style: Style): fc.Arbitrary<Value> => chance(style.hostile, malformedCursor, fc.constantFrom(...world.cursors));

  const textFor = (hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    if (hint === 'after' || hint === 'before') return cursorFor(style);
    const ordinary =
      hint === 'email'
        ? fc.emailAddress()
        : hint === 'postalCode'
          ? fc.stringMatching(/^7\d{4}$/)
          : hint === 'languages'
            ? fc.constantFrom('de', 'ar', 'uk', 'fa')
            : hint === 'search' || hint === 'text'
              ? fc.constantFrom('Deutsch', 'Integrationskurs', 'Tübingen', 'kurs')
              : hint === 'name'
                ? fc.oneof(plainText, fc.constantFrom(...typeNames))
                : plainText;
    const oddForHint =
      hint === 'email'
        ? fc.constantFrom('not-an-address', 'a@b', '@', 'fuzz@example.test\u0000')
        : hint === 'postalCode'
          ? fc.constantFrom('7017', '701734', 'abcde', '00000')
          : hint === 'languages'
            ? fc.constantFrom('xx', 'DE', 'deu', '')
            : fc.constantFrom('kurs*', '""', '!', '&|');
    const hostile = fc.oneof({ arbitrary: fuzzText, weight: 8 }, { arbitrary: oddForHint, weight: 3 }, ...(mode === 'json' ? [] : [{ arbitrary: rawStringToken, weight: 1 }]));
    return chance(style.hostile, hostile, ordinary);
  };

  const intFor = (hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    const paging = hint === 'first' || hint === 'last';
    const overflow = mode === 'json' ? intOutOfRange : fc.oneof(intOutOfRange, overflowToken);
    const hostile = fc.oneof(paging ? fc.constantFrom(0, -1, 101, 200, 201, 1000, INT_MAX) : int32, overflow, fc.constantFrom(-1, 0, -(2 ** 31)));
    return chance(style.hostile, hostile, paging ? fc.constantFrom(1, 2, 5, 10, 50, 100) : fc.integer({ min: 1, max: 40 }));
  };

  const floatFor = (hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    const ordinary =
      hint === 'latitude'
        ? fc.double({ min: 47.6, max: 49.7, noNaN: true })
        : hint === 'longitude'
          ? fc.double({ min: 7.6, max: 10.4, noNaN: true })
          : fc.constantFrom(0.5, 5, 25, 80);
    const extreme = fc.oneof(anyFloat, fc.constantFrom(0, -5, 90, -90, 91, 180, -181, 1e308, -1e308, 5e-324));
    return chance(style.hostile, mode === 'json' ? extreme : fc.oneof(extreme, overflowToken), ordinary);
  };

  const scalarFor = (name: string, hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    switch (name) {
      case 'ID':
        return idFor(hint, style);
      case 'Int':
        return intFor(hint, mode, style);
      case 'Float':
        return floatFor(hint, mode, style);
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return chance(style.hostile, edgeDate, calendarDate);
      case 'DateTimeISO':
        return chance(style.hostile, edgeDateTime, calendarDateTime);
      case 'String':
        return textFor(hint, mode, style);
      default:
        return fc.oneof(fuzzText, fc.jsonValue().map((value) => value as Value));
    }
  };

  /** A value of `type`: mostly of that type, with the style's share of wrong kinds and (in literals) variables. */
  const valueArb = (type: GraphQLInputType, hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    const options: Array<fc.WeightedArbitrary<Value>> = [
      { arbitrary: typedValueArb(type, hint, mode, style), weight: 100 - wrongness(mode, style) },
      { arbitrary: wrongKindValue, weight: wrongness(mode, style) },
    ];
    if (mode === 'literal' && style.variables > 0) options.push({ arbitrary: variableArb(type, hint, style), weight: style.variables });
    return fc.oneof(...options.filter((option) => option.weight > 0));
  };

  const typedValueArb = (type: GraphQLInputType, hint: string, mode: Mode, style: Style): fc.Arbitrary<Value> => {
    if (isNonNullType(type)) return typedValueArb(type.ofType, hint, mode, style);
    if (isListType(type)) {
      const item = valueArb(type.ofType, hint, mode, style);
      return fc.oneof(
        { arbitrary: fc.array(item, { maxLength: 4 }), weight: 8 },
        // A single item stands for a list of one (input coercion).
        { arbitrary: item, weight: 2 },
        // Past the list caps.
        { arbitrary: fc.array(item, { minLength: 101, maxLength: 260 }), weight: 1 },
      );
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).map((field) => {
        const present = valueArb(field.type, field.name, mode, style).map((value): [string, Value] => [field.name, value]);
        const keep = isRequiredInputField(field) ? 100 - wrongness(mode, style) / 2 : 45;
        return chance(keep, present.map((entry): [string, Value] | null => entry), fc.constant(null));
      });
      const unknownField = chance(
        wrongness(mode, style),
        fc.oneof(...Object.keys(type.getFields()).map(misspelled), fc.constant('nope')).map((name): [string, Value] | null => [name, 1]),
        fc.constant(null),
      );
      return fc.tuple(...fields, unknownField).map((entries) => Object.fromEntries(entries.filter((entry): entry is [string, Value] => entry !== null)));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      return fc.oneof(
        { arbitrary: fc.constantFrom(...values).map((name): Value => new EnumLiteral(name)), weight: 10 },
        { arbitrary: fc.constantFrom(...values).chain(misspelled).map((name): Value => new EnumLiteral(name)), weight: Math.round(wrongness(mode, style) / 5) },
      );
    }
    return scalarFor(type.name, hint, mode, style);
  };

  const TYPE_NAMES = ['String', 'Int', 'Float', 'Boolean', 'ID', 'ID!', '[ID!]!', '[String]', 'Date', 'JSONObject', 'OfferFilter', 'ClientCloseInput!', 'Strng', 'Client'];

  /** `$vN` in place of a value: declared with its type or a wrong one (or not at all), sent or missing or of the wrong kind. */
  const variableArb = (type: GraphQLInputType, hint: string, style: Style): fc.Arbitrary<Value> => {
    const exact = String(type);
    const declaredAs = fc.oneof(
      { arbitrary: fc.constant<string | null>(exact), weight: 100 - style.invalid },
      { arbitrary: fc.constantFrom<string | null>(...TYPE_NAMES, isNonNullType(type) ? String(type.ofType) : `${exact}!`), weight: style.invalid },
      { arbitrary: fc.constant<string | null>(null), weight: Math.round(style.invalid / 3) },
    );
    const value = fc.oneof(
      { arbitrary: valueArb(type, hint, 'json', style).map((inner): Json | undefined => toJson(inner)), weight: 100 - wrongness('json', style) },
      { arbitrary: fc.constant<Json | undefined>(undefined), weight: Math.round(style.invalid / 2) + 1 },
      { arbitrary: wrongKindValue.map((inner): Json | undefined => toJson(inner)), weight: wrongness('json', style) },
      // A list of nothing but wrong items, more than graphql-js reports one by one.
      {
        arbitrary: fc.array(wrongItem, { minLength: 45, maxLength: 120 }).map((items): Json | undefined => items),
        weight: isListType(isNonNullType(type) ? type.ofType : type) ? style.hostile + style.invalid : 0,
      },
    );
    const defaultValue = isNonNullType(type)
      ? fc.constant<string | null>(null)
      : chance(10, valueArb(type, hint, 'constant', style).map((inner): string | null => literalPiece(inner).text), fc.constant<string | null>(null));
    return fc
      .record({ id: fc.nat(9999), declaredAs, value, defaultValue })
      .map(({ id, ...slot }): Value => new VariableRef({ name: `v${id}`, ...slot }));
  };

  const argumentArb = (arg: GraphQLArgument, style: Style): fc.Arbitrary<Piece | null> => {
    const present = valueArb(arg.type, arg.name, 'literal', style).map((value): Piece | null => concat(`${arg.name}: `, literalPiece(value)));
    return chance(isRequiredArgument(arg) ? 100 - style.invalid / 2 : 50, present, fc.constant(null));
  };

  const argumentsArb = (field: GraphQLField<unknown, unknown>, style: Style): fc.Arbitrary<Piece> => {
    const names = field.args.map((arg) => arg.name);
    const bogus = chance(
      style.invalid / 4,
      fc.oneof(fc.constant('nope'), ...names.map(misspelled)).map((name): Piece | null => text(`${name}: 1`)),
      fc.constant<Piece | null>(null),
    );
    return fc.tuple(bogus, ...field.args.map((arg) => argumentArb(arg, style))).map(([extra, ...args]) => {
      const present = [...args, extra].filter((piece): piece is Piece => piece !== null);
      return present.length > 0 ? joined('(', present, ', ', ')') : EMPTY;
    });
  };

  const conditionArb = (style: Style): fc.Arbitrary<Piece> => valueArb(new GraphQLNonNull(GraphQLBoolean), 'if', 'literal', style).map(literalPiece);

  const directiveArb = (style: Style): fc.Arbitrary<Piece> =>
    fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom('include', 'skip'), conditionArb(style)).map(([name, condition]) => concat(` @${name}(if: `, condition, ')')), weight: 10 },
      {
        arbitrary: fc.constantFrom(' @include', ' @skip(if: true, if: false)', ' @deprecated', ' @inclde(if: true)', ' @include(iff: true)', ' @specifiedBy(url: "x")', ' @oneOf').map(text),
        weight: style.invalid,
      },
    );

  /** @include and @skip at most once each (a repeated one is the flood's business, see shallowSelectionArb). */
  const directivesArb = (style: Style): fc.Arbitrary<Piece> => {
    const conditional = fc
      .tuple(fc.subarray(['include', 'skip'], { minLength: 1 }), conditionArb(style), conditionArb(style))
      .map(([names, ...conditions]) => concat(...names.map((name, i) => concat(` @${name}(if: `, conditions[i], ')'))));
    const any = fc.array(directiveArb(style), { minLength: 1, maxLength: 3 }).map((pieces) => concat(...pieces));
    return chance(style.directives, style.invalid > 0 ? fc.oneof(conditional, any) : conditional, fc.constant(EMPTY));
  };

  const aliasArb = (style: Style): fc.Arbitrary<string> => chance(style.aliases, fc.nat(40).map((n) => `a${n}: `), fc.constant(''));

  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType()!;
  // Introspection is open on this hub: `__schema` and `__type` are fields of Query like any other.
  const fieldsOf = (parent: GraphQLCompositeType): Array<GraphQLField<unknown, unknown>> =>
    parent === query ? [...Object.values(query.getFields()), SchemaMetaFieldDef, TypeMetaFieldDef] : isObjectType(parent) || isInterfaceType(parent) ? Object.values(parent.getFields()) : [];
  const isLeafField = (field: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(field.type));
  const isCompositeField = (field: GraphQLField<unknown, unknown>) => isCompositeType(getNamedType(field.type));

  /** The types a fragment inside `parent` may be on: itself, its interfaces, or the types it stands for. */
  const typeConditionsOf = (parent: GraphQLCompositeType): GraphQLCompositeType[] =>
    isObjectType(parent) ? [parent, ...parent.getInterfaces()] : isAbstractType(parent) ? [parent, ...schema.getPossibleTypes(parent)] : [parent];

  /** `alias: name(args) @directives { … }`, the selection below it `depth - 1` levels deep. */
  const fieldArb = (field: GraphQLField<unknown, unknown>, depth: number, style: Style, budget: number): fc.Arbitrary<Piece> => {
    const named = getNamedType(field.type);
    const below = isCompositeType(named) ? selectionSetArb(named, Math.max(1, depth - 1), style, budget) : fc.constant(EMPTY);
    return fc
      .tuple(aliasArb(style), argumentsArb(field, style), directivesArb(style), below)
      .map(([alias, args, directives, selection]) => ({ ...concat(alias, field.name, args, directives, selection.text ? ' ' : '', selection), key: alias.replace(': ', '') || field.name }));
  };

  const inlineFragmentArb = (parent: GraphQLCompositeType, depth: number, style: Style, budget: number): fc.Arbitrary<Piece> =>
    fc
      .tuple(fc.constantFrom(null, ...typeConditionsOf(parent)), directivesArb(style))
      .chain(([condition, directives]) =>
        selectionSetArb(condition ?? parent, depth, style, budget - 1).map((body) => concat('...', condition ? ` on ${condition.name}` : '', directives, ' ', body)),
      );

  /** A named fragment, spread one to three times where it is used. */
  const namedFragmentArb = (parent: GraphQLCompositeType, depth: number, style: Style, budget: number): fc.Arbitrary<Piece> =>
    fc
      .tuple(fc.nat(9999), fc.constantFrom(...typeConditionsOf(parent)), fc.integer({ min: 1, max: 3 }), directivesArb(style))
      .chain(([id, condition, times, directives]) =>
        selectionSetArb(condition, depth, style, budget - 1).map((body) => ({
          text: Array.from({ length: times }, () => `...F${id}${directives.text}`).join(' '),
          variables: [...directives.variables, ...body.variables],
          fragments: [`fragment F${id} on ${condition.name} ${body.text}`, ...body.fragments],
        })),
      );

  /** Fragments that each spread the next two or three times: exponential if anything expands them. */
  const fragmentBombArb = (parent: GraphQLCompositeType, style: Style): fc.Arbitrary<Piece> =>
    fc.tuple(fc.nat(9999), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 2, max: 3 }), selectionSetArb(parent, 1, style, 0)).map(([id, levels, fanOut, leaves]) => {
      const name = (level: number) => `B${id}_${level}`;
      const fragments = Array.from({ length: levels }, (_, level) => `fragment ${name(level)} on ${parent.name} { ${`...${name(level + 1)} `.repeat(fanOut)}}`);
      return { text: `...${name(0)}`, variables: leaves.variables, fragments: [...fragments, `fragment ${name(levels)} on ${parent.name} ${leaves.text}`, ...leaves.fragments] };
    });

  /** Fragments the validator must refuse: unknown, spread where they cannot apply, cycles, on scalars. */
  const badFragmentArb = (parent: GraphQLCompositeType): fc.Arbitrary<Piece> =>
    fc.nat(9999).chain((id) =>
      fc.constantFrom<Piece>(
        text('...Nope'),
        { text: `...X${id}`, variables: [], fragments: [`fragment X${id} on ${parent.name === 'District' ? 'Offer' : 'District'} { id }`] },
        { text: `...C${id}a`, variables: [], fragments: [`fragment C${id}a on ${parent.name} { ...C${id}b }`, `fragment C${id}b on ${parent.name} { ...C${id}a }`] },
        { text: '__typename', variables: [], fragments: [`fragment S${id} on String { length }`] },
        { text: '__typename', variables: [], fragments: [`fragment U${id} on ${parent.name} { __typename }`] },
        text('... on Nope { id }'),
      ),
    );

  /** The selection that reaches `depth`: a composite field one level down, or a fragment at this level. */
  const deepSelectionArb = (parent: GraphQLCompositeType, depth: number, style: Style, budget: number): fc.Arbitrary<Piece> | null => {
    const composite = fieldsOf(parent).filter(isCompositeField);
    const fragmentWeight = budget > 0 ? Math.round(style.fragments / 5) + (isAbstractType(parent) ? 10 : 0) : 0;
    const options: Array<fc.WeightedArbitrary<Piece>> = [];
    if (composite.length > 0) options.push({ arbitrary: fc.constantFrom(...composite).chain((field) => fieldArb(field, depth, style, budget)), weight: 10 });
    if (fragmentWeight > 0) {
      options.push({ arbitrary: inlineFragmentArb(parent, depth, style, budget), weight: fragmentWeight });
      options.push({ arbitrary: namedFragmentArb(parent, depth, style, budget), weight: fragmentWeight });
    }
    return options.length > 0 ? fc.oneof(...options) : null;
  };

  /** One selection of one level: a scalar field, `__typename`, a small subtree, a misspelling, a flood or a fragment. */
  const shallowSelectionArb = (parent: GraphQLCompositeType, style: Style, budget: number): fc.Arbitrary<Piece> => {
    const fields = fieldsOf(parent);
    const leaves = fields.filter(isLeafField);
    const composite = fields.filter(isCompositeField);
    const plainLeaves = leaves.filter((field) => !field.args.some(isRequiredArgument));
    const options: Array<fc.WeightedArbitrary<Piece>> = [
      { arbitrary: aliasArb(style).map((alias) => text(`${alias}__typename`)), weight: leaves.length > 0 ? 2 : 10 },
    ];
    if (leaves.length > 0) options.push({ arbitrary: fc.constantFrom(...leaves).chain((field) => fieldArb(field, 1, style, budget)), weight: 12 });
    if (composite.length > 0) options.push({ arbitrary: fc.constantFrom(...composite).chain((field) => fieldArb(field, 2, style, budget)), weight: 2 });
    if (style.invalid > 0) {
      const names = fields.length > 0 ? fields.map((field) => field.name) : ['__typename'];
      options.push({ arbitrary: fc.constantFrom(...names).chain(misspelled).map(text), weight: Math.ceil(style.invalid / 5) });
      // A composite field without a selection, a scalar with one.
      const wrongShape = [...composite.map((field) => field.name), ...leaves.map((field) => `${field.name} { id }`)];
      if (wrongShape.length > 0) options.push({ arbitrary: fc.constantFrom(...wrongShape).map(text), weight: Math.ceil(style.invalid / 5) });
    }
    if (style.aliases > 0 && plainLeaves.length > 0) {
      const flood = fc
        .tuple(fc.constantFrom(...plainLeaves), fc.integer({ min: 2, max: 20 }), fc.nat(99))
        .map(([field, count, id]) => text(Array.from({ length: count }, (_, i) => `f${id}_${i}: ${field.name}`).join(' ')));
      options.push({ arbitrary: flood, weight: Math.ceil(style.aliases / 25) });
    }
    if (style.directives > 0) {
      // `__typename @include(…) __typename @skip(…) …`: one key, so they merge, each with its own directive.
      const flood = fc.array(directiveArb(style), { minLength: 3, maxLength: 30 }).map((directives) => joined('', directives.map((directive) => concat('__typename', directive)), ' ', ''));
      options.push({ arbitrary: flood, weight: Math.ceil(style.directives / 30) });
    }
    if (style.fragments > 0 && budget > 0) {
      options.push({ arbitrary: fragmentBombArb(parent, style), weight: Math.floor(style.fragments / 25) });
      options.push({ arbitrary: inlineFragmentArb(parent, 1, style, budget), weight: Math.ceil(style.fragments / 5) });
      options.push({ arbitrary: namedFragmentArb(parent, 1, style, budget), weight: Math.ceil(style.fragments / 5) });
    }
    if (style.invalid > 0) options.push({ arbitrary: badFragmentArb(parent), weight: Math.ceil(style.invalid / 5) });
    return fc.oneof(...options);
  };

  /** `{ … }` on `parent`, `depth` levels of fields deep (counting its own). */
  function selectionSetArb(parent: GraphQLCompositeType, depth: number, style: Style, budget: number): fc.Arbitrary<Piece> {
    const deep = depth > 1 ? deepSelectionArb(parent, depth, style, budget) : null;
    const extras = fc.array(shallowSelectionArb(parent, style, budget), { minLength: deep ? 0 : 1, maxLength: 3 });
    const selections = deep ? fc.tuple(deep, extras).map(([first, rest]) => [first, ...rest]) : extras;
    return selections.map((pieces) => joined('{ ', withoutConflicts(pieces), ' ', ' }'));
  }

  /** Drops a field whose response key an earlier, different field already has (identical repeats stay: they merge). */
  const withoutConflicts = (pieces: Piece[]): Piece[] => {
    const seen = new Map<string, string>();
    return pieces.filter((piece) => {
      if (piece.key === undefined) return true;
      const earlier = seen.get(piece.key);
      if (earlier === undefined) seen.set(piece.key, piece.text);
      return earlier === undefined || earlier === piece.text;
    });
  };

  const operationBodyArb = (kind: 'query' | 'mutation', style: Style): fc.Arbitrary<Piece> => {
    if (kind === 'query') return selectionSetArb(query, style.depth, style, FRAGMENT_NESTING);
    const field = fc.constantFrom(...Object.values(mutation.getFields())).chain((chosen) => fieldArb(chosen, style.depth, style, FRAGMENT_NESTING));
    return fc.array(field, { minLength: 1, maxLength: 2 }).map((pieces) => joined('{ ', withoutConflicts(pieces), ' ', ' }'));
  };

  /** A whole document: the operation with its variable definitions, the fragments, the variables to send. */
  const documentArb = (style: Style): fc.Arbitrary<{ source: string; variables: Record<string, Json> }> =>
    fc
      .record({
        kind: fc.constantFrom<'query' | 'mutation'>('query', 'query', 'mutation'),
        name: fc.constantFrom('', ' Fuzz'),
        extra: chance(style.invalid, fc.constantFrom(' @include(if: true)', '', ''), fc.constant('')),
        unusedVariable: chance(style.invalid, fc.constant(true), fc.constant(false)),
        secondOperation: chance(style.invalid / 3, fc.constantFrom('query { __typename }', '{ __typename }', 'subscription S { __typename }', 'query Fuzz { __typename }'), fc.constant('')),
      })
      .chain((frame) => operationBodyArb(frame.kind, style).map((body) => ({ frame, body })))
      .map(({ frame, body }) => {
        const declared = new Map<string, VariableSlot>();
        for (const slot of body.variables) if (slot.declaredAs !== null && !declared.has(slot.name)) declared.set(slot.name, slot);
        const definitions = [...declared.values()].map((slot) => `$${slot.name}: ${slot.declaredAs}${slot.defaultValue === null ? '' : ` = ${slot.defaultValue}`}`);
        if (frame.unusedVariable) definitions.push('$unused: Int');
        const header = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
        const variables: Record<string, Json> = {};
        for (const slot of body.variables) if (slot.value !== undefined && !(slot.name in variables)) variables[slot.name] = slot.value;
        const operation = `${frame.kind}${frame.name}${header}${frame.extra} ${body.text}`;
        return { source: [operation, ...new Set(body.fragments), frame.secondOperation].filter(Boolean).join('\n'), variables };
      });

  return { documentArb };
}

// ---------------------------------------------------------------------------------------------
// Broken syntax

const BREAKING_CHARACTERS = ['{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '.', '"', '#', '\\', '\u0000', '\ud800', '\n', ' ', '...', '"""', '='];

/** A document cut short, with a character inserted or dropped. */
function brokenVersionOf(source: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(source.length), fc.constantFrom('truncate', 'insert', 'drop'), fc.constantFrom(...BREAKING_CHARACTERS)).map(([at, how, character]) => {
    if (how === 'truncate') return source.slice(0, at);
    if (how === 'insert') return source.slice(0, at) + character + source.slice(at);
    return source.slice(0, at) + source.slice(at + 1);
  });
}

/** Documents no grammar accepts, or that parse into something no executor can run. */
const hopelessDocument = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.constantFrom(
    '',
    '   ',
    '{',
    '}',
    '{ districts(first: 1) { totalCount }',
    'query {',
    'query ($: Int) { viewer { kind } }',
    '{ viewer { kind } } }',
    '"unterminated',
    '{ viewer(id: "\u0000") { kind } }',
    '\ufeff{ viewer { kind } }',
    '{ a: b: c }',
    '# only a comment',
    'fragment F on Query { viewer { kind } }',
    'subscription { viewer { kind } }',
    '{ ...F }',
    'query Q { viewer { kind } } query Q { viewer { kind } }',
    '{ viewer { kind } } { viewer { roles } }',
    'mutation { __typename }',
    '{ __schema { queryType { name } } }',
    '{ __type(name: "Client") { name } }',
    `{ viewer ${'{ kind '.repeat(900)}${'}'.repeat(900)} }`,
    `{ offers(first: ${'['.repeat(1900)}1${']'.repeat(1900)}) { totalCount } }`,
    `{ offers(filter: ${'{text: '.repeat(600)}"x"${'}'.repeat(600)}) { totalCount } }`,
    'fragment F($x: Int) on Query { viewer { kind } } { ...F }',
    '{ offérs { totalCount } }',
    '{ viewer { kind } } extend type Query { x: Int }',
    'type Query { x: Int }',
    `{ districts(first: 1) { totalCount } } ${'#'.repeat(100_000)}`,
  ),
);

// ---------------------------------------------------------------------------------------------
// Cases and how they are sent

const VIEWERS = ['anonymous', 'manager', 'coordinator', 'officer', 'providerStaff', 'providerKey', 'agencyKey', 'admin'] as const;
type ViewerName = (typeof VIEWERS)[number];
type Transport = 'run' | 'http-post' | 'http-get' | 'http-raw';

/** Variables nested far past any input type, `[[[…]]]` or `{"a":{"a":…}}`: built when sent, so a case stays printable. */
interface Nesting {
  levels: number;
  shape: 'list' | 'object';
  /** The variable that holds it: one the document declares, or one it does not know. */
  variable: string;
}

interface FuzzCase {
  source: string;
  variables: Record<string, Json>;
  viewer: ViewerName;
  transport: Transport;
  nesting: Nesting | null;
  /** For `http-raw`: the body exactly as sent, and its content type. */
  raw: { body: string; contentType: string | null; preflight: boolean } | null;
}

function abbreviate(value: string, keep = 160): string {
  return value.length > keep * 2 ? `${value.slice(0, keep)}…(${value.length} chars)…${value.slice(-40)}` : value;
}

/** Long strings shortened, control characters and surrogates visible: how a counterexample is printed. */
function describeCase(fuzzCase: FuzzCase): string {
  const shown = (value: string) => (/^[\x20-\x7e\n\u00a0-\ud7ff\ue000-\uffff]*$/.test(value) ? value : JSON.stringify(value));
  const variables = JSON.stringify(fuzzCase.variables, (_key, value: unknown) => (typeof value === 'string' ? abbreviate(value, 60) : value));
  const lines = [`${fuzzCase.viewer} via ${fuzzCase.transport}:`, abbreviate(shown(fuzzCase.source), 1500), `variables: ${abbreviate(variables ?? '{}', 1500)}`];
  if (fuzzCase.nesting) lines.push(`$${fuzzCase.nesting.variable} nested ${fuzzCase.nesting.levels} levels deep (${fuzzCase.nesting.shape})`);
  if (fuzzCase.raw) lines.push(`body (${fuzzCase.raw.contentType ?? 'no content type'}${fuzzCase.raw.preflight ? '' : ', no preflight header'}): ${abbreviate(shown(fuzzCase.raw.body), 400)}`);
  return lines.join('\n');
}

function nested(nesting: Nesting): Json {
  let value: Json = 1;
  for (let level = 0; level < nesting.levels; level += 1) value = nesting.shape === 'list' ? [value] : { a: value };
  return value;
}

function nestedJsonText(nesting: Omit<Nesting, 'variable'>): string {
  return nesting.shape === 'list' ? `${'['.repeat(nesting.levels)}1${']'.repeat(nesting.levels)}` : `${'{"a":'.repeat(nesting.levels)}1${'}'.repeat(nesting.levels)}`;
}

const nestingLevels = fc.constantFrom(10, 1_000, 10_000, 100_000);
const nestingShape = fc.constantFrom<'list' | 'object'>('list', 'object');

/** Bodies that are not the `{query, variables}` object Apollo expects, or are that object with hostile extras. */
const RAW_BODIES: ReadonlyArray<(query: string, variables: string) => string> = [
  () => JSON.stringify({ query: 5 }),
  (query) => `{"query": ${query}, "variables": "x"}`,
  (query) => `{"query": ${query}, "variables": [1]}`,
  (query, variables) => `{"query": ${query}, "variables": ${variables}, "operationName": "Nope"}`,
  (query) => `{"query": ${query}, "operationName": 5}`,
  (query) => `{"query": ${query}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}`,
  (query) => `{"query": ${query}, "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "abc"}}}`,
  () => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
  (query) => `[{"query": ${query}}]`,
  () => 'null',
  () => '"query"',
  () => '[]',
  () => '{}',
  () => '{"query": "{ viewer { kind } }", "query": "{ __typename }"}',
  (query) => `{"query": ${query}, "variables": {"\\ud800": 1, "__proto__": {"x": 1}, "constructor": "x"}}`,
  (query) => `{"query": ${query}, "variables": {"v": 1e400, "w": -1e400}}`,
  (query) => `\ufeff{"query": ${query}}`,
  (query) => `{"query": ${query}}trailing`,
  (query, variables) => `{"query": ${query}, "variables": ${variables.slice(0, -1)}`,
];

interface RawChoice {
  body: number;
  nesting: Omit<Nesting, 'variable'> | null;
  contentType: string | null;
  preflight: boolean;
}

/** A raw body from its template (or, with `nesting`, deeply nested variables or a deeply nested body). */
function rawBodyOf(choice: RawChoice, document: { source: string; variables: Record<string, Json> }): string {
  const query = JSON.stringify(document.source);
  if (choice.nesting) return choice.body % 2 === 0 ? `{"query": ${query}, "variables": {"deep": ${nestedJsonText(choice.nesting)}}}` : nestedJsonText(choice.nesting);
  return RAW_BODIES[choice.body % RAW_BODIES.length](query, JSON.stringify(document.variables));
}

// Chosen apart from the document (and combined in `map`), so that the document still shrinks on its own.
const nestingChoice = fc.option(fc.record({ levels: nestingLevels, shape: nestingShape, variable: fc.nat() }), { freq: 20 });
const rawChoice: fc.Arbitrary<RawChoice> = fc.record({
  body: fc.nat(RAW_BODIES.length - 1),
  nesting: fc.option(fc.record({ levels: nestingLevels, shape: nestingShape }), { freq: 5 }),
  contentType: fc.constantFrom<string | null>('application/json', 'application/json', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', null),
  preflight: fc.boolean(),
});

function caseArb(world: World): fc.Arbitrary<FuzzCase> {
  const { documentArb } = documentGenerators(world);
  const generated = styleArb.chain(documentArb);
  const broken = fc.oneof(
    generated.chain((document) => brokenVersionOf(document.source).map((source) => ({ source, variables: document.variables }))),
    hopelessDocument.map((source) => ({ source, variables: {} })),
  );
  return fc
    // Shrunk in this order: the costly extras go first, the document last.
    .record({
      nesting: nestingChoice,
      raw: rawChoice,
      transport: fc.constantFrom<Transport>('run', 'run', 'run', 'run', 'run', 'run', 'http-post', 'http-post', 'http-get', 'http-raw'),
      viewer: fc.constantFrom(...VIEWERS),
      document: fc.oneof({ arbitrary: generated, weight: 9 }, { arbitrary: broken, weight: 1 }),
    })
    .map(({ document, viewer, transport, nesting, raw }) => {
      const names = ['deep', ...Object.keys(document.variables)];
      const fuzzCase: FuzzCase = {
        ...document,
        viewer,
        transport,
        nesting: transport === 'run' && nesting ? { levels: nesting.levels, shape: nesting.shape, variable: names[nesting.variable % names.length] } : null,
        raw: transport === 'http-raw' ? { body: rawBodyOf(raw, document), contentType: raw.contentType, preflight: raw.preflight } : null,
      };
      return Object.assign(fuzzCase, { [fc.toStringMethod]: () => describeCase(fuzzCase) });
    });
}

// ---------------------------------------------------------------------------------------------
// The test

let hub: TestHub;
let tenants: Tenants;
let world: World;
let http: TestHttp | undefined;
let base: string;
let districtCount: number;

function viewerOf(name: ViewerName): Viewer {
  const { viewers } = tenants;
  const byName: Record<ViewerName, Viewer> = {
    anonymous: ANONYMOUS,
    manager: viewers.managerA,
    coordinator: viewers.coordinatorA,
    officer: viewers.officerA,
    providerStaff: viewers.staffP,
    providerKey: viewers.keyP,
    agencyKey: viewers.keyA,
    admin: viewers.admin,
  };
  return byName[name];
}

/** IDs of every node type that exist here, so generated mutations can also succeed. */
async function existingIds(): Promise<Record<string, string[]>> {
  const tables: Record<string, string> = { Agency: 'agency', ApiKey: 'api_key', District: 'district', Location: 'location', Municipality: 'municipality', Offer: 'offer', Provider: 'provider', Team: 'team', User: 'hub_user' };
  const ids: Record<string, string[]> = {};
  for (const [type, table] of Object.entries(tables)) {
    const rows = await hub.sql<{ id: number }>(`select id from ${table} order by id limit 3`);
    ids[type] = rows.map((row) => toGlobalId(type, row.id));
  }
  const cases = [await createCase(hub, tenants, 'A', tenants.viewers.managerA), await createCase(hub, tenants, 'B', tenants.viewers.managerB)];
  ids.Client = cases.map((refs) => refs.client);
  ids.Plan = cases.map((refs) => refs.plan);
  ids.PlanGoal = cases.map((refs) => refs.goal);
  ids.PlanMeasure = cases.map((refs) => refs.measure);
  ids.Consent = cases.map((refs) => refs.consent);
  ids.CaseNote = cases.map((refs) => refs.note);
  return ids;
}

/** Real cursors of several connections: valid where they belong, of another ordering elsewhere. */
async function existingCursors(): Promise<string[]> {
  const cursors: string[] = [];
  const connections: Array<[string, Viewer]> = [
    ['districts', ANONYMOUS],
    ['offers', ANONYMOUS],
    ['providers', ANONYMOUS],
    ['municipalities', ANONYMOUS],
    ['agencies', tenants.viewers.admin],
    ['caseload', tenants.viewers.coordinatorA],
  ];
  for (const [field, viewer] of connections) {
    const result = await hub.run(`{ ${field}(first: 2) { pageInfo { endCursor } } }`, {}, viewer);
    const connection = result.data?.[field];
    const cursor = isRecord(connection) && isRecord(connection.pageInfo) ? connection.pageInfo.endCursor : null;
    if (typeof cursor === 'string') cursors.push(cursor);
  }
  return cursors;
}

async function send(fuzzCase: FuzzCase): Promise<Answer> {
  if (fuzzCase.transport === 'run') {
    const variables = fuzzCase.nesting ? { ...fuzzCase.variables, [fuzzCase.nesting.variable]: nested(fuzzCase.nesting) } : fuzzCase.variables;
    const result = await hub.run(fuzzCase.source, variables, viewerOf(fuzzCase.viewer));
    return { status: result.http.status, errors: result.errors, extensions: result.extensions };
  }
  const headers: Record<string, string> = {};
  if (fuzzCase.raw?.preflight !== false) headers['apollo-require-preflight'] = 'true';
  if (fuzzCase.viewer !== 'anonymous') headers.authorization = `Bearer fuzz-${fuzzCase.viewer}`;
  const post = (body: string, contentType: string | null) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: contentType ? { ...headers, 'content-type': contentType } : headers, body });
  const response =
    fuzzCase.transport === 'http-raw' && fuzzCase.raw
      ? await post(fuzzCase.raw.body, fuzzCase.raw.contentType)
      : fuzzCase.transport === 'http-post'
        ? await post(JSON.stringify({ query: fuzzCase.source, variables: fuzzCase.variables }), 'application/json')
        : await fetch(`${base}/graphql?${new URLSearchParams({ query: fuzzCase.source, variables: JSON.stringify(fuzzCase.variables) })}`, { headers });
  const body = await response.text();
  // Node's HTTP parser itself refuses a URL or headers past its limits, with an empty body.
  if (body === '' && (response.status === 414 || response.status === 431)) return { status: response.status };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { status: response.status, errors: [{ message: `not JSON: ${abbreviate(body)}` }] };
  }
  return isRecord(parsed) ? { status: response.status, errors: Array.isArray(parsed.errors) ? parsed.errors : undefined, extensions: parsed.extensions } : { status: response.status, errors: [{ message: 'not an object' }] };
}

const DISTRICTS = '{ districts(first: 1) { totalCount } }';

beforeAll(async () => {
  hub = await createTestHub({ limits: { fieldSuggestions: false } });
  tenants = await createTenants(hub);
  world = { schema: await buildHubSchema(), ids: await existingIds(), cursors: await existingCursors() };
  // Over HTTP, `Bearer fuzz-<viewer>` stands for the same viewers `hub.run` is given.
  const authenticate = async (authorization: string | undefined): Promise<Viewer> => {
    const name = VIEWERS.find((viewer) => authorization === `Bearer fuzz-${viewer}`);
    return name ? viewerOf(name) : ANONYMOUS;
  };
  http = await startTestHttp(hub, { authenticate, config: { introspection: true } });
  base = http.url;
  const before = await hub.run(DISTRICTS);
  districtCount = (before.data?.districts as { totalCount: number }).totalCount;
}, 60_000);

afterAll(async () => {
  await http?.close();
  await hub?.close();
});

describe('the oracle', () => {
  const error = (message: string, extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT' }) => ({ message, extensions });

  it.each<[string, Answer]>([
    ['a 500', { status: 500, errors: [error('Internal server error.', { code: 'BAD_USER_INPUT' })] }],
    ['an INTERNAL_SERVER_ERROR', { status: 200, errors: [error('Internal server error.', { code: 'INTERNAL_SERVER_ERROR' })] }],
    ['an error without a code', { status: 200, errors: [{ message: 'no code' }] }],
    ['a stack trace', { status: 400, errors: [error('TypeError: x is undefined\n    at resolve (src/a.ts:1:1)')] }],
    ['SQL text', { status: 400, errors: [error('select "id" from "client" where "id" = $1')] }],
    ['a relation name', { status: 400, errors: [error('permission denied for table hub_user')] }],
    ['a PostgreSQL message', { status: 400, errors: [error('invalid byte sequence for encoding "UTF8": 0x00')] }],
    ['a suggestion', { status: 400, errors: [error('Cannot query field "nam" on type "Offer". Did you mean "name"?', { code: 'GRAPHQL_VALIDATION_FAILED' })] }],
  ])('flags %s', (_name, answer) => {
    expect(problemsOf(answer)).not.toEqual([]);
  });

  it('passes a client error', () => {
    expect(problemsOf({ status: 400, errors: [error('"input.reason" contains a control character or malformed Unicode.')] })).toEqual([]);
  });
});

describe('generated documents', () => {
  it(`answer ${RUNS} documents without a server error or a leak`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArb(world), async (fuzzCase) => {
        const answer = await send(fuzzCase);
        const problems = problemsOf(answer);
        if (problems.length > 0) {
          const shown = JSON.stringify({ status: answer.status, errors: answer.errors }, (_key, value: unknown) => (typeof value === 'string' ? abbreviate(value) : value));
          throw new Error(`${problems.join('; ')}\nanswer: ${abbreviate(shown, 1500)}`);
        }
      }),
      // A run takes 15–30 s beside the other suites; past 150 s, shrinking stops and reports what it has (and a run that slow is a finding too).
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
    );
  }, 200_000);

  it('leave the server answering', async () => {
    const after = await hub.run(DISTRICTS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ districts: { totalCount: districtCount } });
    const overHttp = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DISTRICTS }) });
    expect(overHttp.status).toBe(200);
    expect(await overHttp.json()).toMatchObject({ data: { districts: { totalCount: districtCount } } });
  });
});

