import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { PartOfDay, Weekday } from '../vocabulary/time-slot';
import type { OfferFields } from './offer-fields';
import { Audience, Funding, OfferFormat, Programme } from './offer.enums';
import type { LocationFields } from './location-publishing.service';

@InputType({ description: 'Fields of an offer. Omitted fields stay as they are (or take their default in a new offer); null clears a field that may be empty and is refused for one an offer always has. The family follows from the programme.' })
export class OfferFieldsInput {
  @Field(() => Programme, { nullable: true, description: 'Programme type; required for a new offer.' })
  programme?: Programme | null;

  @Field(() => String, { nullable: true, description: 'Title in German (at most 255 characters); required for a new offer.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in German (at most 20,000 characters); a published offer needs one.' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages of support besides German (ISO 639-1 codes, at most 20).' })
  supportLanguages?: string[] | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Lowest German level admitted.' })
  entryLevelMin?: CefrLevel | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Highest German level admitted; not below entryLevelMin.' })
  entryLevelMax?: CefrLevel | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Level the offer leads to.' })
  targetLevel?: CefrLevel | null;

  @Field(() => [Audience], { nullable: true, description: 'Groups the offer is designed for.' })
  audiences?: Audience[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Childcare during sessions.' })
  childcare?: boolean | null;

  @Field(() => OfferFormat, { nullable: true, description: 'In person, online or hybrid; in person and hybrid offers need a location to be published.' })
  format?: OfferFormat | null;

  @Field(() => ID, { nullable: true, description: "One of your provider's locations in use; null for none." })
  location?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day; required for a new offer. Programmes the eligibility rules close for that day are refused.' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day, not before the first; null for ongoing offers.' })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'People can join after the start.' })
  rollingEntry?: boolean | null;

  @Field(() => [Weekday], { nullable: true, description: 'Days on which the offer meets.' })
  weekdays?: Weekday[] | null;

  @Field(() => [PartOfDay], { nullable: true, description: 'Parts of the day when it meets.' })
  timesOfDay?: PartOfDay[] | null;

  @Field(() => Float, { nullable: true, description: 'Hours per week (more than 0, at most 60).' })
  hoursPerWeek?: number | null;

  @Field(() => Int, { nullable: true, description: 'Total teaching units (at most 2,000).' })
  totalUnits?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats; not below the seats taken (by the provider and by referrals); null for open capacity.' })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats taken outside the hub.' })
  seatsTaken?: number | null;

  @Field(() => Int, { nullable: true, description: 'People on the waiting list.' })
  waitlistLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'People may join the waiting list.' })
  waitlistOpen?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Fee in euros (0 to 100,000).' })
  feeEuro?: number | null;

  @Field(() => String, { nullable: true, description: 'Notes on cost (German, at most 2,000 characters).' })
  costNote?: string | null;

  @Field(() => [Funding], { nullable: true, description: 'Who funds the offer.' })
  funding?: Funding[] | null;

  @Field(() => Int, { nullable: true, description: 'Minimum age (0 to 120).' })
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age, not below the minimum.' })
  maxAge?: number | null;

  @Field(() => [ResidenceStatus], { nullable: true, description: 'Residence statuses admitted; empty for all.' })
  admittedResidenceStatuses?: ResidenceStatus[] | null;
}

/** GraphQL fields → service fields: decodes the location's global ID; a field left out stays undefined. */
export function toOfferFields(input: OfferFieldsInput, path: string): OfferFields {
  const { location, ...rest } = input;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as OfferFields;
  if (location !== undefined) fields.locationId = location === null ? null : fromGlobalIdOf('Location', location, `${path}.location`);
  return fields;
}

@InputType({ description: 'A new draft offer of your provider.' })
export class OfferCreateInput {
  @Field(() => OfferFieldsInput, { description: 'Its fields; programme, title and startDate are required.' })
  fields!: OfferFieldsInput;
}

@InputType({ description: "Changes to one of your provider's offers." })
export class OfferUpdateInput {
  @Field(() => ID, { description: "One of your provider's offers." })
  offer!: string;

  @Field(() => Int, { description: 'The version you read: refused with CONFLICT when the offer changed since.' })
  version!: number;

  @Field(() => OfferFieldsInput, { description: 'The fields to change.' })
  fields!: OfferFieldsInput;
}

@InputType({ description: "Publishes one of your provider's offers." })
export class OfferPublishInput {
  @Field(() => ID, { description: "One of your provider's offers." })
  offer!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read, if you want a CONFLICT when it changed since.' })
  version?: number | null;
}

@InputType({ description: "Archives one of your provider's offers: it leaves the public catalogue." })
export class OfferArchiveInput {
  @Field(() => ID, { description: "One of your provider's offers." })
  offer!: string;
}

@InputType({ description: 'Fields of a location. Omitted fields stay as they are.' })
export class LocationFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name of the building or site.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Street and house number; required for a new location.' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Five-digit postal code; required for a new location.' })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The municipality; required for a new location.' })
  municipality?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS 84), inside Baden-Württemberg; required for a new location.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS 84), inside Baden-Württemberg; required for a new location.' })
  longitude?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Step-free access.' })
  wheelchairAccessible?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Accessibility notes (German).' })
  accessibilityNotes?: string | null;
}

export function toLocationFields(input: LocationFieldsInput, path: string): LocationFields {
  const { municipality, ...rest } = input;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as LocationFields;
  if (municipality != null) fields.municipalityId = fromGlobalIdOf('Municipality', municipality, `${path}.municipality`);
  else if (municipality === null) (fields as Record<string, unknown>).municipalityId = null;
  return fields;
}

@InputType({ description: 'A new location of your provider.' })
export class LocationCreateInput {
  @Field(() => LocationFieldsInput, { description: 'Its fields.' })
  fields!: LocationFieldsInput;
}

@InputType({ description: "Changes to one of your provider's locations." })
export class LocationUpdateInput {
  @Field(() => ID, { description: "One of your provider's locations." })
  location!: string;

  @Field(() => LocationFieldsInput, { description: 'The fields to change.' })
  fields!: LocationFieldsInput;
}

@InputType({ description: "Archives one of your provider's locations (no published offer may meet there)." })
export class LocationArchiveInput {
  @Field(() => ID, { description: "One of your provider's locations." })
  location!: string;
}
