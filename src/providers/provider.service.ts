import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import { nameContains } from '../core/database/name-search';
import type { PageRequest } from '../core/relay/connection';
import { findPage, type EntityOrdering } from '../core/relay/entity-page';
import { Provider, type ProviderKind } from './provider.entity';

const BY_NAME: EntityOrdering<Provider> = { keys: [{ property: 'name', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' };

export interface ProviderCriteria {
  search: string | null;
  kinds: ProviderKind[] | null;
}

/**
 * The public directory of providers. Their organisation data is public (every viewer sees every
 * provider, see providers.module.ts); their staff are not.
 */
export class ProviderService {
  constructor(private readonly em: EntityManager) {}

  list(viewer: Viewer, criteria: ProviderCriteria, page: PageRequest) {
    return findPage(this.em, Provider, providerWhere(criteria), BY_NAME, page);
  }

  count(viewer: Viewer, criteria: ProviderCriteria): Promise<number> {
    return this.em.count(Provider, providerWhere(criteria));
  }
}

function providerWhere(criteria: ProviderCriteria): FilterQuery<Provider> {
  const where: FilterQuery<Provider> & Record<string, unknown> = nameContains(criteria.search);
  if (criteria.kinds?.length) where.kind = { $in: criteria.kinds };
  return where;
}
