import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { ConsentErrorCode } from './consent.errors';

export enum ConsentErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
}
describeEnum(ConsentErrorCodeEnum, 'ConsentErrorCode', 'Why consentRecord or consentWithdraw changed nothing.', {
  INVALID: 'A value is missing, malformed or out of range (the recipient: exactly one of provider and kind), or the consent was withdrawn before.',
  NOT_FOUND: 'The client or consent is not in your caseload, or the provider does not exist.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of a consent mutation. The mutation changed nothing.' })
export class ConsentUserError extends DisplayableError {
  @Field(() => ConsentErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: ConsentErrorCodeEnum;
}

/** The one mapping of the ledger's problem codes to their GraphQL enum. */
export function consentErrorCode(code: ConsentErrorCode): ConsentErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return ConsentErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return ConsentErrorCodeEnum.NOT_FOUND;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with domain fields as paths under the mutation's `input`. */
export function consentUserErrors(problems: readonly Problem<ConsentErrorCode>[]): ConsentUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), consentErrorCode));
}
