import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { EncryptedText } from '../core/crypto/encrypted-text';
import { Node } from '../core/relay/node';
import { Provider } from '../providers/provider.entity';
import { WebhookEndpointStatus, WebhookEventType } from './webhook.enums';

export const MAX_WEBHOOK_URL_LENGTH = 2048;
export const MAX_WEBHOOK_DESCRIPTION_LENGTH = 200;

/**
 * A receiver of webhooks: hub-wide (no provider; the public catalogue, managed by admins) or a
 * provider's (its own catalogue and referrals). The signing secret is stored encrypted with the
 * key ring, since signing needs it back, and never leaves the API after creation or rotation.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An HTTPS endpoint that receives signed webhooks (Standard Webhooks). Its secret is shown only when it is created or rotated.' })
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** Null: hub-wide, public catalogue events only. */
  @ManyToOne(() => Provider, { ref: true, nullable: true })
  provider: Ref<Provider> | null = null;

  @Field({ description: 'Where deliveries are POSTed.' })
  @Property({ type: 'string', length: MAX_WEBHOOK_URL_LENGTH })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for, given by whoever registered it.' })
  @Property({ type: 'string', length: MAX_WEBHOOK_DESCRIPTION_LENGTH, nullable: true })
  description: string | null = null;

  @Field(() => [WebhookEventType], { description: 'The events delivered to it.' })
  @Enum({ items: () => WebhookEventType, array: true })
  events: WebhookEventType[] = [];

  @Property({ type: new EncryptedText('webhook_endpoint.secret'), fieldName: 'secret_encrypted', hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
  @Property({ type: new EncryptedText('webhook_endpoint.previous_secret'), fieldName: 'previous_secret_encrypted', hidden: true, nullable: true })
  previousSecret: string | null = null;

  @Field(() => Date, { nullable: true, description: 'Until when deliveries are signed with the previous secret too (24 hours after a rotation).' })
  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Field(() => WebhookEndpointStatus, { description: 'Whether it receives deliveries.' })
  @Enum({ items: () => WebhookEndpointStatus, nativeEnumName: 'webhook_endpoint_status' })
  status: WebhookEndpointStatus = WebhookEndpointStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why it is disabled, e.g. "410 Gone"; null while active.' })
  @Property({ type: 'string', length: 500, nullable: true })
  disabledReason: string | null = null;

  @Field(() => Date, { description: 'When it was registered; only events from then on are delivered.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When it was last changed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
