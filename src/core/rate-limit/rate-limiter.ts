import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { Config } from '../config';
import type { Viewer } from '../auth/viewer';

/** Who a budget belongs to: an API key, a person, or an anonymous client address. */
export interface Principal {
  key: string;
  anonymous: boolean;
}

export function principalOf(viewer: Viewer, clientAddress: string): Principal {
  switch (viewer.kind) {
    case 'user':
      return { key: `user:${viewer.userId}`, anonymous: false };
    case 'integration':
      return { key: `key:${viewer.apiKeyId}`, anonymous: false };
    case 'anonymous':
      return { key: `address:${clientAddress}`, anonymous: true };
  }
}

export interface Budget {
  /** The most points the principal can hold. */
  limit: number;
  remaining: number;
  refillPerSecond: number;
}

export interface Charge {
  granted: boolean;
  budget: Budget;
  /** Seconds until the refused cost fits the budget again; 0 when granted. */
  retryAfterSeconds: number;
}

/** A cost budget per principal that refills over time (a token bucket). */
export interface RateLimiter {
  /** The size of a principal's budget: a request may never cost more. */
  limitOf(principal: Principal): number;
  /** Takes `cost` points if the budget holds them; otherwise takes nothing. */
  charge(principal: Principal, cost: number): Promise<Charge>;
  /** A refusal this process remembers and that still holds: answered without SQL or parsing. */
  refusalOf(principal: Principal): Charge | null;
  /**
   * Gives back what a request was charged beyond its actual cost. Settles once the points are in
   * the shared budget (soon, not at once: see PostgresRateLimiter); rejects if they were lost.
   */
  refund(principal: Principal, points: number): Promise<void>;
  close(): Promise<void>;
}

type Rates = Config['rateLimit'];

/** Refusals remembered in the process, so a client over budget costs no SQL until it may retry. */
const REFUSALS_KEPT = 10_000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** How long a refund may wait for its principal's next charge to carry it before it is written alone. */
const REFUND_DELAY_MS = 100;

/** Points to give back to one principal, and the callers waiting until they are written. */
interface PendingRefund {
  principal: Principal;
  points: number;
  settled: Array<{ resolve: () => void; reject: (error: unknown) => void }>;
}

/**
 * Budgets in PostgreSQL, so every API process draws on the same one: one UPSERT per request
 * takes the points atomically (row lock on the principal's bucket), with the database clock, so
 * processes need not agree on time. Its own small pool: a request that holds a transaction
 * connection must never wait for the main pool to charge its budget.
 *
 * Refunds wait up to `refundDelayMs` in the process: the principal's next charge carries them in
 * its own UPSERT (refund, then charge: the same arithmetic as two statements), and whatever is
 * left is written for all principals in one UPDATE. A busy client thus costs one budget statement
 * per request, not two. Meanwhile other processes see that budget lower by the pending refund,
 * never higher: the delay can refuse a little early there, never grant too much.
 */
export class PostgresRateLimiter implements RateLimiter {
  private readonly pool: Pool;
  private readonly refusedUntil = new Map<string, { until: number; budget: Budget }>();
  private readonly pendingRefunds = new Map<string, PendingRefund>();
  private refundTimer: NodeJS.Timeout | undefined;
  private lastSweep = Date.now();

  constructor(
    connectionString: string,
    private readonly rates: Rates,
    private readonly refundDelayMs = REFUND_DELAY_MS,
  ) {
    this.pool = new Pool({ connectionString, max: 2, statement_timeout: 2_000, idleTimeoutMillis: 30_000 });
    // An idle connection that breaks must not take the process down; the next charge reconnects.
    this.pool.on('error', () => undefined);
  }

  limitOf(principal: Principal): number {
    return this.ratesOf(principal).points;
  }

  refusalOf(principal: Principal): Charge | null {
    const refused = this.refusedUntil.get(principal.key);
    if (!refused) return null;
    if (refused.until <= Date.now()) {
      this.refusedUntil.delete(principal.key);
      return null;
    }
    return { granted: false, budget: refused.budget, retryAfterSeconds: Math.ceil((refused.until - Date.now()) / 1000) };
  }

