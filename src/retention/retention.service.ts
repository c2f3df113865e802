import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AuditAction, AuditPurpose } from '../audit/audit.enums';
import { withSettings } from '../core/database/tenant-settings';
import { toGlobalId } from '../core/relay/global-id';
import { CLIENT_DATA } from '../caseloads/client-export.service';

export interface ErasureResult {
  erased: number;
  cutoff: Date;
}

const BATCH = 500;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): erases every case closed more than `retentionYears`
 * ago, with all the person's rows (plan versions, notes, consents, extensions: foreign keys
 * cascade from the client). What stays is an anonymous count per agency and closing year, and
 * the audit log's DELETE entries naming only the record's ID. Runs as the role RETENTION, which
 * row-level security lets see and delete closed cases only.
 */
export async function eraseExpiredCases(orm: MikroORM, options: { retentionYears: number; now?: Date }): Promise<ErasureResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - options.retentionYears);
  const requestId = `retention-${randomUUID()}`;
  let erased = 0;
  for (;;) {
    const batch = await withSettings(orm.em.fork(), { 'hub.roles': 'RETENTION', 'hub.request_id': requestId }, async (em) => {
      const expired = await em.execute<Array<{ id: number; agency_id: number; closed_year: number }>>(
        `select id, agency_id, extract(year from closed_at)::int as closed_year from client
         where status = 'CLOSED' and closed_at < ? order by id limit ?`,
        [cutoff, BATCH],
      );
      if (expired.length === 0) return 0;
      const ids = `{${expired.map((row) => row.id).join(',')}}`;
      await em.execute(
        `insert into erased_case_count (agency_id, closed_year, cases)
         select agency_id, extract(year from closed_at)::int, count(*) from client where id = any(?::int[]) group by 1, 2
         on conflict (agency_id, closed_year) do update set cases = erased_case_count.cases + excluded.cases`,
        [ids],
      );
      await em.execute(
        `insert into audit_event (request_id, actor, actor_kind, actor_roles, agency_id, action, purpose, subject_type, subject_id, fields)
         select ?, 'retention', 'SYSTEM', '{RETENTION}', e.agency_id, ?, ?, 'Client', e.subject_id, ?::text[]
         from json_to_recordset(?::json) as e(agency_id int, subject_id text)`,
        [requestId, AuditAction.DELETE, AuditPurpose.RETENTION, `{${CLIENT_DATA.map((part) => part.key).join(',')}}`, JSON.stringify(expired.map((row) => ({ agency_id: row.agency_id, subject_id: toGlobalId('Client', row.id) })))],
      );
      await em.execute('delete from client where id = any(?::int[])', [ids]);
      return expired.length;
    });
    erased += batch;
    if (batch < BATCH) return { erased, cutoff };
  }
}

/** Runs the job now and then every `intervalHours` inside the server; returns a stop function. */
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
