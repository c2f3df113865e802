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
 *
 * The mapping from a row is a function generated once per entity, alias and platform (and kept,
 * so it is optimised once, not per request), with one named store per column: a loop assigning
 * `view[property]` is a megamorphic store that looks each name up along the prototype chain,
 * about 7 µs per offer row (38 columns); the generated one takes under 1 µs. A caseload page of
 * 200 clients maps about 3,000 rows.
 */
export class ReadModel<T extends object> {
  private readonly shape: Shape<T>;
  /** The shapes of this entity kept in the process (all aliases and narrowings). */
  private readonly shapesOfEntity: Map<string, Shape<object>>;
  /** Tells the narrowed models of an entity apart (e.g. in loader keys): '*' for all columns. */
  readonly projectionKey: string;
  private readonly narrowed = new Map<string, ReadModel<T>>();
  /** By the set asked for: resolvers ask with the same set for every object of a page (see projection.ts). */
  private readonly bySelection = new WeakMap<ReadonlySet<string>, ReadModel<T>>();

  constructor(
    private readonly entity: EntityClass<T>,
    private readonly metadata: MetadataStorage,
    /** Table alias in the query; also prefixes the selected column names. */
    readonly alias: string,
    /** Needed for entities with custom types (e.g. encrypted columns), which convert each value. */
    private readonly platform?: Platform,
    /** The properties read (sorted; always with the key and every to-one reference); all when absent. */
    private readonly only?: readonly string[],
  ) {
    const meta: EntityMetadata<T> = metadata.get(entity.name);
    const byMeta = shapes.get(platform ?? NO_PLATFORM) ?? new WeakMap<EntityMetadata, Map<string, Shape<object>>>();
    shapes.set(platform ?? NO_PLATFORM, byMeta);
    const byAlias = byMeta.get(meta) ?? new Map<string, Shape<object>>();
    byMeta.set(meta, byAlias);
    const key = `${alias}|${only?.join(',') ?? '*'}`;
    let shape = byAlias.get(key) as Shape<T> | undefined;
    if (!shape) {
      shape = shapeOf(entity, meta, alias, platform, only ? new Set(only) : undefined);
      byAlias.set(key, shape as Shape<object>);
    }
    this.shape = shape;
    this.shapesOfEntity = byAlias;
    this.projectionKey = only?.join(',') ?? '*';
  }

  /**
   * A model that reads only `properties`, with the key and every to-one reference (small, and what
   * loaders and the audit log read). Its views throw on reading a column left out, so a resolver that
   * needs more than it declared fails loudly. All columns when `properties` is null, or names
   * anything but a column (a getter, say, whose inputs are unknown).
   */
  narrow(properties: ReadonlySet<string> | null): ReadModel<T> {
    if (properties === null || this.only) return this;
    let model = this.bySelection.get(properties);
    if (!model) this.bySelection.set(properties, (model = this.narrowTo(properties)));
    return model;
  }

  private narrowTo(properties: ReadonlySet<string>): ReadModel<T> {
    const wanted = new Set(this.shape.alwaysRead);
    for (const property of properties) {
      if (!this.shape.columnProperties.has(property)) return this;
      wanted.add(property);
    }
    if (wanted.size === this.shape.columnProperties.size) return this;
    const only = [...wanted].sort();
    const key = only.join(',');
    let model = this.narrowed.get(key);
    if (!model) {
      // Clients choose the selections: past a bound of shapes kept (each a generated function), all columns.
      if (!this.shapesOfEntity.has(`${this.alias}|${key}`) && this.shapesOfEntity.size >= MAX_SHAPES_PER_ENTITY) return this;
      this.narrowed.set(key, (model = new ReadModel(this.entity, this.metadata, this.alias, this.platform, only)));
    }
    return model;
  }

  /** The select list for this alias. */
  selectList(): Sql {
    return rawSql(this.shape.selectList);
  }

  /** Builds the frozen view from a row, or null when a left join found nothing. */
  fromRow(row: Record<string, unknown>): T | null {
    if (row[this.shape.idKey] == null) return null;
    return this.shape.build(row);
  }

  /** The same from a row read as an array (see `executeBoundArrays`) whose select list starts with this one's. */
  fromArray(row: readonly unknown[]): T | null {
    if (row[this.shape.idIndex] == null) return null;
    return this.shape.buildFromArray(row);
  }

  /** The columns of the select list, in order: a row read as an array holds these first. */
  get columnCount(): number {
    return this.shape.columnKeys.length;
  }

  /** Where `key` (alias.column, e.g. `c.family_name`) is in the select list; -1 when not selected. */
  indexOf(key: string): number {
    return this.shape.columnKeys.indexOf(key);
  }
}

