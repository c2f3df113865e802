import { Extensions } from 'type-graphql';

/** The field extension that holds the work a field's resolver does beyond the objects it returns (see limits/query-cost.ts). */
export const WORK_COST_EXTENSION = 'workCost';

export interface WorkCost {
  /** Points per resolution of the field (a point is about what returning one object costs). */
  points: number;
  /** An argument path (e.g. 'input.clients') whose list length multiplies the points. */
  perItemOf?: string;
}

/**
 * Declares that resolving a field costs work that its response does not show: a ranking over the
 * catalogue, a solver over a caseload. The requested cost adds it (times the list bounds above the
 * field) and the actual cost keeps it, so a small answer to a heavy question is not refunded.
 */
export function WorkCostOf(cost: WorkCost): ReturnType<typeof Extensions> {
  return Extensions({ [WORK_COST_EXTENSION]: cost });
}
