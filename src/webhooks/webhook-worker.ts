import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import { WebhookFanOut } from './webhook-fan-out';
import { createWebhookQueues, inWorkerTransaction, insertDeliveryJobs, WEBHOOK_QUEUES, type DeliveryJobData } from './webhook-jobs';
import { deliveryJobExpirySeconds, WebhookSender, type WebhookSenderOptions } from './webhook-sender';

export interface WebhookWorkerOptions extends WebhookSenderOptions {
  /** How often the outboxes are read and unqueued deliveries swept; also pg-boss's polling of the delivery queue (at least 500 ms). */
  pollIntervalMs: number;
}

export interface WebhookWorkerContext {
  /** The job system's pg-boss, started. */
  boss: PgBoss;
  /** The owner's URL: the fan-out, the attempts' records and the sweeper insert pg-boss jobs in their own transactions. */
  ownerUrl: string;
  /** The app role's ORM: reads the endpoints' secrets (decrypted with the key ring). */
  orm: MikroORM;
  logger?: Logger;
  /** Told of every failed delivery handler (the jobs' metrics). */
  countFailure?: (queue: string) => void;
}

/**
 * The webhooks of a worker process. A loop fans new outbox rows out into deliveries with their
 * first jobs and sweeps the deliveries without a job (pings and redeliveries from the API, which
 * may not write pg-boss's tables, and whatever lost its job); pg-boss runs the attempts (queue
 * `webhook-delivery`) and their retries. Several workers may run: the fan-out locks its cursor,
 * the sweeper its rows (`skip locked`), pg-boss its jobs. Everything is in the database, so a
 * killed worker is simply started again.
 */
export class WebhookWorker {
  private readonly pool: Pool;
  private readonly fanOut: WebhookFanOut;
  private readonly sender: WebhookSender;
  private deliveryWorkerId: string | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly context: WebhookWorkerContext,
    private readonly options: WebhookWorkerOptions,
  ) {
    this.pool = new Pool({ connectionString: context.ownerUrl, max: 3, application_name: 'hub-webhooks' });
    this.pool.on('error', (err) => context.logger?.error({ err }, 'webhook pool error'));
    this.fanOut = new WebhookFanOut(this.pool, context.boss);
    this.sender = new WebhookSender(context.orm, this.pool, context.boss, options);
  }

  /** Creates the queues, starts pg-boss's workers on them and the fan-out loop. */
  async start(): Promise<void> {
    const { boss } = this.context;
    const batchSize = this.options.batchSize ?? 10;
    const pollingIntervalSeconds = Math.max(0.5, this.options.pollIntervalMs / 1000);
    await createWebhookQueues(boss, deliveryJobExpirySeconds(this.options));
    this.deliveryWorkerId = await boss.work<DeliveryJobData>(WEBHOOK_QUEUES.delivery, { batchSize, pollingIntervalSeconds }, async (jobs) => {
      // Each job's attempt is recorded on its own; one that failed fails the batch, and pg-boss
      // retries them all: the others find their row moved on (SUCCEEDED, or naming the next job) and do nothing.
      const results = await Promise.allSettled(jobs.map((job) => this.sender.attempt(job.data)));
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) {
        this.context.countFailure?.(WEBHOOK_QUEUES.delivery);
        throw failed.reason;
      }
      // A full batch: more may be waiting, fetch again without the polling pause.
      if (jobs.length === batchSize && this.deliveryWorkerId) boss.notifyWorker(this.deliveryWorkerId);
      return results.map((result) => (result as PromiseFulfilledResult<string>).value);
    });
    await boss.work<DeliveryJobData>(WEBHOOK_QUEUES.dead, { includeMetadata: true, pollingIntervalSeconds: 5 }, async ([job]) => {
      const output = job.output as { message?: string; value?: { message?: string } } | null;
      const buried = await this.sender.bury(job.data, output?.message ?? output?.value?.message ?? 'unknown error');
      if (buried) this.context.logger?.warn({ deliveryId: job.data.deliveryId }, 'webhook delivery dead: its job failed every retry');
      return { buried };
    });
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** One round of the loop, for tests: outbox rows consumed and jobs queued (fan-out and sweep). */
  async runOnce(): Promise<{ events: number; queued: number }> {
    const fannedOut = await this.fanOut.runOnce();
    const swept = await this.sweep();
    const queued = fannedOut.queued + swept;
    if (queued > 0 && this.deliveryWorkerId) this.context.boss.notifyWorker(this.deliveryWorkerId);
    return { events: fannedOut.events, queued };
  }

  /**
   * Queues a job for each delivery of an active endpoint that is due for an attempt but names none:
   * a ping or a redelivery (the API clears `job_id`), a delivery whose job let go while its
   * endpoint was disabled, a row from before the jobs. It starts at the row's `next_attempt_at`.
   */
  async sweep(limit = 100): Promise<number> {
    return inWorkerTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ id: number; job_id: string; next_attempt_at: Date }>(
        `with unqueued as (
           select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
           where d.job_id is null and d.status in ('PENDING', 'FAILED') and e.status = 'ACTIVE'
           order by d.id limit $1 for update of d skip locked)
         update webhook_delivery d set job_id = gen_random_uuid() from unqueued where d.id = unqueued.id
         returning d.id, d.job_id, d.next_attempt_at`,
        [limit],
      );
      await insertDeliveryJobs(this.context.boss, client, rows.map((row) => ({ deliveryId: row.id, jobId: row.job_id, startAfter: row.next_attempt_at })));
      return rows.length;
    });
  }

  /** Ends the loop (its round finishes first). pg-boss's workers stop with pg-boss; then call close(). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = null;
  }

  /** Closes the owner's pool, after pg-boss stopped (its handlers use it). */
  async close(): Promise<void> {
    await this.stop();
    await this.pool.end();
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let busy = false;
      try {
        const round = await this.runOnce();
        busy = round.events > 0 || round.queued > 0;
      } catch (error) {
        this.context.logger?.error({ err: error }, 'webhook round failed');
      }
      if (!busy && !this.stopping) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollIntervalMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }
}
