import { Client } from 'pg';
import { queueStatements } from '../../src/core/database/statement-queue';
import { CaseloadPlansDocument, ClientDocument } from '../generated/graphql';
import { createCase } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * pg 8.16+ warns "Calling client.query() when the client is already executing a query is
 * deprecated" (pg 9: an error) when a connection is handed a statement while another runs. A
 * signed-in request runs all its statements on its transaction's one connection, and its loaders
 * fire in the same tick; the statement queue under knex must keep pg from ever seeing that.
 *
 * pg warns only once per module instance (Jest loads modules per file), so besides the warning
 * this file counts, under the queue, the statements each pg connection holds at once.
 */
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
const pgQueueWarnings = () => warnings.filter((warning) => /already executing a query/.test(warning.message));
/** Warnings are emitted on the next tick. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** Statements each connection holds in pg itself (executing or waiting in pg's own queue). */
const inPg = new WeakMap<object, number>();
let mostInPg = 0;
// Installed before any connection exists: the queue wraps each connection's `query`, this one.
const pgQuery = Client.prototype.query as (...args: unknown[]) => unknown;
(Client.prototype as unknown as { query: unknown }).query = function (this: Client, ...args: unknown[]) {
  const held = (inPg.get(this) ?? 0) + 1;
  inPg.set(this, held);
  mostInPg = Math.max(mostInPg, held);
  const answered = () => inPg.set(this, (inPg.get(this) ?? 1) - 1);
  const callback = args.findIndex((arg) => typeof arg === 'function');
  if (callback !== -1) {
    const answer = args[callback] as (...results: unknown[]) => void;
    args[callback] = (...results: unknown[]) => {
      answered();
      answer(...results);
    };
    return pgQuery.apply(this, args);
  }
  const result = pgQuery.apply(this, args) as Promise<unknown>;
  result.then(answered, answered);
  return result;
};
afterAll(() => {
  (Client.prototype as unknown as { query: unknown }).query = pgQuery;
});

let hub: TestHub;
let tenants: Tenants;
let clientIds: string[];

beforeAll(async () => {
  process.on('warning', onWarning);
  hub = await createTestHub();
  tenants = await createTenants(hub);
  clientIds = [];
  for (let i = 0; i < 3; i += 1) clientIds.push((await createCase(hub, tenants, 'A', tenants.viewers.managerA)).client);
});
afterAll(async () => {
  process.off('warning', onWarning);
  await hub.close();
});

it('sends a nested caseload read (plans, goals, measures, offers, providers) one statement at a time on its transaction', async () => {
  mostInPg = 0;
  const result = await hub.execute(CaseloadPlansDocument, { first: 50 }, tenants.viewers.coordinatorA);
  expect(result.errors).toBeUndefined();
  const measures = result.data!.caseload.edges.flatMap((edge) => edge.node.plan.goals.flatMap((goal) => goal.measures));
  expect(measures.length).toBeGreaterThanOrEqual(3);
  expect(measures.every((measure) => measure.offer?.provider.name)).toBe(true);
  // Sibling root fields: their loaders run in the same tick on the one transaction connection.
  const siblings = await hub.run(
    `query ($a: ID!, $b: ID!, $c: ID!) { a: client(id: $a) { id familyName plan { goals { measures { offer { title provider { name } } } } } }
       b: client(id: $b) { id familyName } c: client(id: $c) { id familyName } }`,
    { a: clientIds[0], b: clientIds[1], c: clientIds[2] },
    tenants.viewers.managerA,
  );
  expect(siblings.errors).toBeUndefined();
  expect(Object.values(siblings.data!).every(Boolean)).toBe(true);
  const single = await hub.execute(ClientDocument, { id: clientIds[0] }, tenants.viewers.managerA);
  expect(single.errors).toBeUndefined();
  expect(mostInPg).toBe(1);
  await settled();
  expect(pgQueueWarnings()).toEqual([]);
});

describe('queueStatements', () => {
  let client: Client;

  beforeAll(async () => {
    client = queueStatements(new Client({ connectionString: hub.appUrl }));
    await client.connect();
  });
  afterAll(() => client.end());

  it('hands pg one statement at a time, in the order sent, whichever form they take', async () => {
    mostInPg = 0;
    const order: number[] = [];
    const viaCallback = (n: number) =>
      new Promise<number>((resolve, reject) =>
        client.query('select $1::int as n, pg_sleep(0.01)', [n], (error: Error | null, result: { rows: Array<{ n: number }> }) => {
          if (error) return reject(error);
          order.push(result.rows[0].n);
          resolve(result.rows[0].n);
        }),
      );
    const viaPromise = (n: number) =>
      client.query<{ n: number }>('select $1::int as n', [n]).then((result) => {
        order.push(result.rows[0].n);
        return result.rows[0].n;
      });
    const failing = client.query('select 1/0').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    const answers = await Promise.all([viaCallback(1), viaPromise(2), viaCallback(3), failing, viaPromise(4), viaCallback(5)]);
    expect(answers).toEqual([1, 2, 3, 'division by zero', 4, 5]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(mostInPg).toBe(1);
    await settled();
    expect(pgQueueWarnings()).toEqual([]);
  });
});
