import { ReferenceKind, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditPurpose } from '../audit/audit.enums';
import type { AuditLog } from '../audit/audit-log';
import { Client } from '../caseloads/client.entity';
import { findWorkableClient } from '../caseloads/client.policy';
import type { ClientDataTable } from '../caseloads/client-export.service';
import { hasRole, Role, type Viewer } from '../core/auth/viewer';
import type { HubModule } from '../core/module';
import { germanDate, type DisplayName, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { toGlobalId } from '../core/relay/global-id';
import { Agency } from '../tenancy/agency.entity';
import { User } from '../tenancy/user.entity';
import { processingRecords } from './records-of-processing';

export interface ReadableFact {
  label: string;
  /** The English label, when asked for. */
  en: string | null;
  value: string;
}

export interface ReadableSection {
  title: string;
  en: string | null;
  purpose: string;
  legalBasis: readonly string[];
  recipients: readonly string[];
  retention: string;
  /** One list of facts per stored row. */
  rows: ReadableFact[][];
}

export interface ReadableProcessing {
  when: string;
  who: string;
  action: string;
  purpose: string;
  what: string;
}

export interface ReadableExport {
  subjectName: string;
  agencyName: string;
  exportedAt: string;
  english: boolean;
  sections: ReadableSection[];
  /** Who processed the person's data, when and why (from the audit log). */
  processing: ReadableProcessing[];
  /** True when the audit trail was longer than shown. */
  processingTruncated: boolean;
}

export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  READ: 'gelesen',
  CREATE: 'angelegt',
  UPDATE: 'geändert',
  DELETE: 'gelöscht',
  EXPORT: 'Auskunft erteilt (Art. 15 DSGVO)',
  TRANSFER: 'an andere Zuständigkeit übergeben',
};
export const AUDIT_PURPOSE_LABELS: Readonly<Record<AuditPurpose, string>> = {
  CASE_MANAGEMENT: 'Begleitung im Integrationsmanagement',
  REFERRAL: 'Vermittlung in eine Maßnahme',
  STATISTICS: 'anonyme Statistik',
  DATA_SUBJECT_REQUEST: 'Ihr Antrag nach Art. 15–17 DSGVO',
  ADMINISTRATION: 'Verwaltung',
  RETENTION: 'Löschung nach Fristablauf',
};

const MAX_TRAIL = 2000;

/**
 * GDPR Art. 15 as a person can read it: every stored fact under its German label (English beside
 * it where the agency asks), values in words (names of the municipality, the manager, the agency,
 * offers and providers; enum values in German; dates as 15.01.2025), no internal IDs; per section
 * its purpose, legal basis, recipients and retention; and who processed the data when and why,
 * from the audit log. For the data protection officer and for whoever may work on the case.
 * Audited as EXPORT.
 */
