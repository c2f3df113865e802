import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { withSettings } from '../core/database/tenant-settings';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WEBHOOK_WORKER_SETTINGS } from './webhook-fan-out';
import { postWebhook, type AttemptAnswer } from './webhook-http';
import { webhookHeaders } from './webhook-signature';

export interface WebhookSenderOptions {
  /** Deadline of one attempt. */
  timeoutMs: number;
  /** Waits before the retries, in seconds: attempts = 1 + its length. */
  retryScheduleSeconds: readonly number[];
  allowPrivateAddresses: boolean;
  /** How long past the timeout a claimed delivery stays leased before another worker may take it (a crashed attempt). */
  leaseMarginMs?: number;
  /** Deliveries claimed at once (and sent in parallel). */
  batchSize?: number;
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
 * Sends due deliveries. A claim (one short transaction, `for update skip locked`) counts the
 * attempt and pushes `next_attempt_at` past its deadline: that is the lease. The HTTP call runs
 * outside any transaction; its outcome is written only if the row is still at that attempt. A
 * worker killed mid-call leaves the row due again once the lease ends: the next attempt carries
 * the same webhook-id, so the receiver can tell a repeat (at least once, never lost).
 */
export class WebhookSender {
  private readonly leaseMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly orm: MikroORM,
    private readonly options: WebhookSenderOptions,
  ) {
    this.leaseMs = options.timeoutMs + (options.leaseMarginMs ?? 30_000);
    this.batchSize = options.batchSize ?? 10;
  }

  /** Claims and sends one batch; how many deliveries were attempted. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map(async ({ delivery, secrets, url }) => {
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = webhookHeaders(secrets, delivery.message_id, timestamp, delivery.payload);
      const answer = await postWebhook(url, headers, delivery.payload, { timeoutMs: this.options.timeoutMs, allowPrivateAddresses: this.options.allowPrivateAddresses });
      await this.record(delivery, answer);
    }));
    return claimed.length;
  }

  private claim(): Promise<Array<{ delivery: Claimed; secrets: string[]; url: string }>> {
    return withSettings(this.orm.em.fork(), WEBHOOK_WORKER_SETTINGS, async (em) => {
      const rows = await em.execute<Claimed[]>(
        `with due as (
           select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
           where d.status in ('PENDING', 'FAILED') and d.next_attempt_at <= clock_timestamp() and e.status = 'ACTIVE'
           order by d.next_attempt_at, d.id limit ? for update of d skip locked)
         update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = clock_timestamp(),
           next_attempt_at = clock_timestamp() + make_interval(secs => ?)
         from due where d.id = due.id
         returning d.id, d.endpoint_id, d.message_id, d.payload, d.attempts`,
        [this.batchSize, this.leaseMs / 1000],
      );
      if (rows.length === 0) return [];
      const endpoints = new Map((await em.find(WebhookEndpoint, { id: { $in: [...new Set(rows.map((row) => row.endpoint_id))] } })).map((endpoint) => [endpoint.id, endpoint]));
      const now = Date.now();
      return rows.flatMap((delivery) => {
        const endpoint = endpoints.get(delivery.endpoint_id);
        if (!endpoint) return [];
        const secrets = [endpoint.secret];
        if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > now) secrets.push(endpoint.previousSecret);
        return [{ delivery, secrets, url: endpoint.url }];
      });
    });
  }

  private record(delivery: Claimed, answer: AttemptAnswer): Promise<void> {
    const outcome = outcomeOf(answer, delivery.attempts, this.options.retryScheduleSeconds);
    return withSettings(this.orm.em.fork(), WEBHOOK_WORKER_SETTINGS, async (em: EntityManager) => {
      const status = outcome === 'SUCCEEDED' ? 'SUCCEEDED' : outcome === 'RETRY' ? 'FAILED' : 'DEAD';
      const wait = outcome === 'RETRY' ? this.options.retryScheduleSeconds[delivery.attempts - 1] : 0;
      const error = answer.error ?? (outcome === 'SUCCEEDED' ? null : outcome === 'GONE' ? '410 Gone: the endpoint was disabled' : `HTTP ${answer.statusCode}`);
      // Only the attempt that holds the row writes its outcome: a later claim (after a lost lease) owns it then.
      const updated = await em.execute<Array<{ id: number }>>(
        `update webhook_delivery set status = ?, last_status_code = ?, last_error = ?,
           succeeded_at = case when ? then clock_timestamp() else succeeded_at end,
           next_attempt_at = case when ? then clock_timestamp() + make_interval(secs => ?) else next_attempt_at end
         where id = ? and attempts = ? and status in ('PENDING', 'FAILED') returning id`,
        [status, answer.statusCode, error?.slice(0, 500) ?? null, outcome === 'SUCCEEDED', outcome === 'RETRY', wait, delivery.id, delivery.attempts],
      );
      if (outcome === 'GONE' && updated.length > 0) {
        await em.execute(
          `update webhook_endpoint set status = 'DISABLED', disabled_reason = ?, updated_at = now() where id = ? and status = 'ACTIVE'`,
          ['The endpoint answered 410 Gone.', delivery.endpoint_id],
        );
      }
    });
  }
}
