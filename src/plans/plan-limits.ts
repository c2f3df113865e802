/**
 * Caps of a plan's lists, declared on the GraphQL fields (ListCap) and refused when full. Plans
 * hold 2–6 goals of 1–3 measures each and a review every three to six months over at most four
 * years of support: the caps leave room many times over and bound what a nested read can cost.
 */
export const MAX_GOALS_PER_PLAN = 24;
export const MAX_MEASURES_PER_GOAL = 10;
export const MAX_MEASURES_PER_PLAN = 100;
export const MAX_REVIEWS_PER_PLAN = 24;

/** Lengths of the plan's texts, as the columns hold them (plan.entity.ts). */
export const MAX_GOAL_DESCRIPTION = 1000;
export const MAX_GOAL_TARGET = 200;
export const MAX_MEASURE_STEP = 500;
export const MAX_REVIEW_SUMMARY = 2000;

/** Plans look a few years ahead; a date decades away is a typo. */
export const PLAN_HORIZON_YEARS = 10;
/** No plan date lies before this day. */
export const EARLIEST_PLAN_DATE = '2000-01-01';
