import { randomUUID } from 'node:crypto';
import { principalOf, PostgresRateLimiter, type Principal } from '../../src/core/rate-limit/rate-limiter';
import type { Config } from '../../src/core/config';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type GraphQLResult, type TestHub } from '../support/test-hub';
import { startTestHttp } from '../support/test-http';
import { ANONYMOUS } from '../../src/core/auth/viewer';

/** Small budgets that refill slowly, so a few requests use them up within a test. */
const RATES: Config['rateLimit'] = { enabled: true, points: 200, refillPerSecond: 1, anonymousPoints: 100, anonymousRefillPerSecond: 1 };

/** 1 (connection) + 30 × (node + provider) = 61 points requested, and as many actual. */
const OFFERS = 'query Offers { offers(first: 30) { nodes { title provider { name } } } }';
const OFFERS_COST = 61;

let hub: TestHub;
let tenants: Tenants;
/** A second limiter on the same database: what another API process holds. */
let otherProcess: PostgresRateLimiter;

beforeAll(async () => {
  hub = await createTestHub({ rateLimiter: (appUrl) => new PostgresRateLimiter(appUrl, RATES) });
  tenants = await createTenants(hub);
  otherProcess = new PostgresRateLimiter(hub.appUrl, RATES);
});

afterAll(async () => {
  await otherProcess?.close();
  await hub?.close();
});

const throttle = (result: GraphQLResult<unknown>) =>
  (result.extensions?.cost ?? result.errors?.[0]?.extensions?.cost) as { throttleStatus: { currentlyAvailable: number; maximumAvailable: number; restoreRate: number } };

