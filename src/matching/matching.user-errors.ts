import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, MAX_USER_ERRORS, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { MatchingErrorCode } from './matching.errors';

export enum MatchingErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  OVERLAP = 'OVERLAP',
  CONTRADICTION = 'CONTRADICTION',
  TOO_COMPLEX = 'TOO_COMPLEX',
  BUSY = 'BUSY',
}
describeEnum(MatchingErrorCodeEnum, 'MatchingErrorCode', 'Why a matching operation could not do what was asked.', {
  INVALID: 'A value is missing, malformed or out of range.',
  NOT_FOUND: 'A client or offer does not exist or is not visible to you.',
  OVERLAP: 'Two rules give the same route to the same people for the same programme and dates.',
  CONTRADICTION: 'An exclusion and an admission (or open access) apply to the same people for the same programme and dates.',
  TOO_COMPLEX: 'No proposal could be proven best within the time limit: name fewer clients or offers.',
  BUSY: 'Every assignment solver, or the proposals this process computes at once, are busy: try again in a few seconds.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of a matching mutation. The mutation changed nothing.' })
export class MatchingUserError extends DisplayableError {
  @Field(() => MatchingErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: MatchingErrorCodeEnum;
}

/** The one mapping of the matching problem codes to their GraphQL enum. */
export function matchingErrorCode(code: MatchingErrorCode): MatchingErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return MatchingErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return MatchingErrorCodeEnum.NOT_FOUND;
    case 'OVERLAP':
      return MatchingErrorCodeEnum.OVERLAP;
    case 'CONTRADICTION':
      return MatchingErrorCodeEnum.CONTRADICTION;
    case 'TOO_COMPLEX':
      return MatchingErrorCodeEnum.TOO_COMPLEX;
    case 'BUSY':
      return MatchingErrorCodeEnum.BUSY;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors` under the mutation's `input`, at most MAX_USER_ERRORS (the first ones). */
export function matchingUserErrors(problems: readonly Problem<MatchingErrorCode>[]): MatchingUserError[] {
  return problems.slice(0, MAX_USER_ERRORS).map((found) => toUserError(found, inputPath(['input']), matchingErrorCode));
}
