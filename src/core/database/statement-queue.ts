import type { ClientBase } from 'pg';

type Callback = (error: Error | null, result?: unknown) => void;
type Send = (...args: unknown[]) => unknown;

const QUEUED = Symbol('hub.statementQueue');

/**
 * Hands a pg connection one statement at a time.
 *
 * A signed-in request runs in one transaction, so every statement it sends goes over that one
 * connection, and several are often sent in the same tick: the DataLoaders of sibling fields
 * (a client's plan and manager, a measure's offer and a goal's measures), MikroORM's own loads and
 * flushes, the audit insert. pg used to queue them itself; since 8.16 it warns that calling
 * `client.query()` while the client is already executing a query is deprecated, and pg 9 makes it
 * an error. The queue sits under knex (wrapped on each connection as the pool creates it, see
 * `ormOptions`), so every statement on a connection passes it, whoever sent it, and a statement
 * goes to pg only once the one before has answered. PostgreSQL runs a connection's statements one
 * after another anyway, so nothing runs later than before; only pg's own queue is never used.
 *
 * Outside a transaction each statement takes a pooled connection of its own, and the queue is
 * never more than one deep.
 */
export function queueStatements<T extends ClientBase>(client: T): T {
  const target = client as unknown as { query: Send; [QUEUED]?: true };
  if (target[QUEUED]) return client;
  const send: Send = target.query.bind(client);
  const waiting: Array<() => void> = [];
  let busy = false;

  const next = () => {
    const run = waiting.shift();
    if (run) run();
    else busy = false;
  };
  /** Runs `start` now when the connection is idle, else after the statements before it. */
  const schedule = (start: (done: () => void) => void) => {
    const run = () => {
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        next();
      };
      try {
        start(done);
      } catch (error) {
        done();
        throw error;
      }
    };
    if (busy) waiting.push(run);
    else {
      busy = true;
      run();
    }
  };

  target.query = (...args: unknown[]) => {
    const [config] = args;
    if (config === null || config === undefined) return send(...args);

    // A Submittable (a cursor, a query stream): pg returns it and drives it itself; it is done at
    // its ready-for-query (or an error that ends it).
    if (typeof (config as { submit?: unknown }).submit === 'function') {
      const submittable = config as Record<'handleReadyForQuery' | 'handleError', (...parameters: unknown[]) => unknown>;
      schedule((done) => {
        for (const method of ['handleReadyForQuery', 'handleError'] as const) {
          const original = submittable[method];
          submittable[method] = function (this: unknown, ...parameters: unknown[]) {
            done();
            return original.apply(this, parameters);
          };
        }
        try {
          send(...args);
        } catch (error) {
          submittable.handleError(error);
        }
      });
      return config;
    }

    // The callback form, as knex sends statements: `query(config, callback)`,
    // `query(text, values, callback)` or a config with a `callback`.
    const position = args.findIndex((arg, index) => index > 0 && typeof arg === 'function');
    const inConfig = position === -1 && typeof config === 'object' && typeof (config as { callback?: unknown }).callback === 'function';
    if (position !== -1 || inConfig) {
      const callback = (position !== -1 ? args[position] : (config as { callback: Callback }).callback) as Callback;
      schedule((done) => {
        const answered: Callback = (error, result) => {
          done();
          callback(error, result);
        };
        const call = [...args];
        if (position !== -1) call[position] = answered;
        else call[0] = { ...(config as object), callback: answered };
        try {
          send(...call);
        } catch (error) {
          answered(error as Error);
        }
      });
      return undefined;
    }

    // The promise form: `await client.query(…)`.
    return new Promise((resolve, reject) => {
      schedule((done) => {
        let result: Promise<unknown>;
        try {
          result = Promise.resolve(send(...args));
        } catch (error) {
          result = Promise.reject(error as Error);
        }
        result.then(done, done);
        result.then(resolve, reject);
      });
    });
  };
  target[QUEUED] = true;
  return client;
}
