import type { Knex } from '@mikro-orm/postgresql';

/**
 * Runs `load` with the foreign keys of `tables` dropped, then adds them back under their own names
 * and definitions, which validates every row in one join per key. A bulk load's per-row checks
 * are three quarters of its time (one trigger call per row and key); PostgreSQL's own restore
 * does the same. Only for the schema owner inside a transaction: a failure anywhere rolls the
 * keys back with the rows. The tables and those they reference stay locked until commit.
 */
export async function withForeignKeysSuspended<T>(trx: Knex.Transaction, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const result = await trx.raw(
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
     from pg_constraint where contype = 'f' and conrelid = any(?::regclass[]) order by conrelid::regclass::text, conname`,
    [`{${tables.map((table) => `"${table}"`).join(',')}}`],
  );
  const keys = result.rows as Array<{ table: string; name: string; definition: string }>;
  for (const key of keys) await trx.raw(`alter table ${key.table} drop constraint "${key.name}"`);
  const loaded = await load();
  for (const key of keys) await trx.raw(`alter table ${key.table} add constraint "${key.name}" ${key.definition}`);
  return loaded;
}
