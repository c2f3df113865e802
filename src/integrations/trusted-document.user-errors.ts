import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { TrustedDocumentErrorCode } from './trusted-document.errors';

export enum TrustedDocumentErrorCodeEnum {
  INVALID = 'INVALID',
}
describeEnum(TrustedDocumentErrorCodeEnum, 'TrustedDocumentErrorCode', 'Why trustedDocumentRegister did nothing.', {
  INVALID: 'The name is out of range, or the document does not parse or is not valid against the schema.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with a trusted document to register. The mutation changed nothing.' })
export class TrustedDocumentUserError extends DisplayableError {
  @Field(() => TrustedDocumentErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: TrustedDocumentErrorCodeEnum;
}

/** The one mapping of the domain's codes to the GraphQL enum. */
export function trustedDocumentErrorCode(code: TrustedDocumentErrorCode): TrustedDocumentErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return TrustedDocumentErrorCodeEnum.INVALID;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with fields as paths under the mutation's `input`. */
export function trustedDocumentUserErrors(problems: readonly Problem<TrustedDocumentErrorCode>[]): TrustedDocumentUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), trustedDocumentErrorCode));
}
