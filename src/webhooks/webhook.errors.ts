/** Why a webhook command did nothing, in the domain's words (mapped to `WebhookErrorCode` in webhook.user-errors.ts). */
export type WebhookErrorCode =
  /** A value is missing, malformed or not allowed (URL policy, events for the kind of endpoint). */
  | 'INVALID'
  /** The endpoint, delivery or provider does not exist, or is not yours. */
  | 'NOT_FOUND'
  /** The endpoint is disabled: nothing is sent to it until it is enabled again. */
  | 'ENDPOINT_DISABLED'
  /** The provider (or the hub) has as many endpoints as it may: delete one first. */
  | 'LIMIT_REACHED';
