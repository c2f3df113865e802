import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates outside these years are typos or probes, never facts of a case; bounding them here keeps
 * date arithmetic (start + 4 years) and PostgreSQL's date input far from their edges for every
 * field. What is plausible for a field (a birth date, a due date) is the services' rule, answered
 * as a user error; the upper bound leaves them room to answer "in the future" themselves.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2999-12-31';

/** Why `value` is not a date this API accepts, or null when it is one. */
function dateProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return 'Date must be a string in the form YYYY-MM-DD.';
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) return `"${value}" is not a calendar date.`;
  if (value < MIN_DATE || value > MAX_DATE) return `"${value}" lies outside the years ${MIN_DATE.slice(0, 4)} to ${MAX_DATE.slice(0, 4)}.`;
  return null;
}

/** A real calendar date (YYYY-MM-DD) within MIN_DATE … MAX_DATE; cursors are held to the same rule. */
export function isAcceptedDate(value: unknown): value is string {
  return dateProblem(value) === null;
}

function parseDate(value: unknown): string {
  const problem = dateProblem(value);
  if (problem !== null) throw new TypeError(problem);
  return value as string;
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
