import DataLoader from 'dataloader';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, executeBoundArrays } from './database/bound-statement';
import { ReadModel } from './database/read-model';
import { rawSql, sql } from './database/sql';
import { buildConnection, encodeCursor, pageRequest, type ConnectionArgs, type Edge, type PageInfo, type PageRequest } from './relay/connection';
import { keysetSql, type KeysetOrdering } from './relay/keyset';

/**
 * Where the child rows of a parent are and how they are ordered, for `page` and `count`. All SQL
 * here is trusted text chosen by code; the entity's table has alias `a`.
 */
export interface ChildRows {
  /** The parent's key, e.g. `a.client_id`, or a link table's column such as `am.agency_id`. */
  parent: string;
  /** Joins after the entity's table, e.g. a link table. */
  join?: string;
  /** Keyset order of one parent's rows, ending with the primary key. */
  ordering: KeysetOrdering;
}

export interface ChildConnection<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/**
 * A request's DataLoader that keeps what it loaded (or was primed with): `now` answers a key it
 * knows without a promise. A nested page resolved from values is executed by graphql-js without
 * a promise per object, which for a caseload of 200 clients cost more than its SQL (see
 * `Prefetch`, which loads a selection's levels before they resolve).
 */
export class RequestLoader<V> extends DataLoader<number, V> {
  private readonly settled: Map<number, V>;
  /** Keys `loadAll` will fetch once the current tick's promise jobs have run, and when they are in. */
  private queued: { keys: number[]; done: Promise<void> } | null = null;
  private readonly inFlight = new Map<number, Promise<void>>();
  /** Why `loadAll` could not load a key; DataLoader's cache holds the same failure for `load`. */
  private readonly failures = new Map<number, Error>();

  /** `wider`: a loader of the same rows with more columns; what it holds already answers here too. */
  constructor(
    private readonly batch: (keys: readonly number[]) => Promise<V[]>,
    private readonly wider?: RequestLoader<V>,
  ) {
    const settled = new Map<number, V>();
    super(async (keys) => {
      const values = await batch(keys);
      for (let i = 0; i < keys.length; i++) if (!settled.has(keys[i])) settled.set(keys[i], values[i]);
      return values;
    });
    this.settled = settled;
  }

  /** The value of `key` when loaded already, else the promise of it. */
  now(key: number): V | Promise<V> {
    if (this.settled.has(key)) return this.settled.get(key) as V;
    if (this.wider?.settled.has(key)) return this.wider.settled.get(key) as V;
    return this.load(key);
  }

  /** The value of `key` if this loader (or its wider one) has it, without loading. */
  peek(key: number): V | undefined {
    return this.settled.get(key) ?? this.wider?.peek(key);
  }

  override load(key: number): Promise<V> {
    // What `loadAll` fetched is not in DataLoader's own cache.
    if (this.settled.has(key)) return Promise.resolve(this.settled.get(key) as V);
    return super.load(key);
  }

  /**
   * The values of `keys` (an Error for a key whose load failed), like `loadMany`, but with one
   * promise for them all instead of one per key: a caseload page prefetches thousands. Keys
   * asked for in the same tick, by any caller, are fetched in one batch, as DataLoader does.
   */
  loadAll(keys: readonly number[]): Promise<Array<V | Error>> {
    const waits = new Set<Promise<void>>();
    for (const key of keys) {
      if (this.settled.has(key) || this.wider?.settled.has(key)) continue;
      waits.add(this.inFlight.get(key) ?? this.enqueue(key));
    }
    const values = () => keys.map((key) => (this.settled.has(key) ? (this.settled.get(key) as V) : this.wider?.settled.has(key) ? (this.wider.settled.get(key) as V) : this.failures.get(key)!));
    return waits.size === 0 ? Promise.resolve(values()) : Promise.all(waits).then(values);
  }

  private enqueue(key: number): Promise<void> {
    if (!this.queued) {
      const keys: number[] = [];
      // After the promise jobs of this tick, as DataLoader schedules its batches.
      const done = Promise.resolve().then(() => new Promise<void>((resolve) => process.nextTick(() => resolve(this.dispatch(keys)))));
      this.queued = { keys, done };
    }
    this.queued.keys.push(key);
    this.inFlight.set(key, this.queued.done);
    return this.queued.done;
  }

  private async dispatch(keys: number[]): Promise<void> {
    this.queued = null;
    try {
      const values = await this.batch(keys);
      for (let i = 0; i < keys.length; i++) if (!this.settled.has(keys[i])) this.settled.set(keys[i], values[i]);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const key of keys) {
        this.failures.set(key, failure);
        super.prime(key, failure);
      }
    } finally {
      for (const key of keys) this.inFlight.delete(key);
    }
  }

  override prime(key: number, value: V | PromiseLike<V> | Error): this {
    // Like DataLoader's cache, the first value of a key stays. A value is kept here only (`load`
    // answers from here first), without the promise DataLoader's cache would make of it.
    if (this.settled.has(key)) return this;
    if (value instanceof Error || isPromiseLike(value)) return super.prime(key, value);
    this.settled.set(key, value);
    return this;
  }
}

