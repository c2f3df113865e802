import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../core/auth/viewer';
import type { PersonalDataType } from '../core/module';
import { RequestKey, type Context } from '../core/context';
import { toGlobalId } from '../core/relay/global-id';
import { AuditAction, type AuditPurpose } from './audit.enums';

/** An entry being collected: its fields as a set. */
type ReadEntry = Omit<AuditEntry, 'fields'> & { fields: Set<string> };

export interface AuditEntry {
  action: AuditAction;
  purpose: AuditPurpose;
  /** GraphQL type of the record, e.g. "Client". */
  subjectType: string;
  subjectId: number;
  /** The agency whose data it is. */
  agencyId: number | null;
  fields: readonly string[];
}

/**
 * The request's audit trail. Reads are collected while the operation resolves, merged per record,
 * action and purpose, and written with the request's writes in one INSERT just before the request
 * transaction commits: data is never handed out without its audit entry.
 */
export class AuditLog {
  private readonly entries = new Map<string, ReadEntry>();
  /** The read entry each resolved object feeds, so the fields of one object find it without a key. */
  private readonly readEntryOf = new WeakMap<object, ReadEntry>();
  /** Purpose declared by each root field of the operation, by response key. */
  private readonly purposes = new Map<string, AuditPurpose>();
  /**
   * The object whose fields were read last, its entry, and the path of it with its purpose: the
   * fields of one object resolve one after another and share that path (`info.path.prev`) under
   * graphql-js; graphql-jit gives each field a path of its own, and the purpose is looked up again.
   */
  private lastRow: object | undefined;
  private lastEntry: ReadEntry | undefined;
  private lastPath: GraphQLResolveInfo['path'] | undefined;
  private lastPurpose: AuditPurpose | undefined;

  declarePurpose(info: GraphQLResolveInfo, purpose: AuditPurpose): void {
    if (info.path.prev === undefined) this.purposes.set(String(info.path.key), purpose);
  }

  /** The purpose declared by the root field the resolving field sits under. */
  purposeFor(info: GraphQLResolveInfo): AuditPurpose {
    let path = info.path;
    while (path.prev) path = path.prev;
    const purpose = this.purposes.get(String(path.key));
    // The schema does not build while an operation reaching personal data lacks @Purpose.
    if (!purpose) throw new Error(`No purpose declared for "${path.key}"`);
    return purpose;
  }

  record(entry: AuditEntry): void {
    const key = `${entry.action}|${entry.purpose}|${entry.subjectType}|${entry.subjectId}`;
    const known = this.entries.get(key);
    if (known) {
      for (const field of entry.fields) known.fields.add(field);
      known.agencyId ??= entry.agencyId;
    } else {
      this.entries.set(key, { ...entry, fields: new Set(entry.fields) });
    }
  }

  /** A field of `row`, personal data of `subject`'s kind, was read. Runs for every such field of a page, so it allocates little. */
  read(info: GraphQLResolveInfo, row: object, subject: PersonalDataType, field: string): void {
    if (info.path.prev !== this.lastPath || this.lastPurpose === undefined) {
      this.lastPurpose = this.purposeFor(info);
      this.lastPath = info.path.prev;
    }
    const purpose = this.lastPurpose;
    let entry = row === this.lastRow ? this.lastEntry : this.readEntryOf.get(row);
    if (!entry || entry.purpose !== purpose) {
      const subjectId = subject.subjectId(row);
      const agencyId = subject.agencyId?.(row) ?? null;
      const key = `${AuditAction.READ}|${purpose}|${subject.subjectType}|${subjectId}`;
      entry = this.entries.get(key);
      if (entry) entry.agencyId ??= agencyId;
      else this.entries.set(key, (entry = { action: AuditAction.READ, purpose, subjectType: subject.subjectType, subjectId, agencyId, fields: new Set() }));
      this.readEntryOf.set(row, entry);
    }
    this.lastRow = row;
    this.lastEntry = entry;
    entry.fields.add(field);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Writes every collected entry in one statement, inside the request transaction. */
  async flush(em: EntityManager, viewer: Viewer, requestId: string): Promise<void> {
    if (this.entries.size === 0) return;
    if (viewer.kind === 'anonymous') throw new Error('Personal data was processed without a signed-in viewer');
    const actor = viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : toGlobalId('ApiKey', viewer.apiKeyId);
    const roles = viewer.kind === 'user' ? viewer.roles : viewer.scopes;
    // Entries without an agency (a plan goal read on its own) take their person's, else the viewer's.
    const agencyOfSubject = new Map<string, number>();
    for (const entry of this.entries.values()) if (entry.agencyId !== null) agencyOfSubject.set(`${entry.subjectType}:${entry.subjectId}`, entry.agencyId);
    const rows = [...this.entries.values()].map((entry) => ({
      agency_id: entry.agencyId ?? agencyOfSubject.get(`${entry.subjectType}:${entry.subjectId}`) ?? viewer.agencyId,
      action: entry.action,
      purpose: entry.purpose,
      subject_type: entry.subjectType,
      subject_id: toGlobalId(entry.subjectType, entry.subjectId),
      fields: [...entry.fields].sort(),
    }));
    await em.execute(
      `insert into audit_event (request_id, actor, actor_kind, actor_roles, actor_agency_id, agency_id, action, purpose, subject_type, subject_id, fields)
       select ?, ?, ?, ?::text[], ?, e.agency_id, e.action, e.purpose, e.subject_type, e.subject_id, e.fields
       from json_to_recordset(?::json) as e(agency_id int, action audit_action, purpose audit_purpose, subject_type text, subject_id text, fields text[])`,
      [requestId, actor, viewer.kind === 'user' ? 'USER' : 'INTEGRATION', `{${roles.join(',')}}`, viewer.agencyId, JSON.stringify(rows)],
    );
    this.entries.clear();
  }
}

const AUDIT_LOG = new RequestKey('audit log', () => new AuditLog());

/** The request's audit log: reads and writes of personal data, written when the request commits. */
export function auditLog(context: Context): AuditLog {
  return context.use(AUDIT_LOG);
}

/** The before-commit hook of the audit module: the request's entries, in its transaction. */
export async function flushAuditLog(context: Context): Promise<void> {
  await context.peek(AUDIT_LOG)?.flush(context.em, context.viewer, context.requestId);
}

/** A write's audit entry, under the purpose its operation declared. */
export type AuditedWrite = Omit<AuditEntry, 'purpose'>;

/**
 * What services record their writes with: the request's audit log, bound to the purpose the
 * operation declared with `@Purpose`. One source of purpose for reads and writes.
 */
export interface AuditRecorder {
  readonly purpose: AuditPurpose;
  record(entry: AuditedWrite): void;
}

export function auditRecorder(context: Context, info: GraphQLResolveInfo): AuditRecorder {
  const log = auditLog(context);
  const purpose = log.purposeFor(info);
  return { purpose, record: (entry) => log.record({ ...entry, purpose }) };
}
