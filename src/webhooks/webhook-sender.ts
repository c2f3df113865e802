import type { MikroORM } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import { withSettings } from '../core/database/tenant-settings';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { postWebhook, type AttemptAnswer } from './webhook-http';
import { inWorkerTransaction, insertDeliveryJobs, type DeliveryJobData } from './webhook-jobs';
import { webhookHeaders } from './webhook-signature';

/** The worker's settings: row-level security lets the WEBHOOKS role read every endpoint and outbox row it needs. */
export const WEBHOOK_WORKER_SETTINGS = { 'hub.roles': 'WEBHOOKS' } as const;

export interface WebhookSenderOptions {
  /** Deadline of one attempt. */
  timeoutMs: number;
  /** Waits before the retries, in seconds: attempts = 1 + its length. */
  retryScheduleSeconds: readonly number[];
  allowPrivateAddresses: boolean;
  /**
   * How long past the timeout an attempt's job may stay active before pg-boss takes its worker
   * for dead (the job expires) and retries it: a worker killed mid-attempt. 30 s by default.
   */
  leaseMarginMs?: number;
  /** Delivery jobs fetched at once (attempted in parallel). */
  batchSize?: number;
}

/** pg-boss's expiry of a delivery job: the attempt's deadline plus the margin for the database work around it. */
export function deliveryJobExpirySeconds(options: WebhookSenderOptions): number {
  return Math.max(1, Math.ceil((options.timeoutMs + (options.leaseMarginMs ?? 30_000)) / 1000));
}

interface Claimed {
  id: number;
  endpoint_id: number;
  message_id: string;
  payload: string;
  attempts: number;
}

export type AttemptOutcome = 'SUCCEEDED' | 'RETRY' | 'DEAD' | 'GONE';

/** What an answer means: 2xx succeeded; 410 Gone disables the endpoint; anything else is retried until the last attempt. */
export function outcomeOf(answer: AttemptAnswer, attempts: number, schedule: readonly number[]): AttemptOutcome {
  if (answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300) return 'SUCCEEDED';
  if (answer.statusCode === 410) return 'GONE';
  return attempts > schedule.length ? 'DEAD' : 'RETRY';
}

/**
 * Makes the attempt of one delivery job. The claim counts it, if the delivery still names this job
 * (`job_id`) and its endpoint is active; the HTTP call runs outside any transaction; the outcome is
 * written only if the row still names the job at that attempt. A failure that is not the last
 * queues the next attempt as a new job, `startAfter` = the schedule's wait, in the transaction
 * that records it: the exact schedule of WEBHOOK_RETRY_SCHEDULE_SECONDS, durable in pgboss.job
 * (pg-boss's own back-off is too coarse for 5 s … 10 h and serves crashes only, see webhook-jobs.ts).
 * A worker killed mid-call leaves the job active until pg-boss expires and retries it: the claim
 * counts another attempt, with the same webhook-id (at least once, never lost).
 */
export class WebhookSender {
  constructor(
    private readonly orm: MikroORM,
    private readonly pool: Pool,
    private readonly boss: PgBoss,
    private readonly options: WebhookSenderOptions,
  ) {}