  async charge(principal: Principal, cost: number): Promise<Charge> {
    const { points, refillPerSecond } = this.ratesOf(principal);
    const refused = this.refusalOf(principal);
    if (refused) return refused;
    this.sweepIdleRows();
    const digest = digestOf(principal);
    // This principal's refund waiting in the process travels with the charge.
    const carried = this.pendingRefunds.get(principal.key);
    this.pendingRefunds.delete(principal.key);
    const refund = carried?.points ?? 0;
    // Refill by the time since the last charge, give back the refund, then take the cost only if it fits.
    const refilled = 'least($2::float8, b.points + extract(epoch from clock_timestamp() - b.updated_at) * $3::float8)';
    const available = `least($2::float8, ${refilled} + $5::float8)`;
    let taken;
    try {
      taken = await this.pool.query<{ points: number }>(
        `insert into rate_limit_bucket as b (principal, points, updated_at) values ($1, $2::float8 - $4::float8, clock_timestamp())
         on conflict (principal) do update set points = ${available} - $4::float8, updated_at = clock_timestamp()
         where ${available} >= $4::float8
         returning points`,
        [digest, points, refillPerSecond, cost, refund],
      );
    } catch (error) {
      if (carried) this.keepPending(carried);
      throw error;
    }
    if (taken.rows.length > 0) {
      for (const waiting of carried?.settled ?? []) waiting.resolve();
      return { granted: true, budget: { limit: points, remaining: Math.max(0, taken.rows[0].points), refillPerSecond }, retryAfterSeconds: 0 };
    }
    // Refused: nothing was written, so the refund still waits (and counts towards what is left).
    if (carried) this.keepPending(carried);
    const current = await this.pool.query<{ points: number }>(
      `select ${refilled} as points from rate_limit_bucket b where principal = $1`,
      [digest, points, refillPerSecond],
    );
    const remaining = Math.min(points, Math.max(0, current.rows[0]?.points ?? 0) + refund);
    const retryAfterSeconds = Math.max(1, Math.ceil((cost - remaining) / refillPerSecond));
    const budget = { limit: points, remaining, refillPerSecond };
    if (this.refusedUntil.size >= REFUSALS_KEPT) this.refusedUntil.clear();
    this.refusedUntil.set(principal.key, { until: Date.now() + retryAfterSeconds * 1000, budget });
    return { granted: false, budget, retryAfterSeconds };
  }

  refund(principal: Principal, points: number): Promise<void> {
    if (!(points > 0)) return Promise.resolve();
    return new Promise((resolve, reject) => this.keepPending({ principal, points, settled: [{ resolve, reject }] }));
  }

  /** Adds to what waits for `principal`, and makes sure a write follows within the delay. */
  private keepPending(refund: PendingRefund): void {
    const known = this.pendingRefunds.get(refund.principal.key);
    if (known) {
      known.points += refund.points;
      known.settled.push(...refund.settled);
    } else this.pendingRefunds.set(refund.principal.key, refund);
    this.refundTimer ??= setTimeout(() => {
      this.refundTimer = undefined;
      void this.writeRefunds();
    }, this.refundDelayMs).unref();
  }

  /** Every refund still waiting, in one statement. */
  private async writeRefunds(): Promise<void> {
    const refunds = [...this.pendingRefunds.values()];
    this.pendingRefunds.clear();
    if (refunds.length === 0) return;
    try {
      await this.pool.query(
        `update rate_limit_bucket b set points = least(r.limit_points, b.points + r.refund)
         from unnest($1::bytea[], $2::float8[], $3::float8[]) as r(principal, limit_points, refund)
         where b.principal = r.principal`,
        [refunds.map((refund) => digestOf(refund.principal)), refunds.map((refund) => this.ratesOf(refund.principal).points), refunds.map((refund) => refund.points)],
      );
      for (const refund of refunds) for (const waiting of refund.settled) waiting.resolve();
    } catch (error) {
      for (const refund of refunds) for (const waiting of refund.settled) waiting.reject(error);
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.refundTimer);
    this.refundTimer = undefined;
    await this.writeRefunds();
    await this.pool.end();
  }

  private ratesOf(principal: Principal): { points: number; refillPerSecond: number } {
    return principal.anonymous
      ? { points: this.rates.anonymousPoints, refillPerSecond: this.rates.anonymousRefillPerSecond }
      : { points: this.rates.points, refillPerSecond: this.rates.refillPerSecond };
  }

  /** A full bucket and a missing one mean the same, so rows idle long enough to be full (an hour at least) go. */
  private sweepIdleRows(): void {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    const { points, refillPerSecond, anonymousPoints, anonymousRefillPerSecond } = this.rates;
    const idleSeconds = Math.max(3600, points / refillPerSecond, anonymousPoints / anonymousRefillPerSecond);
    this.pool
      .query('delete from rate_limit_bucket where updated_at < clock_timestamp() - make_interval(secs => $1)', [idleSeconds])
      .catch(() => undefined);
  }
}

/** The IETF draft's RateLimit fields: the budget, what is left, and seconds until it is full again. */
export function rateLimitHeaders(budget: Budget): Record<string, string> {
  return {
    'ratelimit-limit': String(budget.limit),
    'ratelimit-remaining': String(Math.floor(budget.remaining)),
    'ratelimit-reset': String(Math.ceil((budget.limit - budget.remaining) / budget.refillPerSecond)),
  };
}

/** What a document refused before execution takes from its sender's budget: parsing and validating it was work. */
export const REFUSED_DOCUMENT_CHARGE = 50;

function digestOf(principal: Principal): Buffer {
  return createHash('sha256').update(principal.key).digest();
}
