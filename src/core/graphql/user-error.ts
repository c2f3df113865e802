import { Field, InterfaceType } from 'type-graphql';
import type { Problem } from '../result';

/**
 * What every mutation payload's `userErrors` share (Shopify's shape): each domain has its own type
 * implementing it, with a `code` of its own enum (`ClientUserError.code: ClientErrorCode`).
 */
@InterfaceType({ description: 'A problem with the input of a mutation, shown to people. The mutation changed nothing.' })
export abstract class DisplayableError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole.' })
  field!: string[];

  @Field({ description: 'What is wrong, for people.' })
  message!: string;
}

/**
 * A domain problem as a GraphQL user error: `path` turns the domain field into the input path,
 * `code` is the domain's exhaustive switch from its problem codes to its GraphQL enum.
 */
export function toUserError<Code extends string, GraphQLCode>(problem: Problem<Code>, path: (field: string | null) => string[], code: (code: Code) => GraphQLCode): { field: string[]; message: string; code: GraphQLCode } {
  return { field: path(problem.field), message: problem.message, code: code(problem.code) };
}

/** The input path of a domain field under `prefix` ('goals.2.target' → [...prefix, 'goals', '2', 'target']). */
export function inputPath(prefix: readonly string[]): (field: string | null) => string[] {
  return (field) => (field === null ? [...prefix] : [...prefix, ...field.split('.')]);
}

/**
 * The cap of every payload's `userErrors` (see ListCap). Each check of a service adds at most one
 * error; the most fail at once in clientCreate: the field checks of validateClientFields (25 can
 * fail together), the support start and the manager, 27 in all.
 */
export const MAX_USER_ERRORS = 32;
