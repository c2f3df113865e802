import PgBoss from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { HubMetrics } from '../core/observability/metrics';
import { ReferralDeadlines, type DueReferral } from '../referrals/referral-deadlines';
import { SYSTEM_CLOCK, type Clock } from '../referrals/referral.service';
import type { Config } from '../core/config';
import { runRetention } from '../retention/retention.service';
import { WebhookWorker, type WebhookWorkerOptions } from '../webhooks/webhook-worker';

/** The queues of the hub's jobs (pg-boss, in the database's `pgboss` schema). */
export const QUEUES = {
  /** Scheduled: finds the due referrals and queues one job for each. */
  referralDeadlines: 'referral-deadlines',
  /** One due referral: remind its provider or expire it. */
  referralDeadline: 'referral-deadline',
  /** One expired referral: the manager's notice with the next fitting offers. */
  referralExpiredNotice: 'referral-expired-notice',
  /** Scheduled: erases the cases past their retention period. */
  erasure: 'retention-erasure',
} as const;

export interface JobOptions {
  /**
   * The owner's URL, for pg-boss only: it keeps its own schema (`pgboss`) and creates a table per
   * queue, which the app role may not. The jobs' work runs through `orm`, as the app role.
   */
  ownerUrl: string;
  /** The app role's ORM, under row-level security. */
  orm: MikroORM;
  logger: Logger;
  retentionYears: number;
  auditRetentionYears: number;
  /** 0: no erasure schedule (use `npm run retention`). */
  retentionIntervalHours: number;
  remindBeforeHours?: number;
  /** Cron of the deadline scan; every minute by default. */
  deadlineCron?: string;
  clock?: Clock;
  /** The webhooks (fan-out, sweeper, and the attempts on pg-boss; see src/webhooks/webhook-worker.ts); absent: not run here. */
  webhooks?: WebhookWorkerOptions;
  /** How often pg-boss expires the jobs of dead workers (and archives); its default, 120 s, unless given. */
  maintenanceIntervalSeconds?: number;
  /** Counts failed handlers and reads the queues' jobs at each scrape (see watchQueues). */
  metrics?: HubMetrics;
}

export interface RunningJobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/** The webhooks' options from the configuration. */
export function webhookWorkerOptions(config: Readonly<Config>): WebhookWorkerOptions {
  const { timeoutMs, retryScheduleSeconds, allowPrivateAddresses, pollIntervalMs } = config.webhooks;
  return { timeoutMs, retryScheduleSeconds, allowPrivateAddresses, pollIntervalMs };
}

/** A cron for "every `hours` hours": on the hour below a day, else at 02:00 UTC every `hours / 24` days. */
export function cronEvery(hours: number): string {
  if (hours < 24) return `0 */${hours} * * *`;
  const days = Math.max(1, Math.round(hours / 24));
  return days === 1 ? '0 2 * * *' : `0 2 */${days} * *`;
}

/**
 * Starts pg-boss and the hub's workers: the referral deadlines (scan, remind or expire, notify),
 * the erasure schedule and, when asked, the webhooks (their attempts are jobs too). Every handler
 * is idempotent (see ReferralDeadlines, WebhookSender), so a retried or doubled job does nothing
 * twice; singleton keys keep duplicates out of the queue too.
 */
