import { Field, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import { assertUnreachable } from '../core/errors';
import type { Problem } from '../core/result';
import type { ClientErrorCode } from './client.errors';

/** The caseloads' problem codes as API clients see them: the same words as today's UserErrorCode. */
export enum ClientErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  DUPLICATE = 'DUPLICATE',
}
describeEnum(ClientErrorCodeEnum, 'ClientErrorCode', 'Why a mutation on a case could not do what was asked.', {
  INVALID: 'A value is missing, malformed or out of range, or the case is closed.',
  NOT_FOUND: 'A client, municipality or manager does not exist or is not visible to you.',
  DUPLICATE: 'The agency already holds a record of this person; the payload names it where you may see it.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of a mutation on a case, shown to people. The mutation changed nothing.' })
export class ClientUserError extends DisplayableError {
  @Field(() => ClientErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: ClientErrorCodeEnum;
}

/** The one switch from the domain's codes to the GraphQL enum. */
export function clientErrorCode(code: ClientErrorCode): ClientErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return ClientErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return ClientErrorCodeEnum.NOT_FOUND;
    case 'DUPLICATE':
      return ClientErrorCodeEnum.DUPLICATE;
    default:
      return assertUnreachable(code);
  }
}

/** Where a domain field sits in a mutation's input. */
export type ClientInputPath = (field: string | null) => string[];

/** clientCreate, clientClose, supportExtend, clientTransfer, caseNoteAdd: every field right under `input`. */
export const underInput: ClientInputPath = inputPath(['input']);

/** clientUpdate: the client under `input`, its facts under `input.fields`. */
export const clientUpdatePath: ClientInputPath = (field) => (field === null || field === 'client' ? underInput(field) : inputPath(['input', 'fields'])(field));

export function clientUserErrors(problems: readonly Problem<ClientErrorCode>[], path: ClientInputPath = underInput): ClientUserError[] {
  return problems.map((problem) => toUserError(problem, path, clientErrorCode));
}
