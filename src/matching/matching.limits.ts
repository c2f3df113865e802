/** The most rules one rule set holds (version 1 has 25). */
export const MAX_RULES_PER_SET = 200;
/** The most offers one suggestion request scores: the nearest candidates that pass the SQL prefilter. */
export const MAX_CANDIDATES = 3000;
/** The most suggestions on one page. */
export const MAX_SUGGESTIONS_PAGE = 100;
/** Reasons one decision gives: the deciding rule, one per other rule of the programme, and the offer's own restrictions. */
export const MAX_REASONS = MAX_RULES_PER_SET + 4;
