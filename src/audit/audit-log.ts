import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../core/auth/viewer';
import type { PersonalDataType } from '../core/module';
import { RequestKey, type Context } from '../core/context';
import { executeBound } from '../core/database/bound-statement';
import { toGlobalId } from '../core/relay/global-id';
import { AuditAction, type AuditPurpose } from './audit.enums';

/**
 * An entry being collected: its fields as the lists they were added in. A page's entries share a
 * few lists (one per selection), so merging and writing them works on lists, not on each field.
 */
type ReadEntry = Omit<AuditEntry, 'fields'> & { lists: Array<readonly string[]> };

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
  /** Purpose declared by each root field of the operation, by response key. */
  private readonly purposes = new Map<string, AuditPurpose>();
  /** The purpose when one root field declared one: then every read is under it (see purposeFor). */
  private onlyPurpose: AuditPurpose | undefined;
  /** The entry read last: the objects of a list mostly belong to one person (a client's goals). */
  private lastEntry: ReadEntry | undefined;
  /** Labels of what a selection reads, per field-node list and object type (see `labelsFor`). */
  private readonly labels = new Map<readonly FieldNode[], Map<string, readonly string[]>>();

  declarePurpose(info: GraphQLResolveInfo, purpose: AuditPurpose): void {
    if (info.path.prev !== undefined) return;
    this.purposes.set(String(info.path.key), purpose);
    this.onlyPurpose = this.purposes.size === 1 ? purpose : undefined;
  }

  /**
   * The purpose declared by the root field the resolving field sits under. With one declared, it
   * is that one: a root field reaching personal data cannot run without a purpose of its own
   * (assertPurposesDeclared), and its purpose is declared before anything beneath it resolves.
   */
  purposeFor(info: GraphQLResolveInfo): AuditPurpose {
    if (this.onlyPurpose !== undefined) return this.onlyPurpose;
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
      known.lists.push(entry.fields);
      known.agencyId ??= entry.agencyId;
    } else {
      const { fields, ...rest } = entry;
      this.entries.set(key, { ...rest, lists: [fields] });
    }
  }

  /**
   * What the selection of the resolving field reads of an object of `type`, when kept already: it
   * is worked out once per request (@skip and @include depend on its variables) and field-node
   * list (the same list for every object of a page, in graphql-js and graphql-jit).
   */
  labelsFor(fieldNodes: readonly FieldNode[], type: string): readonly string[] | undefined {
    return this.labels.get(fieldNodes)?.get(type);
  }

  /** Keeps what `labelsFor` answers for these field nodes and type from now on, and returns it. */
  keepLabels(fieldNodes: readonly FieldNode[], type: string, labels: readonly string[]): readonly string[] {
    let byType = this.labels.get(fieldNodes);
    if (!byType) this.labels.set(fieldNodes, (byType = new Map()));
    byType.set(type, labels);
    return labels;
  }

  /**
   * `row`, personal data of `subject`'s kind, was handed to a selection that reads `labels` of it.
   * Runs for every such object of a page, so it allocates little.
   */
  read(info: GraphQLResolveInfo, row: object, subject: PersonalDataType, labels: readonly string[]): void {
    const purpose = this.purposeFor(info);
    const subjectId = subject.subjectId(row);
    let entry = this.lastEntry;
    if (!entry || entry.subjectId !== subjectId || entry.subjectType !== subject.subjectType || entry.purpose !== purpose) {
      const key = `${AuditAction.READ}|${purpose}|${subject.subjectType}|${subjectId}`;
      entry = this.entries.get(key);
      if (!entry) {
        entry = { action: AuditAction.READ, purpose, subjectType: subject.subjectType, subjectId, agencyId: null, lists: [] };
        this.entries.set(key, entry);
      }
      this.lastEntry = entry;
    }
    entry.agencyId ??= subject.agencyId?.(row) ?? null;
    if (!entry.lists.includes(labels)) entry.lists.push(labels);
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
    // Each distinct set of fields is sent once (sorted, without repeats); rows name theirs by index.
    const fieldSets: string[][] = [];
    const fieldSetOf = new Map<string, number>();
    const listIds = new Map<readonly string[], number>();
    const idOf = (list: readonly string[]): number => {
      let id = listIds.get(list);
      if (id === undefined) listIds.set(list, (id = listIds.size));
      return id;
    };
    const rows = [...this.entries.values()].map((entry) => {
      // In the order read: the same lists in another order only make one more (equal) set.
      const key = entry.lists.map(idOf).join(',');
      let fieldSet = fieldSetOf.get(key);
      if (fieldSet === undefined) {
        fieldSet = fieldSets.push([...new Set(entry.lists.flat())].sort()) - 1;
        fieldSetOf.set(key, fieldSet);
      }
      return {
        agency_id: entry.agencyId ?? agencyOfSubject.get(`${entry.subjectType}:${entry.subjectId}`) ?? viewer.agencyId,
        action: entry.action,
        purpose: entry.purpose,
        subject_type: entry.subjectType,
        subject_id: toGlobalId(entry.subjectType, entry.subjectId),
        field_set: fieldSet,
      };
    });
    await executeBound(
      em,
      `insert into audit_event (request_id, actor, actor_kind, actor_roles, actor_agency_id, agency_id, action, purpose, subject_type, subject_id, fields)
       select ?, ?, ?, ?::text[], ?, e.agency_id, e.action, e.purpose, e.subject_type, e.subject_id,
              array(select f.field from json_array_elements_text(s.sets -> e.field_set) with ordinality as f(field, n) order by f.n)
       from (select ?::json as sets) s, json_to_recordset(?::json) as e(agency_id int, action audit_action, purpose audit_purpose, subject_type text, subject_id text, field_set int)`,
      [requestId, actor, viewer.kind === 'user' ? 'USER' : 'INTEGRATION', `{${roles.join(',')}}`, viewer.agencyId, JSON.stringify(fieldSets), JSON.stringify(rows)],
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
