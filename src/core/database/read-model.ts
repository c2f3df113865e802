import { ReferenceKind, type EntityClass, type EntityMetadata, type MetadataStorage, type Platform, type Type } from '@mikro-orm/core';
import { EncryptedText } from '../crypto/encrypted-text';
import { rawSql, type Sql } from './sql';

/**
 * Read-only entity views for hot public reads.
 *
 * A managed MikroORM entity installs change-tracking accessors on every instance, which costs
 * tens of microseconds per entity; a search page holds about a hundred (offers with providers,
 * locations, places, districts). Pages that are only ever read are built instead as *views*:
 * frozen instances of the same class (so the same GraphQL type, getters and global IDs), not in
 * any identity map, which MikroORM refuses to persist. Columns come from the entity metadata, so
 * a new property is selected and mapped without touching this code.
 */
export class ReadModel<T extends object> {
  private readonly columns: Array<{ property: string; key: string; select: string; reference: boolean; timestamp: boolean; customType: Type<unknown> | undefined }>;
  /**
   * Prototype of every view: the entity's prototype, with plain writable data properties in front
   * of MikroORM's tracking accessors, so assigning a field creates an ordinary own property.
   */
  private readonly prototype: object;

  constructor(
    entity: EntityClass<T>,
    metadata: MetadataStorage,
    /** Table alias in the query; also prefixes the selected column names. */
    readonly alias: string,
    /** Needed for entities with custom types (e.g. encrypted columns), which convert each value. */
    private readonly platform?: Platform,
  ) {
    const meta: EntityMetadata<T> = metadata.get(entity.name);
    this.columns = meta.props
      .filter((prop) => prop.persist !== false && !prop.lazy && prop.fieldNames?.length === 1)
      .filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
      .map((prop) => {
        const column = prop.fieldNames[0];
        // Dates stay ISO strings (the pg driver would turn them into local-midnight Date objects);
        // timestamps travel as epoch milliseconds and become Dates, as on managed entities.
        const date = prop.type === 'date' || prop.columnTypes?.[0] === 'date';
        const timestamp = !date && (prop.type === 'datetime' || /^timestamp/.test(prop.columnTypes?.[0] ?? ''));
        const value = date ? `${alias}.${column}::text` : timestamp ? `(extract(epoch from ${alias}.${column}) * 1000)::float8` : `${alias}.${column}`;
        return {
          timestamp,
          property: prop.name,
          key: `${alias}.${column}`,
          select: `${value} as "${alias}.${column}"`,
          reference: prop.kind === ReferenceKind.MANY_TO_ONE,
          // Only our own column types convert; MikroORM's built-ins match what pg returns already.
          customType: prop.customType instanceof EncryptedText ? (prop.customType as Type<unknown>) : undefined,
        };
      });
    this.prototype = Object.create(
      entity.prototype,
      Object.fromEntries(this.columns.map(({ property }) => [property, { value: undefined, writable: true, enumerable: false }])),
    );
  }

  /** The select list for this alias. */
  selectList(): Sql {
    return rawSql(this.columns.map((column) => column.select).join(', '));
  }

  /** Builds the frozen view from a row, or null when a left join found nothing. */
  fromRow(row: Record<string, unknown>): T | null {
    if (row[`${this.alias}.id`] == null) return null;
    const view = Object.create(this.prototype) as Record<string, unknown>;
    for (const { property, key, reference, timestamp, customType } of this.columns) {
      const raw = row[key] ?? null;
      const value = raw === null ? null : timestamp ? new Date(raw as number) : customType && this.platform ? customType.convertToJSValue(raw, this.platform) : raw;
      // A to-one relation becomes a key-only stand-in, resolved through the request's loaders.
      view[property] = reference && value !== null ? { id: value } : value;
    }
    return Object.freeze(view) as T;
  }
}
