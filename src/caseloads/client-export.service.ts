import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type AuditPurpose } from '../audit/audit.enums';
import type { AuditLog } from '../audit/audit-log';
import { Consent } from '../consents/consent.entity';
import { toGlobalId } from '../core/relay/global-id';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from '../plans/plan.entity';
import { CaseNote } from './case-note.entity';
import type { ClientService } from './client.service';
import { Client } from './client.entity';
import { SupportExtension } from './support-extension.entity';

/**
 * Every table that holds a person's data, with the key that ties its rows to the person. The
 * Art. 15 export, the erasure and their tests all read this list: a new table of personal data
 * goes here, or the completeness tests fail.
 */
export const CLIENT_DATA: ReadonlyArray<{ key: string; entity: EntityClass<object>; clientColumn: string }> = [
  { key: 'client', entity: Client, clientColumn: 'id' },
  { key: 'supportExtensions', entity: SupportExtension, clientColumn: 'client_id' },
  { key: 'planVersions', entity: Plan, clientColumn: 'client_id' },
  { key: 'planGoals', entity: PlanGoal, clientColumn: 'client_id' },
  { key: 'planMeasures', entity: PlanMeasure, clientColumn: 'client_id' },
  { key: 'planReviews', entity: PlanReview, clientColumn: 'client_id' },
  { key: 'caseNotes', entity: CaseNote, clientColumn: 'client_id' },
  { key: 'consents', entity: Consent, clientColumn: 'client_id' },
];

export type ExportDocument = Record<string, unknown>;

/**
 * GDPR Art. 15: one JSON document with every stored field of the person, decrypted. Built from
 * the entity metadata, so a field added to an entity is exported without touching this code;
 * references appear as global IDs. Audited as EXPORT.
 */
export class ClientExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clients: ClientService,
    private readonly audit: AuditLog,
    private readonly purpose: AuditPurpose,
  ) {}

  async export(clientId: number): Promise<ExportDocument | null> {
    const client = await this.clients.find(clientId);
    if (!client) return null;
    const document: ExportDocument = {
      exportedAt: new Date().toISOString(),
      subject: toGlobalId('Client', client.id),
      legalBasis: 'GDPR Art. 15: a copy of the personal data processed about you.',
    };
    for (const { key, entity } of CLIENT_DATA) {
      const rows = entity === Client ? [client] : await this.em.find(entity, { client: client.id } as never, { orderBy: { id: 'asc' } as never });
      const meta = this.em.getMetadata().get(entity.name);
      const records = rows.map((row) => exportRecord(meta, row as Record<string, unknown>));
      document[key] = entity === Client ? records[0] : records;
    }
    this.audit.record({ action: AuditAction.EXPORT, purpose: this.purpose, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: CLIENT_DATA.map((part) => part.key) });
    return document;
  }
}

/** Every stored scalar and reference of a row, by property name; references as global IDs. */
export function exportRecord(meta: EntityMetadata, row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      const value = row[prop.name];
      record[prop.name] = value instanceof Date ? value.toISOString() : (value ?? null);
      if (prop.primary) record[prop.name] = toGlobalId(meta.className, value as number);
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      const reference = row[prop.name] as { id: number } | null;
      record[prop.name] = reference ? toGlobalId(prop.type, reference.id) : null;
    }
  }
  return record;
}
