import { describeEnum } from '../core/graphql/described-enum';

/** What an endpoint can subscribe to. The wire name (`offer.published`) is the payload's `type`. */
export enum WebhookEventType {
  OFFER_CREATED = 'OFFER_CREATED',
  OFFER_UPDATED = 'OFFER_UPDATED',
  OFFER_PUBLISHED = 'OFFER_PUBLISHED',
  OFFER_ARCHIVED = 'OFFER_ARCHIVED',
  OFFER_SEATS_CHANGED = 'OFFER_SEATS_CHANGED',
  LOCATION_CREATED = 'LOCATION_CREATED',
  LOCATION_UPDATED = 'LOCATION_UPDATED',
  LOCATION_ARCHIVED = 'LOCATION_ARCHIVED',
  REFERRAL_CREATED = 'REFERRAL_CREATED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  REFERRAL_WAITLISTED = 'REFERRAL_WAITLISTED',
  REFERRAL_PROMOTED = 'REFERRAL_PROMOTED',
  REFERRAL_STARTED = 'REFERRAL_STARTED',
  REFERRAL_COMPLETED = 'REFERRAL_COMPLETED',
  REFERRAL_DROPPED_OUT = 'REFERRAL_DROPPED_OUT',
  REFERRAL_WITHDRAWN = 'REFERRAL_WITHDRAWN',
  REFERRAL_EXPIRED = 'REFERRAL_EXPIRED',
  REFERRAL_REMINDED = 'REFERRAL_REMINDED',
}
describeEnum(WebhookEventType, 'WebhookEventType', 'An event a webhook endpoint can subscribe to. The payload names it in dotted form, e.g. OFFER_PUBLISHED as "offer.published".', {
  OFFER_CREATED: 'Provider endpoints: an offer of yours was created (a draft).',
  OFFER_UPDATED: 'An offer changed: in the public catalogue (hub-wide endpoints), or any of yours (provider endpoints).',
  OFFER_PUBLISHED: 'An offer entered the public catalogue.',
  OFFER_ARCHIVED: 'An offer was archived; for hub-wide endpoints: it left the public catalogue.',
  OFFER_SEATS_CHANGED: 'The free seats of an offer changed (seat updates or referrals).',
  LOCATION_CREATED: 'A location was created.',
  LOCATION_UPDATED: 'A location changed.',
  LOCATION_ARCHIVED: 'A location was archived.',
  REFERRAL_CREATED: 'Provider endpoints: a referral to one of your offers arrived.',
  REFERRAL_ACCEPTED: 'Provider endpoints: a referral was accepted.',
  REFERRAL_DECLINED: 'Provider endpoints: a referral was declined.',
  REFERRAL_WAITLISTED: 'Provider endpoints: a referral was put on the waiting list.',
  REFERRAL_PROMOTED: 'Provider endpoints: a referral moved up from the waiting list and awaits your answer.',
  REFERRAL_STARTED: 'Provider endpoints: the person started the course.',
  REFERRAL_COMPLETED: 'Provider endpoints: the person completed the course.',
  REFERRAL_DROPPED_OUT: 'Provider endpoints: the person dropped out.',
  REFERRAL_WITHDRAWN: 'Provider endpoints: the agency withdrew the referral.',
  REFERRAL_EXPIRED: 'Provider endpoints: the referral expired unanswered.',
  REFERRAL_REMINDED: 'Provider endpoints: the response deadline of a referral is near.',
});

/** `OFFER_SEATS_CHANGED` → `offer.seats_changed`. */
export const wireNameOf = (type: WebhookEventType): string => {
  const [subject, ...rest] = type.toLowerCase().split('_');
  return `${subject}.${rest.join('_')}`;
};

/** The ping sent by webhookEndpointPing, to every endpoint regardless of its events. */
export const PING_EVENT = 'webhook.ping';

/** Events only a provider's own endpoint receives (they concern its referrals or drafts). */
export const PROVIDER_ONLY_EVENTS: readonly WebhookEventType[] = Object.values(WebhookEventType).filter((type) => type.startsWith('REFERRAL_') || type === WebhookEventType.OFFER_CREATED);

export enum WebhookEndpointStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
describeEnum(WebhookEndpointStatus, 'WebhookEndpointStatus', 'Whether an endpoint receives deliveries.', {
  ACTIVE: 'Events are delivered.',
  DISABLED: 'Nothing is sent (disabled by you, or by the hub after the endpoint answered 410 Gone); new events are not queued for it.',
});

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
}
describeEnum(WebhookDeliveryStatus, 'WebhookDeliveryStatus', 'Where a delivery stands.', {
  PENDING: 'Not attempted yet (or redelivery asked for).',
  SUCCEEDED: 'The endpoint answered 2xx.',
  FAILED: 'The last attempt failed; another follows at nextAttemptAt.',
  DEAD: 'Every attempt failed (or the endpoint answered 410): no more automatic attempts; webhookDeliveryRetry sends it again.',
});
