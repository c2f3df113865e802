import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { Audience, Funding, OfferFamily, OfferFormat, OfferStatus, Programme } from './offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { PartOfDay, TimeSlot, Weekday } from '../vocabulary/time-slot';
import { MAX_MEETING_TIMES, meetingTimesOf } from './meeting-times';

/** Seat figures unconfirmed for longer than this are flagged as stale. */
export const SEATS_STALE_AFTER_DAYS = 14;

/**
 * An integration measure a provider runs: a course, a volunteer programme or a school-to-work offer.
 * Relations (`provider`, `location`) are resolved in offer.resolver.ts through batched loads.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An integration measure: a language course, volunteer programme or school-to-work offer.' })
@Entity({ tableName: 'offer' })
@Index({ name: 'offer_published_start_idx', expression: `create index "offer_published_start_idx" on "offer" ("start_date", "id") where "status" = 'PUBLISHED'` })
@Index({ name: 'offer_published_location_idx', expression: `create index "offer_published_location_idx" on "offer" ("location_id") include ("id", "family", "programme", "format", "capacity", "seats_taken", "seats_referred", "start_date", "rolling_entry", "end_date", "childcare") where "status" = 'PUBLISHED'` })
@Index({ name: 'offer_search_idx', expression: 'create index "offer_search_idx" on "offer" using gin ("search_vector")' })
export class Offer extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Provider, { ref: true, index: true })
  provider!: Ref<Provider>;

  /** Null for online-only offers. */
  @ManyToOne(() => Location, { ref: true, nullable: true, index: true })
  location: Ref<Location> | null = null;

  @Field(() => OfferStatus, { description: 'Publication state. Public queries only ever return PUBLISHED offers.' })
  @Enum({ items: () => OfferStatus, nativeEnumName: 'offer_status' })
  status: OfferStatus = OfferStatus.DRAFT;

  @Field(() => OfferFamily, { description: 'Family of measures the programme belongs to.' })
  @Enum({ items: () => OfferFamily, nativeEnumName: 'offer_family' })
  family!: OfferFamily;

  @Field(() => Programme, { description: 'Programme type, e.g. INTEGRATIONSKURS_ALLGEMEIN or VABO.' })
  @Enum({ items: () => Programme, nativeEnumName: 'programme' })
  programme!: Programme;

  @Field({ description: 'Title in German.' })
  @Property({ type: 'string' })
  title!: string;

  @Field({ description: 'Description in German.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => [String], { description: 'Languages besides German in which participants get support (ISO 639-1 codes).' })
  @Property({ type: 'text[]' })
  supportLanguages: string[] = [];

  @Field(() => CefrLevel, { nullable: true, description: 'Lowest German level admitted; null when no German is needed.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  entryLevelMin: CefrLevel | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Highest German level admitted; null when there is no upper limit.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  entryLevelMax: CefrLevel | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Level the offer leads to, e.g. B1 for an Integrationskurs.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  targetLevel: CefrLevel | null = null;

  @Field(() => [Audience], { description: 'Groups the offer is designed for; empty when open to everyone.' })
  @Enum({ items: () => Audience, array: true })
  audiences: Audience[] = [];

  @Field({ description: 'Childcare is offered during sessions.' })
  @Property({ type: 'boolean' })
  childcare: boolean = false;

  @Field(() => OfferFormat, { description: 'In person, online or hybrid.' })
  @Enum({ items: () => OfferFormat, nativeEnumName: 'offer_format' })
  format: OfferFormat = OfferFormat.IN_PERSON;

  @Field(() => DateScalar, { description: 'First day of the offer (for ongoing programmes: since when it runs).' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day; null for ongoing programmes.' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field({ description: 'People can join after the start date.' })
  @Property({ type: 'boolean' })
  rollingEntry: boolean = false;

  @Field(() => [Weekday], { description: 'Days on which the offer meets.' })
  @Enum({ items: () => Weekday, array: true })
  weekdays: Weekday[] = [];

  @Field(() => [PartOfDay], { description: 'Parts of the day when the offer meets.' })
  @Enum({ items: () => PartOfDay, array: true })
  timesOfDay: PartOfDay[] = [];

  @Field(() => Float, { nullable: true, description: 'Hours per week (60-minute hours).' })
  @Property({ type: 'double', nullable: true })
  hoursPerWeek: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Total teaching units (1 UE = 45 minutes), for courses.' })
  @Property({ type: 'integer', nullable: true })
  totalUnits: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Number of seats; null for open, ongoing capacity (most volunteer programmes).' })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => Int, { description: 'Seats already taken.' })
  @Property({ type: 'integer' })
  seatsTaken: number = 0;

  /** Seats held or taken by referrals through the hub: the seat ledger's count, kept by the database (see the referrals migration). */
  @Property({ type: 'integer', default: 0 })
  seatsReferred: number = 0;

  @Field(() => Int, { description: 'People on the waiting list.' })
  @Property({ type: 'integer' })
  waitlistLength: number = 0;

  @Field({ description: 'New people can join the waiting list when the offer is full.' })
  @Property({ type: 'boolean' })
  waitlistOpen: boolean = false;

  @Field(() => Float, { nullable: true, description: 'Fee in euros for the whole offer before exemptions; null or 0 when free.' })
  @Property({ type: 'double', nullable: true })
  feeEuro: number | null = null;

  @Field(() => String, { nullable: true, description: 'Notes on cost, exemptions and travel subsidies (German).' })
  @Property({ type: 'text', nullable: true })
  costNote: string | null = null;

  @Field(() => [Funding], { description: 'Who funds the offer.' })
  @Enum({ items: () => Funding, array: true })
  funding: Funding[] = [];

  @Field(() => Int, { nullable: true, description: 'Minimum age of participants.' })
  @Property({ type: 'smallint', nullable: true })
  minAge: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Maximum age of participants.' })
  @Property({ type: 'smallint', nullable: true })
  maxAge: number | null = null;

  @Field(() => [ResidenceStatus], { description: 'Residence statuses admitted; empty when the offer is open to all.' })
  @Enum({ items: () => ResidenceStatus, array: true })
  admittedResidenceStatuses: ResidenceStatus[] = [];

  /** Maintained by PostgreSQL (generated column); never loaded into the entity. */
  @Property({ type: 'tsvector', lazy: true, hidden: true, persist: false, nullable: true })
  searchVector?: unknown;

  @Field(() => Date, { description: 'When the offer was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the offer last changed (any field, seats included).' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Version of the offer, 1 at creation and one more with each change: offerUpdate names the version it read.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => String, { nullable: true, description: "The provider's own key of the offer (from its course administration), unique per provider; offersUpsert matches on it." })
  @Property({ type: 'string', length: 100, nullable: true })
  externalId: string | null = null;

  /** When the provider last confirmed the seat figures (offerSeatsUpdate, or an edit naming them). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  seatsConfirmedAt: Date = new Date();

  @Field({ description: `The seat figures have not been confirmed for ${SEATS_STALE_AFTER_DAYS} days: free seats may be out of date.` })
  get seatsStale(): boolean {
    return Date.now() - this.seatsConfirmedAt.getTime() > SEATS_STALE_AFTER_DAYS * 86_400_000;
  }

  @Field(() => Int, { nullable: true, description: 'Seats still free: the capacity less the seats taken outside the hub and those held or taken by referrals; null when capacity is open.' })
  get freeSeats(): number | null {
    return this.capacity === null ? null : Math.max(0, this.capacity - this.seatsTaken - this.seatsReferred);
  }

  @ListCap(MAX_MEETING_TIMES)
  @Field(() => [TimeSlot], {
    description:
      'When the offer meets: each of `weekdays` at each of `timesOfDay`, by weekday (Monday first), then part of the day (morning first). ' +
      'At most 21 (every part of every day); empty when either list is.',
  })
  get meetingTimes(): TimeSlot[] {
    return meetingTimesOf(this.weekdays, this.timesOfDay);
  }
}
