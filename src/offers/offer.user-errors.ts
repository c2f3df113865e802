import { Field, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import { assertUnreachable } from '../core/errors';
import type { Problem } from '../core/result';
import type { OfferErrorCode } from './offer.errors';

export enum OfferErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
}
describeEnum(OfferErrorCodeEnum, 'OfferErrorCode', 'Why an offer mutation could not do what was asked.', {
  INVALID: 'A figure is missing (null), out of range or more than the offer has seats.',
  NOT_FOUND: 'No such offer of your provider; an offer of another provider answers alike.',
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
    default:
      return assertUnreachable(code);
  }
}

/** A problem of an offer command whose arguments are under `input`, as a user error. */
export function offerUserError(problem: Problem<OfferErrorCode>): OfferUserError {
  return toUserError(problem, inputPath(['input']), toGraphQLCode);
}
