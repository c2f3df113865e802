/**
 * Why a plan command (planGoalAdd, planGoalUpdate, planMeasureAdd, planMeasureStatusSet,
 * planReview) changed nothing, in the plans' own words (see src/core/result.ts). Problems name the
 * domain's fields: 'client', 'goal', 'measure', 'offer', 'description', 'target', 'dueDate',
 * 'status', 'step', 'reviewDate', 'nextReviewDate', 'summary'. The resolvers map each code to the
 * GraphQL enum `PlanErrorCode` (plan.user-errors.ts).
 */
export type PlanErrorCode =
  /** A value is missing, malformed or out of range, or the plan (or goal) holds the most items it can. */
  | 'INVALID'
  /** The client, goal, measure or published offer does not exist or is not in the viewer's caseload. */
  | 'NOT_FOUND';
