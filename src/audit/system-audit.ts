import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../core/relay/global-id';
import type { AuditPurpose } from './audit.enums';
import type { AuditedWrite, AuditRecorder } from './audit-log';

/**
 * The audit trail of work the hub does by itself (jobs, not requests): entries name the job as
 * the actor (`actor_kind` SYSTEM, as the retention job's), and are written in the job's own
 * transaction by `flush`, which the job calls before it commits. The transaction's
 * `hub.request_id` must be `requestId` (the audit table's insert policy checks it).
 */
export class SystemAudit implements AuditRecorder {
  private readonly entries: AuditedWrite[] = [];

  constructor(
    readonly purpose: AuditPurpose,
    private readonly actor: string,
    private readonly requestId: string,
  ) {}

  record(entry: AuditedWrite): void {
    const known = this.entries.find((e) => e.action === entry.action && e.subjectType === entry.subjectType && e.subjectId === entry.subjectId);
    if (known) known.fields = [...new Set([...known.fields, ...entry.fields])];
    else this.entries.push({ ...entry, fields: [...entry.fields] });
  }

  async flush(em: EntityManager): Promise<void> {
    if (this.entries.length === 0) return;
    const rows = this.entries.splice(0).map((e) => ({
      agency_id: e.agencyId, action: e.action, subject_type: e.subjectType, subject_id: toGlobalId(e.subjectType, e.subjectId), fields: [...e.fields].sort(),
    }));
    await em.execute(
      `insert into audit_event (request_id, actor, actor_kind, actor_roles, agency_id, action, purpose, subject_type, subject_id, fields)
       select ?, ?, 'SYSTEM', ?::text[], e.agency_id, e.action, ?::audit_purpose, e.subject_type, e.subject_id, e.fields
       from json_to_recordset(?::json) as e(agency_id int, action audit_action, subject_type text, subject_id text, fields text[])`,
      [this.requestId, this.actor, `{${this.actor.toUpperCase().replace(/-/g, '_')}}`, this.purpose, JSON.stringify(rows)],
    );
  }
}
