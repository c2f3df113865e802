import { rawSql } from '../../../core/database/sql';
import { predicate, type CriterionPredicate } from '../criterion';

/**
 * true: the offer has a free seat or open capacity (no capacity at all); false: it is full, i.e.
 * it has a capacity and every seat is taken.
 */
export function freeSeatsPredicate(hasFreeSeats: boolean): CriterionPredicate<'FREE_SEATS'> {
  return predicate(
    'FREE_SEATS',
    hasFreeSeats ? rawSql('(o.capacity is null or o.capacity > o.seats_taken + o.seats_referred)') : rawSql('(o.capacity is not null and o.capacity <= o.seats_taken + o.seats_referred)'),
  );
}