describe('cost budgets per principal', () => {
  it('charges each request its cost, answers 429 with Retry-After once the budget is spent, and leaves others alone', async () => {
    const { managerA, managerB } = tenants.viewers;
    const first = await hub.run(OFFERS, {}, managerA);
    expect(first.errors ?? []).toEqual([]);
    expect(throttle(first).throttleStatus).toMatchObject({ maximumAvailable: 200, restoreRate: 1 });
    // Refill is 1 point a second: allow a few points of refill while the test runs.
    expect(throttle(first).throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(200 - OFFERS_COST);
    expect(throttle(first).throttleStatus.currentlyAvailable).toBeLessThan(200 - OFFERS_COST + 5);
    expect(first.http.headers.get('ratelimit-limit')).toBe('200');
    expect(Number(first.http.headers.get('ratelimit-remaining'))).toBe(throttle(first).throttleStatus.currentlyAvailable);

    await hub.run(OFFERS, {}, managerA);
    await hub.run(OFFERS, {}, managerA);
    const refused = await hub.run(OFFERS, {}, managerA);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.data ?? null).toBeNull();
    expect(refused.statements).toBe(0);
    expect(refused.http.status).toBe(429);
    const retryAfter = Number(refused.http.headers.get('retry-after'));
    // 200 − 3 × 61 = 17 points left (plus refill); 61 needed at 1 point a second.
    expect(retryAfter).toBeGreaterThan(30);
    expect(retryAfter).toBeLessThanOrEqual(OFFERS_COST - 17);

    const other = await hub.run(OFFERS, {}, managerB);
    expect(other.errors ?? []).toEqual([]);
  });

  it('refunds what a request was charged beyond its actual cost', async () => {
    const { coordinatorA } = tenants.viewers;
    // Requested: 1 + 100 × 2; actual: the 1,500 offers of the test catalogue fill the page, but a
    // search for a word no offer holds returns none: 1 object.
    const empty = 'query Empty { offers(first: 90, filter: { text: "Zzyzxquorpel" }) { nodes { title provider { name } } } }';
    const result = await hub.run(empty, {}, coordinatorA);
    expect(result.errors ?? []).toEqual([]);
    const cost = result.extensions?.cost as { requestedQueryCost: number; actualQueryCost: number };
    expect(cost.requestedQueryCost).toBe(181);
    expect(cost.actualQueryCost).toBe(1);
    // Charged 181 up front, given back all but the 5 points every request costs at least.
    expect(throttle(result).throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(195);
    expect(throttle(result).throttleStatus.currentlyAvailable).toBeLessThan(200);
    // The refund is not awaited by the response: the next charge sees it once it landed.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const budget = await otherProcess.charge(principalOf(coordinatorA, ''), 1);
    expect(budget.budget.remaining).toBeGreaterThanOrEqual(194);
  });

  it('shares one budget across API processes', async () => {
    const { coordinatorB } = tenants.viewers;
    const taken = await otherProcess.charge(principalOf(coordinatorB, ''), 190);
    expect(taken.granted).toBe(true);
    const refused = await hub.run(OFFERS, {}, coordinatorB);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('keeps one budget per anonymous client address, smaller than a signed-in one', async () => {
    const search = 'query Offers { offers(first: 40) { nodes { title provider { name } } } }';
    expect((await hub.run(search, {}, undefined, { clientAddress: '192.0.2.1' })).errors ?? []).toEqual([]);
    const spent = await hub.run(search, {}, undefined, { clientAddress: '192.0.2.1' });
    expect(spent.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(spent.http.status).toBe(429);
    expect(spent.data ?? null).toBeNull();
    // A public read runs while it is charged: the first refusal has run its search, the next
    // ones are refused by the process before they run.
    expect(spent.statements).toBe(1);
    const again = await hub.run(search, {}, undefined, { clientAddress: '192.0.2.1' });
    expect(again.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(again.statements).toBe(0);
    expect((await hub.run(search, {}, undefined, { clientAddress: '192.0.2.2' })).errors ?? []).toEqual([]);
  });

  it('refuses a request that costs more than the whole budget as too costly, not as "retry later"', async () => {
    const tooBig = 'query Offers { offers(first: 100) { nodes { title provider { name } } } }';
    const refused = await hub.run(tooBig, {}, undefined, { clientAddress: '192.0.2.3' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maximum: 100, found: 201 });
  });

  it('charges every request at least a few points, so a flood of free ones runs dry too', async () => {
    const free = '{ __typename }';
    let answered = 0;
    let refused: GraphQLResult<unknown> | undefined;
    // 100 points at 5 a request: about 20 requests (plus the refill while they run).
    for (let i = 0; i < 40 && !refused; i++) {
      const result = await hub.run(free, {}, undefined, { clientAddress: '192.0.2.4' });
      if (result.errors?.[0]?.extensions?.code === 'RATE_LIMITED') refused = result;
      else answered++;
    }
    expect(refused).toBeDefined();
    expect(answered).toBeGreaterThanOrEqual(20);
    expect(answered).toBeLessThan(30);
  });

  it('charges refused documents over HTTP too, then answers 429 before parsing anything', async () => {
    const http = await startTestHttp(hub, { authenticate: async () => ANONYMOUS, config: { introspection: true }, rateLimiter: hub.rateLimiter });
    const url = `${http.url}/graphql`;
    try {
      const statuses: number[] = [];
      // 100 points at 50 a refused document: two are charged, the third finds the budget empty
      // (it is answered for its own fault), and from then on the sender is refused unparsed.
      for (let i = 0; i < 5; i++) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
          // Answered early, but like any other answer: its request id and the security headers.
          expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('RATE_LIMITED');
        } else {
          await response.arrayBuffer();
        }
        // The charge for a refusal is not awaited by its answer.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
    } finally {
      await http.close();
    }
  });

  it('stores no principal in the clear', async () => {
    const rows = await hub.sql<{ principal: Buffer }>('select principal from rate_limit_bucket');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.principal.toString('utf8')).not.toMatch(/user:|address:|192\.0\.2/);
  });
});

describe('refunds wait briefly for the next charge', () => {
  /** A principal no other test charges. */
  const fresh = (): Principal => ({ key: `test:${randomUUID()}`, anonymous: false });
  /** What another process reads of the shared budget (it takes 1 point to read it). */
  const seenElsewhere = async (principal: Principal) => (await otherProcess.charge(principal, 1)).budget.remaining;

  it("travel with the principal's next charge in one statement", async () => {
    // A delay longer than the test: only the charge can carry the refund to the database.
    const limiter = new PostgresRateLimiter(hub.appUrl, RATES, 60_000);
    try {
      const principal = fresh();
      expect((await limiter.charge(principal, 100)).budget.remaining).toBeCloseTo(100, -1);
      const refunded = limiter.refund(principal, 60);
      // Not written yet: elsewhere the budget is still 100 lower (less the point it takes to look).
      const before = await seenElsewhere(principal);
      expect(before).toBeGreaterThanOrEqual(99);
      expect(before).toBeLessThan(104);
      // 99 + 60 − 10, and a few points of refill.
      const after = (await limiter.charge(principal, 10)).budget.remaining;
      expect(after).toBeGreaterThanOrEqual(149);
      expect(after).toBeLessThan(154);
      await refunded;
      expect(await seenElsewhere(principal)).toBeGreaterThanOrEqual(148);
    } finally {
      await limiter.close();
    }
  });

  it('are written on their own, for every principal in one statement, when no charge follows', async () => {
    const limiter = new PostgresRateLimiter(hub.appUrl, RATES, 50);
    try {
      const [first, second] = [fresh(), fresh()];
      await limiter.charge(first, 150);
      await limiter.charge(second, 120);
      await Promise.all([limiter.refund(first, 100), limiter.refund(second, 20), limiter.refund(first, 30)]);
      // 50 + 130 and 80 + 20, less the point it takes to look, plus a little refill.
      const [left, right] = [await seenElsewhere(first), await seenElsewhere(second)];
      expect(left).toBeGreaterThanOrEqual(179);
      expect(left).toBeLessThan(184);
      expect(right).toBeGreaterThanOrEqual(99);
      expect(right).toBeLessThan(104);
    } finally {
      await limiter.close();
    }
  });

  it('are kept when the next charge is refused, count towards what is left, and never raise a budget past its limit', async () => {
    const limiter = new PostgresRateLimiter(hub.appUrl, RATES, 60_000);
    const [principal, generous] = [fresh(), fresh()];
    try {
      await limiter.charge(principal, 190);
      void limiter.refund(principal, 50);
      const refused = await limiter.charge(principal, 100);
      expect(refused.granted).toBe(false);
      // 10 left and 50 on their way: 60, which the refusal reports and its Retry-After counts from.
      expect(refused.budget.remaining).toBeGreaterThanOrEqual(60);
      expect(refused.budget.remaining).toBeLessThan(65);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(40);
      expect(refused.retryAfterSeconds).toBeGreaterThan(30);
      await limiter.charge(generous, 20);
      void limiter.refund(generous, 500);
    } finally {
      // Closing writes what still waits.
      await limiter.close();
    }
    const left = await seenElsewhere(principal);
    expect(left).toBeGreaterThanOrEqual(59);
    expect(left).toBeLessThan(64);
    expect(await seenElsewhere(generous)).toBe(199);
  });
});
