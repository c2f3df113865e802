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
