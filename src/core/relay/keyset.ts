import { Sql } from '../database/sql';
import { invalidCursor, type PageRequest } from './connection';

/** One sort key of a keyset ordering: a column (chosen by code) and the type its cursor value has. */
export interface SortKey {
  column: string;
  type: 'number' | 'date' | 'integer' | 'string';
}

export interface KeysetOrdering {
  /** Sort keys, ending with the primary key as tie-break so every row has a unique position. */
  keys: SortKey[];
  direction: 'asc' | 'desc';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fits(value: string | number, type: SortKey['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value);
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
  const casts = { date: '::date', number: '::float8', integer: '::int', string: '::text' } as const;
  const placeholders = ordering.keys.map((key) => `?${casts[key.type]}`).join(', ');
  return { orderBy, where: new Sql(`(${columns}) ${ascending ? '>' : '<'} (${placeholders})`, cursor) };
}
