import { ReferenceKind, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
import type { ClientDataTable } from './client-export.service';

/** The version of the JSON export's shape; raised when a field changes meaning or type (not when one is added). */
export const EXPORT_VERSION = 1;

function typeOf(prop: EntityProperty): Record<string, unknown> {
  if (prop.primary || prop.kind === ReferenceKind.MANY_TO_ONE) return { type: 'string', description: 'A global ID.' };
  const column = (prop.columnTypes?.[0] ?? '').toLowerCase();
  const type = String(prop.runtimeType ?? prop.type).toLowerCase();
  if (column.endsWith('[]') || type.endsWith('[]')) return { type: 'array', items: { type: /int/.test(column) ? 'integer' : 'string' } };
  if (column === 'jsonb' || type === 'json') return { description: 'A structured value, as stored.' };
  if (column === 'date') return { type: 'string', format: 'date' };
  if (column.startsWith('timestamp') || type === 'date' || type === 'datetime') return { type: 'string', format: 'date-time' };
  if (prop.enum) return { type: 'string', enum: prop.items };
  if (type === 'boolean') return { type: 'boolean' };
  if (/int/.test(column) || type === 'integer' || type === 'smallint') return { type: 'integer' };
  if (type === 'number' || type === 'double' || /double|numeric|real/.test(column)) return { type: 'number' };
  return { type: 'string' };
}

function nullable(schema: Record<string, unknown>, prop: EntityProperty): Record<string, unknown> {
  if (!prop.nullable || schema.type === undefined) return schema;
  return { ...schema, type: [schema.type, 'null'] };
}

/** The JSON Schema of `clientDataExport`, from the entity metadata (committed as schema/client-export.schema.json). */
export function clientExportJsonSchema(metadata: MetadataStorage, tables: readonly ClientDataTable[]): Record<string, unknown> {
  const recordSchema = (entityName: string) => {
    const meta = metadata.get(entityName);
    const props = meta.props.filter((prop) => prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE));
    return {
      type: 'object',
      additionalProperties: false,
      required: props.map((prop) => prop.name),
      properties: Object.fromEntries(props.map((prop) => [prop.name, nullable(typeOf(prop), prop)])),
    };
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://integration-hub.example.org/schema/client-export.schema.json',
    title: 'Art. 15 GDPR export of a client (clientDataExport)',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'exportedAt', 'subject', 'legalBasis', ...tables.map((table) => table.key)],
    properties: {
      version: { const: EXPORT_VERSION },
      exportedAt: { type: 'string', format: 'date-time' },
      subject: { type: 'string', description: "The client's global ID." },
      legalBasis: { type: 'string' },
      ...Object.fromEntries(
        tables.map((table) => [table.key, table.subjectColumnIsId ? recordSchema(table.entity.name) : { type: 'array', items: recordSchema(table.entity.name) }]),
      ),
    },
  };
}
