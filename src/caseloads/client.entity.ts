import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EncryptedText } from '../core/crypto/encrypted-text';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { Municipality } from '../geography/municipality.entity';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { TimeSlot } from '../vocabulary/time-slot';
import { Agency } from '../tenancy/agency.entity';
import { User } from '../tenancy/user.entity';
import { MAX_TRAVEL_KM } from './client-fields';
import { ClientObligation } from './client-obligation.types';
import { EmploymentSituation, Gender, ObligationGround, type ClientObligationValue } from './client-facts.enums';
import { ClientStatus, GermanEvidence, LocationPrecision, MAX_AVAILABILITY_SLOTS, WorkPermit } from './client.enums';
import { MAX_SUPPORT_YEARS, SUPPORT_YEARS } from './client.limits';

/**
 * A person supported by Integrationsmanagement. Every field is personal data: reads are audited,
 * and origin and health (GDPR Art. 9) are stored only encrypted. Dates are ISO strings
 * (YYYY-MM-DD) so no time zone can shift them.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A person supported by Integrationsmanagement: personal data, audited on every read.' })
@Entity({ tableName: 'client' })
export class Client extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Agency, { ref: true })
  agency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  manager: Ref<User> | null = null;

  @Field({ description: 'Given names.' })
  @Property({ type: 'string', length: 200 })
  givenNames!: string;

  @Field({ description: 'Family name.' })
  @Property({ type: 'string', length: 200 })
  familyName!: string;

  @Field(() => DateScalar, { description: 'Date of birth.' })
  @Property({ type: 'date', columnType: 'date' })
  birthDate!: string;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  @Field(() => String, { nullable: true, description: 'Street and house number.' })
  @Property({ type: 'string', length: 200, nullable: true })
  street: string | null = null;

  @Field(() => String, { nullable: true, description: 'Postal code.' })
  @Property({ type: 'string', length: 5, nullable: true })
  postalCode: string | null = null;

  @Field(() => Float, { description: 'Latitude used for travel distances.' })
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude used for travel distances.' })
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => LocationPrecision, { description: 'Whether the coordinates are the address or the municipality centre.' })
  @Enum({ items: () => LocationPrecision, nativeEnumName: 'location_precision' })
  locationPrecision!: LocationPrecision;

  @Field(() => [String], { description: 'Languages spoken, as ISO 639 codes.' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Field(() => CefrLevel, { nullable: true, description: 'German level (CEFR).' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  germanLevel: CefrLevel | null = null;

  @Field(() => GermanEvidence, { nullable: true, description: 'How the German level is known.' })
  @Enum({ items: () => GermanEvidence, nativeEnumName: 'german_evidence', nullable: true })
  germanEvidence: GermanEvidence | null = null;

  @Field(() => String, { nullable: true, description: 'The certificate, e.g. "DTZ B1".' })
  @Property({ type: 'string', length: 200, nullable: true })
  germanCertificate: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the certificate or assessment.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  germanEvidenceDate: string | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Reads and writes Latin script.' })
  @Property({ type: 'boolean', nullable: true })
  latinLiterate: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'Schooling, in short.' })
  @Property({ type: 'string', length: 500, nullable: true })
  schooling: string | null = null;

  @Field(() => String, { nullable: true, description: 'Work background, in short.' })
  @Property({ type: 'string', length: 500, nullable: true })
  workBackground: string | null = null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status.' })
  @Enum({ items: () => ResidenceStatus, nullable: true })
  residenceStatus: ResidenceStatus | null = null;

  @Field(() => String, { nullable: true, description: 'The paragraph as written on the title, e.g. "§ 25 Abs. 2 AufenthG".' })
  @Property({ type: 'string', length: 60, nullable: true })
  residenceParagraph: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'The residence title is valid until.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  residenceValidUntil: string | null = null;

  @Field(() => WorkPermit, { nullable: true, description: 'Whether the title allows work.' })
  @Enum({ items: () => WorkPermit, nativeEnumName: 'work_permit', nullable: true })
  workPermit: WorkPermit | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Arrival in Germany.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  arrivalDate: string | null = null;

  @Field(() => [Int], { description: 'Birth years of the children in the household (childcare needs).' })
  @Property({ type: 'smallint[]', columnType: 'smallint[]' })
  childrenBirthYears: number[] = [];

  // Stored as a jsonb array of {weekday, partOfDay}; the database checks every slot and that none repeats.
  @ListCap(MAX_AVAILABILITY_SLOTS)
  @Field(() => [TimeSlot], { description: `When the person can attend: parts of weekdays, each at most once (so at most ${MAX_AVAILABILITY_SLOTS}), in the order given.` })
  @Property({ type: 'json', columnType: 'jsonb' })
  availability: TimeSlot[] = [];

  @Field(() => Int, { nullable: true, description: `Longest acceptable travel distance, in km (0–${MAX_TRAVEL_KM}).` })
  @Property({ type: 'smallint', nullable: true })
  maxTravelKm: number | null = null;

  @Field(() => Gender, { nullable: true, description: 'Gender (not a special category of Art. 9 GDPR; stored like the other facts).' })
  @Enum({ items: () => Gender, nativeEnumName: 'gender', nullable: true })
  gender: Gender | null = null;

  @Field(() => EmploymentSituation, { nullable: true, description: 'What the person does now, as far as work is concerned.' })
  @Enum({ items: () => EmploymentSituation, nativeEnumName: 'employment_situation', nullable: true })
  employment: EmploymentSituation | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Exempt from the Integrationskurs cost share (IntV § 9(2): Bürgergeld, SGB XII, AsylbLG, ALG I, low income); null: not known.' })
  @Property({ type: 'boolean', nullable: true })
  feeExempt: boolean | null = null;

  // Stored as a jsonb array of {ground, obligedOn, validUntil}; the database checks each and that no ground repeats.
  @ListCap(Object.keys(ObligationGround).length)
  @Field(() => [ClientObligation], { description: 'Obligations to attend the Integrationskurs (§ 44a(1) AufenthG), each ground at most once.' })
  @Property({ type: 'json', columnType: 'jsonb' })
  obligations: ClientObligationValue[] = [];

  /** Members of one household share this number (from client_household_seq); null: none recorded. */
  @Property({ type: 'integer', nullable: true })
  householdId: number | null = null;

  @Field(() => DateScalar, { description: 'Start of support.' })
  @Property({ type: 'date', columnType: 'date' })
  supportStart!: string;

  @Field(() => DateScalar, { description: `Planned end of support: start + ${SUPPORT_YEARS} years, moved by extensions (at most ${MAX_SUPPORT_YEARS} years after the start).` })
  @Property({ type: 'date', columnType: 'date' })
  supportPlannedEnd!: string;

  @Field(() => ClientStatus, { description: 'Where the case stands.' })
  @Enum({ items: () => ClientStatus, nativeEnumName: 'client_status' })
  status: ClientStatus = ClientStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Why the case was closed.' })
  @Property({ type: 'string', length: 500, nullable: true })
  closedReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the case was closed.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Country of origin (special category: stored encrypted).' })
  @Property({ type: new EncryptedText('client.origin_country'), fieldName: 'origin_country_encrypted', nullable: true })
  originCountry: string | null = null;

  @Field(() => String, { nullable: true, description: 'Health-related needs (special category: stored encrypted).' })
  @Property({ type: new EncryptedText('client.health_needs'), fieldName: 'health_needs_encrypted', nullable: true })
  healthNeeds: string | null = null;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

