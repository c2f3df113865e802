import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { ApiKeyErrorCode } from './api-key.errors';

export enum ApiKeyErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
}
describeEnum(ApiKeyErrorCodeEnum, 'ApiKeyErrorCode', 'Why apiKeyCreate, apiKeyRotate or apiKeyRevoke did nothing.', {
  INVALID: 'A value is missing, malformed or out of range: the name, the tenant (exactly one) or the scopes (at least one, fitting the tenant).',
  NOT_FOUND: 'The API key, provider or agency does not exist.',
  ALREADY_REVOKED: 'The API key was revoked before; a revoked key can be neither rotated nor revoked again.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of an API-key mutation. The mutation changed nothing.' })
export class ApiKeyUserError extends DisplayableError {
  @Field(() => ApiKeyErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: ApiKeyErrorCodeEnum;
}

/** The one mapping of the domain's codes to the GraphQL enum. */
export function apiKeyErrorCode(code: ApiKeyErrorCode): ApiKeyErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return ApiKeyErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return ApiKeyErrorCodeEnum.NOT_FOUND;
    case 'ALREADY_REVOKED':
      return ApiKeyErrorCodeEnum.ALREADY_REVOKED;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with fields as paths under the mutation's `input`. */
export function apiKeyUserErrors(problems: readonly Problem<ApiKeyErrorCode>[]): ApiKeyUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), apiKeyErrorCode));
}
