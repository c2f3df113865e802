import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { GermanEvidence, WorkPermit } from './client.enums';

/** The editable facts of a client. Omitted fields stay as they are; null clears a field, except the four a client always has. */
@InputType({
  description: 'Facts about a client. Omitted fields stay as they are; null clears one (a list becomes empty), except names, birth date and municipality, which are required.',
})
export class ClientFieldsInput {
  @Field(() => String, { nullable: true, description: 'Given names (1–200 characters); required, null is refused.' })
  givenNames?: string | null;

  @Field(() => String, { nullable: true, description: 'Family name (1–200 characters); required, null is refused.' })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; required, null is refused.' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipality of residence; one the agency covers; required, null is refused.' })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: 'Street and house number.' })
  street?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (5 digits).' })
  postalCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude of the address; with longitude. Without both, or both null: the municipality centre.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the address.' })
  longitude?: number | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, as ISO 639 codes ("ar", "prs", "uk").' })
  languages?: string[] | null;

  @Field(() => CefrLevel, { nullable: true, description: 'German level.' })
  germanLevel?: CefrLevel | null;

  @Field(() => GermanEvidence, { nullable: true, description: 'How the level is known.' })
  germanEvidence?: GermanEvidence | null;

  @Field(() => String, { nullable: true, description: 'The certificate (needed with CERTIFICATE).' })
  germanCertificate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the certificate or assessment.' })
  germanEvidenceDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Reads and writes Latin script.' })
  latinLiterate?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Schooling, in short (up to 500 characters).' })
  schooling?: string | null;

  @Field(() => String, { nullable: true, description: 'Work background, in short (up to 500 characters).' })
  workBackground?: string | null;

  @Field(() => ResidenceStatus, { nullable: true, description: 'Residence status.' })
  residenceStatus?: ResidenceStatus | null;

  @Field(() => String, { nullable: true, description: 'The paragraph as written on the title.' })
  residenceParagraph?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The title is valid until.' })
  residenceValidUntil?: string | null;

  @Field(() => WorkPermit, { nullable: true, description: 'Whether the title allows work.' })
  workPermit?: WorkPermit | null;

  @Field(() => DateScalar, { nullable: true, description: 'Arrival in Germany.' })
  arrivalDate?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Birth years of the children in the household.' })
  childrenBirthYears?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'When the person can attend, e.g. ["MONDAY_MORNING", "WEDNESDAY_EVENING"].' })
  availability?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Longest acceptable travel distance in km (0–500).' })
  maxTravelKm?: number | null;

  @Field(() => String, { nullable: true, description: 'Country of origin (stored encrypted).' })
  originCountry?: string | null;

  @Field(() => String, { nullable: true, description: 'Health-related needs (stored encrypted; up to 2,000 characters).' })
  healthNeeds?: string | null;
}

@InputType({ description: 'A new client. Names, birth date and municipality are required.' })
export class ClientCreateInput extends ClientFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The manager; default: you. Coordinators may name any manager of the agency.' })
  manager?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of support; default: today. The planned end is two years later.' })
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

  @Field({ description: 'Why support ends, e.g. "Ziele erreicht", "Umzug" (1–500 characters).' })
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
  @Field(() => [ID], { description: 'The clients (1–500).' })
  clients!: string[];

  @Field(() => ID, { description: 'The manager who takes them over.' })
  manager!: string;
}

@InputType({ description: 'Extends the support period.' })
export class SupportExtendInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => DateScalar, { description: 'New planned end: later than the current one, at most four years after the start.' })
  extendedTo!: string;

  @Field({ description: 'Why support continues (1–500 characters).' })
  reason!: string;
}

@InputType({ description: 'A new case note.' })
export class CaseNoteAddInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field({ description: 'The note (1–5,000 characters; stored encrypted).' })
  body!: string;
}