  /** The job's attempt; STALE when the delivery names another job (or none), is done, or its endpoint is disabled. */
  async attempt(job: DeliveryJobData): Promise<AttemptOutcome | 'STALE'> {
    const delivery = await this.claim(job);
    if (!delivery) return 'STALE';
    const endpoint = await withSettings(this.orm.em.fork(), WEBHOOK_WORKER_SETTINGS, (em) => em.findOne(WebhookEndpoint, delivery.endpoint_id));
    // Deleted meanwhile: its deliveries went with it.
    if (!endpoint) return 'STALE';
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > Date.now()) secrets.push(endpoint.previousSecret);
    const headers = webhookHeaders(secrets, delivery.message_id, Math.floor(Date.now() / 1000), delivery.payload);
    const answer = await postWebhook(endpoint.url, headers, delivery.payload, { timeoutMs: this.options.timeoutMs, allowPrivateAddresses: this.options.allowPrivateAddresses });
    return this.record(job, delivery, answer);
  }

  /** A delivery job pg-boss gave up on (see the dead-letter queue): DEAD, if the row still names it. */
  async bury(job: DeliveryJobData, reason: string): Promise<boolean> {
    return inWorkerTransaction(this.pool, async (client) => {
      const { rowCount } = await client.query(
        `update webhook_delivery set status = 'DEAD', job_id = null, last_error = $3 where id = $1 and job_id = $2 and status in ('PENDING', 'FAILED')`,
        [job.deliveryId, job.jobId, `The delivery job failed: ${reason}`.slice(0, 500)],
      );
      return (rowCount ?? 0) > 0;
    });
  }

  private claim(job: DeliveryJobData): Promise<Claimed | null> {
    return inWorkerTransaction(this.pool, async (client) => {
      const { rows: [claimed] } = await client.query<Claimed>(
        `update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = clock_timestamp()
         from webhook_endpoint e
         where d.id = $1 and d.job_id = $2 and d.status in ('PENDING', 'FAILED') and e.id = d.endpoint_id and e.status = 'ACTIVE'
         returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts`,
        [job.deliveryId, job.jobId],
      );
      // Its endpoint is disabled: the job lets go, and the sweeper queues a new one once it is enabled again.
      if (!claimed) await client.query(`update webhook_delivery set job_id = null where id = $1 and job_id = $2 and status in ('PENDING', 'FAILED')`, [job.deliveryId, job.jobId]);
      return claimed ?? null;
    });
  }

  private record(job: DeliveryJobData, delivery: Claimed, answer: AttemptAnswer): Promise<AttemptOutcome | 'STALE'> {
    const outcome = outcomeOf(answer, delivery.attempts, this.options.retryScheduleSeconds);
    const status = outcome === 'SUCCEEDED' ? 'SUCCEEDED' : outcome === 'RETRY' ? 'FAILED' : 'DEAD';
    const retry = outcome === 'RETRY';
    const wait = retry ? this.options.retryScheduleSeconds[delivery.attempts - 1] : 0;
    const error = answer.error ?? (outcome === 'SUCCEEDED' ? null : outcome === 'GONE' ? '410 Gone: the endpoint was disabled' : `HTTP ${answer.statusCode}`);
    return inWorkerTransaction(this.pool, async (client) => {
      // Only the job (and attempt) the row names writes: a redelivery meanwhile owns the row now.
      const { rows: [updated] } = await client.query<{ job_id: string | null; next_attempt_at: Date }>(
        `update webhook_delivery set status = $1, last_status_code = $2, last_error = $3,
           succeeded_at = case when $4::boolean then clock_timestamp() else succeeded_at end,
           next_attempt_at = case when $5::boolean then clock_timestamp() + make_interval(secs => $6) else next_attempt_at end,
           job_id = case when $5::boolean then gen_random_uuid() end
         where id = $7 and job_id = $8 and attempts = $9
         returning job_id, next_attempt_at`,
        [status, answer.statusCode, error?.slice(0, 500) ?? null, outcome === 'SUCCEEDED', retry, wait, delivery.id, job.jobId, delivery.attempts],
      );
      if (!updated) return 'STALE';
      if (retry) await insertDeliveryJobs(this.boss, client, [{ deliveryId: delivery.id, jobId: updated.job_id!, startAfter: updated.next_attempt_at }]);
      if (outcome === 'GONE') {
        await client.query(
          `update webhook_endpoint set status = 'DISABLED', disabled_reason = $1, updated_at = now() where id = $2 and status = 'ACTIVE'`,
          ['The endpoint answered 410 Gone.', delivery.endpoint_id],
        );
      }
      return outcome;
    });
  }
}
