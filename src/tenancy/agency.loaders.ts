import type { ChildRows } from '../core/loaders';

/** The municipalities an agency covers, through the link table, by name (see EntityLoaders.connection). */
export const AGENCY_MUNICIPALITIES: ChildRows = {
  parent: 'am.agency_id',
  join: 'join agency_municipality am on am.municipality_id = a.id',
  ordering: { keys: [{ column: 'a.name', type: 'string' }, { column: 'a.id', type: 'integer' }], direction: 'asc' },
};
