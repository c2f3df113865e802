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

export interface AuditErasureResult {
  erased: number;
  cutoff: Date;
}

/**
 * Audit-log retention: removes the entries older than `auditRetentionYears`, through the database
 * function `hub_erase_expired_audit_entries`, the only way past the log's append-only trigger (it
 * deletes, never updates, and counts what it removed per agency and year in
 * `erased_audit_entry_count`). The app role itself still cannot update or delete an entry.
 */
export async function eraseExpiredAuditEntries(orm: MikroORM, options: { auditRetentionYears: number; now?: Date }): Promise<AuditErasureResult> {
  const cutoff = new Date(options.now ?? new Date());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - options.auditRetentionYears);
  let erased = 0;
  for (;;) {
    const [{ count }] = await withSettings(orm.em.fork(), { 'hub.request_id': `audit-retention-${randomUUID()}` }, (em) =>
      em.execute<Array<{ count: number }>>('select hub_erase_expired_audit_entries(?, ?) as count', [cutoff, BATCH * 10]),
    );
    erased += count;
    if (count < BATCH * 10) return { erased, cutoff };
  }
}

export interface RetentionOptions {
  retentionYears: number;
  auditRetentionYears: number;
  now?: Date;
}

/** The erasure job: expired cases first, then expired audit entries. */
export async function runRetention(orm: MikroORM, options: RetentionOptions): Promise<{ cases: ErasureResult; auditEntries: AuditErasureResult }> {
  const cases = await eraseExpiredCases(orm, options);
  const auditEntries = await eraseExpiredAuditEntries(orm, options);
  return { cases, auditEntries };
}
