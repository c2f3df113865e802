import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { TenancyErrorCode } from './tenancy.errors';

export enum TenancyErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
}
describeEnum(TenancyErrorCodeEnum, 'TenancyErrorCode', 'Why agencyCreate, teamCreate or userCreate did nothing.', {
  INVALID: 'A value is missing, malformed or out of range, or the agency has as many teams as it can.',
  NOT_FOUND: 'A referenced agency, municipality, provider or team does not exist.',
  TAKEN: 'The agency key, the team name within its agency or the e-mail address is used already.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of an agency, team or account mutation. The mutation changed nothing.' })
export class TenancyUserError extends DisplayableError {
  @Field(() => TenancyErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: TenancyErrorCodeEnum;
}

/** The one mapping of the domain's codes to the GraphQL enum. */
export function tenancyErrorCode(code: TenancyErrorCode): TenancyErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return TenancyErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return TenancyErrorCodeEnum.NOT_FOUND;
    case 'TAKEN':
      return TenancyErrorCodeEnum.TAKEN;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with fields as paths under the mutation's `input`. */
export function tenancyUserErrors(problems: readonly Problem<TenancyErrorCode>[]): TenancyUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), tenancyErrorCode));
}
