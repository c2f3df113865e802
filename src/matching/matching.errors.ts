/**
 * Why a matching command (eligibilityRuleSetPublish, matchingWeightsPublish, caseloadAssignment) changed nothing, in the domain's words (see
 * src/core/result.ts). Problems name the domain's fields: 'rules.3.maxAge', 'rules.5', 'rules'.
 * The resolvers map each code to the GraphQL enum `MatchingErrorCode` (matching.user-errors.ts).
 */
export type MatchingErrorCode =
  /** A value is missing, malformed or out of range. */
  | 'INVALID'
  /** A client or offer does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** Two rules give the same route to the same people, programmes and dates. */
  | 'OVERLAP'
  /** An exclusion and an admission (or open access) apply to the same people, programmes and dates. */
  | 'CONTRADICTION'
  /** No assignment could be proven optimal within the solver's time limit. */
  | 'TOO_COMPLEX'
  /** Every assignment solver is busy, and so is the queue before them: worth retrying shortly. */
  | 'BUSY';
