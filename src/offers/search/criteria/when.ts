import { sql } from '../../../core/database/sql';
import { predicate, type CriterionPredicate } from '../criterion';

/** When one can join the offer. Dates are ISO dates (`YYYY-MM-DD`). */

/**
 * One can join the offer on or after `date`: it starts then or later, or it runs with rolling
 * entry and has not ended before that date.
 */
export function startsFromPredicate(date: string): CriterionPredicate<'STARTS_FROM'> {
  return predicate('STARTS_FROM', sql`(o.start_date >= ${date}::date or (o.rolling_entry and (o.end_date is null or o.end_date >= ${date}::date)))`);
}

/** The offer starts on or before `date`. */
export function startsUntilPredicate(date: string): CriterionPredicate<'STARTS_UNTIL'> {
  return predicate('STARTS_UNTIL', sql`o.start_date <= ${date}::date`);
}