interface Shape<T> {
  selectList: string;
  idKey: string;
  idIndex: number;
  columnKeys: readonly string[];
  /** Every property with a column, and those a narrowed view reads whatever is asked (key, to-one references). */
  columnProperties: ReadonlySet<string>;
  alwaysRead: readonly string[];
  build: (row: Record<string, unknown>) => T;
  buildFromArray: (row: readonly unknown[]) => T;
}

/** Shapes by platform (its key ring decrypts), entity metadata (one per ORM) and alias. */
const shapes = new WeakMap<object, WeakMap<EntityMetadata, Map<string, Shape<object>>>>();
/** Shapes kept per entity and platform: every alias and narrowing that requests have used, up to this many. */
export const MAX_SHAPES_PER_ENTITY = 64;
const NO_PLATFORM = {};

function shapeOf<T extends object>(entity: EntityClass<T>, meta: EntityMetadata<T>, alias: string, platform: Platform | undefined, only: ReadonlySet<string> | undefined): Shape<T> {
  const allColumns = meta.props
    .filter((prop) => prop.persist !== false && !prop.lazy && prop.fieldNames?.length === 1)
    .filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)
    .map((prop) => {
      const column = prop.fieldNames[0];
      // Dates stay ISO strings (the pg driver would turn them into local-midnight Date objects);
      // timestamps travel as epoch milliseconds and become Dates, as on managed entities.
      const date = prop.type === 'date' || prop.columnTypes?.[0] === 'date';
      const timestamp = !date && (prop.type === 'datetime' || /^timestamp/.test(prop.columnTypes?.[0] ?? ''));
      const value = date ? `${alias}.${column}::text` : timestamp ? `(extract(epoch from ${alias}.${column}) * 1000)::float8` : `${alias}.${column}`;
      // Only our own column types convert; MikroORM's built-ins match what pg returns already.
      const customType = prop.customType instanceof EncryptedText && platform ? (prop.customType as Type<unknown>) : undefined;
      return {
        property: prop.name,
        key: `${alias}.${column}`,
        select: `${value} as "${alias}.${column}"`,
        reference: prop.kind === ReferenceKind.MANY_TO_ONE,
        timestamp,
        convert: customType ? (raw: unknown) => customType.convertToJSValue(raw, platform!) : undefined,
      };
    });
  const columns = only ? allColumns.filter((column) => only.has(column.property)) : allColumns;
  const leftOut = allColumns.filter((column) => !columns.includes(column)).map((column) => column.property);
  // Prototype of every view: the entity's prototype, with plain writable data properties in front
  // of MikroORM's tracking accessors, so assigning a field creates an ordinary own property.
  const View = function View() {} as unknown as new () => Record<string, unknown>;
  View.prototype = Object.create(entity.prototype, {
    ...Object.fromEntries(columns.map(({ property }) => [property, { value: undefined, writable: true, enumerable: false }])),
    ...Object.fromEntries(leftOut.map((property) => [property, { get: () => notRead(entity.name, property), enumerable: false }])),
  });
  // Null stays null; a timestamp becomes a Date, an encrypted column its plain value, a to-one
  // relation a key-only stand-in (resolved through the request's loaders). Names and keys enter
  // the source only as JSON string literals.
  const convert = columns.map((column) => column.convert);
  // The same mapping, reading a row by column name or (an array) by position.
  const mapping = (read: (key: string, index: number) => string) =>
    columns.map(({ property, key, reference, timestamp }, index) => {
      const plain = timestamp ? 'new Date(raw)' : convert[index] ? `convert[${index}](raw)` : 'raw';
      return `raw = ${read(key, index)}; view[${JSON.stringify(property)}] = raw == null ? null : ${reference ? `{ id: ${plain} }` : plain};`;
    });
  const source = (stores: string[]) => `return function fromRow(row) {\n  const view = new View();\n  let raw;\n  ${stores.join('\n  ')}\n  return Object.freeze(view);\n};`;
  const columnKeys = columns.map((column) => column.key);
  return {
    selectList: columns.map((column) => column.select).join(', '),
    idKey: `${alias}.id`,
    idIndex: columnKeys.indexOf(`${alias}.id`),
    columnKeys,
    columnProperties: new Set(allColumns.map((column) => column.property)),
    alwaysRead: allColumns.filter((column) => column.property === 'id' || column.reference).map((column) => column.property),
    build: new Function('View', 'convert', source(mapping((key) => `row[${JSON.stringify(key)}]`)))(View, convert) as (row: Record<string, unknown>) => T,
    buildFromArray: new Function('View', 'convert', source(mapping((_, index) => `row[${index}]`)))(View, convert) as (row: readonly unknown[]) => T,
  };
}

function notRead(entity: string, property: string): never {
  throw new Error(`${entity}.${property} was not read: the view holds only the columns its selection declared (see ReadModel.narrow)`);
}
