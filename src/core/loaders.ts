import DataLoader from 'dataloader';
import { wrap, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Per-request loaders of entities by primary key. One batched query per entity type and tick;
 * rows already loaded into the request's identity map (e.g. by a joined search load) cost nothing.
 */
export class EntityLoaders {
  private readonly loaders = new Map<EntityClass<object>, DataLoader<number, object | null>>();

  constructor(private readonly em: EntityManager) {}

  byId<T extends { id: number }>(entity: EntityClass<T>): DataLoader<number, T | null> {
    let loader = this.loaders.get(entity as EntityClass<object>);
    if (!loader) {
      loader = new DataLoader<number, object | null>((ids) => this.batch(entity, ids));
      this.loaders.set(entity as EntityClass<object>, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  private async batch<T extends { id: number }>(entity: EntityClass<T>, ids: readonly number[]): Promise<Array<T | null>> {
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
      const rows = await this.em.find(entity, { id: { $in: missing } } as never);
      for (const row of rows) found.set(row.id, row);
    }
    return ids.map((id) => found.get(id) ?? null);
  }
}
