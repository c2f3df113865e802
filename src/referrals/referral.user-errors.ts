import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, MAX_USER_ERRORS, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { ReferralErrorCode } from './referral.errors';

export enum ReferralErrorCodeEnum {
  NOT_FOUND = 'NOT_FOUND',
  CONSENT_MISSING = 'CONSENT_MISSING',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  REASON_REQUIRED = 'REASON_REQUIRED',
  NO_FREE_SEAT = 'NO_FREE_SEAT',
  DUPLICATE = 'DUPLICATE',
  INVALID = 'INVALID',
}
describeEnum(ReferralErrorCodeEnum, 'ReferralErrorCode', 'Why a referral operation could not do what was asked.', {
  NOT_FOUND: 'The client, offer, measure or referral does not exist or is not visible to you.',
  CONSENT_MISSING: 'No active consent of the person covers referrals (purpose REFERRAL) to this provider or its kind.',
  INVALID_TRANSITION: 'The referral’s status does not allow this step.',
  REASON_REQUIRED: 'This step needs a reason code.',
  NO_FREE_SEAT: 'No seat is free, and the waiting list is closed (or the step needs a free seat).',
  DUPLICATE: 'The person already has an open referral to this offer.',
  INVALID: 'A value is missing, malformed or out of range.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with a referral mutation. The mutation changed nothing.' })
export class ReferralUserError extends DisplayableError {
  @Field(() => ReferralErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: ReferralErrorCodeEnum;
}

/** The one mapping of the referral problem codes to their GraphQL enum. */
export function referralErrorCode(code: ReferralErrorCode): ReferralErrorCodeEnum {
  switch (code) {
    case 'NOT_FOUND':
      return ReferralErrorCodeEnum.NOT_FOUND;
    case 'CONSENT_MISSING':
      return ReferralErrorCodeEnum.CONSENT_MISSING;
    case 'INVALID_TRANSITION':
      return ReferralErrorCodeEnum.INVALID_TRANSITION;
    case 'REASON_REQUIRED':
      return ReferralErrorCodeEnum.REASON_REQUIRED;
    case 'NO_FREE_SEAT':
      return ReferralErrorCodeEnum.NO_FREE_SEAT;
    case 'DUPLICATE':
      return ReferralErrorCodeEnum.DUPLICATE;
    case 'INVALID':
      return ReferralErrorCodeEnum.INVALID;
    default:
      return assertUnreachable(code);
  }
}

export function referralUserErrors(problems: readonly Problem<ReferralErrorCode>[]): ReferralUserError[] {
  return problems.slice(0, MAX_USER_ERRORS).map((found) => toUserError(found, inputPath(['input']), referralErrorCode));
}
