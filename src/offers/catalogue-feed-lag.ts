import type { ModuleMetric } from '../core/module';

/**
 * The lag of the changes feed: the age of the oldest public change that has committed but is not
 * yet served, because an older transaction is still running (the feed serves only below
 * `pg_snapshot_xmin`, see catalogue-feed.service.ts). 0 when the feed is current. A value that
 * keeps growing points at a long transaction (here or in another database of the same server).
 */
export const catalogueFeedLag: ModuleMetric = {
  name: 'hub_outbox_lag_seconds',
  help: 'Age of the oldest committed change an outbox has not yet made visible to its readers (catalogue_change: the changes feed).',
  labelNames: ['outbox'],
  async read(em) {
    const [row] = await em.execute<Array<{ lag: number | string | null }>>(
      `select extract(epoch from clock_timestamp() - min(c.at)) as lag
       from catalogue_change c
       where c.public and c.tx >= pg_snapshot_xmin(pg_current_snapshot())`,
    );
    return [{ labels: { outbox: 'catalogue_change' }, value: Math.max(0, Number(row?.lag ?? 0)) }];
  },
};
