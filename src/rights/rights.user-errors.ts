import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { RightsErrorCode } from './rights.errors';

export enum RightsErrorCodeEnum {
  NOT_FOUND = 'NOT_FOUND',
  BLOCKED = 'BLOCKED',
  EXPIRED = 'EXPIRED',
}
describeEnum(RightsErrorCodeEnum, 'RightsErrorCode', 'Why clientErasureRequest or clientErasureConfirm changed nothing.', {
  NOT_FOUND: 'The client or request is not in your agency.',
  BLOCKED: 'Erasure must wait, e.g. while a referral is open; the message says why.',
  EXPIRED: 'The request waited too long for its confirmation; request again.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with an erasure request or confirmation. The mutation changed nothing.' })
export class RightsUserError extends DisplayableError {
  @Field(() => RightsErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: RightsErrorCodeEnum;
}

export function rightsErrorCode(code: RightsErrorCode): RightsErrorCodeEnum {
  switch (code) {
    case 'NOT_FOUND':
      return RightsErrorCodeEnum.NOT_FOUND;
    case 'BLOCKED':
      return RightsErrorCodeEnum.BLOCKED;
    case 'EXPIRED':
      return RightsErrorCodeEnum.EXPIRED;
    default:
      return assertUnreachable(code);
  }
}

export function rightsUserErrors(problems: readonly Problem<RightsErrorCode>[]): RightsUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), rightsErrorCode));
}
