import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { WebhookDelivery } from './webhook-delivery.entity';
import { MAX_WEBHOOK_DESCRIPTION_LENGTH, MAX_WEBHOOK_URL_LENGTH, WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook.enums';
import { WebhookUserError } from './webhook.user-errors';

@InputType({ description: 'A new webhook endpoint.' })
export class WebhookEndpointCreateInput {
  @Field({ description: `Where to POST deliveries: https (required in production), no private or loopback address, at most ${MAX_WEBHOOK_URL_LENGTH} characters.` })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events to receive (at least one; repeated ones count once).' })
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true, description: `What the endpoint is for (at most ${MAX_WEBHOOK_DESCRIPTION_LENGTH} characters).` })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Admins: the provider whose endpoint it is; none: a hub-wide endpoint for the public catalogue. Provider staff and keys: your own provider (the default)." })
  provider?: string | null;
}

@InputType({ description: 'Changes to a webhook endpoint; fields left out stay as they are.' })
export class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpoint!: string;

  @Field(() => String, { nullable: true, description: 'A new URL (the same rules as at creation).' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The events to receive from now on.' })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'A new description; an empty one removes it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: stop deliveries (new events are not queued); false: enable it again, also after a 410.' })
  disabled?: boolean | null;
}

@InputType({ description: 'Selects a webhook endpoint.' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint.' })
  endpoint!: string;
}

@InputType({ description: 'Selects a webhook delivery.' })
export class WebhookDeliveryRetryInput {
  @Field(() => ID, { description: 'The delivery to send again.' })
  delivery!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of webhookEndpointCreate.' })
export class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The new endpoint; null when userErrors explain why not.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_…), shown only in this response: store it now to verify the webhook-signature header.' })
  secret!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [WebhookUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: WebhookUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of webhookEndpointRotateSecret.' })
export class WebhookEndpointRotateSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when it is not one of yours.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, { nullable: true, description: 'The new secret, shown only in this response. For 24 hours deliveries carry a signature with the old one too.' })
  secret!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [WebhookUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: WebhookUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of webhookEndpointUpdate.' })
export class WebhookEndpointUpdatePayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint as it is now; null when it is not one of yours.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [WebhookUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: WebhookUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of webhookEndpointDelete.' })
export class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true, description: 'The ID of the deleted endpoint (its deliveries went with it).' })
  deletedWebhookEndpointId!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [WebhookUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: WebhookUserError[];
}

/** One payload type per mutation (Shopify's rule), both of this shape. */
function deliveryPayload(name: string, action: string) {
  @ObjectType(name, { simpleResolvers: true, description: `Result of ${action}.` })
  class DeliveryPayload {
    @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, due now; null when userErrors explain why not.' })
    delivery!: WebhookDelivery | null;

    @ListCap(MAX_USER_ERRORS)
    @Field(() => [WebhookUserError], { description: 'Problems with the input; empty on success.' })
    userErrors!: WebhookUserError[];
  }
  return DeliveryPayload;
}

export const WebhookEndpointPingPayload = deliveryPayload('WebhookEndpointPingPayload', 'webhookEndpointPing');
export const WebhookDeliveryRetryPayload = deliveryPayload('WebhookDeliveryRetryPayload', 'webhookDeliveryRetry');
export type WebhookDeliveryPayloadShape = { delivery: WebhookDelivery | null; userErrors: WebhookUserError[] };

@ObjectType({ simpleResolvers: true, description: 'A webhook endpoint with its cursor.' })
export class WebhookEndpointEdge extends EdgeType(WebhookEndpoint) {}

@ObjectType({ simpleResolvers: true, description: 'A page of webhook endpoints.' })
export class WebhookEndpointConnection extends ConnectionType(WebhookEndpoint, WebhookEndpointEdge) {}

@ObjectType({ simpleResolvers: true, description: 'A webhook delivery with its cursor.' })
export class WebhookDeliveryEdge extends EdgeType(WebhookDelivery) {}

@ObjectType({ simpleResolvers: true, description: 'A page of webhook deliveries.' })
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery, WebhookDeliveryEdge) {}
