import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook attempts run as pg-boss jobs (queue `webhook-delivery`, see src/webhooks/webhook-jobs.ts)
 * instead of a polling loop over the delivery rows. `job_id` names the one job that may make the
 * delivery's next attempt: the worker writes it in the transaction that inserts that job (fan-out,
 * a failed attempt's retry, the sweeper), so a job that is stale (replaced by a retry, a manual
 * redelivery or a ping) finds another ID and does nothing. Null while no job is queued: the API
 * (which may not write pg-boss's tables) sets it so on a redelivery, and the worker's sweeper queues
 * a job for every such row of an active endpoint. The rows due before this migration have none and
 * are swept likewise; the old due index served the polling loop only.
 */
export class Migration20261208090000_webhook_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "webhook_delivery" add column "job_id" uuid null;');
    this.addSql('drop index "webhook_delivery_due_index";');
    this.addSql(`create index "webhook_delivery_unqueued_index" on "webhook_delivery" ("id") where "job_id" is null and "status" in ('PENDING', 'FAILED');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index "webhook_delivery_unqueued_index";');
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where "status" in ('PENDING', 'FAILED');`);
    this.addSql('alter table "webhook_delivery" drop column "job_id";');
  }
}
