import type { Sql } from '../../core/database/sql';

/**
 * The criteria an offer search can ask for, one per filter field (TEXT for `text`, FAMILY for
 * `families`, DISTANCE for `near`, …). Named, so that a caller can ask which of them held for an
 * offer (see evaluate.ts), not only whether all did.
 */
export type Criterion =
  | 'TEXT'
  | 'FAMILY'
  | 'PROGRAMME'
  | 'DISTANCE'
  | 'STARTS_FROM'
  | 'STARTS_UNTIL'
  | 'CEFR_LEVEL'
  | 'AUDIENCE'
  | 'CHILDCARE'
  | 'FORMAT'
  | 'FREE_SEATS'
  | 'PROVIDER'
  | 'DISTRICT';

/**
 * One criterion as SQL: `where` is a boolean expression over the offer (alias `o`) and its
 * location (alias `l`, left joined, so all nulls for online offers), true where the criterion
 * holds. It may read a CTE of the same compiled filter (`text_query`, `origin`). Null counts as
 * not holding (an online offer is at no distance), as in a WHERE clause.
 */
export interface CriterionPredicate<C extends Criterion = Criterion> {
  criterion: C;
  where: Sql;
}

export function predicate<C extends Criterion>(criterion: C, where: Sql): CriterionPredicate<C> {
  return { criterion, where };
}