export async function startJobs(options: JobOptions): Promise<RunningJobs> {
  const { logger } = options;
  const deadlines = new ReferralDeadlines(options.orm, options.clock ?? SYSTEM_CLOCK, options.remindBeforeHours);
  const maintenance = options.maintenanceIntervalSeconds === undefined ? {} : { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds };
  const boss = new PgBoss({ connectionString: options.ownerUrl, schema: 'pgboss', max: 3, application_name: 'hub-jobs', ...maintenance });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  await boss.start();
  // A handler that throws is counted, then pg-boss retries it (or marks the job failed).
  const counted = <T extends (...args: any[]) => Promise<unknown>>(queue: string, handler: T): T =>
    (async (...args: Parameters<T>) => {
      try {
        return await handler(...args);
      } catch (error) {
        options.metrics?.countJobFailure(queue);
        throw error;
      }
    }) as T;
  if (options.metrics) watchQueues(options.metrics, boss);
  const webhooks = options.webhooks
    ? new WebhookWorker({ boss, ownerUrl: options.ownerUrl, orm: options.orm, logger, countFailure: (queue) => options.metrics?.countJobFailure(queue) }, options.webhooks)
    : null;
  try {
    await boss.createQueue(QUEUES.referralDeadlines, { name: QUEUES.referralDeadlines, policy: 'singleton' });
    await boss.createQueue(QUEUES.referralDeadline, { name: QUEUES.referralDeadline, policy: 'short', retryLimit: 3, retryBackoff: true });
    await boss.createQueue(QUEUES.referralExpiredNotice, { name: QUEUES.referralExpiredNotice, policy: 'short', retryLimit: 3, retryBackoff: true });
    await boss.createQueue(QUEUES.erasure, { name: QUEUES.erasure, policy: 'singleton' });

    await boss.schedule(QUEUES.referralDeadlines, options.deadlineCron ?? '* * * * *');
    await boss.work(QUEUES.referralDeadlines, counted(QUEUES.referralDeadlines, async () => {
      for (const due of await deadlines.due()) {
        await boss.send(QUEUES.referralDeadline, due, { singletonKey: `${due.referralId}:${due.expired ? 'expire' : 'remind'}` });
      }
    }));
    await boss.work<DueReferral>(QUEUES.referralDeadline, counted(QUEUES.referralDeadline, async ([job]: PgBoss.Job<DueReferral>[]) => {
      const outcome = await deadlines.process(job.data);
      if (outcome.done === 'EXPIRED') {
        await boss.send(QUEUES.referralExpiredNotice, { referralId: outcome.referralId, agencyId: outcome.agencyId }, { singletonKey: String(outcome.referralId) });
      }
      if (outcome.done !== 'NOTHING') logger.info(outcome, 'referral deadline');
      return outcome;
    }));
    await boss.work<{ referralId: number; agencyId: number }>(QUEUES.referralExpiredNotice, counted(QUEUES.referralExpiredNotice, async ([job]: PgBoss.Job<{ referralId: number; agencyId: number }>[]) => {
      return { notified: await deadlines.notifyExpired(job.data.referralId, job.data.agencyId) };
    }));

    if (options.retentionIntervalHours > 0) {
      await boss.schedule(QUEUES.erasure, cronEvery(options.retentionIntervalHours));
      await boss.work(QUEUES.erasure, counted(QUEUES.erasure, async () => {
        const result = await runRetention(options.orm, { retentionYears: options.retentionYears, auditRetentionYears: options.auditRetentionYears });
        if (result.cases.erased > 0 || result.auditEntries.erased > 0) logger.info(result, 'erased expired cases and audit entries');
        return { cases: result.cases.erased, auditEntries: result.auditEntries.erased };
      }));
    } else {
      await boss.unschedule(QUEUES.erasure);
    }
    // Webhook attempts are jobs of `webhook-delivery`, inserted with the delivery rows by the
    // webhooks' own loop (the outboxes are read in commit order, not sent as jobs by the writers:
    // the app role may not write pg-boss's tables).
    if (webhooks) await webhooks.start();
  } catch (error) {
    await boss.stop({ graceful: false });
    await webhooks?.close();
    throw error;
  }
  return {
    boss,
    // Graceful: running handlers finish (each in its own transaction), then the pools close.
    stop: async () => {
      await webhooks?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      await webhooks?.close();
    },
  };
}

/**
 * The jobs of every queue by state, read from pg-boss's tables at each scrape (one statement):
 * waiting (created or to be retried: the queue's depth), active, failed (kept until pg-boss's
 * retention removes them) and completed. Every API or worker process with jobs reports the same
 * figures: they are the database's, not the process's.
 */
export function watchQueues(metrics: HubMetrics, boss: PgBoss): void {
  metrics.addScrapeGauge({
    name: 'hub_job_queue_jobs',
    help: 'Jobs of each pg-boss queue by state (waiting = the queue depth; failed = failed jobs still kept).',
    labelNames: ['queue', 'state'],
    async read() {
      const { rows } = await boss.getDb().executeSql(
        `select q.name as queue, s.state, count(j.id)::int as count
         from pgboss.queue q
         cross join (values ('waiting'), ('active'), ('failed'), ('completed')) as s (state)
         left join pgboss.job j on j.name = q.name and case s.state when 'waiting' then j.state in ('created', 'retry') else j.state::text = s.state end
         group by q.name, s.state`,
        [],
      );
      return (rows as Array<{ queue: string; state: string; count: number }>).map((row) => ({ labels: { queue: row.queue, state: row.state }, value: row.count }));
    },
  });
}
