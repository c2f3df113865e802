import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { withSettings } from '../core/database/tenant-settings';

export interface ErasureResult {
  erased: number;
  cutoff: Date;
}

const BATCH = 500;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): erases every case closed more than `retentionYears`
 * ago, with all the person's rows (plan versions, notes, consents, extensions: foreign keys
 * cascade from the client). What stays is an anonymous count per agency and closing year, and
 * the audit log's DELETE entries naming only the record's ID. The work happens in the database
 * function `hub_erase_closed_cases` (see the migrations), the one door past row-level security
 * the app role has, and it opens only onto closed cases past the cutoff.
 */
export async function eraseExpiredCases(orm: MikroORM, options: { retentionYears: number; now?: Date }): Promise<ErasureResult> {
  const cutoff = new Date(options.now ?? new Date());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - options.retentionYears);
  const requestId = `retention-${randomUUID()}`;
  let erased = 0;
  for (;;) {
    // One transaction per batch: a long erasure never holds many locks for long.
    const [{ count }] = await withSettings(orm.em.fork(), { 'hub.request_id': requestId }, (em) =>
      em.execute<Array<{ count: number }>>('select hub_erase_closed_cases(?, ?, ?) as count', [cutoff, requestId, BATCH]),
    );
    erased += count;
    if (count < BATCH) return { erased, cutoff };
  }
}

/** Runs the job soon after start and then every `intervalHours` inside the server; returns a stop function. */
export function scheduleErasure(orm: MikroORM, options: { retentionYears: number; intervalHours: number }, log: (result: ErasureResult | Error) => void): () => void {
  if (options.intervalHours === 0) return () => undefined;
  const run = () => eraseExpiredCases(orm, options).then(log, log);
  const first = setTimeout(run, 10_000);
  const timer = setInterval(run, options.intervalHours * 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
