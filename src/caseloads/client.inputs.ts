import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { TimeSlotInput } from '../vocabulary/time-slot';
import { CHILDREN_YEARS_BACK, CLIENT_AREA, CLIENT_TEXT_LIMITS as LIMITS, MAX_TRAVEL_KM } from './client-fields';
import { ClientObligationInput } from './client-obligation.types';
import { EmploymentSituation, Gender, MAX_HOUSEHOLD_MEMBERS } from './client-facts.enums';
import { GermanEvidence, MAX_AVAILABILITY_SLOTS, WorkPermit } from './client.enums';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH, MAX_SUPPORT_YEARS, MAX_TRANSFER, SUPPORT_START_AHEAD_YEARS, SUPPORT_YEARS } from './client.limits';

const characters = (limit: number) => `${limit.toLocaleString('en')} characters`;

/** The editable facts of a client. Omitted fields stay as they are; null clears a field, except the four a client always has. */
@InputType({
  description: 'Facts about a client. Omitted fields stay as they are; null clears one (a list becomes empty), except names, birth date and municipality, which are required.',
})
export class ClientFieldsInput {
  @Field(() => String, { nullable: true, description: `Given names (1–${characters(LIMITS.givenNames)}); required, null is refused.` })
  givenNames?: string | null;

  @Field(() => String, { nullable: true, description: `Family name (1–${characters(LIMITS.familyName)}); required, null is refused.` })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; required, null is refused.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: `Phone number: digits, spaces and + ( ) / - (up to ${characters(LIMITS.phone)}).` })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `E-mail address (up to ${characters(LIMITS.email)}).` })
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipality of residence; one the agency covers; required, null is refused.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: `Street and house number (up to ${characters(LIMITS.street)}).` })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (5 digits).' })
  postalCode?: string | null;

  @Field(() => Float, { nullable: true, description: `Latitude of the address (${CLIENT_AREA.south} to ${CLIENT_AREA.north}: Baden-Württemberg and around); with longitude. Without both, or both null: the municipality centre.` })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: `Longitude of the address (${CLIENT_AREA.west} to ${CLIENT_AREA.east}); with latitude.` })
  longitude?: number | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, as ISO 639 codes ("ar", "prs", "uk").' })
  languages?: string[] | null;

  @Field(() => CefrLevel, { nullable: true, description: 'German level.' })
  germanLevel?: CefrLevel | null;

  @Field(() => GermanEvidence, { nullable: true, description: 'How the level is known.' })
  germanEvidence?: GermanEvidence | null;

  @Field(() => String, { nullable: true, description: `The certificate (needed with CERTIFICATE, with its date; up to ${characters(LIMITS.germanCertificate)}).` })
  germanCertificate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the certificate or assessment.' })
  germanEvidenceDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Reads and writes Latin script.' })
  latinLiterate?: boolean | null;

  @Field(() => String, { nullable: true, description: `Schooling, in short (up to ${characters(LIMITS.schooling)}).` })
  schooling?: string | null;

  @Field(() => String, { nullable: true, description: `Work background, in short (up to ${characters(LIMITS.workBackground)}).` })
  workBackground?: string | null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status.' })
  residenceStatus?: ResidenceStatus | null;

  @Field(() => String, { nullable: true, description: `The paragraph as written on the title (up to ${characters(LIMITS.residenceParagraph)}).` })
  residenceParagraph?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The title is valid until.' })
  residenceValidUntil?: string | null;

  @Field(() => WorkPermit, { nullable: true, description: 'Whether the title allows work.' })
  workPermit?: WorkPermit | null;

  @Field(() => DateScalar, { nullable: true, description: 'Arrival in Germany.' })
  arrivalDate?: string | null;

  @Field(() => [Int], { nullable: true, description: `Birth years of the children in the household (the last ${CHILDREN_YEARS_BACK} years).` })
  childrenBirthYears?: number[] | null;

  @Field(() => [TimeSlotInput], {
    nullable: true,
    description: `When the person can attend, e.g. [{weekday: MONDAY, partOfDay: MORNING}]. A slot given twice is kept once, so at most ${MAX_AVAILABILITY_SLOTS} remain.`,
  })
  availability?: TimeSlotInput[] | null;

  @Field(() => Int, { nullable: true, description: `Longest acceptable travel distance in km (0–${MAX_TRAVEL_KM}).` })
  maxTravelKm?: number | null;

  @Field(() => String, { nullable: true, description: `Country of origin (stored encrypted; up to ${characters(LIMITS.originCountry)}).` })
  originCountry?: string | null;

  @Field(() => String, { nullable: true, description: `Health-related needs (stored encrypted; up to ${characters(LIMITS.healthNeeds)}).` })
  healthNeeds?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Gender: FEMALE, MALE, DIVERSE or UNSPECIFIED (as the civil register allows).' })
  gender?: Gender | null;

  @Field(() => EmploymentSituation, { nullable: true, description: 'What the person does now, as far as work is concerned.' })
  employment?: EmploymentSituation | null;

  @Field(() => Boolean, { nullable: true, description: 'Exempt from the Integrationskurs cost share (IntV § 9(2)).' })
  feeExempt?: boolean | null;

  @Field(() => [ClientObligationInput], { nullable: true, description: 'Obligations to attend the Integrationskurs, each ground at most once; the list replaces the one on record.' })
  obligations?: ClientObligationInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: `Lives in one household with this client of your caseload: joins their household (opening one for both if they have none; at most ${MAX_HOUSEHOLD_MEMBERS} people). Null leaves the household.`,
  })
  householdWith?: string | null;
}

@InputType({ description: 'A new client. Names, birth date and municipality are required.' })
export class ClientCreateInput extends ClientFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The manager; default: you. Coordinators may name any manager of the agency.' })
  manager?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `Start of support, at most ${MAX_SUPPORT_YEARS} years back and ${SUPPORT_START_AHEAD_YEARS} year ahead; default: today. The planned end is ${SUPPORT_YEARS} years later.` })
  supportStart?: string | null;

  @Field({ defaultValue: false, description: 'Create even though a client of the agency has the same names and birth date.' })
  allowDuplicate!: boolean;
}

@InputType({ description: 'Changes to a client.' })
export class ClientUpdateInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => ClientFieldsInput, { description: 'The changes: omitted fields stay as they are, null clears one.' })
  fields!: ClientFieldsInput;
}

@InputType({ description: 'Closes a case.' })
export class ClientCloseInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field({ description: `Why support ends, e.g. "Ziele erreicht", "Umzug" (1–${characters(MAX_REASON_LENGTH)}).` })
  reason!: string;
}

@InputType({ description: 'Pauses or resumes support.' })
export class ClientStatusInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field({ description: 'True to pause, false to resume.' })
  paused!: boolean;
}

@InputType({ description: 'Moves cases to another manager of the agency.' })
export class ClientTransferInput {
  @Field(() => [ID], { description: `The clients (1–${MAX_TRANSFER}).` })
  clients!: string[];

  @Field(() => ID, { description: 'The manager who takes them over.' })
  manager!: string;
}

@InputType({ description: 'Extends the support period.' })
export class SupportExtendInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => DateScalar, { description: `New planned end: later than the current one, at most ${MAX_SUPPORT_YEARS} years after the start.` })
  extendedTo!: string;

  @Field({ description: `Why support continues (1–${characters(MAX_REASON_LENGTH)}).` })
  reason!: string;
}

@InputType({ description: 'A new case note.' })
export class CaseNoteAddInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field({ description: `The note (1–${characters(MAX_NOTE_LENGTH)}; stored encrypted).` })
  body!: string;
}
