import { ReferenceKind, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import type { Viewer } from '../core/auth/viewer';
import type { PersonalDataType } from '../core/module';
import { toGlobalId } from '../core/relay/global-id';
import { Client } from './client.entity';
import { EXPORT_VERSION } from './client-export.schema';
import { findWorkableClient } from './client.policy';

export interface ClientDataTable {
  key: string;
  entity: EntityClass<object>;
  clientColumn: string;
  /** The subject's own table (one record, not a list). */
  subjectColumnIsId: boolean;
}

/**
 * Every table that holds a client's data, with the column that ties its rows to the person: the
 * modules' personal-data types about a Client that say how to export them. The Art. 15 export,
 * the erasure tests and the completeness tests all read this list.
 */
export function clientDataTables(personalData: readonly PersonalDataType[]): ClientDataTable[] {
  return personalData
    .filter((type) => type.subjectType === 'Client' && type.exportAs)
    .map((type) => ({ key: type.exportAs!.key, entity: type.type as unknown as EntityClass<object>, clientColumn: type.exportAs!.subjectColumn, subjectColumnIsId: type.exportAs!.subjectColumn === 'id' }));
}

export type ExportDocument = Record<string, unknown>;

/**
 * GDPR Art. 15: one JSON document with every stored field of the person, decrypted. Built from
 * the entity metadata, so a field added to an entity is exported without touching this code
 * (structured values such as the availability slots as they are stored); references appear as
 * global IDs. Audited as EXPORT, under the purpose the operation declared.
 */
export class ClientExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
    private readonly tables: readonly ClientDataTable[],
  ) {}

  async export(viewer: Viewer, clientId: number): Promise<ExportDocument | null> {
    const client = await findWorkableClient(this.em, viewer, clientId);
    if (!client) return null;
    const document: ExportDocument = {
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      subject: toGlobalId('Client', client.id),
      legalBasis: 'GDPR Art. 15: a copy of the personal data processed about you.',
    };
    for (const { key, entity } of this.tables) {
      const rows = entity === Client ? [client] : await this.em.find(entity, { client: client.id } as never, { orderBy: { id: 'asc' } as never });
      const meta = this.em.getMetadata().get(entity.name);
      const records = rows.map((row) => exportRecord(meta, row as Record<string, unknown>));
      document[key] = entity === Client ? records[0] : records;
    }
    this.audit.record({ action: AuditAction.EXPORT, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: this.tables.map((part) => part.key) });
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
