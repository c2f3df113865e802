import DataLoader from 'dataloader';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReadModel } from './database/read-model';

/**
 * Per-request loaders. One batched statement per kind of load and tick. Reads return *views*
 * (frozen, untracked instances of the entity class, see ReadModel): nested pages of hundreds of
 * rows would otherwise cost more in change-tracking than in SQL. Rows already in the request's
 * identity map (created or changed by a mutation) are served from there. Writes never go through
 * loaders: services load managed entities.
 */
export class EntityLoaders {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();
  private readonly readModels = new Map<EntityClass<object>, ReadModel<object>>();

  constructor(private readonly em: EntityManager) {}

  byId<T extends { id: number }>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.loader(`id:${entity.name}`, (ids) => this.batchById(entity, ids));
  }

  /**
   * Rows of `entity` whose `column` (a foreign key) is the key, grouped, in `orderBy` order;
   * `where` narrows them (trusted SQL on alias `a`, chosen by code).
   */
  byColumn<T extends object>(entity: EntityClass<T>, column: string, options: { where?: string; orderBy?: string } = {}): DataLoader<number, T[]> {
    const key = `column:${entity.name}:${column}:${options.where ?? ''}:${options.orderBy ?? ''}`;
    return this.loader(key, async (keys) => {
      const model = this.readModel(entity);
      const table = this.em.getMetadata().get(entity.name).tableName;
      const rows = await this.em.execute<Array<Record<string, unknown>>>(
        `select ${model.selectList().text}, a.${column} as "key" from "${table}" a
         where a.${column} = any(?::int[])${options.where ? ` and ${options.where}` : ''}
         order by ${options.orderBy ?? 'a.id'}`,
        [`{${keys.join(',')}}`],
      );
      const grouped = new Map<number, T[]>(keys.map((k) => [k, []]));
      for (const row of rows) grouped.get(row.key as number)?.push(model.fromRow(row)!);
      return keys.map((k) => grouped.get(k)!);
    });
  }

  /** A request-scoped loader of any kind, created on first use under `key`. */
  loader<V>(key: string, batch: (keys: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, V>(batch);
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<number, V>;
  }

  private readModel<T extends object>(entity: EntityClass<T>): ReadModel<T> {
    let model = this.readModels.get(entity as EntityClass<object>);
    if (!model) {
      model = new ReadModel(entity as EntityClass<object>, this.em.getMetadata(), 'a', this.em.getPlatform());
      this.readModels.set(entity as EntityClass<object>, model);
    }
    return model as ReadModel<T>;
  }

  private async batchById<T extends { id: number }>(entity: EntityClass<T>, ids: readonly number[]): Promise<Array<T | null>> {
    const unitOfWork = this.em.getUnitOfWork();
    const found = new Map<number, T>();
    const missing: number[] = [];
    for (const id of ids) {
      const known = unitOfWork.getById<T>(entity.name, id as never);
      // An uninitialised reference (only its key known) still has to be loaded.
      if (known && wrap(known, true).isInitialized()) found.set(id, known);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const model = this.readModel(entity);
      const table = this.em.getMetadata().get(entity.name).tableName;
      const rows = await this.em.execute<Array<Record<string, unknown>>>(`select ${model.selectList().text} from "${table}" a where a.id = any(?::int[])`, [`{${missing.join(',')}}`]);
      for (const row of rows) {
        const view = model.fromRow(row)!;
        found.set(view.id, view);
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }
}
