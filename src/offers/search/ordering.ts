import { AppError } from '../../core/errors';
import { encodeCursor } from '../../core/relay/connection';
import type { KeysetOrdering } from '../../core/relay/keyset';
import type { CompiledFilter } from './filter';
import type { OfferSort } from './search-filter';

/**
 * The keyset ordering of a search over the columns of its `hits` rows, ties broken by ID. Without
 * an explicit sort: by relevance with text, else by distance with an origin, else by start date.
 * RELEVANCE is best first unless ASC is asked for; DISTANCE and START_DATE ascend unless DESC is.
 */
export function orderingFor(sort: OfferSort | null, compiled: CompiledFilter): KeysetOrdering {
  const field = sort?.field ?? (compiled.relevance ? 'RELEVANCE' : compiled.distance ? 'DISTANCE' : 'START_DATE');
  const id = { column: 'hits.id', type: 'integer' } as const;
  switch (field) {
    case 'RELEVANCE':
      if (!compiled.relevance) {
        throw new AppError('INVALID_ARGUMENT', 'Ordering by RELEVANCE needs "filter.text".', { argument: 'orderBy' });
      }
      return { direction: sort?.direction === 'ASC' ? 'asc' : 'desc', keys: [{ column: 'hits.relevance', type: 'number' }, id] };
    case 'DISTANCE':
      if (!compiled.distance) {
        throw new AppError('INVALID_ARGUMENT', 'Ordering by DISTANCE needs "filter.near".', { argument: 'orderBy' });
      }
      return { direction: sort?.direction === 'DESC' ? 'desc' : 'asc', keys: [{ column: 'hits.distance_km', type: 'number' }, id] };
    case 'START_DATE':
      return { direction: sort?.direction === 'DESC' ? 'desc' : 'asc', keys: [{ column: 'hits.start_date', type: 'date' }, id] };
  }
}

/** The cursor of a result row: the values of its sort keys (result columns are named like them). */
export function cursorOf(ordering: KeysetOrdering, row: Record<string, unknown>): string {
  return encodeCursor(ordering.keys.map((key) => row[key.column] as string | number));
}
