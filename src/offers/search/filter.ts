import type { Viewer } from '../../core/auth/viewer';
import { joinSql, rawSql, sql, type Sql } from '../../core/database/sql';
import { searchableOffers } from '../offer.policy';
import { cefrLevelPredicate, audiencePredicate, childcarePredicate } from './criteria/for-whom';
import { freeSeatsPredicate } from './criteria/seats';
import { familyPredicate, formatPredicate, programmePredicate, providerPredicate } from './criteria/what';
import { startsFromPredicate, startsUntilPredicate } from './criteria/when';
import { distanceKm, distancePredicate, districtPredicate } from './criteria/where';
import type { Criterion, CriterionPredicate } from './criterion';
import { resolveOrigin, type Origin } from './origin';
import { validateFilter, type OfferSearchFilter } from './search-filter';
import { textQuery, type TextQuery } from './text-query';

/** What several parts of a search read, resolved once per filter. */
interface FilterInputs {
  text: TextQuery | null;
  origin: Origin | null;
}

type FromFilter<C extends Criterion> = (filter: OfferSearchFilter, inputs: FilterInputs) => CriterionPredicate<C> | null;

/**
 * Every criterion of the search as the filter asks for it; null where the filter does not (an
 * absent field, an empty list). One entry per criterion, in the order of the WHERE clause.
 */
export const FILTER_CRITERIA: { readonly [C in Criterion]: FromFilter<C> } = {
  TEXT: (_filter, { text }) => text?.predicate ?? null,
  FAMILY: ({ families }) => (families?.length ? familyPredicate(families) : null),
  PROGRAMME: ({ programmes }) => (programmes?.length ? programmePredicate(programmes) : null),
  DISTANCE: ({ near }, { origin }) => (near && origin ? distancePredicate(origin, near.radiusKm) : null),
  STARTS_FROM: ({ startsFrom }) => (startsFrom ? startsFromPredicate(startsFrom) : null),
  STARTS_UNTIL: ({ startsUntil }) => (startsUntil ? startsUntilPredicate(startsUntil) : null),
  CEFR_LEVEL: ({ levels }) => (levels?.length ? cefrLevelPredicate(levels) : null),
  AUDIENCE: ({ audiences }) => (audiences?.length ? audiencePredicate(audiences) : null),
  CHILDCARE: ({ childcare }) => (childcare != null ? childcarePredicate(childcare) : null),
  FORMAT: ({ formats }) => (formats?.length ? formatPredicate(formats) : null),
  FREE_SEATS: ({ hasFreeSeats }) => (hasFreeSeats != null ? freeSeatsPredicate(hasFreeSeats) : null),
  PROVIDER: ({ providerId }) => (providerId != null ? providerPredicate(providerId) : null),
  DISTRICT: ({ districtId }) => (districtId != null ? districtPredicate(districtId) : null),
};

/** The names of all criteria, in the order of FILTER_CRITERIA. */
export const CRITERIA = Object.keys(FILTER_CRITERIA) as readonly Criterion[];

/**
 * A compiled filter: the criteria it asks for, the visibility rule, and the expressions that
 * ordering and edges need. Every query of a search (page, count, facets, criteria held) starts
 * from the same compiled filter, so they agree.
 */
export interface CompiledFilter {
  /** The CTEs the predicates and expressions read (`text_query`, `origin`). */
  ctes: readonly Sql[];
  /** Which offers the viewer may find at all (see searchableOffers); no criterion. */
  visibility: Sql;
  /** One per criterion the filter asks for; all must hold. */
  predicates: readonly CriterionPredicate[];
  /** Visibility and every predicate. */
  where: Sql;
  /** Kilometres from the `near` origin; null without one. */
  distance: Sql | null;
  /** Rank of the text match; null without text. */
  relevance: Sql | null;
}

/** Validates a filter (see validateFilter) and compiles it for this viewer. */
export function compileFilter(viewer: Viewer, filter: OfferSearchFilter): CompiledFilter {
  validateFilter(filter);
  const inputs: FilterInputs = { text: textQuery(filter.text), origin: filter.near ? resolveOrigin(filter.near) : null };
  const predicates = CRITERIA.map((criterion) => FILTER_CRITERIA[criterion](filter, inputs)).filter((found): found is CriterionPredicate => found !== null);
  const visibility = searchableOffers(viewer);
  return {
    ctes: [inputs.text?.cte, inputs.origin?.cte].filter((cte): cte is Sql => cte != null),
    visibility,
    predicates,
    where: joinSql([visibility, ...predicates.map((found) => found.where)], ' and '),
    distance: inputs.origin ? distanceKm(inputs.origin) : null,
    relevance: inputs.text?.relevance ?? null,
  };
}

/** `with …` for a compiled filter's CTEs; nothing without any. */
export function withClause(compiled: CompiledFilter): Sql {
  return compiled.ctes.length === 0 ? rawSql('') : sql`with ${joinSql(compiled.ctes, ', ')}`;
}
