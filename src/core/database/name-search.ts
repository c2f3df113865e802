import { raw } from '@mikro-orm/core';
import { AppError } from '../errors';

const MAX_SEARCH_LENGTH = 100;

/**
 * A MikroORM condition: the entity's `name` contains `search`, ignoring case and accents
 * (through hub_fold, which the trigram indexes are built on). Empty search: no condition.
 */
export function nameContains(search: string | null | undefined, argument = 'search'): Record<string, unknown> {
  const trimmed = search?.trim();
  if (!trimmed) return {};
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw new AppError('INVALID_ARGUMENT', `"${argument}" must not exceed ${MAX_SEARCH_LENGTH} characters.`, { argument });
  }
  const pattern = `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return { [raw((alias) => `(hub_fold(${alias}.name) like hub_fold(?))`, [pattern])]: true };
}
