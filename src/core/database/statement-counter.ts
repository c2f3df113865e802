import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/** A statement as knex hands it to `pg`: positional SQL and its bindings. */
export interface SentStatement {
  sql: string;
  bindings: unknown[];
}

interface Scope {
  count: number;
  captured?: SentStatement[];
}

/**
 * Counts SQL statements per request (or per test block) without global state: the count
 * lives in an AsyncLocalStorage scope, so concurrent requests don't mix. Request logs carry
 * the figure, tests assert it to catch N+1 queries, and the benchmark captures the statements
 * themselves to replay them in its baseline.
 */
class StatementCounter {
  private readonly storage = new AsyncLocalStorage<Scope>();

  attach(orm: MikroORM): void {
    orm.em
      .getConnection()
      .getKnex()
      .on('query', (query: { sql: string; bindings?: unknown[] }) => {
        const scope = this.storage.getStore();
        if (!scope) return;
        scope.count += 1;
        scope.captured?.push({ sql: query.sql, bindings: query.bindings ?? [] });
      });
  }

  /** Runs `fn` in a fresh counting scope and returns its result with the number of statements it sent. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const scope: Scope = { count: 0 };
    const result = await this.storage.run(scope, fn);
    return { result, statements: scope.count };
  }

  /** Like `count`, but keeps the statements themselves. */
  async capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: SentStatement[] }> {
    const scope: Scope = { count: 0, captured: [] };
    const result = await this.storage.run(scope, fn);
    return { result, statements: scope.captured! };
  }
}

export const statementCounter = new StatementCounter();
