/**
 * The outcome of every service command. A failure carries the domain's problems: business
 * outcomes a caller shows its user (the command changed nothing), in the domain's words. Each
 * domain has its own union of codes (`ClientErrorCode`, `PlanErrorCode`, …) and names fields as the
 * domain does ('municipality', 'dueDate'); resolvers turn problems into GraphQL `userErrors` with
 * input paths, in one exhaustive switch per domain.
 */
export interface Problem<Code extends string> {
  code: Code;
  /** The domain field at fault, e.g. 'municipality' or 'goals.2.target'; null: the command as a whole. */
  field: string | null;
  /** What is wrong, for people. */
  message: string;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export interface Failure<Code extends string> {
  ok: false;
  problems: readonly Problem<Code>[];
}

export type Result<T, Code extends string> = Success<T> | Failure<Code>;

export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<Code extends string>(problems: readonly Problem<Code>[]): Failure<Code> {
  if (problems.length === 0) throw new Error('A failure names at least one problem');
  return { ok: false, problems };
}

export function problem<Code extends string>(code: Code, field: string | null, message: string): Problem<Code> {
  return { code, field, message };
}
