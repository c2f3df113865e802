/** The most rules one rule set holds (version 1 has 24). */
export const MAX_RULES_PER_SET = 200;
/** The most offers one suggestion request scores: the nearest candidates that pass the SQL prefilter. */
export const MAX_CANDIDATES = 3000;
/** The most offers of one programme a pathway's steps choose from: the nearest. */
export const MAX_CANDIDATES_PER_PROGRAMME = 500;
/** The most steps one pathway step set holds (version 1 has 8). */
export const MAX_STEPS_PER_SET = 100;
/**
 * Work points (see core/graphql/work-cost.ts) of what a response does not show: one suggestion
 * ranking (a few index scans over the catalogue and the scoring of their batches) is priced like
 * returning 200 objects; an offer's fit like 20.
 */
export const SUGGESTION_WORK = 200;
export const OFFER_FIT_WORK = 20;
/** A fairness report ranks suggestions for up to its whole client cap. */
export const FAIRNESS_WORK_PER_CLIENT = 100;

/** The most suggestions on one page. */
export const MAX_SUGGESTIONS_PAGE = 100;
/** Reasons one decision gives: the deciding rule, one per other rule of the programme, and the offer's own restrictions. */
export const MAX_REASONS = MAX_RULES_PER_SET + 4;
/** The largest weight of one factor (the default set's largest is 3); the database checks it too. */
export const MAX_FACTOR_WEIGHT = 100;
/** The longest default travel distance a weight set may give, in km (the column's check). */
export const MAX_TRAVEL_KM = 500;
/** The most days a start may lie ahead and count as soon (the column's check). */
export const MAX_SOON_DAYS = 365;