/** `value` mapped by `map`, without a promise when `value` is none (see `RequestLoader.now`). */
export function mapNow<V, R>(value: V | Promise<V>, map: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(map) : map(value);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

const readModelsByPlatform = new WeakMap<object, Map<EntityClass<object>, ReadModel<object>>>();

/**
 * Per-request loaders. One batched statement per kind of load and tick. Reads return *views*
 * (frozen, untracked instances of the entity class, see ReadModel): nested pages of hundreds of
 * rows would otherwise cost more in change-tracking than in SQL. Rows already in the request's
 * identity map (created or changed by a mutation) are served from there. Writes never go through
 * loaders: services load managed entities.
 */
export class EntityLoaders {
  private readonly loaders = new Map<string, RequestLoader<unknown>>();
  /** Loaders by primary key, one per model (an entity's, or a narrowed one): called for every object of a page. */
  private readonly idLoaders = new Map<ReadModel<object>, RequestLoader<unknown>>();
  /** Loaders of child rows by read model, column, `where` and `orderBy` (see byColumn). */
  private readonly columnLoaders = new Map<ReadModel<object>, Map<string, Map<string, Map<string, RequestLoader<unknown>>>>>();
  private readonly readModels: Map<EntityClass<object>, ReadModel<object>>;

  constructor(private readonly em: EntityManager) {
    // Shared by the requests of one ORM: the narrowed models they keep are worked out once.
    const platform = em.getPlatform();
    let models = readModelsByPlatform.get(platform);
    if (!models) readModelsByPlatform.set(platform, (models = new Map()));
    this.readModels = models;
  }

  /**
   * Rows by primary key. `selected`: the properties the selection reads (see `selectedProperties`),
   * for a loader that selects only those columns; null or absent: all columns.
   */
  byId<T extends { id: number }>(entity: EntityClass<T>, selected: ReadonlySet<string> | null = null): RequestLoader<T | null> {
    const full = this.readModel(entity);
    const model = full.narrow(selected);
    let loader = this.idLoaders.get(model) as RequestLoader<T | null> | undefined;
    if (!loader) {
      // Rows primed or loaded with every column (e.g. a search page's providers) serve a narrower selection too.
      const wider = model === full ? undefined : this.byId(entity);
      loader = new RequestLoader<T | null>((ids) => this.batchById(entity, model, ids, wider), wider);
      this.idLoaders.set(model, loader as RequestLoader<unknown>);
    }
    return loader;
  }

  /**
   * Rows of `entity` whose `column` (a foreign key) is the key, grouped, in `orderBy` order;
   * `where` narrows them (trusted SQL on alias `a`, chosen by code).
   */
  byColumn<T extends object>(entity: EntityClass<T>, column: string, options: { where?: string; orderBy?: string } = {}, selected: ReadonlySet<string> | null = null): RequestLoader<T[]> {
    const model = this.readModel(entity).narrow(selected);
    // Asked for by every parent of a page: found without building a key, made only when new.
    const byOptions = nestedMap(nestedMap(this.columnLoaders, model), column);
    const where = options.where ?? '';
    const orderBy = options.orderBy ?? '';
    const known = byOptions.get(where)?.get(orderBy) as RequestLoader<T[]> | undefined;
    if (known) return known;
    const loader = new RequestLoader<T[]>(async (keys) => {
      const table = this.em.getMetadata().get(entity.name).tableName;
      const rows = await executeBoundArrays(
        this.em,
        `select ${model.selectList().text}, a.${column} as "key" from "${table}" a
         where a.${column} = any(?::int[])${options.where ? ` and ${options.where}` : ''}
         order by ${options.orderBy ?? 'a.id'}`,
        [`{${keys.join(',')}}`],
      );
      const grouped = new Map<number, T[]>(keys.map((k) => [k, []]));
      const keyAt = model.columnCount;
      for (const row of rows) grouped.get(row[keyAt] as number)?.push(model.fromArray(row)!);
      return keys.map((k) => grouped.get(k)!);
    });
    nestedMap(byOptions, where).set(orderBy, loader as RequestLoader<unknown>);
    return loader;
  }

  /**
   * A connection over one parent's child rows. The pages of all parents asking with the same
   * arguments in a tick come from one statement, and so do their counts (only when selected).
   */
  connection<T extends object>(entity: EntityClass<T>, rows: ChildRows, parentId: number, args: ConnectionArgs): Promise<ChildConnection<T>> {
    const request = pageRequest(args);
    return this.page(entity, rows, request)
      .load(parentId)
      .then((found) => buildConnection(found, request, (edge) => edge, () => this.count(entity, rows).load(parentId)));
  }

  /**
   * One page of child rows per parent: rows numbered per parent by `row_number()` after the
   * keyset condition, `limit + 1` of them kept (the extra one tells whether another page exists).
   */
  page<T extends object>(entity: EntityClass<T>, rows: ChildRows, request: PageRequest): RequestLoader<Array<Edge<T>>> {
    // Checked here, before batching, so a bad cursor fails as INVALID_CURSOR for this field only.
    const keyset = keysetSql(rows.ordering, request);
    const key = `page:${entity.name}:${rows.parent}:${rows.join ?? ''}:${keyset.orderBy}:${request.limit}:${JSON.stringify(request.cursor)}`;
    return this.loader(key, async (parents) => {
      const model = this.readModel(entity);
      const table = this.em.getMetadata().get(entity.name).tableName;
      const sortKeys = rows.ordering.keys.map((sortKey, i) => `${sortKey.column}${sortKey.type === 'date' ? '::text' : ''} as "k${i}"`).join(', ');
      const query = sql`select * from (
          select ${model.selectList()}, ${rawSql(rows.parent)} as "parent", ${rawSql(sortKeys)},
                 row_number() over (partition by ${rawSql(rows.parent)} order by ${rawSql(keyset.orderBy)}) as "rn"
          from ${rawSql(`"${table}" a ${rows.join ?? ''}`)}
          where ${rawSql(rows.parent)} = any(${`{${parents.join(',')}}`}::int[])${keyset.where ? sql` and ${keyset.where}` : rawSql('')}
        ) p where p."rn" <= ${request.limit + 1} order by p."parent", p."rn"`;
      const found = await executeBound<Record<string, unknown>>(this.em, query.text, [...query.values]);
      const grouped = new Map<number, Array<Edge<T>>>(parents.map((parent) => [parent, []]));
      for (const row of found) {
        const cursor = encodeCursor(rows.ordering.keys.map((_, i) => row[`k${i}`] as string | number));
        grouped.get(row.parent as number)?.push({ cursor, node: model.fromRow(row)! });
      }
      return parents.map((parent) => grouped.get(parent)!);
    });
  }

  /** The number of child rows per parent, for `totalCount`. */
  count<T extends object>(entity: EntityClass<T>, rows: Omit<ChildRows, 'ordering'>): RequestLoader<number> {
    return this.loader(`count:${entity.name}:${rows.parent}:${rows.join ?? ''}`, async (parents) => {
      const table = this.em.getMetadata().get(entity.name).tableName;
      const found = await executeBound<{ parent: number; count: number }>(
        this.em,
        `select ${rows.parent} as "parent", count(*)::int as "count" from "${table}" a ${rows.join ?? ''}
         where ${rows.parent} = any(?::int[]) group by 1`,
        [`{${parents.join(',')}}`],
      );
      const counts = new Map(found.map((row) => [row.parent, row.count]));
      return parents.map((parent) => counts.get(parent) ?? 0);
    });
  }

  /** A request-scoped loader of any kind, created on first use under `key`. */
  loader<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>, wider?: RequestLoader<V>): RequestLoader<V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new RequestLoader<V>(batch, wider) as RequestLoader<unknown>;
      this.loaders.set(key, loader);
    }
    return loader as RequestLoader<V>;
  }

  private readModel<T extends object>(entity: EntityClass<T>): ReadModel<T> {
    let model = this.readModels.get(entity as EntityClass<object>);
    if (!model) {
      model = new ReadModel(entity as EntityClass<object>, this.em.getMetadata(), 'a', this.em.getPlatform());
      this.readModels.set(entity as EntityClass<object>, model);
    }
    return model as ReadModel<T>;
  }

  private async batchById<T extends { id: number }>(entity: EntityClass<T>, model: ReadModel<T>, ids: readonly number[], wider?: RequestLoader<T | null>): Promise<Array<T | null>> {
    const unitOfWork = this.em.getUnitOfWork();
    // A read-only request manages no entity of the kind: then no key needs looking up there.
    const managesAny = unitOfWork.getIdentityMap().getStore(this.em.getMetadata().get(entity.name).root).size > 0;
    const found = new Map<number, T>();
    const missing: number[] = [];
    for (const id of ids) {
      const known = managesAny ? unitOfWork.getById<T>(entity.name, id as never) : undefined;
      const view = wider?.peek(id);
      // An uninitialised reference (only its key known) still has to be loaded.
      if (known && wrap(known, true).isInitialized()) found.set(id, known);
      else if (view) found.set(id, view);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const table = this.em.getMetadata().get(entity.name).tableName;
      const rows = await executeBoundArrays(this.em, `select ${model.selectList().text} from "${table}" a where a.id = any(?::int[])`, [`{${missing.join(',')}}`]);
      for (const row of rows) {
        const view = model.fromArray(row)!;
        found.set(view.id, view);
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }
}

/** The map under `key` in `outer`, made when missing. */
function nestedMap<K, V extends Map<unknown, unknown>>(outer: Map<K, V>, key: K): V {
  let inner = outer.get(key);
  if (!inner) outer.set(key, (inner = new Map() as V));
  return inner;
}
