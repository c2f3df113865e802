import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts SQL statements per request (or per test block) without global state:
 * the count lives in an AsyncLocalStorage scope, so concurrent requests don't mix.
 * Request logs carry the figure, and tests assert it to catch N+1 queries.
 */
class StatementCounter {
  private readonly storage = new AsyncLocalStorage<{ count: number }>();

  attach(orm: MikroORM): void {
    orm.em.getConnection().getKnex().on('query', () => {
      const scope = this.storage.getStore();
      if (scope) scope.count += 1;
    });
  }

  /** Runs `fn` in a fresh counting scope and returns its result with the number of statements it sent. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const scope = { count: 0 };
    const result = await this.storage.run(scope, fn);
    return { result, statements: scope.count };
  }

  /** Opens a counting scope for the rest of the current async flow (used per request). */
  enter(): { readonly count: number } {
    const scope = { count: 0 };
    this.storage.enterWith(scope);
    return scope;
  }
}

export const statementCounter = new StatementCounter();
