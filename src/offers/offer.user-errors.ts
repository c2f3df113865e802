import { Field, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import { assertUnreachable } from '../core/errors';
import type { Problem } from '../core/result';
import type { OfferErrorCode } from './offer.errors';

export enum OfferErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INCOMPLETE = 'INCOMPLETE',
  PROGRAMME_ENDED = 'PROGRAMME_ENDED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  IN_PROGRESS = 'IN_PROGRESS',
}
describeEnum(OfferErrorCodeEnum, 'OfferErrorCode', 'Why an offer mutation could not do what was asked.', {
  INVALID: 'A field is missing (null), out of range, out of order or more than the offer has seats.',
  NOT_FOUND: 'No such offer or location of your provider; one of another provider answers alike.',
  CONFLICT: 'The offer changed since the version you read; read it again (the payload holds it as it is now) and repeat the change.',
  INCOMPLETE: 'A published offer needs this field (a draft may leave it out).',
  PROGRAMME_ENDED: 'The eligibility rules close this programme for courses starting on that day (e.g. the Jugendintegrationskurs from 1 May 2025).',
  IDEMPOTENCY_KEY_REUSED: 'The idempotency key was used in the last 24 hours for another input.',
  IN_PROGRESS: 'A request with the same idempotency key is still running; try again shortly.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of an offer mutation. The mutation changed nothing.' })
export class OfferUserError extends DisplayableError {
  @Field(() => OfferErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: OfferErrorCodeEnum;
}

/** The offers' problem codes as their GraphQL enum. */
function toGraphQLCode(code: OfferErrorCode): OfferErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return OfferErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return OfferErrorCodeEnum.NOT_FOUND;
    case 'CONFLICT':
      return OfferErrorCodeEnum.CONFLICT;
    case 'INCOMPLETE':
      return OfferErrorCodeEnum.INCOMPLETE;
    case 'PROGRAMME_ENDED':
      return OfferErrorCodeEnum.PROGRAMME_ENDED;
    case 'IDEMPOTENCY_KEY_REUSED':
      return OfferErrorCodeEnum.IDEMPOTENCY_KEY_REUSED;
    case 'IN_PROGRESS':
      return OfferErrorCodeEnum.IN_PROGRESS;
    default:
      return assertUnreachable(code);
  }
}

/** A problem of an offer command whose arguments are under `input`, as a user error. */
export function offerUserError(problem: Problem<OfferErrorCode>): OfferUserError {
  return toUserError(problem, inputPath(['input']), toGraphQLCode);
}
