import { Extensions } from 'type-graphql';

/** The field extension that holds a list's cap; the cost of a document reads it (see limits/query-cost.ts). */
export const LIST_CAP_EXTENSION = 'maxItems';

/**
 * Declares the most items a plain (non-connection) list field can return. The cost of a document
 * multiplies what is selected below the list by this number, so the cap must be a real bound:
 * enforced where the items are written, or by the size of a closed set.
 */
export function ListCap(maxItems: number): ReturnType<typeof Extensions> {
  return Extensions({ [LIST_CAP_EXTENSION]: maxItems });
}
