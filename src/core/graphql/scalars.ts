import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new TypeError('Date must be a string in the form YYYY-MM-DD.');
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new TypeError(`"${value}" is not a calendar date.`);
  }
  return value;
}

/** A calendar date without time or zone (YYYY-MM-DD); kept as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD, without time or zone.',
  // Output comes from date columns read as text: the shape check is enough (a page holds thousands).
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' && ISO_DATE.test(value) ? value : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string in the form YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});
