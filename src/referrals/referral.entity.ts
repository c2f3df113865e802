import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { GermanCertificate } from '../caseloads/client-facts.enums';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { Offer } from '../offers/offer.entity';
import { Provider } from '../providers/provider.entity';
import { Agency } from '../tenancy/agency.entity';
import { CefrLevel } from '../vocabulary/cefr-level';
import { User } from '../tenancy/user.entity';
import { ReferralAction, ReferralReason, ReferralSeat, ReferralSide, ReferralStatus } from './referral.enums';

/**
 * A client referred to an offer: one row of the seat ledger (see the referrals migration), with
 * its deadlines and outcome. Personal data of its client, audited as a read of the client. The
 * agency sees it with its client; the provider it is addressed to sees it and its snapshot, never
 * the client. Written by ReferralService in SQL (savepoints around the seat), read through the ORM.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A referral of a client to an offer, followed until the outcome.' })
@Entity({ tableName: 'referral' })
export class Referral extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @ManyToOne(() => Agency, { ref: true })
  agency!: Ref<Agency>;

  @ManyToOne(() => Offer, { ref: true })
  offer!: Ref<Offer>;

  @ManyToOne(() => Provider, { ref: true })
  provider!: Ref<Provider>;

  /** The plan measure (its origin ID, the same across plan versions) that follows this referral. */
  @Property({ type: 'integer', nullable: true })
  measureOriginId: number | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  @Field(() => ReferralStatus, { description: 'Where the referral stands.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status!: ReferralStatus;

  @Field(() => ReferralSeat, { nullable: true, description: 'The seat the referral holds or took; null when it has none.' })
  @Enum({ items: () => ReferralSeat, nativeEnumName: 'referral_seat', nullable: true })
  seat: ReferralSeat | null = null;

  /** Order on the offer's waiting list; the position is its rank (ReferralFieldsResolver). */
  @Property({ type: 'integer', nullable: true })
  waitlistTicket: number | null = null;

  @Field(() => String, { nullable: true, description: 'The manager’s message to the provider.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  message: string | null = null;

  @Field(() => ReferralReason, { nullable: true, description: 'Why it was declined, waitlisted, withdrawn or dropped out (the latest reason given).' })
  @Enum({ items: () => ReferralReason, nativeEnumName: 'referral_reason', nullable: true })
  reason: ReferralReason | null = null;

  @Field(() => String, { nullable: true, description: 'The reason in words, when given.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reasonText: string | null = null;

  @Field(() => GermanCertificate, { nullable: true, description: 'The certificate the measure ended with; null: none (or not completed).' })
  @Enum({ items: () => GermanCertificate, nativeEnumName: 'german_certificate', nullable: true })
  certificate: GermanCertificate | null = null;

  @Field(() => Date, { description: 'The provider should answer by then; an unanswered REQUESTED referral expires at it.' })
  @Property({ type: 'datetime' })
  responseDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the provider was reminded of the response deadline.' })
  @Property({ type: 'datetime', nullable: true })
  remindedAt: Date | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The measure should start by this day (IntV § 7(4): 6 weeks, DeuFöV § 9(3): 4 weeks); set on acceptance.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  startDueOn: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the person started.' })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { description: 'When the referral was made.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the status last changed.' })
  @Property({ type: 'datetime' })
  statusChangedAt!: Date;
}

/**
 * What the provider may see of the person, copied when the referral was made: only the fields a
 * referral needs and the consent covers (names, contact, German level, languages, availability,
 * childcare need), never the case file, plan, notes, origin or health. Deleted when the consent
 * is withdrawn.
 */
@ObjectType({ simpleResolvers: true, description: 'What the provider sees of the referred person, as it was at the time of the referral.' })
@Entity({ tableName: 'referral_snapshot' })
export class ReferralSnapshot {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Referral, { ref: true, unique: true })
  referral!: Ref<Referral>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field({ description: 'Given names.' })
  @Property({ type: 'string', length: 200 })
  givenNames!: string;

  @Field({ description: 'Family name.' })
  @Property({ type: 'string', length: 200 })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR), as known to the agency.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  germanLevel: CefrLevel | null = null;

  @Field(() => [String], { description: 'Languages spoken, as ISO 639 codes.' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Property({ type: 'json', columnType: 'jsonb' })
  availability: Array<{ weekday: string; partOfDay: string }> = [];

  @Field({ description: 'The person needs childcare to attend (children not yet at school).' })
  @Property({ type: 'boolean' })
  childcareNeeded!: boolean;

  @Field(() => Date, { description: 'When the snapshot was taken (the referral).' })
  @Property({ type: 'datetime' })
  takenAt!: Date;
}

/**
 * One step of a referral: its history, and the transactional outbox every consumer of referral
 * events reads (the live subscription now, webhooks and a changes feed later). Written in the
 * transaction of the step, by the before-commit hook; never changed.
 */
@ObjectType({ simpleResolvers: true, description: 'A step of a referral: who, when, from which status to which, and why.' })
@Entity({ tableName: 'referral_event' })
export class ReferralEvent {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Referral, { ref: true })
  referral!: Ref<Referral>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Property({ type: 'integer' })
  offerId!: number;

  @Property({ type: 'integer' })
  agencyId!: number;

  @Property({ type: 'integer' })
  providerId!: number;

  @Field(() => ReferralAction, { description: 'The step.' })
  @Enum({ items: () => ReferralAction, nativeEnumName: 'referral_action' })
  action!: ReferralAction;

  @Field(() => ReferralStatus, { nullable: true, description: 'The status before; null for the referral itself.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status', nullable: true })
  fromStatus: ReferralStatus | null = null;

  @Field(() => ReferralStatus, { description: 'The status after.' })
  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  toStatus!: ReferralStatus;

  @Field(() => ReferralReason, { nullable: true, description: 'The reason given.' })
  @Enum({ items: () => ReferralReason, nativeEnumName: 'referral_reason', nullable: true })
  reason: ReferralReason | null = null;

  @Field(() => String, { nullable: true, description: 'The reason in words.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reasonText: string | null = null;

  @Field(() => ReferralSide, { description: 'Who took it.' })
  @Enum({ items: () => ReferralSide, nativeEnumName: 'referral_side' })
  side!: ReferralSide;

  /** The global ID of the User or ApiKey who acted; null for the hub. */
  @Property({ type: 'string', nullable: true, columnType: 'text' })
  actor: string | null = null;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime' })
  at!: Date;
}

export const MAX_HISTORY = 50;
