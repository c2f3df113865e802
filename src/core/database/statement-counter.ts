import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';

/** A statement as knex hands it to `pg`: positional SQL and its bindings. */
export interface SentStatement {
  sql: string;
  bindings: unknown[];
}

interface Scope {
  count: number;
  /** Milliseconds from sending each statement to its answer, summed. */
  ms: number;
  captured?: SentStatement[];
}

/** Statements sent and not yet answered, by knex's query id; bounded in case an answer never comes. */
const MAX_IN_FLIGHT = 10_000;

/**
 * Counts SQL statements per request (or per test block) without global state: the count
 * lives in an AsyncLocalStorage scope, so concurrent requests don't mix. Request logs and metrics
 * carry the figure (and the time spent waiting for the answers), tests assert it to catch N+1 queries, and the benchmark captures the statements
 * themselves to replay them in its baseline.
 */
class StatementCounter {
  private readonly storage = new AsyncLocalStorage<Scope>();
  private readonly inFlight = new Map<string, { scope: Scope; sent: number }>();

  attach(orm: MikroORM): void {
    const answered = (_response: unknown, query: { __knexQueryUid?: string }) => {
      const sent = query.__knexQueryUid === undefined ? undefined : this.inFlight.get(query.__knexQueryUid);
      if (!sent) return;
      this.inFlight.delete(query.__knexQueryUid!);
      sent.scope.ms += performance.now() - sent.sent;
    };
    orm.em
      .getConnection()
      .getKnex()
      .on('query', (query: { sql: string; bindings?: unknown[]; __knexQueryUid?: string }) => {
        const scope = this.storage.getStore();
        if (!scope) return;
        scope.count += 1;
        scope.captured?.push({ sql: query.sql, bindings: query.bindings ?? [] });
        if (query.__knexQueryUid === undefined) return;
        if (this.inFlight.size >= MAX_IN_FLIGHT) this.inFlight.clear();
        this.inFlight.set(query.__knexQueryUid, { scope, sent: performance.now() });
      })
      .on('query-response', answered)
      .on('query-error', answered);
  }

  /** Runs `fn` in a fresh counting scope and returns its result with the number of statements it sent. */
  async count<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; sqlMs: number }> {
    const scope: Scope = { count: 0, ms: 0 };
    const result = await this.storage.run(scope, fn);
    return { result, statements: scope.count, sqlMs: scope.ms };
  }

  /** Like `count`, but keeps the statements themselves. */
  async capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: SentStatement[] }> {
    const scope: Scope = { count: 0, ms: 0, captured: [] };
    const result = await this.storage.run(scope, fn);
    return { result, statements: scope.captured! };
  }
}

export const statementCounter = new StatementCounter();
