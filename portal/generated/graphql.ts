import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD, without time or zone. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** A new agency. */
export type AgencyCreateInput = {
  /** Stable short name: 2–64 lower-case letters, digits and dashes, starting with a letter or digit, e.g. "lra-tuebingen"; unique. Surrounding spaces are dropped. */
  key: Scalars['String']['input'];
  /** Kind of agency. */
  kind: AgencyKind;
  /** Municipalities the agency covers (at least one; repeated IDs count once). */
  municipalities: Array<Scalars['ID']['input']>;
  /** Name of the agency (1–200 characters after surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** Whether managers may see their team's caseloads. */
  teamCaseloadsVisible?: Scalars['Boolean']['input'];
};

/** Who runs the Integrationsmanagement. */
export type AgencyKind =
  /** A district office (Landratsamt) for the municipalities of its district. */
  | 'DISTRICT_OFFICE'
  /** A town or municipality (Stadt, Gemeinde). */
  | 'MUNICIPALITY'
  /** A welfare organisation acting for municipalities (Caritas, Diakonie, AWO, DRK, …). */
  | 'WELFARE_ORGANISATION';

/** A new API key for a provider or an agency (name exactly one). */
export type ApiKeyCreateInput = {
  /** The agency the key acts for. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the key, e.g. the system that will use it (1–100 characters after surrounding spaces are dropped). */
  name: Scalars['String']['input'];
  /** The provider the key acts for. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** What the key may do (at least one scope; repeated ones count once): a provider key takes OFFERS_WRITE, REFERRALS_READ, REFERRALS_WRITE, WEBHOOKS_MANAGE; an agency key CASELOAD_READ, CASELOAD_WRITE. */
  scopes: Array<ApiKeyScope>;
  /** Limit the key to trusted documents (persisted operations an admin registered); ad-hoc documents are refused. Default false. */
  trustedDocumentsOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Why apiKeyCreate, apiKeyRotate or apiKeyRevoke did nothing. */
export type ApiKeyErrorCode =
  /** The API key was revoked before; a revoked key can be neither rotated nor revoked again. */
  | 'ALREADY_REVOKED'
  /** A value is missing, malformed or out of range: the name, the tenant (exactly one) or the scopes (at least one, fitting the tenant). */
  | 'INVALID'
  /** The API key, provider or agency does not exist. */
  | 'NOT_FOUND';

/** Selects an API key. */
export type ApiKeyInput = {
  /** The API key. */
  apiKey: Scalars['ID']['input'];
};

/** What a third-party system may do with an API key, within its provider's or agency's data. */
export type ApiKeyScope =
  /** Agency keys: read the agency's caseloads (its case-management software). */
  | 'CASELOAD_READ'
  /** Agency keys: create and update the agency's clients and plans. */
  | 'CASELOAD_WRITE'
  /** Provider keys: publish and update the provider's offers. */
  | 'OFFERS_WRITE'
  /** Provider keys: read referrals addressed to the provider. */
  | 'REFERRALS_READ'
  /** Provider keys: answer referrals addressed to the provider. */
  | 'REFERRALS_WRITE'
  /** Provider keys: register and manage the provider's webhook endpoints and see their deliveries. */
  | 'WEBHOOKS_MANAGE';

/** A group an offer is designed for. */
export type Audience =
  /** People with a university degree or in recognition of a profession. */
  | 'ACADEMICS'
  /** Children and pupils. */
  | 'CHILDREN'
  /** People in work. */
  | 'EMPLOYED'
  /** Whole families. */
  | 'FAMILIES'
  /** People looking for work. */
  | 'JOB_SEEKERS'
  /** People learning to read and write. */
  | 'NON_LITERATE'
  /** Parents, often with childcare. */
  | 'PARENTS'
  /** People in vocational training (Azubis). */
  | 'TRAINEES'
  /** Women only, or designed for women. */
  | 'WOMEN'
  /** Young adults up to 27. */
  | 'YOUNG_ADULTS'
  /** Young people up to about 20. */
  | 'YOUTH';

/** What was done with personal data. */
export type AuditAction =
  /** A record was created. */
  | 'CREATE'
  /** A record was deleted or erased. */
  | 'DELETE'
  /** A copy of all stored data was handed out (GDPR Art. 15). */
  | 'EXPORT'
  /** Fields were read. */
  | 'READ'
  /** A case moved to another manager. */
  | 'TRANSFER'
  /** Fields were changed. */
  | 'UPDATE';

/** What kind of actor an audit entry names. */
export type AuditActorKind =
  /** A third-party system; actorId is the global ID of an ApiKey. */
  | 'INTEGRATION'
  /** The hub itself, e.g. the erasure of closed cases; actorId names the job ("retention"), not an object. */
  | 'SYSTEM'
  /** A signed-in person; actorId is the global ID of a User. */
  | 'USER';

/** Narrows the audit log; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only these actions. */
  actions?: InputMaybe<Array<AuditAction>>;
  /** Who acted: the global ID of a User or an ApiKey. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** At or after this time. */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only these purposes. */
  purposes?: InputMaybe<Array<AuditPurpose>>;
  /** The record concerned, by global ID. */
  subject?: InputMaybe<Scalars['ID']['input']>;
  /** Before this time. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Why personal data was processed. */
export type AuditPurpose =
  /** Managing staff accounts, teams and tenants, and reading the audit log (its actors and subjects). */
  | 'ADMINISTRATION'
  /** Supporting a client along the Integrationsplan. */
  | 'CASE_MANAGEMENT'
  /** Answering a person's request under GDPR Art. 15–17. */
  | 'DATA_SUBJECT_REQUEST'
  /** Referring a client to a measure and following the referral. */
  | 'REFERRAL'
  /** Erasing data at the end of its retention period. */
  | 'RETENTION'
  /** Anonymous counts for reporting. */
  | 'STATISTICS';

/** A new case note. */
export type CaseNoteAddInput = {
  /** The note (1–5,000 characters; stored encrypted). */
  body: Scalars['String']['input'];
  /** The client. */
  client: Scalars['ID']['input'];
};

/** Whom to propose offers for, and among which offers. */
export type CaseloadAssignmentInput = {
  /** Clients of your caseload, 1 to 200. */
  clients: Array<Scalars['ID']['input']>;
  /** Only offers of this family. */
  family?: InputMaybe<OfferFamily>;
  /** Only offers of programmes that serve this plan area. */
  goalArea?: InputMaybe<PlanArea>;
  /** Whether members of one household among the clients are kept together (solved exactly as a MIP). */
  households?: HouseholdPlacement;
  /** Only these offers (1 to 500); omitted: every offer a client's suggestions hold. */
  offers?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Narrows a caseload; all given conditions must hold. */
export type CaseloadFilter = {
  /** Only these German levels. */
  germanLevels?: InputMaybe<Array<CefrLevel>>;
  /** Cases of this manager (coordinators; managers see their own by default). */
  manager?: InputMaybe<Scalars['ID']['input']>;
  /** The current plan has an open goal in one of these areas. */
  openGoalAreas?: InputMaybe<Array<PlanArea>>;
  /** Only these statuses (default: ACTIVE and PAUSED). */
  statuses?: InputMaybe<Array<ClientStatus>>;
  /** Support ends within this many days (0–3650). */
  supportEndingWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** Cases of this team's managers (coordinators, and managers where the agency shares team caseloads). */
  team?: InputMaybe<Scalars['ID']['input']>;
  /** True: no measure of the current plan is ACTIVE. */
  withoutActiveMeasure?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Order of a caseload. */
export type CaseloadOrder = {
  /** Direction; ascending by default. */
  direction?: OrderDirection;
  /** The property to order by. */
  field: CaseloadOrderField;
};

/** Properties by which a caseload can be ordered. */
export type CaseloadOrderField =
  /** Family name, then given names. */
  | 'NAME'
  /** Planned end of support. */
  | 'SUPPORT_END';

/** What happened to an offer or location of the public catalogue. */
export type CatalogueChangeAction =
  /** It left the public catalogue: a tombstone (`removed` is true); remove it from your copy. */
  | 'ARCHIVED'
  /** It was created (locations are public from their creation; offers enter the catalogue when published). */
  | 'CREATED'
  /** The offer entered the public catalogue. */
  | 'PUBLISHED'
  /** Its seat figures changed (by its provider, or free seats by referrals). */
  | 'SEATS_CHANGED'
  /** Its fields changed. */
  | 'UPDATED';

/** What a catalogue change concerns. */
export type CatalogueSubjectType =
  /** A location (its ID is a Location global ID). */
  | 'LOCATION'
  /** An offer (its ID is an Offer global ID). */
  | 'OFFER';

/** Common European Framework of Reference level of German. */
export type CefrLevel =
  /** Breakthrough: simple phrases; roughly the § 44a AufenthG threshold. */
  | 'A1'
  /** Waystage: routine everyday matters; lower DTZ result. */
  | 'A2'
  /** Threshold: the Integrationskurs goal; needed for settlement and naturalisation. */
  | 'B1'
  /** Vantage: recommended for dual vocational training. */
  | 'B2'
  /** Effective operational proficiency. */
  | 'C1'
  /** Mastery. */
  | 'C2';

/** Closes a case. */
export type ClientCloseInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** Why support ends, e.g. "Ziele erreicht", "Umzug" (1–500 characters). */
  reason: Scalars['String']['input'];
};

/** A course the person attended. */
export type ClientCourseRecordInput = {
  /** The certificate it ended with, if any. */
  certificate?: InputMaybe<GermanCertificate>;
  /** The client. */
  client: Scalars['ID']['input'];
  /** Attended to the end. */
  completed?: Scalars['Boolean']['input'];
  /** Last day attended (not in the future); required when completed. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** The programme of the course. */
  programme: Programme;
  /** First day attended (not in the future). */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Removes a course recorded by mistake. */
export type ClientCourseRemoveInput = {
  /** The course. */
  course: Scalars['ID']['input'];
};

/** A new client. Names, birth date and municipality are required. */
export type ClientCreateInput = {
  /** Create even though a client of the agency has the same names and birth date. */
  allowDuplicate?: Scalars['Boolean']['input'];
  /** Arrival in Germany. */
  arrivalDate?: InputMaybe<Scalars['Date']['input']>;
  /** When the person can attend, e.g. [{weekday: MONDAY, partOfDay: MORNING}]. A slot given twice is kept once, so at most 21 remain. */
  availability?: InputMaybe<Array<TimeSlotInput>>;
  /** Date of birth; required, null is refused. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Birth years of the children in the household (the last 30 years). */
  childrenBirthYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** E-mail address (up to 254 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** What the person does now, as far as work is concerned. */
  employment?: InputMaybe<EmploymentSituation>;
  /** Family name (1–200 characters); required, null is refused. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Exempt from the Integrationskurs cost share (IntV § 9(2)). */
  feeExempt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gender: FEMALE, MALE, DIVERSE or UNSPECIFIED (as the civil register allows). */
  gender?: InputMaybe<Gender>;
  /** The certificate (needed with CERTIFICATE, with its date; up to 200 characters). */
  germanCertificate?: InputMaybe<Scalars['String']['input']>;
  /** How the level is known. */
  germanEvidence?: InputMaybe<GermanEvidence>;
  /** Date of the certificate or assessment. */
  germanEvidenceDate?: InputMaybe<Scalars['Date']['input']>;
  /** German level. */
  germanLevel?: InputMaybe<CefrLevel>;
  /** Given names (1–200 characters); required, null is refused. */
  givenNames?: InputMaybe<Scalars['String']['input']>;
  /** Health-related needs (stored encrypted; up to 2,000 characters). */
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  /** Lives in one household with this client of your caseload: joins their household (opening one for both if they have none; at most 20 people). Null leaves the household. */
  householdWith?: InputMaybe<Scalars['ID']['input']>;
  /** Languages spoken, as ISO 639 codes ("ar", "prs", "uk"). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reads and writes Latin script. */
  latinLiterate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Latitude of the address (47 to 50.5: Baden-Württemberg and around); with longitude. Without both, or both null: the municipality centre. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude of the address (7 to 11); with latitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The manager; default: you. Coordinators may name any manager of the agency. */
  manager?: InputMaybe<Scalars['ID']['input']>;
  /** Longest acceptable travel distance in km (0–500). */
  maxTravelKm?: InputMaybe<Scalars['Int']['input']>;
  /** Municipality of residence; one the agency covers; required, null is refused. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Obligations to attend the Integrationskurs, each ground at most once; the list replaces the one on record. */
  obligations?: InputMaybe<Array<ClientObligationInput>>;
  /** Country of origin (stored encrypted; up to 100 characters). */
  originCountry?: InputMaybe<Scalars['String']['input']>;
  /** Phone number: digits, spaces and + ( ) / - (up to 50 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (5 digits). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** The paragraph as written on the title (up to 60 characters). */
  residenceParagraph?: InputMaybe<Scalars['String']['input']>;
  /** Residence status. */
  residenceStatus?: InputMaybe<ResidenceStatus>;
  /** The title is valid until. */
  residenceValidUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Schooling, in short (up to 500 characters). */
  schooling?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number (up to 200 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Start of support, at most 4 years back and 1 year ahead; default: today. The planned end is 2 years later. */
  supportStart?: InputMaybe<Scalars['Date']['input']>;
  /** Work background, in short (up to 500 characters). */
  workBackground?: InputMaybe<Scalars['String']['input']>;
  /** Whether the title allows work. */
  workPermit?: InputMaybe<WorkPermit>;
};

/** The confirmation of an erasure request. */
export type ClientErasureConfirmInput = {
  /** The pending ClientErasureRequest. */
  request: Scalars['ID']['input'];
};

/** A request to erase a client now. */
export type ClientErasureRequestInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** The ground of GDPR Art. 17(1). */
  ground: ErasureGround;
};

/** Why a mutation on a case could not do what was asked. */
export type ClientErrorCode =
  /** The agency already holds a record of this person; the payload names it where you may see it. */
  | 'DUPLICATE'
  /** A value is missing, malformed or out of range, or the case is closed. */
  | 'INVALID'
  /** A client, municipality or manager does not exist or is not visible to you. */
  | 'NOT_FOUND';

/** Facts about a client. Omitted fields stay as they are; null clears one (a list becomes empty), except names, birth date and municipality, which are required. */
export type ClientFieldsInput = {
  /** Arrival in Germany. */
  arrivalDate?: InputMaybe<Scalars['Date']['input']>;
  /** When the person can attend, e.g. [{weekday: MONDAY, partOfDay: MORNING}]. A slot given twice is kept once, so at most 21 remain. */
  availability?: InputMaybe<Array<TimeSlotInput>>;
  /** Date of birth; required, null is refused. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** Birth years of the children in the household (the last 30 years). */
  childrenBirthYears?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** E-mail address (up to 254 characters). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** What the person does now, as far as work is concerned. */
  employment?: InputMaybe<EmploymentSituation>;
  /** Family name (1–200 characters); required, null is refused. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** Exempt from the Integrationskurs cost share (IntV § 9(2)). */
  feeExempt?: InputMaybe<Scalars['Boolean']['input']>;
  /** Gender: FEMALE, MALE, DIVERSE or UNSPECIFIED (as the civil register allows). */
  gender?: InputMaybe<Gender>;
  /** The certificate (needed with CERTIFICATE, with its date; up to 200 characters). */
  germanCertificate?: InputMaybe<Scalars['String']['input']>;
  /** How the level is known. */
  germanEvidence?: InputMaybe<GermanEvidence>;
  /** Date of the certificate or assessment. */
  germanEvidenceDate?: InputMaybe<Scalars['Date']['input']>;
  /** German level. */
  germanLevel?: InputMaybe<CefrLevel>;
  /** Given names (1–200 characters); required, null is refused. */
  givenNames?: InputMaybe<Scalars['String']['input']>;
  /** Health-related needs (stored encrypted; up to 2,000 characters). */
  healthNeeds?: InputMaybe<Scalars['String']['input']>;
  /** Lives in one household with this client of your caseload: joins their household (opening one for both if they have none; at most 20 people). Null leaves the household. */
  householdWith?: InputMaybe<Scalars['ID']['input']>;
  /** Languages spoken, as ISO 639 codes ("ar", "prs", "uk"). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reads and writes Latin script. */
  latinLiterate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Latitude of the address (47 to 50.5: Baden-Württemberg and around); with longitude. Without both, or both null: the municipality centre. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude of the address (7 to 11); with latitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longest acceptable travel distance in km (0–500). */
  maxTravelKm?: InputMaybe<Scalars['Int']['input']>;
  /** Municipality of residence; one the agency covers; required, null is refused. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Obligations to attend the Integrationskurs, each ground at most once; the list replaces the one on record. */
  obligations?: InputMaybe<Array<ClientObligationInput>>;
  /** Country of origin (stored encrypted; up to 100 characters). */
  originCountry?: InputMaybe<Scalars['String']['input']>;
  /** Phone number: digits, spaces and + ( ) / - (up to 50 characters). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Postal code (5 digits). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** The paragraph as written on the title (up to 60 characters). */
  residenceParagraph?: InputMaybe<Scalars['String']['input']>;
  /** Residence status. */
  residenceStatus?: InputMaybe<ResidenceStatus>;
  /** The title is valid until. */
  residenceValidUntil?: InputMaybe<Scalars['Date']['input']>;
  /** Schooling, in short (up to 500 characters). */
  schooling?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number (up to 200 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Work background, in short (up to 500 characters). */
  workBackground?: InputMaybe<Scalars['String']['input']>;
  /** Whether the title allows work. */
  workPermit?: InputMaybe<WorkPermit>;
};

/** An obligation to attend the Integrationskurs. */
export type ClientObligationInput = {
  /** The ground (§ 44a(1) Nr. 1–4); each at most once per person. */
  ground: ObligationGround;
  /** The day the obligation was imposed (not in the future). */
  obligedOn: Scalars['Date']['input'];
  /** The last day it runs (not before obligedOn); omitted: until the course is done. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** Where a case stands. */
export type ClientStatus =
  /** Supported now. */
  | 'ACTIVE'
  /** Support ended; the data is erased after the retention period. */
  | 'CLOSED'
  /** Support paused, e.g. during a stay abroad or an illness. */
  | 'PAUSED';

/** Pauses or resumes support. */
export type ClientStatusInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** True to pause, false to resume. */
  paused: Scalars['Boolean']['input'];
};

/** Moves cases to another manager of the agency. */
export type ClientTransferInput = {
  /** The clients (1–500). */
  clients: Array<Scalars['ID']['input']>;
  /** The manager who takes them over. */
  manager: Scalars['ID']['input'];
};

/** Changes to a client. */
export type ClientUpdateInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** The changes: omitted fields stay as they are, null clears one. */
  fields: ClientFieldsInput;
};

/** Why consentRecord or consentWithdraw changed nothing. */
export type ConsentErrorCode =
  /** A value is missing, malformed or out of range (the recipient: exactly one of provider and kind), or the consent was withdrawn before. */
  | 'INVALID'
  /** The client or consent is not in your caseload, or the provider does not exist. */
  | 'NOT_FOUND';

/** What a person's consent lets the agency do with their data, towards the consent's recipient. */
export type ConsentPurpose =
  /** Exchanging information about the person's situation and progress with the recipient to coordinate support, e.g. attendance and level reached in its course, beyond a referral. */
  | 'DATA_SHARING'
  /** Referring the person to a measure of the recipient: passing on the data the referral needs and hearing back about it (enrolment, waiting list, outcome). */
  | 'REFERRAL';

/** A consent the person gave. Name exactly one recipient: a provider or a kind of provider. */
export type ConsentRecordInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** When the person gave the consent: not after now (a minute of clock difference allowed), not before 2000-01-01. */
  givenAt: Scalars['DateTimeISO']['input'];
  /** What the data may be used for, e.g. REFERRAL. */
  purpose: ConsentPurpose;
  /** The provider that may receive the data. */
  recipientProvider?: InputMaybe<Scalars['ID']['input']>;
  /** Every provider of this kind may receive the data. */
  recipientProviderKind?: InputMaybe<ProviderKind>;
  /** Version of the consent text agreed to, e.g. "v2026-01" (1–50 characters, trimmed). */
  textVersion: Scalars['String']['input'];
};

/** Withdraws a consent. */
export type ConsentWithdrawInput = {
  /** The consent; refused when it was withdrawn before. */
  consent: Scalars['ID']['input'];
};

/** Whether a district is a city (Stadtkreis) or a rural district (Landkreis). */
export type DistrictKind =
  /** A rural district grouping several municipalities. */
  | 'LANDKREIS'
  /** A city that forms a district of its own (kreisfreie Stadt). */
  | 'STADTKREIS';

/** Which day a rule's validity is read on. */
export type EligibilityDatedBy =
  /** The first day of the course (e.g. "for courses starting from 1 May 2025"). */
  | 'COURSE_START'
  /** The day the person would join: the start date, or today for a course already running (e.g. admissions from 9 February 2026). */
  | 'ENTRY';

/** Why an eligibility decision came out as it did. */
export type EligibilityReasonCode =
  /** The German level lies outside the offer's entry range (lowers the level factor; does not exclude). */
  | 'LEVEL_OUTSIDE_RANGE'
  /** No rule in force opens the programme to the person. */
  | 'NO_RULE'
  /** The person's age on entry lies outside the offer's age range. */
  | 'OUTSIDE_AGE_RANGE'
  /** The deciding rule excludes the person. */
  | 'RULE_EXCLUDES'
  /** The deciding rule lets the person in. */
  | 'RULE_GRANTS'
  /** A rule covering the programme does not apply (its first failing condition is given). */
  | 'RULE_NOT_APPLICABLE'
  /** The offer does not admit the person's residence status. */
  | 'STATUS_NOT_ADMITTED';

/** How a person may reach a programme under an eligibility rule. */
export type EligibilityRoute =
  /** May be admitted where seats are free (e.g. § 44(4) AufenthG, DeuFöV § 4). */
  | 'ADMISSIBLE_IF_SEATS'
  /** Entitled to attend (e.g. § 44(1) AufenthG); no exclusion takes this away. */
  | 'ENTITLED'
  /** Excluded: the programme is closed to these people (e.g. the § 44(4) admission stop, programmes no longer offered). */
  | 'NOT_ELIGIBLE'
  /** Obliged to attend by an authority or the school law (e.g. § 44a AufenthG, § 72 SchG BW); no exclusion takes this away. */
  | 'OBLIGATED'
  /** Open to everyone, no entry conditions. */
  | 'OPEN_TO_ALL';

/** An eligibility rule of a new rule set. Empty lists and null bounds mean "no condition". */
export type EligibilityRuleInput = {
  /** Which day the validity is read on (default ENTRY). */
  datedBy?: InputMaybe<EligibilityDatedBy>;
  /** What the rule says, in one German sentence. */
  explanation: Scalars['String']['input'];
  /** Highest German level. */
  germanLevelMax?: InputMaybe<CefrLevel>;
  /** Lowest German level. */
  germanLevelMin?: InputMaybe<CefrLevel>;
  /** Stable name across versions (capital letters, digits, underscores), e.g. IK_ADMISSION_STOP. */
  key: Scalars['String']['input'];
  /** Highest age on entry. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest age on entry. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum months of stay. */
  minMonthsOfStay?: InputMaybe<Scalars['Int']['input']>;
  /** OBLIGATED rules: FOREIGNERS_AUTHORITY, JOBCENTER or ASYLUM_BENEFITS_AUTHORITY. */
  obligationBy?: InputMaybe<Scalars['String']['input']>;
  /** Programmes the rule covers (at least one). */
  programmes: Array<Programme>;
  /** A finished Integrationskurs is a prerequisite (default false). */
  requiresIntegrationCourse?: InputMaybe<Scalars['Boolean']['input']>;
  /** Paragraphs the title must name, e.g. "§ 18a". */
  residenceParagraphs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Residence statuses; empty or null: every status. */
  residenceStatuses?: InputMaybe<Array<ResidenceStatus>>;
  /** The route the rule gives. */
  route: EligibilityRoute;
  /** true: only of school-obligation age; false: only past it. */
  schoolObligation?: InputMaybe<Scalars['Boolean']['input']>;
  /** The legal source, e.g. "§ 44 Abs. 4 AufenthG". */
  source: Scalars['String']['input'];
  /** First day in force. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  /** A work permit is a prerequisite (default false). */
  workPermitRequired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new version of the eligibility rules: the complete set, replacing the one in force. */
export type EligibilityRuleSetPublishInput = {
  /** What changed, in words (at most 1,000 characters). */
  note: Scalars['String']['input'];
  /** The rules (1–200). */
  rules: Array<EligibilityRuleInput>;
  /** Age until which the school obligation lasts (default 18, § 72 SchG BW). */
  schoolObligationUntilAge?: InputMaybe<Scalars['Int']['input']>;
};

/** What the person does now, as far as work is concerned. */
export type EmploymentSituation =
  /** In work, employed or self-employed (also part-time or a mini-job). */
  | 'EMPLOYED'
  /** At school or university. */
  | 'IN_SCHOOL'
  /** In vocational training (Ausbildung) or an Einstiegsqualifizierung. */
  | 'IN_TRAINING'
  /** Looking for work (registered with the Agentur für Arbeit or the Jobcenter, or not). */
  | 'JOB_SEEKING'
  /** Not available for work now (care, parental leave, illness, not permitted). */
  | 'NOT_AVAILABLE';

/** Why a person is erased before the retention period ends (GDPR Art. 17(1)). */
export type ErasureGround =
  /** Art. 17(1)(b): the person withdrew the consent the processing rested on. */
  | 'CONSENT_WITHDRAWN'
  /** Art. 17(1)(e): a legal obligation requires the erasure. */
  | 'LEGAL_OBLIGATION'
  /** Art. 17(1)(a): the data is no longer needed for its purpose (e.g. the person moved away). */
  | 'NO_LONGER_NECESSARY'
  /** Art. 17(1)(c): the person objected under Art. 21 and no overriding grounds remain. */
  | 'OBJECTION'
  /** Art. 17(1)(d): the data was processed unlawfully. */
  | 'UNLAWFUL_PROCESSING';

/** A hard rule that excludes an offer for a person. */
export type ExclusionCode =
  /** No eligibility rule lets the person in, or a rule excludes them. */
  | 'NOT_ELIGIBLE'
  /** The offer has ended, or has started without rolling entry. */
  | 'NOT_JOINABLE'
  /** No free seat and no open waiting list. */
  | 'NO_SEAT'
  /** The person's age on entry lies outside the offer's age range. */
  | 'OUTSIDE_AGE_RANGE'
  /** The offer does not admit the person's residence status. */
  | 'STATUS_NOT_ADMITTED'
  /** An in-person offer farther than the person's maximum travel distance. */
  | 'TOO_FAR';

/** The weight of one factor in a new weight set. */
export type FactorWeightInput = {
  /** The factor. */
  factor: MatchingFactor;
  /** The weight, from 0 to 100. */
  weight: Scalars['Float']['input'];
};

/** A way of grouping clients in the fairness report. */
export type FairnessDimension =
  /** By age today: UNDER_18, AGE_18_TO_26, AGE_27_TO_39, AGE_40_TO_54, AGE_55_AND_OVER. */
  | 'AGE_BAND'
  /** By children in the household: NONE, UNDER_SCHOOL_AGE (at least one under 6), SCHOOL_AGE_ONLY. */
  | 'CHILDREN'
  /** By gender where recorded: FEMALE, MALE, DIVERSE (no entry and not recorded are left out). */
  | 'GENDER'
  /** By Latin literacy: LITERATE, NOT_LITERATE, NOT_RECORDED. */
  | 'LATIN_LITERACY'
  /** By residence status (a ResidenceStatus value, or NOT_RECORDED). */
  | 'RESIDENCE_STATUS';

/** Who pays for an offer. */
export type Funding =
  /** Federal Office for Migration and Refugees (Integrationskurse, Berufssprachkurse). */
  | 'BAMF'
  /** Federal Employment Agency or Jobcenter (AsA flex, BOFplus, EQ subsidy). */
  | 'BUNDESAGENTUR'
  /** Donations and volunteer work. */
  | 'DONATIONS'
  /** The employer. */
  | 'EMPLOYER'
  /** European Social Fund. */
  | 'ESF'
  /** Municipality or district. */
  | 'KOMMUNE'
  /** State of Baden-Württemberg (VABO, pact funding). */
  | 'LAND_BW'
  /** Participants pay. */
  | 'SELF_PAID';

/** Gender as entered in the civil register (§ 22(3) PStG knows "divers" and no entry). */
export type Gender =
  /** Diverse (divers). */
  | 'DIVERSE'
  /** Female (weiblich). */
  | 'FEMALE'
  /** Male (männlich). */
  | 'MALE'
  /** No entry (ohne Angabe), as the register allows. */
  | 'UNSPECIFIED';

/** A circle to search in. Give exactly one origin: `latitude` and `longitude`, a `postalCode`, or a `municipality`. Distances are great-circle distances on a 6,371 km sphere. Online-only offers have no location and never match. */
export type GeoRadiusInput = {
  /** Latitude of the origin (WGS 84, -90 to 90). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude of the origin (WGS 84, -180 to 180). */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** A municipality whose centre is the origin. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** A five-digit postal code as origin: a municipality's, else the centre of the catalogue's addresses with it. A code no place or address has is an error (`BAD_USER_INPUT`, reason `UNKNOWN_POSTAL_CODE`). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Radius in kilometres (greater than 0, at most 300). */
  radiusKm: Scalars['Float']['input'];
};

/** A certificate a course ended with. */
export type GermanCertificate =
  /** Deutsch-Test für den Beruf A2 (Berufssprachkurs). */
  | 'DTB_A2'
  /** Deutsch-Test für den Beruf B1 (Berufssprachkurs). */
  | 'DTB_B1'
  /** Deutsch-Test für den Beruf B2 (Berufssprachkurs). */
  | 'DTB_B2'
  /** Deutsch-Test für den Beruf C1 (Berufssprachkurs). */
  | 'DTB_C1'
  /** Deutsch-Test für Zuwanderer, level A2 (end of the Integrationskurs). */
  | 'DTZ_A2'
  /** Deutsch-Test für Zuwanderer, level B1 (end of the Integrationskurs). */
  | 'DTZ_B1'
  /** Hauptschulabschluss or an equivalent (e.g. through VAB); a school certificate, it proves no German level. */
  | 'HAUPTSCHULABSCHLUSS'
  /** Test "Leben in Deutschland" passed (end of the Orientierungskurs); proves no language level. */
  | 'LEBEN_IN_DEUTSCHLAND'
  /** Mittlerer Schulabschluss (Realschulabschluss) or an equivalent; a school certificate, it proves no German level. */
  | 'MITTLERER_SCHULABSCHLUSS'
  /** Another recognised certificate (e.g. telc, Goethe, ÖSD) at A1. */
  | 'OTHER_A1'
  /** Another recognised certificate at A2. */
  | 'OTHER_A2'
  /** Another recognised certificate at B1. */
  | 'OTHER_B1'
  /** Another recognised certificate at B2. */
  | 'OTHER_B2'
  /** Another recognised certificate at C1. */
  | 'OTHER_C1'
  /** Language assessment at the end of VABO, A2. */
  | 'VABO_A2'
  /** Language assessment at the end of VABO, B1. */
  | 'VABO_B1'
  /** Zertifikat Integrationskurs: DTZ B1 and "Leben in Deutschland". */
  | 'ZERTIFIKAT_INTEGRATIONSKURS';

/** How a German level is known. */
export type GermanEvidence =
  /** A certificate (e.g. DTZ, telc, Goethe) with its date. */
  | 'CERTIFICATE'
  /** The person's own assessment. */
  | 'SELF_ASSESSMENT';

/** Progress of a goal. */
export type GoalStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Given up or no longer relevant. */
  | 'DROPPED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Agreed, not started. */
  | 'OPEN';

/** How a proposal treats members of one household (as recorded with householdWith). */
export type HouseholdPlacement =
  /** Each member is placed on their own. */
  | 'ANY'
  /** Members who get an offer all get the same one (others of the household may get none). */
  | 'TOGETHER'
  /** All members of the household among the clients get seats in one offer, or none of them does. */
  | 'WHOLE';

/** Which referrals to list. */
export type IncomingReferralFilter = {
  /** Only referrals to this offer. */
  offer?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ReferralStatus>>;
};

/** Archives one of your provider's locations (no published offer may meet there). */
export type LocationArchiveInput = {
  /** One of your provider's locations. */
  location: Scalars['ID']['input'];
};

/** A new location of your provider. */
export type LocationCreateInput = {
  /** Its fields. */
  fields: LocationFieldsInput;
};

/** Fields of a location. Omitted fields stay as they are. */
export type LocationFieldsInput = {
  /** Accessibility notes (German). */
  accessibilityNotes?: InputMaybe<Scalars['String']['input']>;
  /** Latitude (WGS 84), inside Baden-Württemberg; required for a new location. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS 84), inside Baden-Württemberg; required for a new location. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The municipality; required for a new location. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the building or site. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Five-digit postal code; required for a new location. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number; required for a new location. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Step-free access. */
  wheelchairAccessible?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How exact the coordinates used for travel distances are. */
export type LocationPrecision =
  /** Geocoded from the address. */
  | 'ADDRESS'
  /** The municipality's centre. */
  | 'MUNICIPALITY';

/** Changes to one of your provider's locations. */
export type LocationUpdateInput = {
  /** The fields to change. */
  fields: LocationFieldsInput;
  /** One of your provider's locations. */
  location: Scalars['ID']['input'];
};

/** Why a matching operation could not do what was asked. */
export type MatchingErrorCode =
  /** Every assignment solver, or the proposals this process computes at once, are busy: try again in a few seconds. */
  | 'BUSY'
  /** An exclusion and an admission (or open access) apply to the same people for the same programme and dates. */
  | 'CONTRADICTION'
  /** A value is missing, malformed or out of range. */
  | 'INVALID'
  /** A client or offer does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** Two rules give the same route to the same people for the same programme and dates. */
  | 'OVERLAP'
  /** No proposal could be proven best within the time limit: name fewer clients or offers. */
  | 'TOO_COMPLEX';

/** A factor of the suggestion score. */
export type MatchingFactor =
  /** The offer's audiences fit the person (gender, employment, age, children, literacy as recorded; unknown facts count half). */
  | 'AUDIENCE'
  /** Childcare offered, where the person has children below school age. */
  | 'CHILDCARE'
  /** Free of charge, or a fee the person is exempt from (Integrationskurs: IntV § 9(2); Berufssprachkurs: trainees and people on benefits); unknown counts half. */
  | 'COST'
  /** Travel distance against the person's maximum (online: full value). */
  | 'DISTANCE'
  /** Support languages of the offer among the person's languages. */
  | 'LANGUAGES'
  /** The offer's entry level range against the person's German level. */
  | 'LEVEL'
  /** Serves an open goal of the Integrationsplan (its area, and its target level where one is set). */
  | 'PLAN_GOAL'
  /** Meeting times (weekday × part of day) against the person's availability. */
  | 'SCHEDULE'
  /** Free seats, else an open waiting list. */
  | 'SEATS'
  /** Starts soon or has rolling entry, and before the support ends. */
  | 'START';

/** Which clients and offers the fairness report covers. */
export type MatchingFairnessFilter = {
  /** Only clients living in this district. */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only offers of these families (and the rules of their programmes). */
  families?: InputMaybe<Array<OfferFamily>>;
  /** The gap that counts, as a share (0.01–0.5; default 0.15: 15 percentage points). */
  gapThreshold?: Scalars['Float']['input'];
  /** Only clients living in this municipality. */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only offers of these programmes (and their rules). */
  programmes?: InputMaybe<Array<Programme>>;
};

/** A new version of the agency's weights: the complete set, replacing the one in force. */
export type MatchingWeightsPublishInput = {
  /** The travel distance in km used for people who gave none (1 to 500). */
  defaultMaxTravelKm: Scalars['Int']['input'];
  /** What changed and why, in words (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A start within this many days counts as soon (1 to 365). */
  soonDays: Scalars['Int']['input'];
  /** Every factor of the score once, with its weight; at least one above 0. */
  weights: Array<FactorWeightInput>;
};

/** Progress of an agreed measure. */
export type MeasureStatus =
  /** Running: the person takes part. */
  | 'ACTIVE'
  /** Stopped or never started. */
  | 'CANCELLED'
  /** Finished. */
  | 'COMPLETED'
  /** Agreed, not started. */
  | 'PLANNED';

/** The ground of an obligation to attend the Integrationskurs (§ 44a(1) AufenthG). */
export type ObligationGround =
  /** Nr. 4: by the asylum-benefits authority, for § 44(4) groups receiving AsylbLG benefits. */
  | 'ASYLUM_BENEFITS_AUTHORITY'
  /** Nr. 1: by the foreigners authority, entitled and below A1 (below B1 for some family titles). */
  | 'FOREIGNERS_AUTHORITY_ENTITLED'
  /** Nr. 3: by the foreigners authority, "besonders integrationsbedürftig". */
  | 'FOREIGNERS_AUTHORITY_SPECIAL_NEED'
  /** Nr. 2: by the Jobcenter (Bürgergeld). */
  | 'JOBCENTER';

/** The authority that obliged a person to attend (the eligibility rules' obligationBy). */
export type ObligingAuthority =
  /** The authority paying benefits under the AsylbLG. */
  | 'ASYLUM_BENEFITS_AUTHORITY'
  /** The foreigners authority (Ausländerbehörde). */
  | 'FOREIGNERS_AUTHORITY'
  /** The Jobcenter. */
  | 'JOBCENTER';

/** Archives one of your provider's offers: it leaves the public catalogue. */
export type OfferArchiveInput = {
  /** One of your provider's offers. */
  offer: Scalars['ID']['input'];
};

/** A new draft offer of your provider. */
export type OfferCreateInput = {
  /** Its fields; programme, title and startDate are required. */
  fields: OfferFieldsInput;
};

/** Why an offer mutation could not do what was asked. */
export type OfferErrorCode =
  /** The offer changed since the version you read; read it again (the payload holds it as it is now) and repeat the change. */
  | 'CONFLICT'
  /** The idempotency key was used in the last 24 hours for another input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A published offer needs this field (a draft may leave it out). */
  | 'INCOMPLETE'
  /** A field is missing (null), out of range, out of order or more than the offer has seats. */
  | 'INVALID'
  /** A request with the same idempotency key is still running; try again shortly. */
  | 'IN_PROGRESS'
  /** No such offer or location of your provider; one of another provider answers alike. */
  | 'NOT_FOUND'
  /** The eligibility rules close this programme for courses starting on that day (e.g. the Jugendintegrationskurs from 1 May 2025). */
  | 'PROGRAMME_ENDED';

/** The three families of integration measures. */
export type OfferFamily =
  /** German courses: Integrationskurse, Berufssprachkurse and community courses. */
  | 'LANGUAGE_COURSE'
  /** School-to-work offers: VABO, VAB, Einstiegsqualifizierung, AsA flex, BOFplus, orientation. */
  | 'SCHOOL_TO_WORK'
  /** Volunteer-run programmes: mentoring, language cafés, homework help, sport and more. */
  | 'VOLUNTEER_PROGRAMME';

/** Fields of an offer. Omitted fields stay as they are (or take their default in a new offer); null clears a field that may be empty and is refused for one an offer always has. The family follows from the programme. */
export type OfferFieldsInput = {
  /** Residence statuses admitted; empty for all. */
  admittedResidenceStatuses?: InputMaybe<Array<ResidenceStatus>>;
  /** Groups the offer is designed for. */
  audiences?: InputMaybe<Array<Audience>>;
  /** Seats; not below the seats taken (by the provider and by referrals); null for open capacity. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Childcare during sessions. */
  childcare?: InputMaybe<Scalars['Boolean']['input']>;
  /** Notes on cost (German, at most 2,000 characters). */
  costNote?: InputMaybe<Scalars['String']['input']>;
  /** Description in German (at most 20,000 characters); a published offer needs one. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day, not before the first; null for ongoing offers. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Highest German level admitted; not below entryLevelMin. */
  entryLevelMax?: InputMaybe<CefrLevel>;
  /** Lowest German level admitted. */
  entryLevelMin?: InputMaybe<CefrLevel>;
  /** Fee in euros (0 to 100,000). */
  feeEuro?: InputMaybe<Scalars['Float']['input']>;
  /** In person, online or hybrid; in person and hybrid offers need a location to be published. */
  format?: InputMaybe<OfferFormat>;
  /** Who funds the offer. */
  funding?: InputMaybe<Array<Funding>>;
  /** Hours per week (more than 0, at most 60). */
  hoursPerWeek?: InputMaybe<Scalars['Float']['input']>;
  /** One of your provider's locations in use; null for none. */
  location?: InputMaybe<Scalars['ID']['input']>;
  /** Maximum age, not below the minimum. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Minimum age (0 to 120). */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Programme type; required for a new offer. */
  programme?: InputMaybe<Programme>;
  /** People can join after the start. */
  rollingEntry?: InputMaybe<Scalars['Boolean']['input']>;
  /** Seats taken outside the hub. */
  seatsTaken?: InputMaybe<Scalars['Int']['input']>;
  /** First day; required for a new offer. Programmes the eligibility rules close for that day are refused. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Languages of support besides German (ISO 639-1 codes, at most 20). */
  supportLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Level the offer leads to. */
  targetLevel?: InputMaybe<CefrLevel>;
  /** Parts of the day when it meets. */
  timesOfDay?: InputMaybe<Array<PartOfDay>>;
  /** Title in German (at most 255 characters); required for a new offer. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Total teaching units (at most 2,000). */
  totalUnits?: InputMaybe<Scalars['Int']['input']>;
  /** People on the waiting list. */
  waitlistLength?: InputMaybe<Scalars['Int']['input']>;
  /** People may join the waiting list. */
  waitlistOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days on which the offer meets. */
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** Criteria for public offer search. All given criteria must hold; lists match any of their values. */
export type OfferFilter = {
  /** Only offers designed for one of these groups. */
  audiences?: InputMaybe<Array<Audience>>;
  /** true: only offers with childcare; false: only offers without. */
  childcare?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers located in this district. */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Families to include. */
  families?: InputMaybe<Array<OfferFamily>>;
  /** Formats to include. */
  formats?: InputMaybe<Array<OfferFormat>>;
  /** true: only offers with a free seat or open capacity; false: only full offers. */
  hasFreeSeats?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only offers admitting a person at one of these German levels. */
  levels?: InputMaybe<Array<CefrLevel>>;
  /** Only offers whose location lies within this circle. */
  near?: InputMaybe<GeoRadiusInput>;
  /** Programmes to include. */
  programmes?: InputMaybe<Array<Programme>>;
  /** Only offers of this provider. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** Only offers one can join on or after this date: starting then or later, or running with rolling entry. */
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only offers starting on or before this date. */
  startsUntil?: InputMaybe<Scalars['Date']['input']>;
  /** German full text over title, programme name and description; every word must match (stemmed, stop words ignored). A word of three or more characters that the catalogue does not contain is replaced by its most similar known word, so typos and missing accents still find offers; shorter words (levels like "B1", abbreviations like "EQ") must match exactly. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How participants attend. */
export type OfferFormat =
  /** Partly on site, partly online. */
  | 'HYBRID'
  /** On site at the location. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

/** Ordering of offers. Ties are broken by ID, so pages are stable. */
export type OfferOrder = {
  /** Direction; defaults to best first for RELEVANCE, ascending otherwise. */
  direction?: InputMaybe<OrderDirection>;
  /** The property to order by. */
  field: OfferOrderField;
};

/** Properties by which offers can be ordered. */
export type OfferOrderField =
  /** Distance from the `filter.near` origin; needs `filter.near`. Nearest first by default. */
  | 'DISTANCE'
  /** Full-text and title similarity to `filter.text`; needs `filter.text`. Best matches first by default. */
  | 'RELEVANCE'
  /** Start date. Earliest first by default. */
  | 'START_DATE';

/** Publishes one of your provider's offers. */
export type OfferPublishInput = {
  /** One of your provider's offers. */
  offer: Scalars['ID']['input'];
  /** The version you read, if you want a CONFLICT when it changed since. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** New seat and waiting-list figures of an offer; omitted fields stay as they are. An offer always has each figure: null is refused. */
export type OfferSeatsUpdateInput = {
  /** One of your provider's offers. */
  offer: Scalars['ID']['input'];
  /** Seats now taken: 0 to the capacity (to 100,000 when the capacity is open). */
  seatsTaken?: InputMaybe<Scalars['Int']['input']>;
  /** People now on the waiting list: 0 to 100,000. */
  waitlistLength?: InputMaybe<Scalars['Int']['input']>;
  /** Whether people may join the waiting list. */
  waitlistOpen?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Publication state; only published offers are public. */
export type OfferStatus =
  /** Finished or withdrawn; not public. */
  | 'ARCHIVED'
  /** Being prepared by the provider; not public. */
  | 'DRAFT'
  /** Visible in the public catalogue. */
  | 'PUBLISHED';

/** Changes to one of your provider's offers. */
export type OfferUpdateInput = {
  /** The fields to change. */
  fields: OfferFieldsInput;
  /** One of your provider's offers. */
  offer: Scalars['ID']['input'];
  /** The version you read: refused with CONFLICT when the offer changed since. */
  version: Scalars['Int']['input'];
};

/** One offer of an upsert, by your own external ID. */
export type OfferUpsertItemInput = {
  /** Your system's ID of the offer (1 to 100 letters, digits or . _ : - /), unique per provider: an existing offer with it is updated, else one is created. */
  externalId: Scalars['String']['input'];
  /** Its fields: for a new offer programme, title and startDate are required; omitted fields stay as they are. */
  fields: OfferFieldsInput;
  /** Publish it (it must be complete); false or omitted leaves its state as it is. */
  publish?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What an upsert did with one item. */
export type OfferUpsertStatus =
  /** A new draft (or, with publish, published) offer with this external ID. */
  | 'CREATED'
  /** The item was fine, but another item was refused, so nothing was written. */
  | 'NOT_APPLIED'
  /** The item has problems (its userErrors); the whole batch was refused. */
  | 'REFUSED'
  /** The offer already was as given; nothing was written. */
  | 'UNCHANGED'
  /** The offer with this external ID changed (a new version). */
  | 'UPDATED';

/** A batch of offers of your provider. */
export type OffersUpsertInput = {
  /** A key of yours (e.g. a UUID, at most 255 characters): the same key with the same items within 24 hours answers as the first call did and changes nothing; with other items it is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 offers; all are applied or none. */
  items: Array<OfferUpsertItemInput>;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Part of the day: when an offer meets, when a client is free. */
export type PartOfDay =
  /** About 12:00 to 17:00. */
  | 'AFTERNOON'
  /** After about 17:00. */
  | 'EVENING'
  /** Before about 12:00. */
  | 'MORNING';

/** The outcome of planning a pathway to a goal. */
export type PathwayStatus =
  /** The person's German level already meets the goal's target level, and no step is needed. */
  | 'ALREADY_MET'
  /** The goal names no target level and no step of the graph completes goals of its area: nothing to plan. */
  | 'NO_TARGET'
  /** A chain of steps leads to the goal. */
  | 'PLANNED'
  /** No chain of the graph's steps leads from the person's level to the goal. */
  | 'UNREACHABLE';

/** An area of the Integrationsplan. */
export type PlanArea =
  /** Kinder: childcare and school of the children. */
  | 'CHILDREN'
  /** Gesundheit. */
  | 'HEALTH'
  /** Wohnung. */
  | 'HOUSING'
  /** Sprache: German and literacy. */
  | 'LANGUAGE'
  /** Schule. */
  | 'SCHOOL'
  /** Gesellschaftliche Teilhabe: clubs, volunteering, neighbourhood. */
  | 'SOCIAL_PARTICIPATION'
  /** Ausbildung/Studium: vocational training or university. */
  | 'TRAINING_STUDIES'
  /** Arbeit. */
  | 'WORK';

/** Why a change of the Integrationsplan was refused; no new version was made. */
export type PlanErrorCode =
  /** A value is missing, malformed or out of range, or a list is full: a plan holds at most 24 goals, 100 measures (10 per goal) and 24 reviews. */
  | 'INVALID'
  /** The client, goal or measure is not in your caseload, or the offer is not published. */
  | 'NOT_FOUND';

/** A new goal; makes a new plan version. */
export type PlanGoalAddInput = {
  /** The plan area. */
  area: PlanArea;
  /** The client. */
  client: Scalars['ID']['input'];
  /** The goal, in words agreed with the person (1–1,000 characters, trimmed). */
  description: Scalars['String']['input'];
  /** Due date (from 2000-01-01, at most 10 years ahead). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** What counts as reached (up to 200 characters, trimmed); empty is none. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** Target German level, for language goals. */
  targetLevel?: InputMaybe<CefrLevel>;
};

/** Changes to a goal; makes a new plan version. Omitted fields stay as they are; null clears target, target level and due date, and is refused for description and status. */
export type PlanGoalUpdateInput = {
  /** New description (1–1,000 characters, trimmed); cannot be cleared. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New due date (from 2000-01-01, at most 10 years ahead); null clears it. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The goal (its ID in any version). */
  goal: Scalars['ID']['input'];
  /** New status; cannot be cleared. */
  status?: InputMaybe<GoalStatus>;
  /** New target (up to 200 characters, trimmed); null or empty clears it. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** New target level; null clears it. */
  targetLevel?: InputMaybe<CefrLevel>;
};

/** A measure agreed towards a goal; makes a new plan version. */
export type PlanMeasureAddInput = {
  /** Due date (from 2000-01-01, at most 10 years ahead). */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** The goal (its ID in any version). */
  goal: Scalars['ID']['input'];
  /** A published catalogue offer. */
  offer?: InputMaybe<Scalars['ID']['input']>;
  /** A step in words (needed without an offer; up to 500 characters, trimmed). */
  step?: InputMaybe<Scalars['String']['input']>;
};

/** New status of a measure; makes a new plan version. */
export type PlanMeasureStatusInput = {
  /** The measure (its ID in any version). */
  measure: Scalars['ID']['input'];
  /** The new status. */
  status: MeasureStatus;
};

/** A review of the plan with the person; makes a new plan version. */
export type PlanReviewInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** When to review next: after reviewDate, at most 10 years ahead. */
  nextReviewDate?: InputMaybe<Scalars['Date']['input']>;
  /** When the review took place: today (UTC) or earlier, not before 2000-01-01. */
  reviewDate: Scalars['Date']['input'];
  /** What was found and agreed (1–2,000 characters, trimmed). */
  summary: Scalars['String']['input'];
};

/** The programme type of an offer. Each belongs to exactly one family. */
export type Programme =
  /** Assistierte Ausbildung flexibel: preparatory phase, then support during training or EQ. */
  | 'ASA_FLEX'
  /** AVdual: dual vocational preparation with company placements. */
  | 'AV_DUAL'
  /** Career orientation workshop or counselling. */
  | 'BERUFSORIENTIERUNG'
  /** Berufssprachkurs special module for professional recognition, e.g. health professions (up to 600 UE). */
  | 'BERUFSSPRACHKURS_ANERKENNUNG'
  /** Berufssprachkurs for trainees in vocational training (Azubi course). */
  | 'BERUFSSPRACHKURS_AZUBI'
  /** Berufssprachkurs basis module (400 UE): B1→B2, B2→C1 or C1→C2 (DeuFöV). */
  | 'BERUFSSPRACHKURS_BASIS'
  /** Berufssprachkurs special module for trades (300 UE). */
  | 'BERUFSSPRACHKURS_GEWERBE_TECHNIK'
  /** Berufssprachkurs special module towards A2 (400 UE), after an Integrationskurs below B1. */
  | 'BERUFSSPRACHKURS_SPEZIAL_A2'
  /** Berufssprachkurs special module towards B1 (400 UE), after an Integrationskurs below B1. */
  | 'BERUFSSPRACHKURS_SPEZIAL_B1'
  /** Berufsorientierung für Flüchtlinge (BOFplus): 13–26 weeks in inter-company training centres. */
  | 'BOF_PLUS'
  /** Community German course run by volunteers or a municipality: no entry conditions, no certificate. */
  | 'COMMUNITY_COURSE'
  /** Einstiegsqualifizierung (EQ): 6–12 months in a company; needs a work permit. */
  | 'EINSTIEGSQUALIFIZIERUNG'
  /** Homework help and tutoring for pupils. */
  | 'HOMEWORK_HELP'
  /** Allgemeiner Integrationskurs: 600 UE language, 100 UE orientation (BAMF). */
  | 'INTEGRATIONSKURS_ALLGEMEIN'
  /** Alphabetisierungskurs: up to 900 UE for people who cannot read or write in any script. */
  | 'INTEGRATIONSKURS_ALPHABETISIERUNG'
  /** Eltern- und Frauenintegrationskurs: up to 900 UE, often with childcare. */
  | 'INTEGRATIONSKURS_ELTERN_FRAUEN'
  /** Förderkurs: up to 900 UE with extra support. */
  | 'INTEGRATIONSKURS_FOERDERKURS'
  /** Intensivkurs: 400 UE language, needs a placement-test result. */
  | 'INTEGRATIONSKURS_INTENSIV'
  /** Jugendintegrationskurs: up to 900 UE, for people under 27 no longer obliged to attend school. */
  | 'INTEGRATIONSKURS_JUGEND'
  /** Zweitschriftlernerkurs: up to 900 UE for people literate in another script. */
  | 'INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE'
  /** Volunteer interpreting at appointments. */
  | 'INTERPRETING'
  /** Mentoring or sponsorship (Patenschaft) with a volunteer. */
  | 'MENTORING'
  /** Driving services and bike repair workshops. */
  | 'MOBILITY_HELP'
  /** Children's play group. */
  | 'PLAY_GROUP'
  /** Internship in a company. */
  | 'PRAKTIKUM'
  /** Help joining sports clubs, e.g. "Integration durch Sport". */
  | 'SPORT'
  /** Language café: open German conversation practice. */
  | 'SPRACHCAFE'
  /** Language sponsorship: a volunteer practises German one to one (Sprachpate). */
  | 'SPRACHPATENSCHAFT'
  /** VAB: vocational preparation year, can lead to a Hauptschulabschluss equivalent. */
  | 'VAB'
  /** VABO: vocational preparation year for young people with little German (about 15/16 to 20). */
  | 'VABO'
  /** Women's meeting point or cooking together. */
  | 'WOMENS_MEETING_POINT';

/** What kind of organisation a provider is. */
export type ProviderKind =
  /** Employment agency or Jobcenter. */
  | 'AGENTUR_FUER_ARBEIT'
  /** Private or non-profit education provider (Bildungsträger). */
  | 'BILDUNGSTRAEGER'
  /** Chamber of crafts or of industry and commerce (HWK, IHK). */
  | 'KAMMER'
  /** Municipality or district office. */
  | 'KOMMUNE'
  /** School, e.g. a vocational school running VABO classes. */
  | 'SCHULE'
  /** Company offering training places or internships. */
  | 'UNTERNEHMEN'
  /** Registered association, often volunteer-run (Verein). */
  | 'VEREIN'
  /** Adult education centre (Volkshochschule). */
  | 'VOLKSHOCHSCHULE'
  /** Welfare organisation (Caritas, Diakonie, AWO, DRK, …). */
  | 'WOHLFAHRTSVERBAND';

/** Criteria for a provider's offers. */
export type ProviderOffersFilter = {
  /** Only offers in these states. Drafts and archived offers are their own provider's to see; others get published offers only. */
  statuses?: InputMaybe<Array<OfferStatus>>;
};

/** A step in the life of a referral. */
export type ReferralAction =
  /** The provider accepts (referralAccept). */
  | 'ACCEPT'
  /** The person completed, with or without a certificate (referralComplete). */
  | 'COMPLETE'
  /** The manager referred the person (referralCreate). */
  | 'CREATE'
  /** The provider declines, with a reason (referralDecline). */
  | 'DECLINE'
  /** The person dropped out, with a reason (referralDropOut). */
  | 'DROP_OUT'
  /** The response deadline passed without an answer (the hub). */
  | 'EXPIRE'
  /** A seat became free and the first person on the waiting list now holds it (the hub). */
  | 'PROMOTE'
  /** The provider was reminded that the response deadline is near (the hub); the status stays. */
  | 'REMIND'
  /** The person started (referralStart). */
  | 'START'
  /** The provider puts the person on the waiting list (referralWaitlist). */
  | 'WAITLIST'
  /** The manager withdraws the referral, with a reason (referralWithdraw). */
  | 'WITHDRAW';

/** The completion of a referral, with the certificate it ended with. */
export type ReferralCompleteInput = {
  /** The certificate the person obtained; null: completed without one. A German certificate becomes the person's level evidence when it proves a higher level. */
  certificate?: InputMaybe<GermanCertificate>;
  /** The referral. */
  referral: Scalars['ID']['input'];
};

/** A referral of a client to a published offer. */
export type ReferralCreateInput = {
  /** The client, of your caseload. */
  client: Scalars['ID']['input'];
  /** The plan measure that follows the referral; omitted: the plan's open measure with this offer, if any. */
  measure?: InputMaybe<Scalars['ID']['input']>;
  /** A message to the provider (at most 1000 characters). */
  message?: InputMaybe<Scalars['String']['input']>;
  /** The published offer. */
  offer: Scalars['ID']['input'];
};

/** Why a referral operation could not do what was asked. */
export type ReferralErrorCode =
  /** No active consent of the person covers referrals (purpose REFERRAL) to this provider or its kind. */
  | 'CONSENT_MISSING'
  /** The person already has an open referral to this offer. */
  | 'DUPLICATE'
  /** A value is missing, malformed or out of range. */
  | 'INVALID'
  /** The referral’s status does not allow this step. */
  | 'INVALID_TRANSITION'
  /** The client, offer, measure or referral does not exist or is not visible to you. */
  | 'NOT_FOUND'
  /** No seat is free, and the waiting list is closed (or the step needs a free seat). */
  | 'NO_FREE_SEAT'
  /** This step needs a reason code. */
  | 'REASON_REQUIRED';

/** How the referral funnel groups referrals. */
export type ReferralFunnelDimension =
  /** The district of the person’s place of residence. */
  | 'DISTRICT'
  /** The programme of the offer. */
  | 'PROGRAMME'
  /** The provider of the offer. */
  | 'PROVIDER';

/** Which referrals the funnel counts. */
export type ReferralFunnelFilter = {
  /** Referrals made on or after this day; default a year before `until`. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only offers of these programmes. */
  programmes?: InputMaybe<Array<Programme>>;
  /** Referrals made before this day; default tomorrow. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** What a notice about a referral tells the manager. */
export type ReferralNoticeKind =
  /** The provider did not answer by the response deadline: the referral expired, its seat was released; the notice names the next fitting offers. */
  | 'EXPIRED';

/** Why a referral did not go on (findhelp-like reason codes). */
export type ReferralReason =
  /** The person withdrew the consent to the referral (set by the hub). */
  | 'CONSENT_WITHDRAWN'
  /** The person could not be reached. */
  | 'COULD_NOT_CONTACT'
  /** The offer could not give the help needed. */
  | 'COULD_NOT_GET_HELP'
  /** The German level does not fit the course. */
  | 'LEVEL_MISMATCH'
  /** The person moved away. */
  | 'MOVED_AWAY'
  /** The person must do something first (documents, placement test, admission). */
  | 'NEEDS_CLIENT_ACTION'
  /** The person does not meet the conditions of the offer. */
  | 'NOT_ELIGIBLE'
  /** No seat is free. */
  | 'NO_CAPACITY'
  /** The person no longer wants to take part. */
  | 'NO_LONGER_INTERESTED'
  /** Another reason, given in the free text. */
  | 'OTHER'
  /** The person goes to another offer. */
  | 'REFERRED_ELSEWHERE'
  /** The times do not fit (work, childcare, other courses). */
  | 'SCHEDULE_CONFLICT';

/** A step of a referral with a reason. */
export type ReferralReasonInput = {
  /** Why (required for declining, dropping out and withdrawing). */
  reason?: InputMaybe<ReferralReason>;
  /** The reason in words (at most 500 characters; required with OTHER). */
  reasonText?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referral: Scalars['ID']['input'];
};

/** A referral's claim on a seat of its offer. */
export type ReferralSeat =
  /** Held for the referral until the provider answers or the response deadline passes. */
  | 'HELD'
  /** Taken: the person was accepted or started. */
  | 'TAKEN';

/** Who took a step of a referral. */
export type ReferralSide =
  /** The client's agency (the manager). */
  | 'AGENCY'
  /** The hub itself: deadlines, the waiting list, a withdrawn consent. */
  | 'HUB'
  /** The provider (its staff or a key with REFERRALS_WRITE). */
  | 'PROVIDER';

/** Where a referral stands. */
export type ReferralStatus =
  /** The provider accepted: the person has a seat. */
  | 'ACCEPTED'
  /** The person completed the measure (see certificate). */
  | 'COMPLETED'
  /** The provider declined (see reason). */
  | 'DECLINED'
  /** The person dropped out (see reason). */
  | 'DROPPED_OUT'
  /** The provider did not answer by the response deadline. */
  | 'EXPIRED'
  /** Sent to the provider, waiting for its answer; a seat is held until then or until the response deadline. */
  | 'REQUESTED'
  /** The person started the measure. */
  | 'STARTED'
  /** On the waiting list of the offer (see waitlistPosition). */
  | 'WAITLISTED'
  /** The manager withdrew the referral (see reason). */
  | 'WITHDRAWN';

/** A step of a referral that takes no reason. */
export type ReferralStepInput = {
  /** The referral. */
  referral: Scalars['ID']['input'];
};

/** Residence status under German law (AufenthG, AsylG). */
export type ResidenceStatus =
  /** Aufenthaltserlaubnis §§ 18 ff. AufenthG: work or training. */
  | 'AE_18FF'
  /** Aufenthaltserlaubnis § 23(2) AufenthG: admission by federal programme. */
  | 'AE_23_2'
  /** Aufenthaltserlaubnis § 23(4) AufenthG: resettlement. */
  | 'AE_23_4'
  /** Aufenthaltserlaubnis § 24 AufenthG: temporary protection (Ukraine). */
  | 'AE_24'
  /** Aufenthaltserlaubnis § 25b AufenthG: sustained integration. */
  | 'AE_25B'
  /** Aufenthaltserlaubnis § 25(1) AufenthG: recognised entitlement to asylum. */
  | 'AE_25_1'
  /** Aufenthaltserlaubnis § 25(2) AufenthG: refugee or subsidiary protection. */
  | 'AE_25_2'
  /** Aufenthaltserlaubnis § 25(3) AufenthG: ban on deportation. */
  | 'AE_25_3'
  /** Aufenthaltserlaubnis § 25(4a) AufenthG: victims of crime. */
  | 'AE_25_4A'
  /** Aufenthaltserlaubnis § 25(5) AufenthG: departure impossible. */
  | 'AE_25_5'
  /** Aufenthaltserlaubnis §§ 28 ff. AufenthG: family reunification. */
  | 'AE_28FF'
  /** Aufenthaltsgestattung (§ 55 AsylG): asylum procedure pending. */
  | 'AUFENTHALTSGESTATTUNG'
  /** Duldung § 60a AufenthG: temporary suspension of deportation. */
  | 'DULDUNG'
  /** Duldung § 60a(2) S.3 AufenthG: for urgent personal or humanitarian reasons. */
  | 'DULDUNG_60A_2_3'
  /** Ausbildungsduldung § 60c AufenthG. */
  | 'DULDUNG_60C'
  /** Beschäftigungsduldung § 60d AufenthG. */
  | 'DULDUNG_60D'
  /** Niederlassungserlaubnis: permanent settlement permit. */
  | 'NIEDERLASSUNGSERLAUBNIS';

/** Why clientErasureRequest or clientErasureConfirm changed nothing. */
export type RightsErrorCode =
  /** Erasure must wait, e.g. while a referral is open; the message says why. */
  | 'BLOCKED'
  /** The request waited too long for its confirmation; request again. */
  | 'EXPIRED'
  /** The client or request is not in your agency. */
  | 'NOT_FOUND';

/** What a signed-in person may do. Identity providers grant roles through the "roles" or "realm_access.roles" claim. */
export type Role =
  /** Manages tenants, providers, users and keys; no access to personal data of clients. */
  | 'ADMIN'
  /** All caseloads of the agency; assigns and transfers cases. */
  | 'COORDINATOR'
  /** Reads the agency's audit log. */
  | 'DATA_PROTECTION_OFFICER'
  /** A third-party system acting through an API key and its scopes (never granted by a token). */
  | 'INTEGRATION'
  /** Integrationsmanager: their own caseload and, where the agency allows, their team’s. */
  | 'MANAGER'
  /** Staff of a provider: the provider's offers and the referrals addressed to it. */
  | 'PROVIDER_STAFF';

/** A role an admin can give a person (every Role but INTEGRATION, which only API keys hold). */
export type StaffRole =
  /** Manages tenants, providers, users and keys; no access to personal data of clients. */
  | 'ADMIN'
  /** All caseloads of the agency; assigns and transfers cases. Needs an agency. */
  | 'COORDINATOR'
  /** Reads the agency's audit log. Needs an agency. */
  | 'DATA_PROTECTION_OFFICER'
  /** Integrationsmanager: their own caseload and, where the agency allows, their team’s. Needs an agency. */
  | 'MANAGER'
  /** Staff of a provider: the provider's offers and the referrals addressed to it. Needs a provider. */
  | 'PROVIDER_STAFF';

/** Narrows suggestions. */
export type SuggestionFilter = {
  /** Only these families. */
  families?: InputMaybe<Array<OfferFamily>>;
  /** Only offers serving this open goal of the person's plan (its area). */
  goal?: InputMaybe<Scalars['ID']['input']>;
  /** Only offers with a free seat or open capacity (no waiting lists). */
  onlyWithFreeSeats?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these programmes. */
  programmes?: InputMaybe<Array<Programme>>;
};

/** Extends the support period. */
export type SupportExtendInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** New planned end: later than the current one, at most 4 years after the start. */
  extendedTo: Scalars['Date']['input'];
  /** Why support continues (1–500 characters). */
  reason: Scalars['String']['input'];
};

/** A new team in an agency. */
export type TeamCreateInput = {
  /** The agency. */
  agency: Scalars['ID']['input'];
  /** Name of the team, unique within the agency (1–100 characters after surrounding spaces are dropped). */
  name: Scalars['String']['input'];
};

/** Why agencyCreate, teamCreate or userCreate did nothing. */
export type TenancyErrorCode =
  /** A value is missing, malformed or out of range, or the agency has as many teams as it can. */
  | 'INVALID'
  /** A referenced agency, municipality, provider or team does not exist. */
  | 'NOT_FOUND'
  /** The agency key, the team name within its agency or the e-mail address is used already. */
  | 'TAKEN';

/** A part of one weekday, e.g. Monday morning. */
export type TimeSlotInput = {
  /** The part of the day. */
  partOfDay: PartOfDay;
  /** The day. */
  weekday: Weekday;
};

/** Why trustedDocumentRegister did nothing. */
export type TrustedDocumentErrorCode =
  /** The name is out of range, or the document does not parse or is not valid against the schema. */
  | 'INVALID';

/** A document to register for third-party systems. */
export type TrustedDocumentRegisterInput = {
  /** The GraphQL document, stored exactly as given: it must parse (at most 10,000 tokens) and be valid against the schema. */
  document: Scalars['String']['input'];
  /** Name of the document (1–100 characters after surrounding spaces are dropped). */
  name: Scalars['String']['input'];
};

/** Why a client of a proposal got no offer. */
export type UnassignedReason =
  /** A fitting offer has a seat, but the household is placed elsewhere. */
  | 'HOUSEHOLD'
  /** No offer with a free seat fits the person (no suggestion among the candidates). */
  | 'NO_CANDIDATE'
  /** A fitting offer has a seat, but taking it would lower the total. */
  | 'NO_GAIN'
  /** A fitting offer has a seat, but its provider has reached its limit. */
  | 'PROVIDER_LIMIT'
  /** Every fitting offer is full: its seats went to clients for whom they counted more. */
  | 'SEATS_TAKEN';

/** A person to prepare an account for; it is claimed by e-mail address at their first sign-in. */
export type UserCreateInput = {
  /** The agency the person works for (agency staff); not together with provider. */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** E-mail address, as the identity provider will send it (at most 254 characters); no other account may have it, in any letter case. */
  email: Scalars['String']['input'];
  /** Full name (at most 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The provider the person works for (provider staff); not together with agency. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** Roles (at least one): managers, coordinators and data protection officers need an agency, provider staff a provider. The identity provider’s token decides them again at each sign-in. */
  roles: Array<StaffRole>;
  /** A team of the person's agency. */
  team?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of caller a request comes from. */
export type ViewerKind =
  /** No credentials: the public audience of partner portals. */
  | 'ANONYMOUS'
  /** A third-party system with an API key. */
  | 'INTEGRATION'
  /** A person signed in with a token of the identity provider. */
  | 'USER';

/** Selects a webhook delivery. */
export type WebhookDeliveryRetryInput = {
  /** The delivery to send again. */
  delivery: Scalars['ID']['input'];
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed (or the endpoint answered 410): no more automatic attempts; webhookDeliveryRetry sends it again. */
  | 'DEAD'
  /** The last attempt failed; another follows at nextAttemptAt. */
  | 'FAILED'
  /** Not attempted yet (or redelivery asked for). */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** A new webhook endpoint. */
export type WebhookEndpointCreateInput = {
  /** What the endpoint is for (at most 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The events to receive (at least one; repeated ones count once). */
  events: Array<WebhookEventType>;
  /** Admins: the provider whose endpoint it is; none: a hub-wide endpoint for the public catalogue. Provider staff and keys: your own provider (the default). */
  provider?: InputMaybe<Scalars['ID']['input']>;
  /** Where to POST deliveries: https (required in production), no private or loopback address, at most 2048 characters. */
  url: Scalars['String']['input'];
};

/** Selects a webhook endpoint. */
export type WebhookEndpointInput = {
  /** The endpoint. */
  endpoint: Scalars['ID']['input'];
};

/** Whether an endpoint receives deliveries. */
export type WebhookEndpointStatus =
  /** Events are delivered. */
  | 'ACTIVE'
  /** Nothing is sent (disabled by you, or by the hub after the endpoint answered 410 Gone); new events are not queued for it. */
  | 'DISABLED';

/** Changes to a webhook endpoint; fields left out stay as they are. */
export type WebhookEndpointUpdateInput = {
  /** A new description; an empty one removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** true: stop deliveries (new events are not queued); false: enable it again, also after a 410. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The endpoint. */
  endpoint: Scalars['ID']['input'];
  /** The events to receive from now on. */
  events?: InputMaybe<Array<WebhookEventType>>;
  /** A new URL (the same rules as at creation). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Why a webhook mutation did nothing. */
export type WebhookErrorCode =
  /** The endpoint is disabled; enable it (webhookEndpointUpdate with disabled: false) first. */
  | 'ENDPOINT_DISABLED'
  /** A value is missing, malformed or not allowed: the URL (https, no private addresses), the events (at least one; referral events and OFFER_CREATED only for provider endpoints), the description. */
  | 'INVALID'
  /** The provider (or, for hub-wide endpoints, the hub) already has the most endpoints allowed (20); delete one first. */
  | 'LIMIT_REACHED'
  /** The endpoint, delivery or provider does not exist, or is not yours. */
  | 'NOT_FOUND';

/** An event a webhook endpoint can subscribe to. The payload names it in dotted form, e.g. OFFER_PUBLISHED as "offer.published". */
export type WebhookEventType =
  /** A location was archived. */
  | 'LOCATION_ARCHIVED'
  /** A location was created. */
  | 'LOCATION_CREATED'
  /** A location changed. */
  | 'LOCATION_UPDATED'
  /** An offer was archived; for hub-wide endpoints: it left the public catalogue. */
  | 'OFFER_ARCHIVED'
  /** Provider endpoints: an offer of yours was created (a draft). */
  | 'OFFER_CREATED'
  /** An offer entered the public catalogue. */
  | 'OFFER_PUBLISHED'
  /** The free seats of an offer changed (seat updates or referrals). */
  | 'OFFER_SEATS_CHANGED'
  /** An offer changed: in the public catalogue (hub-wide endpoints), or any of yours (provider endpoints). */
  | 'OFFER_UPDATED'
  /** Provider endpoints: a referral was accepted. */
  | 'REFERRAL_ACCEPTED'
  /** Provider endpoints: the person completed the course. */
  | 'REFERRAL_COMPLETED'
  /** Provider endpoints: a referral to one of your offers arrived. */
  | 'REFERRAL_CREATED'
  /** Provider endpoints: a referral was declined. */
  | 'REFERRAL_DECLINED'
  /** Provider endpoints: the person dropped out. */
  | 'REFERRAL_DROPPED_OUT'
  /** Provider endpoints: the referral expired unanswered. */
  | 'REFERRAL_EXPIRED'
  /** Provider endpoints: a referral moved up from the waiting list and awaits your answer. */
  | 'REFERRAL_PROMOTED'
  /** Provider endpoints: the response deadline of a referral is near. */
  | 'REFERRAL_REMINDED'
  /** Provider endpoints: the person started the course. */
  | 'REFERRAL_STARTED'
  /** Provider endpoints: a referral was put on the waiting list. */
  | 'REFERRAL_WAITLISTED'
  /** Provider endpoints: the agency withdrew the referral. */
  | 'REFERRAL_WITHDRAWN';

/** Day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** Whether the residence title allows work. */
export type WorkPermit =
  /** Work is allowed ("Erwerbstätigkeit gestattet"). */
  | 'ALLOWED'
  /** Work needs the approval of the foreigners authority. */
  | 'ALLOWED_WITH_APPROVAL'
  /** Work is not allowed. */
  | 'NOT_ALLOWED';

export type PortalPlacesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalPlacesQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Municipality', id: string, name: string, postalCode: string, latitude: number, longitude: number, population: number, district: { __typename?: 'District', id: string } }> } };

export type PortalDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalDistrictsQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', nodes: Array<{ __typename?: 'District', id: string, name: string, kind: DistrictKind }> } };

export type PortalOfferCardFragment = { __typename?: 'Offer', id: string, title: string, programme: Programme, family: OfferFamily, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, freeSeats?: number | null, capacity?: number | null, provider: { __typename?: 'Provider', name: string }, location?: { __typename?: 'Location', latitude: number, longitude: number, municipality: { __typename?: 'Municipality', name: string } } | null };

export type PortalSearchQueryVariables = Exact<{
  filter: OfferFilter;
  familyFilter: OfferFilter;
  formatFilter: OfferFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PortalSearchQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'OfferEdge', cursor: string, distanceKm?: number | null, node: { __typename?: 'Offer', id: string, title: string, programme: Programme, family: OfferFamily, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, freeSeats?: number | null, capacity?: number | null, provider: { __typename?: 'Provider', name: string }, location?: { __typename?: 'Location', latitude: number, longitude: number, municipality: { __typename?: 'Municipality', name: string } } | null } }> }, familyFacets: { __typename?: 'OfferFacets', families: Array<{ __typename?: 'OfferFamilyFacet', family: OfferFamily, count: number }> }, formatFacets: { __typename?: 'OfferFacets', formats: Array<{ __typename?: 'OfferFormatFacet', format: OfferFormat, count: number }> }, districtFacets: { __typename?: 'OfferFacets', districts: Array<{ __typename?: 'DistrictFacet', count: number, district: { __typename?: 'District', id: string } }> } };

export type PortalOfferQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PortalOfferQuery = { __typename?: 'Query', node?: { __typename?: 'Agency' } | { __typename?: 'ApiKey' } | { __typename?: 'CaseNote' } | { __typename?: 'Client' } | { __typename?: 'ClientCourse' } | { __typename?: 'ClientErasureRequest' } | { __typename?: 'Consent' } | { __typename?: 'District' } | { __typename?: 'EligibilityRule' } | { __typename?: 'Location' } | { __typename?: 'Municipality' } | { __typename?: 'Offer', id: string, title: string, description: string, programme: Programme, family: OfferFamily, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, hoursPerWeek?: number | null, totalUnits?: number | null, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, targetLevel?: CefrLevel | null, audiences: Array<Audience>, childcare: boolean, freeSeats?: number | null, capacity?: number | null, waitlistOpen: boolean, feeEuro?: number | null, costNote?: string | null, supportLanguages: Array<string>, minAge?: number | null, maxAge?: number | null, meetingTimes: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, provider: { __typename?: 'Provider', name: string, email?: string | null, phone?: string | null, website?: string | null }, location?: { __typename?: 'Location', name?: string | null, street: string, postalCode: string, wheelchairAccessible: boolean, accessibilityNotes?: string | null, latitude: number, longitude: number, municipality: { __typename?: 'Municipality', name: string, district: { __typename?: 'District', name: string } } } | null } | { __typename?: 'Plan' } | { __typename?: 'PlanGoal' } | { __typename?: 'PlanMeasure' } | { __typename?: 'PlanReview' } | { __typename?: 'Provider' } | { __typename?: 'Referral' } | { __typename?: 'SupportExtension' } | { __typename?: 'Team' } | { __typename?: 'User' } | { __typename?: 'WebhookDelivery' } | { __typename?: 'WebhookEndpoint' } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PortalOfferCardFragmentDoc = new TypedDocumentString(`
    fragment PortalOfferCard on Offer {
  id
  title
  programme
  family
  format
  startDate
  endDate
  rollingEntry
  freeSeats
  capacity
  provider {
    name
  }
  location {
    latitude
    longitude
    municipality {
      name
    }
  }
}
    `, {"fragmentName":"PortalOfferCard"}) as unknown as TypedDocumentString<PortalOfferCardFragment, unknown>;
export const PortalPlacesDocument = new TypedDocumentString(`
    query PortalPlaces($after: String) {
  municipalities(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      postalCode
      latitude
      longitude
      population
      district {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalPlacesQuery, PortalPlacesQueryVariables>;
export const PortalDistrictsDocument = new TypedDocumentString(`
    query PortalDistricts {
  districts(first: 100) {
    nodes {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PortalDistrictsQuery, PortalDistrictsQueryVariables>;
export const PortalSearchDocument = new TypedDocumentString(`
    query PortalSearch($filter: OfferFilter!, $familyFilter: OfferFilter!, $formatFilter: OfferFilter!, $first: Int, $after: String, $last: Int, $before: String) {
  offers(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      distanceKm
      node {
        ...PortalOfferCard
      }
    }
  }
  familyFacets: offerFacets(filter: $familyFilter) {
    families {
      family
      count
    }
  }
  formatFacets: offerFacets(filter: $formatFilter) {
    formats {
      format
      count
    }
  }
  districtFacets: offerFacets(filter: $filter) {
    districts {
      count
      district {
        id
      }
    }
  }
}
    fragment PortalOfferCard on Offer {
  id
  title
  programme
  family
  format
  startDate
  endDate
  rollingEntry
  freeSeats
  capacity
  provider {
    name
  }
  location {
    latitude
    longitude
    municipality {
      name
    }
  }
}`) as unknown as TypedDocumentString<PortalSearchQuery, PortalSearchQueryVariables>;
export const PortalOfferDocument = new TypedDocumentString(`
    query PortalOffer($id: ID!) {
  node(id: $id) {
    ... on Offer {
      id
      title
      description
      programme
      family
      format
      startDate
      endDate
      rollingEntry
      meetingTimes {
        weekday
        partOfDay
      }
      hoursPerWeek
      totalUnits
      entryLevelMin
      entryLevelMax
      targetLevel
      audiences
      childcare
      freeSeats
      capacity
      waitlistOpen
      feeEuro
      costNote
      supportLanguages
      minAge
      maxAge
      provider {
        name
        email
        phone
        website
      }
      location {
        name
        street
        postalCode
        wheelchairAccessible
        accessibilityNotes
        latitude
        longitude
        municipality {
          name
          district {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortalOfferQuery, PortalOfferQueryVariables>;