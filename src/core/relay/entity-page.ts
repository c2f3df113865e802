import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeCursor, invalidCursor, type PageRequest } from './connection';
import { fits, type SortKey } from './keyset';

export interface EntityOrdering<T> {
  /** Entity properties to sort by; the last must be the primary key. */
  keys: Array<{ property: keyof T & string; type: SortKey['type'] }>;
  direction: 'asc' | 'desc';
}

/**
 * Keyset paging for plain entity lists through MikroORM: the cursor position becomes
 * `(k1 > v1) or (k1 = v1 and k2 > v2) …`, which MikroORM renders as ordinary SQL.
 * Fetches `limit + 1` rows so `buildConnection` can tell whether another page exists.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  ordering: EntityOrdering<T>,
  page: PageRequest,
): Promise<{ rows: T[]; cursorOf: (row: T) => string }> {
  const ascending = (ordering.direction === 'asc') !== page.backward;
  const conditions: FilterQuery<T>[] = [where];
  if (page.cursor) {
    const cursor = page.cursor;
    if (cursor.length !== ordering.keys.length || !ordering.keys.every((key, i) => fits(cursor[i], key.type))) {
      invalidCursor(page);
    }
    const after = ordering.keys.map((key, i) => ({
      ...Object.fromEntries(ordering.keys.slice(0, i).map((prior, j) => [prior.property, cursor[j]])),
      [key.property]: { [ascending ? '$gt' : '$lt']: cursor[i] },
    }));
    conditions.push({ $or: after } as FilterQuery<T>);
  }
  const rows = await em.find(entity, { $and: conditions } as FilterQuery<T>, {
    orderBy: ordering.keys.map((key) => ({ [key.property]: ascending ? 'asc' : 'desc' })) as never,
    limit: page.limit + 1,
  });
  const cursorOf = (row: T) => encodeCursor(ordering.keys.map((key) => row[key.property] as string | number));
  return { rows, cursorOf };
}