export class ReadableExportService {
  private readonly records: Map<string, ProcessingRecord>;
  private readonly names: Map<string, DisplayName>;

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly tables: readonly ClientDataTable[],
    modules: readonly HubModule[],
  ) {
    this.records = processingRecords(modules);
    this.names = new Map(modules.flatMap((module) => module.displayNames ?? []).map((name) => [name.entity.name, name]));
  }

  async export(viewer: Viewer, clientId: number, options: { english: boolean }): Promise<ReadableExport | null> {
    if (!hasRole(viewer, Role.MANAGER, Role.COORDINATOR, Role.DATA_PROTECTION_OFFICER)) return null;
    const client = await findWorkableClient(this.em, viewer, clientId);
    if (!client) return null;
    const sections: ReadableSection[] = [];
    for (const { key, entity } of this.tables) {
      const record = this.records.get(entity.name);
      if (!record) throw new Error(`No processing record for ${entity.name} (export key ${key})`);
      const rows = entity === Client ? [client] : await this.em.find(entity, { client: client.id } as never, { orderBy: { id: 'asc' } as never });
      const facts: ReadableFact[][] = [];
      for (const row of rows) facts.push(await this.factsOf(entity, record, row as Record<string, unknown>, options.english));
      sections.push({
        title: record.title,
        en: options.english ? record.en : null,
        purpose: record.purpose,
        legalBasis: record.legalBasis,
        recipients: record.recipients,
        retention: record.retention,
        rows: facts,
      });
    }
    const { processing, truncated } = await this.trailOf(client);
    this.audit.record({
      action: AuditAction.EXPORT,
      purpose: AuditPurpose.DATA_SUBJECT_REQUEST,
      subjectType: 'Client',
      subjectId: client.id,
      agencyId: client.agency.id,
      fields: [...this.tables.map((table) => table.key), 'processing'],
    });
    return {
      subjectName: `${client.givenNames} ${client.familyName}`,
      agencyName: (await this.nameOf(Agency, client.agency.id)) ?? '',
      exportedAt: germanDate(new Date()),
      english: options.english,
      sections,
      processing,
      processingTruncated: truncated,
    };
  }

  private async factsOf(entity: EntityClass<object>, record: ProcessingRecord, row: Record<string, unknown>, english: boolean): Promise<ReadableFact[]> {
    const meta = this.em.getMetadata().get(entity.name);
    const facts: ReadableFact[] = [];
    for (const prop of meta.props) {
      if (prop.persist === false || (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE)) continue;
      const annotation = (record.fields as Record<string, FieldAnnotation | undefined>)[prop.name];
      if (!annotation) throw new Error(`No annotation for ${entity.name}.${prop.name}`);
      if (annotation.key) continue;
      const raw = row[prop.name];
      let value: string;
      if (prop.kind === ReferenceKind.MANY_TO_ONE) {
        const reference = raw as { id: number } | null;
        value = reference ? ((await this.nameOf(prop.targetMeta!.class as EntityClass<object>, reference.id)) ?? 'erfasst') : 'keine Angabe';
      } else {
        value = formatted(annotation, raw);
      }
      facts.push({ label: annotation.label, en: english ? annotation.en : null, value });
    }
    return facts;
  }

  private async nameOf(entity: EntityClass<object>, id: number): Promise<string | null> {
    const name = this.names.get(entity.name);
    if (!name) return null;
    const row = await this.em.findOne(entity, { id } as never, { populate: (name.populate ?? []) as never });
    return row ? name.name(row) : null;
  }

  private async trailOf(client: Client): Promise<{ processing: ReadableProcessing[]; truncated: boolean }> {
    const entries = await this.em.execute<Array<{ occurred_at: Date; actor: string; actor_kind: string; action: AuditAction; purpose: AuditPurpose; fields: string[] }>>(
      'select occurred_at, actor, actor_kind, action::text as action, purpose::text as purpose, fields from hub_audit_trail_of_client(?, ?, ?)',
      [client.id, toGlobalId('Client', client.id), MAX_TRAIL + 1],
    );
    const userIds = entries.filter((entry) => entry.actor_kind === 'USER').map((entry) => userIdOf(entry.actor)).filter((id): id is number => id !== null);
    const users = new Map((await this.em.find(User, { id: { $in: [...new Set(userIds)] } })).map((user) => [toGlobalId('User', user.id), user]));
    const labels = this.labelsOfClientFields();
    const processing = entries.slice(0, MAX_TRAIL).map((entry) => ({
      when: germanDate(new Date(entry.occurred_at)),
      who: entry.actor_kind === 'SYSTEM' ? 'der Hub selbst (automatischer Lauf)' : entry.actor_kind === 'INTEGRATION' ? 'ein angebundenes Fachverfahren (API-Schlüssel)' : whoOf(users.get(entry.actor)),
      action: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      purpose: AUDIT_PURPOSE_LABELS[entry.purpose] ?? entry.purpose,
      what: entry.fields.map((field) => labels.get(field) ?? field).join(', '),
    }));
    return { processing, truncated: entries.length > MAX_TRAIL };
  }

  /** German labels of what audit entries name: the fields of the client and the export's parts. */
  private labelsOfClientFields(): Map<string, string> {
    const labels = new Map<string, string>();
    for (const { key, entity } of this.tables) {
      const record = this.records.get(entity.name);
      if (!record) continue;
      labels.set(key, record.title);
      if (entity === Client) for (const [field, annotation] of Object.entries(record.fields as Record<string, FieldAnnotation>)) labels.set(field, annotation.label);
    }
    labels.set('processing', 'Protokoll der Verarbeitungen');
    return labels;
  }
}

function userIdOf(globalId: string): number | null {
  const [type, id] = Buffer.from(globalId, 'base64url').toString().split(':');
  return type === 'User' && /^\d+$/.test(id ?? '') ? Number(id) : null;
}

function whoOf(user: User | undefined): string {
  if (!user) return 'eine Mitarbeiterin oder ein Mitarbeiter (Konto inzwischen gelöscht)';
  const role = user.roles.includes(Role.DATA_PROTECTION_OFFICER) ? 'Datenschutzbeauftragte/r' : user.roles.includes(Role.COORDINATOR) ? 'Koordination' : 'Integrationsmanagement';
  return `${user.name ?? user.email} (${role})`;
}

/** A stored value in words: enum values and booleans in German, dates as 15.01.2025. */
export function formatted(annotation: FieldAnnotation, raw: unknown): string {
  if (annotation.render) return annotation.render(raw);
  if (raw === null || raw === undefined) return 'keine Angabe';
  if (annotation.values && typeof raw === 'string') return annotation.values[raw] ?? raw;
  if (typeof raw === 'boolean') return raw ? 'ja' : 'nein';
  if (raw instanceof Date) return germanDate(raw);
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return germanDate(raw);
  if (typeof raw === 'number') return String(raw).replace('.', ',');
  if (Array.isArray(raw)) return raw.length === 0 ? 'keine' : raw.map(String).join(', ');
  return String(raw);
}
