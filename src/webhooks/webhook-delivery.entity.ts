import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { WebhookDeliveryStatus } from './webhook.enums';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * One event for one endpoint, with its attempts. Each attempt is a pg-boss job (see
 * webhook-jobs.ts); `jobId` names the job that may make the next one (null: none queued yet).
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'One event sent (or to be sent) to one endpoint, with the outcome of its attempts.' })
@Entity({ tableName: 'webhook_delivery' })
export class WebhookDelivery extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  @Field({ description: 'The webhook-id header: the same for every attempt, so receivers can drop duplicates.' })
  @Property({ type: 'string', length: 64 })
  messageId!: string;

  @Field({ description: 'The event, as the payload names it (e.g. "offer.published", "webhook.ping").' })
  @Property({ type: 'string', length: 64 })
  eventType!: string;

  @Field({ description: 'The body as sent: JSON with type, timestamp and data (global IDs only).' })
  @Property({ type: 'text' })
  payload!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far (a redelivery adds one).' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  // Not a simple resolver: the GraphQL name differs from the getter.
  @Field(() => Date, { name: 'nextAttemptAt', nullable: true, simple: false, description: 'When the next attempt is due; null once it succeeded or is dead.' })
  get nextAttemptDue(): Date | null {
    return this.status === WebhookDeliveryStatus.PENDING || this.status === WebhookDeliveryStatus.FAILED ? this.nextAttemptAt : null;
  }

  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  /** The pg-boss job of the next attempt; null lets the worker's sweeper queue one (a ping, a redelivery). */
  @Property({ type: 'uuid', nullable: true, hidden: true })
  jobId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt started.' })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer; null without an answer (timeout, refused address, network)." })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Field(() => String, { nullable: true, description: 'What went wrong in the last attempt, if anything.' })
  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When an attempt succeeded.' })
  @Property({ type: 'datetime', nullable: true })
  succeededAt: Date | null = null;

  @Field(() => Date, { description: 'When the event was queued for the endpoint.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
