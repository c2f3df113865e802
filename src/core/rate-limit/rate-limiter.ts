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
  /** Gives back what a request was charged beyond its actual cost; the budget it leaves. */
  refund(principal: Principal, points: number): Promise<Budget>;
  close(): Promise<void>;
}

type Rates = Config['rateLimit'];

/** Refusals remembered in the process, so a client over budget costs no SQL until it may retry. */
const REFUSALS_KEPT = 10_000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/**
 * Budgets in PostgreSQL, so every API process draws on the same one: one UPSERT per request
 * takes the points atomically (row lock on the principal's bucket), with the database clock, so
 * processes need not agree on time. Its own small pool: a request that holds a transaction
 * connection must never wait for the main pool to charge its budget.
 */
export class PostgresRateLimiter implements RateLimiter {
  private readonly pool: Pool;
  private readonly refusedUntil = new Map<string, { until: number; budget: Budget }>();
  private lastSweep = Date.now();

  constructor(
    connectionString: string,
    private readonly rates: Rates,
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
    // Refill by the time since the last charge, then take the cost only if it fits.
    const refilled = 'least($2::float8, b.points + extract(epoch from clock_timestamp() - b.updated_at) * $3::float8)';
    const taken = await this.pool.query<{ points: number }>(
      `insert into rate_limit_bucket as b (principal, points, updated_at) values ($1, $2::float8 - $4::float8, clock_timestamp())
       on conflict (principal) do update set points = ${refilled} - $4::float8, updated_at = clock_timestamp()
       where ${refilled} >= $4::float8
       returning points`,
      [digest, points, refillPerSecond, cost],
    );
    if (taken.rows.length > 0) {
      return { granted: true, budget: { limit: points, remaining: Math.max(0, taken.rows[0].points), refillPerSecond }, retryAfterSeconds: 0 };
    }
    const current = await this.pool.query<{ points: number }>(
      `select ${refilled} as points from rate_limit_bucket b where principal = $1`,
      [digest, points, refillPerSecond],
    );
    const remaining = Math.max(0, current.rows[0]?.points ?? 0);
    const retryAfterSeconds = Math.max(1, Math.ceil((cost - remaining) / refillPerSecond));
    const budget = { limit: points, remaining, refillPerSecond };
    if (this.refusedUntil.size >= REFUSALS_KEPT) this.refusedUntil.clear();
    this.refusedUntil.set(principal.key, { until: Date.now() + retryAfterSeconds * 1000, budget });
    return { granted: false, budget, retryAfterSeconds };
  }

  async refund(principal: Principal, refund: number): Promise<Budget> {
    const { points, refillPerSecond } = this.ratesOf(principal);
    const result = await this.pool.query<{ points: number }>(
      'update rate_limit_bucket set points = least($2::float8, points + $3::float8) where principal = $1 returning points',
      [digestOf(principal), points, Math.max(0, refund)],
    );
    return { limit: points, remaining: Math.max(0, result.rows[0]?.points ?? points), refillPerSecond };
  }

  async close(): Promise<void> {
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
