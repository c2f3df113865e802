import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import { nameContains } from '../core/database/name-search';
import type { PageRequest } from '../core/relay/connection';
import { findPage, type EntityOrdering } from '../core/relay/entity-page';
import { District } from './district.entity';
import { Municipality } from './municipality.entity';

const BY_NAME_DISTRICT: EntityOrdering<District> = { keys: [{ property: 'name', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' };
const BY_NAME_MUNICIPALITY: EntityOrdering<Municipality> = { keys: [{ property: 'name', type: 'string' }, { property: 'id', type: 'integer' }], direction: 'asc' };

export interface MunicipalityCriteria {
  search: string | null;
  districtId: number | null;
}

/** Reference geography: public (the same for every viewer), read-only, seeded from official data. */
export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  districts(viewer: Viewer, page: PageRequest) {
    return findPage(this.em, District, {}, BY_NAME_DISTRICT, page);
  }

  countDistricts(viewer: Viewer): Promise<number> {
    return this.em.count(District, {});
  }

  municipalities(viewer: Viewer, criteria: MunicipalityCriteria, page: PageRequest) {
    return findPage(this.em, Municipality, municipalityWhere(criteria), BY_NAME_MUNICIPALITY, page);
  }

  countMunicipalities(viewer: Viewer, criteria: MunicipalityCriteria): Promise<number> {
    return this.em.count(Municipality, municipalityWhere(criteria));
  }
}

function municipalityWhere(criteria: MunicipalityCriteria): FilterQuery<Municipality> {
  const where: FilterQuery<Municipality> & Record<string, unknown> = nameContains(criteria.search);
  if (criteria.districtId != null) where.district = criteria.districtId;
  return where;
}
