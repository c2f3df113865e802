import { APP_ROLE } from '../../src/core/database/app-role';
import type { TestHub } from './test-hub';

/** Per table: its row count and an MD5 over its rows, as the owner sees them. */
export type DatabaseSnapshot = Record<string, string>;

/**
 * Every row of every table a request could change, hashed: a refused request must leave the
 * snapshot as it was, so a write that got halfway shows as a changed table. Requests run as the
 * app role, so that is every column the role may write (and the keys of their rows); tables it
 * may only read are left out (database-guards.test.ts pins those grants), as are generated columns.
 */
export async function snapshotDatabase(hub: TestHub, options: { except?: string[] } = {}): Promise<DatabaseSnapshot> {
  if (!writable.has(hub)) writable.set(hub, writableColumns(hub));
  const chosen = (await writable.get(hub)!).filter((table) => !options.except?.includes(table.name));
  // Rows as their text, sorted by it: independent of physical order and of whether a table has an id.
  const [row] = await hub.sql<DatabaseSnapshot>(
    `select ${chosen
      .map(({ name, columns }) => `(select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') from (select ${columns} from "${name}") t) as "${name}"`)
      .join(', ')}`,
  );
  return row;
}

/** The schema does not change while a file runs: its writable columns are read once per hub. */
const writable = new WeakMap<TestHub, Promise<Array<{ name: string; columns: string }>>>();

function writableColumns(hub: TestHub): Promise<Array<{ name: string; columns: string }>> {
  return hub.sql<{ name: string; columns: string }>(
    `select c.relname as name, string_agg(quote_ident(a.attname), ', ' order by a.attnum) as columns
     from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       and (has_table_privilege(?, c.oid, 'INSERT, DELETE') or has_column_privilege(?, c.oid, a.attnum, 'UPDATE')
            or a.attnum = any((select x.indkey from pg_index x where x.indrelid = c.oid and x.indisprimary)::int2[]))
     group by c.relname
     having bool_or(has_table_privilege(?, c.oid, 'INSERT, DELETE') or has_column_privilege(?, c.oid, a.attnum, 'UPDATE'))
     order by c.relname`,
    [APP_ROLE, APP_ROLE, APP_ROLE, APP_ROLE],
  );
}
