import { Sql } from '../database/sql';
import { isAcceptedDate } from '../graphql/scalars';
import { isWellFormedText } from '../graphql/text-input';
import { invalidCursor, type PageRequest } from './connection';

/**
 * One sort key of a keyset ordering: a column (chosen by code) and the type its cursor value has.
 * `integer` is a PostgreSQL `integer` (int4) column, `bigint` an int8 one.
 */
export interface SortKey {
  column: string;
  type: 'number' | 'date' | 'integer' | 'bigint' | 'string';
}

export interface KeysetOrdering {
  /** Sort keys, ending with the primary key as tie-break so every row has a unique position. */
  keys: SortKey[];
  direction: 'asc' | 'desc';
}

const INT4_MIN = -(2 ** 31);
const INT4_MAX = 2 ** 31 - 1;

/**
 * Whether a decoded cursor value can be compared with its column: anything else would make
 * PostgreSQL fail (out of range, impossible date, NUL) instead of answering INVALID_CURSOR.
 */
export function fits(value: string | number, type: SortKey['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX;
    case 'bigint':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'string':
      return typeof value === 'string' && isWellFormedText(value);
    case 'date':
      return isAcceptedDate(value);
  }
}

/**
 * SQL for keyset paging: the ORDER BY clause and the row-comparison condition that starts after
 * (or, backward, before) the cursor. All keys share one direction so a single row comparison,
 * which PostgreSQL can answer from a composite index, expresses the position.
 */
export function keysetSql(ordering: KeysetOrdering, page: PageRequest): { orderBy: string; where: Sql | null } {
  const reversed = page.backward;
  const ascending = (ordering.direction === 'asc') !== reversed;
  const orderBy = ordering.keys.map((key) => `${key.column} ${ascending ? 'asc' : 'desc'}`).join(', ');
  if (!page.cursor) return { orderBy, where: null };

  const { cursor } = page;
  if (cursor.length !== ordering.keys.length || !ordering.keys.every((key, i) => fits(cursor[i], key.type))) {
    invalidCursor(page);
  }
  const columns = ordering.keys.map((key) => key.column).join(', ');
  const casts = { date: '::date', number: '::float8', integer: '::int', bigint: '::int8', string: '::text' } as const;
  const placeholders = ordering.keys.map((key) => `?${casts[key.type]}`).join(', ');
  return { orderBy, where: new Sql(`(${columns}) ${ascending ? '>' : '<'} (${placeholders})`, cursor) };
}
