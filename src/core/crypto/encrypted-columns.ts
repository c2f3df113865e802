import type { MetadataStorage } from '@mikro-orm/core';
import { EncryptedText } from './encrypted-text';
import type { KeyRing } from './key-ring';

export interface EncryptedColumn {
  table: string;
  column: string;
  /** What its values are bound to (see EncryptedText). */
  context: string;
}

/** Every column that holds ciphertext: the properties of type EncryptedText of the mapped entities. */
export function encryptedColumnsOf(metadata: MetadataStorage): EncryptedColumn[] {
  const columns: EncryptedColumn[] = [];
  for (const meta of Object.values(metadata.getAll())) {
    for (const prop of meta.props) {
      if (prop.customType instanceof EncryptedText) columns.push({ table: meta.tableName, column: prop.fieldNames[0], context: prop.customType.context });
    }
  }
  return columns.sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
}

/** Raw SQL with `?` placeholders, in the caller's transaction. */
export type ExecuteSql = (sql: string, params: unknown[]) => Promise<any[]>;

/**
 * Re-encrypts every value not written under the ring's current key, so the older keys can then
 * be dropped (`npm run keys:rotate`). Walks each table by id in batches, one UPDATE per batch;
 * returns how many values changed per `table.column`. Idempotent: a second run changes nothing.
 */
export async function reencryptColumns(execute: ExecuteSql, ring: KeyRing, columns: readonly EncryptedColumn[], batchSize = 500): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  // starts_with, not LIKE: `_`, allowed in key ids, is a LIKE wildcard.
  const currentPrefix = `v1:${ring.currentKeyId}:`;
  for (const { table, column, context } of columns) {
    let changed = 0;
    let lastId = 0;
    for (;;) {
      const rows: Array<{ id: number; value: string }> = await execute(
        `select "id", "${column}" as "value" from "${table}"
          where "id" > ? and "${column}" is not null and not starts_with("${column}", ?)
          order by "id" limit ?`,
        [lastId, currentPrefix, batchSize],
      );
      if (rows.length === 0) break;
      const batch = rows.map(({ id, value }) => {
        try {
          return { id, stored: value, reencrypted: ring.encrypt(ring.decrypt(value, context), context) };
        } catch (error) {
          throw new Error(`${table}.${column} of row ${id}: ${(error as Error).message}`);
        }
      });
      // MikroORM inlines parameters and spreads arrays into lists, so the batch travels as one JSON
      // text. Matching the old value too leaves alone a row the API rewrote in the meantime.
      const updated = await execute(
        `update "${table}" as t set "${column}" = v.reencrypted
          from json_to_recordset(?::json) as v(id int, stored text, reencrypted text)
          where t."id" = v.id and t."${column}" = v.stored
          returning t."id"`,
        [JSON.stringify(batch)],
      );
      changed += updated.length;
      lastId = rows[rows.length - 1].id;
      if (rows.length < batchSize) break;
    }
    counts[`${table}.${column}`] = changed;
  }
  return counts;
}
