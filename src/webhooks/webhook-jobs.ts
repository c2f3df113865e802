import type PgBoss from 'pg-boss';
import type { Pool, PoolClient } from 'pg';

/**
 * The webhook queues of pg-boss. Every attempt of a delivery is one job of `webhook-delivery`; the
 * job ID is also kept in the delivery row (`job_id`), written in the transaction that inserts the
 * job, and only the job whose ID the row names may attempt it. So an attempt and its retry, the
 * fan-out and its deliveries, commit together or not at all (the job lives in `pgboss.job`, beside
 * the row), and a stale job (replaced by a retry or a redelivery) does nothing.
 */
export const WEBHOOK_QUEUES = {
  /** One attempt of one delivery; the next attempt is a new job (see WebhookSender.record). */
  delivery: 'webhook-delivery',
  /** The delivery jobs pg-boss gave up on (their handler failed every time): the delivery turns DEAD. */
  dead: 'webhook-delivery-dead',
} as const;

/**
 * pg-boss's own retries of a delivery job: not the webhook schedule (that is a new job per attempt,
 * see WebhookSender), but a worker killed mid-attempt (the job expires) or a handler that failed
 * (the database away). Back-off from 5 s; after the last, the dead-letter queue.
 */
const JOB_RETRIES = { retryLimit: 5, retryDelay: 5, retryBackoff: true } as const;

export interface DeliveryJobData {
  deliveryId: number;
  /** The job's own ID, which the delivery row must name (kept in the data for the dead-letter copy, which gets an ID of its own). */
  jobId: string;
}

export interface QueuedDelivery {
  deliveryId: number;
  jobId: string;
  /** Not before; now when absent. */
  startAfter?: Date;
}

/** Creates the queues, or brings their settings (the expiry follows WEBHOOK_TIMEOUT_MS) up to date. */
export async function createWebhookQueues(boss: PgBoss, expireInSeconds: number): Promise<void> {
  const dead: PgBoss.Queue = { name: WEBHOOK_QUEUES.dead, policy: 'standard', ...JOB_RETRIES };
  const delivery: PgBoss.Queue = { name: WEBHOOK_QUEUES.delivery, policy: 'standard', ...JOB_RETRIES, expireInSeconds, deadLetter: WEBHOOK_QUEUES.dead };
  for (const queue of [dead, delivery]) {
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
}

/**
 * A transaction on the owner's pool (pg-boss's tables are the owner's) with the worker's settings,
 * under which row-level security lets it at every endpoint and delivery.
 */
export async function inWorkerTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin');
    await client.query("select set_config('hub.roles', 'WEBHOOKS', true)");
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => (broken = true));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Inserts the delivery jobs inside the caller's transaction (pg-boss's `db` option), whose rows already name them. */
export async function insertDeliveryJobs(boss: PgBoss, client: PoolClient, jobs: readonly QueuedDelivery[]): Promise<void> {
  if (jobs.length === 0) return;
  await boss.insert(
    jobs.map((job) => ({
      id: job.jobId,
      name: WEBHOOK_QUEUES.delivery,
      data: { deliveryId: job.deliveryId, jobId: job.jobId } satisfies DeliveryJobData,
      singletonKey: `delivery-${job.deliveryId}`,
      startAfter: job.startAfter?.toISOString(),
    })),
    { db: { executeSql: (text, values) => client.query(text, values) } },
  );
}
