import type { ChildRows } from '../core/loaders';

/**
 * The lists of a case that grow while it runs, as child rows of the client for the request's
 * loaders (`EntityLoaders.connection`): each a keyset order ending with the primary key, found
 * through the tables' `client_id` indexes.
 */
export const CASE_NOTES: ChildRows = { parent: 'a.client_id', ordering: { keys: [{ column: 'a.id', type: 'integer' }], direction: 'desc' } };

export const SUPPORT_EXTENSIONS: ChildRows = { parent: 'a.client_id', ordering: { keys: [{ column: 'a.id', type: 'integer' }], direction: 'asc' } };
