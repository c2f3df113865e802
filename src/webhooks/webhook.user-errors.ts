import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem } from '../core/result';
import type { WebhookErrorCode } from './webhook.errors';

export enum WebhookErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  ENDPOINT_DISABLED = 'ENDPOINT_DISABLED',
  LIMIT_REACHED = 'LIMIT_REACHED',
}
describeEnum(WebhookErrorCodeEnum, 'WebhookErrorCode', 'Why a webhook mutation did nothing.', {
  INVALID: 'A value is missing, malformed or not allowed: the URL (https, no private addresses), the events (at least one; referral events and OFFER_CREATED only for provider endpoints), the description.',
  NOT_FOUND: 'The endpoint, delivery or provider does not exist, or is not yours.',
  ENDPOINT_DISABLED: 'The endpoint is disabled; enable it (webhookEndpointUpdate with disabled: false) first.',
  LIMIT_REACHED: 'The provider (or, for hub-wide endpoints, the hub) already has the most endpoints allowed (20); delete one first.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of a webhook mutation. The mutation changed nothing.' })
export class WebhookUserError extends DisplayableError {
  @Field(() => WebhookErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: WebhookErrorCodeEnum;
}

/** The one mapping of the domain's codes to the GraphQL enum. */
export function webhookErrorCode(code: WebhookErrorCode): WebhookErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return WebhookErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return WebhookErrorCodeEnum.NOT_FOUND;
    case 'ENDPOINT_DISABLED':
      return WebhookErrorCodeEnum.ENDPOINT_DISABLED;
    case 'LIMIT_REACHED':
      return WebhookErrorCodeEnum.LIMIT_REACHED;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with fields as paths under the mutation's `input`. */
export function webhookUserErrors(problems: readonly Problem<WebhookErrorCode>[]): WebhookUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), webhookErrorCode));
}
