import { joinSql, rawSql, sql, type Sql } from '../../core/database/sql';
import type { Criterion } from './criterion';
import { withClause, type CompiledFilter } from './filter';

/** Whether one criterion of a filter held for one offer. */
export interface CriterionOutcome {
  criterion: Criterion;
  held: boolean;
}

/**
 * One statement telling, for each given offer the viewer may find, which criteria of the compiled
 * filter held: a row per offer with its ID and a boolean per predicate (`c0`, `c1`, … in the
 * order of `compiled.predicates`). Offers outside the visibility rule have no row.
 */
export function criteriaHeldQuery(compiled: CompiledFilter, offerIds: readonly number[]): Sql {
  // Null (an online offer at no distance, an unknown origin) does not hold, as in a WHERE clause.
  const columns = compiled.predicates.map((found, i) => sql`coalesce((${found.where}), false) as ${rawSql(`c${i}`)}`);
  return sql`${withClause(compiled)}
    select ${joinSql([rawSql('o.id'), ...columns], ', ')}
    from offer o left join location l on l.id = o.location_id
    where o.id = any(${offerIds.map(String)}::int[]) and ${compiled.visibility}`;
}

/** The rows of criteriaHeldQuery as outcomes per offer ID, in the order of `compiled.predicates`. */
export function readCriteriaHeld(compiled: CompiledFilter, rows: ReadonlyArray<Record<string, unknown>>): Map<number, CriterionOutcome[]> {
  const outcomes = new Map<number, CriterionOutcome[]>();
  for (const row of rows) {
    outcomes.set(
      row.id as number,
      compiled.predicates.map((found, i) => ({ criterion: found.criterion, held: row[`c${i}`] === true })),
    );
  }
  return outcomes;
}
