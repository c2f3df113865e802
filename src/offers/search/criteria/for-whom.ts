import { joinSql, sql } from '../../../core/database/sql';
import type { CefrLevel } from '../../../vocabulary/cefr-level';
import type { Audience } from '../../offer.enums';
import { predicate, type CriterionPredicate } from '../criterion';

/** Whom the offer is for: German levels admitted, audiences, childcare. */

/**
 * The offer admits a person at one of these German levels: each level lies within the offer's
 * entry range, whose missing ends are open (no minimum: no German needed; no maximum: no limit).
 */
export function cefrLevelPredicate(levels: readonly CefrLevel[]): CriterionPredicate<'CEFR_LEVEL'> {
  const admits = levels.map(
    (level) => sql`((o.entry_level_min is null or o.entry_level_min <= ${level}::cefr_level) and (o.entry_level_max is null or o.entry_level_max >= ${level}::cefr_level))`,
  );
  return predicate('CEFR_LEVEL', sql`(${joinSql(admits, ' or ')})`);
}

/** The offer is designed for one of these groups. */
export function audiencePredicate(audiences: readonly Audience[]): CriterionPredicate<'AUDIENCE'> {
  return predicate('AUDIENCE', sql`o.audiences && ${audiences}::text[]`);
}

/** true: the offer has childcare; false: it has none. */
export function childcarePredicate(childcare: boolean): CriterionPredicate<'CHILDCARE'> {
  return predicate('CHILDCARE', sql`o.childcare = ${childcare}`);
}
