import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Who acted: a signed-in person (User) or a third-party system (ApiKey). */
export type Actor = ApiKey | User;

/** An organisation running Integrationsmanagement: a tenant of the hub. */
export type Agency = Node & {
  __typename?: 'Agency';
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Stable short name, e.g. "lra-tuebingen"; identity providers put it in the "agency" claim. */
  key: Scalars['String']['output'];
  /** Kind of agency. */
  kind: AgencyKind;
  /** Municipalities the agency covers, by name. */
  municipalities: MunicipalityConnection;
  /** Name of the agency. */
  name: Scalars['String']['output'];
  /** Whether managers may see their team's caseloads, not only their own. */
  teamCaseloadsVisible: Scalars['Boolean']['output'];
  /** The agency's teams, by name (at most 50); visible to its staff and admins. */
  teams: Array<Team>;
};


/** An organisation running Integrationsmanagement: a tenant of the hub. */
export type AgencyMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agencies. */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AgencyEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Agency>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
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

/** Result of agencyCreate. */
export type AgencyCreatePayload = {
  __typename?: 'AgencyCreatePayload';
  /** The new agency; null when userErrors explain why not. */
  agency?: Maybe<Agency>;
  /** Problems with the input; empty on success. */
  userErrors: Array<TenancyUserError>;
};

/** An agency with its cursor. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Agency;
};

/** Who runs the Integrationsmanagement. */
export type AgencyKind =
  /** A district office (Landratsamt) for the municipalities of its district. */
  | 'DISTRICT_OFFICE'
  /** A town or municipality (Stadt, Gemeinde). */
  | 'MUNICIPALITY'
  /** A welfare organisation acting for municipalities (Caritas, Diakonie, AWO, DRK, …). */
  | 'WELFARE_ORGANISATION';

/** An API key of a provider's or agency's third-party system. Its secret is never shown again. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** The agency the key acts for; null for a provider key. */
  agency?: Maybe<Agency>;
  /** When the key was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** When the current secret was issued (creation or last rotation). */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Last successful use, recorded at most once a minute (so up to a minute behind). */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name given by the admin (1–100 characters), e.g. "Kursverwaltung VHS Ulm". */
  name: Scalars['String']['output'];
  /** The public part of the key, 10 hex digits (hub_<prefix>_…), to tell keys apart; a rotation gives a new one. */
  prefix: Scalars['String']['output'];
  /** The provider the key acts for; null for an agency key. */
  provider?: Maybe<Provider>;
  /** When the key was revoked; a revoked key is refused. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the key may do. */
  scopes: Array<ApiKeyScope>;
  /** The key may send only trusted documents that an admin registered (trustedDocumentRegister). */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ApiKeyEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ApiKey>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

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

/** Result of apiKeyCreate. */
export type ApiKeyCreatePayload = {
  __typename?: 'ApiKeyCreatePayload';
  /** The new key; null when userErrors explain why not. */
  apiKey?: Maybe<ApiKey>;
  /** The full key, shown only in this response: store it now. Send it as "Authorization: Bearer <key>". */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<ApiKeyUserError>;
};

/** An API key with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: ApiKey;
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

/** Result of apiKeyRevoke. */
export type ApiKeyRevokePayload = {
  __typename?: 'ApiKeyRevokePayload';
  /** The revoked key (also when it was revoked before, with ALREADY_REVOKED); null when it does not exist. */
  apiKey?: Maybe<ApiKey>;
  /** Problems with the input; empty on success. */
  userErrors: Array<ApiKeyUserError>;
};

/** Result of apiKeyRotate. */
export type ApiKeyRotatePayload = {
  __typename?: 'ApiKeyRotatePayload';
  /** The key with its new prefix; null when it does not exist. A revoked key is returned unchanged, with ALREADY_REVOKED. */
  apiKey?: Maybe<ApiKey>;
  /** The new full key, shown only in this response: store it now. The old one stopped working. Null when userErrors explain why. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<ApiKeyUserError>;
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

/** A problem with the input of an API-key mutation. The mutation changed nothing. */
export type ApiKeyUserError = DisplayableError & {
  __typename?: 'ApiKeyUserError';
  /** What is wrong, for programs. */
  code: ApiKeyErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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

/** An entry of the audit log: one processing of personal data. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What was done. */
  action: AuditAction;
  /** Who acted, as node(id:) would answer you: null when the account or key was deleted, when you may not see it (API keys: admins only), and for the hub itself (actorKind SYSTEM). actorId names it in any case. */
  actor?: Maybe<Actor>;
  /** Who acted, kept even when the actor is deleted: the global ID of a User or an ApiKey, or the name of a SYSTEM job (see actorKind). */
  actorId: Scalars['ID']['output'];
  /** Whether a person, a third-party system or the hub itself acted. */
  actorKind: AuditActorKind;
  /** Roles the person held when acting; [INTEGRATION] for an API key (see actorScopes); empty for the hub itself. */
  actorRoles: Array<Role>;
  /** The scopes of the API key that acted (actorKind INTEGRATION); empty for people and the hub itself. */
  actorScopes: Array<ApiKeyScope>;
  /** The fields read or written. */
  fields: Array<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The purpose the operation declared. */
  purpose: AuditPurpose;
  /** The request it happened in; the same ID as in the server log. */
  requestId: Scalars['String']['output'];
  /** The record concerned, as node(id:) would answer you: null when it was erased or deleted, or when you may not see it (a data protection officer sees the agency's people, not its clients). subjectId names it in any case. */
  subject?: Maybe<Node>;
  /** Global ID of the record, kept even when the record is erased. */
  subjectId: Scalars['ID']['output'];
  /** Type of the record, e.g. "Client". */
  subjectType: Scalars['String']['output'];
};

/** A page of the audit log, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AuditEventEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<AuditEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** An audit log entry with its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: AuditEvent;
};

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

/** A case note (stored encrypted). */
export type CaseNote = Node & {
  __typename?: 'CaseNote';
  /** The note. */
  body: Scalars['String']['output'];
  /** When the note was written. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
};

/** A new case note. */
export type CaseNoteAddInput = {
  /** The note (1–5,000 characters; stored encrypted). */
  body: Scalars['String']['input'];
  /** The client. */
  client: Scalars['ID']['input'];
};

/** Result of caseNoteAdd. */
export type CaseNoteAddPayload = {
  __typename?: 'CaseNoteAddPayload';
  /** The new note; null when userErrors explain why not. */
  caseNote?: Maybe<CaseNote>;
  /** Problems with the input; empty on success (else nothing was written). */
  userErrors: Array<ClientUserError>;
};

/** A page of case notes. */
export type CaseNoteConnection = {
  __typename?: 'CaseNoteConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<CaseNoteEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CaseNote>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A case note with its cursor. */
export type CaseNoteEdge = {
  __typename?: 'CaseNoteEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: CaseNote;
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

/** A proposal: nothing is booked. */
export type CaseloadAssignmentPayload = {
  __typename?: 'CaseloadAssignmentPayload';
  /** One offer per client at most, no offer over its free seats, the sum of scores as high as it can be. */
  assignments: Array<ProposedAssignment>;
  /** The sum a greedy proposal reaches (each client in the given order takes its best remaining offer): never above totalScore. */
  greedyTotalScore: Scalars['Float']['output'];
  /** The sum of the proposed scores: the maximum. */
  totalScore: Scalars['Float']['output'];
  /** Clients without an offer, with the reason. */
  unassigned: Array<UnassignedClient>;
  /** Problems with the input; empty when there is a proposal. */
  userErrors: Array<MatchingUserError>;
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

/** One change of the public catalogue. Thin: fetch the subject by its ID (`node`) for its details; a removed one is no longer there. */
export type CatalogueChange = {
  __typename?: 'CatalogueChange';
  /** What happened. */
  action: CatalogueChangeAction;
  /** When the change was made (the feed is ordered by commit, not by this time). */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Global ID of its provider. */
  providerId: Scalars['ID']['output'];
  /** It left the public catalogue with this change (a tombstone). */
  removed: Scalars['Boolean']['output'];
  /** Global ID of the offer or location. */
  subjectId: Scalars['ID']['output'];
  /** What changed. */
  subjectType: CatalogueSubjectType;
  /** The offer's version after the change (null for locations and for seat changes by referrals, which keep the version). */
  version?: Maybe<Scalars['Int']['output']>;
};

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

/** A page of the catalogue changes feed, in commit order. */
export type CatalogueChangeConnection = {
  __typename?: 'CatalogueChangeConnection';
  /** The changes of this page, oldest first. */
  edges: Array<CatalogueChangeEdge>;
  /** Paging information; `endCursor` is where to resume (it stays the `after` you gave when the page is empty). */
  pageInfo: PageInfo;
};

/** A catalogue change with its cursor. */
export type CatalogueChangeEdge = {
  __typename?: 'CatalogueChangeEdge';
  /** Cursor of this change, for `after`: store the last one and resume from it. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: CatalogueChange;
};

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

/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type Client = Node & {
  __typename?: 'Client';
  /** Arrival in Germany. */
  arrivalDate?: Maybe<Scalars['Date']['output']>;
  /** When the person can attend: parts of weekdays, each at most once (so at most 21), in the order given. */
  availability: Array<TimeSlot>;
  /** Date of birth. */
  birthDate: Scalars['Date']['output'];
  /** Case notes, newest first. */
  caseNotes: CaseNoteConnection;
  /** Birth years of the children in the household (childcare needs). */
  childrenBirthYears: Array<Scalars['Int']['output']>;
  /** When the case was closed. */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the case was closed. */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** The consent ledger, oldest first: every consent given, withdrawn ones included. */
  consents: ConsentConnection;
  /** Courses the person attended, with their certificates, in the order recorded (at most 30). */
  coursesAttended: Array<ClientCourse>;
  /** When the record was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** What the person does now, as far as work is concerned. */
  employment?: Maybe<EmploymentSituation>;
  /** Family name. */
  familyName: Scalars['String']['output'];
  /** Exempt from the Integrationskurs cost share (IntV § 9(2): Bürgergeld, SGB XII, AsylbLG, ALG I, low income); null: not known. */
  feeExempt?: Maybe<Scalars['Boolean']['output']>;
  /** Gender (not a special category of Art. 9 GDPR; stored like the other facts). */
  gender?: Maybe<Gender>;
  /** The certificate, e.g. "DTZ B1". */
  germanCertificate?: Maybe<Scalars['String']['output']>;
  /** How the German level is known. */
  germanEvidence?: Maybe<GermanEvidence>;
  /** Date of the certificate or assessment. */
  germanEvidenceDate?: Maybe<Scalars['Date']['output']>;
  /** German level (CEFR). */
  germanLevel?: Maybe<CefrLevel>;
  /** Given names. */
  givenNames: Scalars['String']['output'];
  /** Health-related needs (special category: stored encrypted). */
  healthNeeds?: Maybe<Scalars['String']['output']>;
  /** The other members of the household that you may see (the rest of the caseload stays hidden); empty without a household. */
  householdMembers: Array<Client>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Languages spoken, as ISO 639 codes. */
  languages: Array<Scalars['String']['output']>;
  /** Reads and writes Latin script. */
  latinLiterate?: Maybe<Scalars['Boolean']['output']>;
  /** Latitude used for travel distances. */
  latitude: Scalars['Float']['output'];
  /** Whether the coordinates are the address or the municipality centre. */
  locationPrecision: LocationPrecision;
  /** Longitude used for travel distances. */
  longitude: Scalars['Float']['output'];
  /** The manager; null while unassigned. */
  manager?: Maybe<User>;
  /** Longest acceptable travel distance, in km (0–500). */
  maxTravelKm?: Maybe<Scalars['Int']['output']>;
  /** Municipality of residence. */
  municipality: Municipality;
  /** Obligations to attend the Integrationskurs (§ 44a(1) AufenthG), each ground at most once. */
  obligations: Array<ClientObligation>;
  /** How a published offer fits the person, and every hard rule that excludes it; null when there is no such published offer. */
  offerFit?: Maybe<OfferFit>;
  /** Country of origin (special category: stored encrypted). */
  originCountry?: Maybe<Scalars['String']['output']>;
  /** The ordered chain of programmes from the person's German level to a goal of their current plan, each step with a fitting offer where there is one; null when the current plan has no such goal. */
  pathway?: Maybe<Pathway>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The Integrationsplan in force. */
  plan: Plan;
  /** Every version of the plan, newest first. */
  planVersions: PlanConnection;
  /** Postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Referrals of the person, newest first. */
  referrals: ReferralConnection;
  /** The paragraph as written on the title, e.g. "§ 25 Abs. 2 AufenthG". */
  residenceParagraph?: Maybe<Scalars['String']['output']>;
  /** Residence status. */
  residenceStatus?: Maybe<ResidenceStatus>;
  /** The residence title is valid until. */
  residenceValidUntil?: Maybe<Scalars['Date']['output']>;
  /** Schooling, in short. */
  schooling?: Maybe<Scalars['String']['output']>;
  /** Where the case stands. */
  status: ClientStatus;
  /** Street and house number. */
  street?: Maybe<Scalars['String']['output']>;
  /** Offers that fit the person, by score (highest first), then offer; no hard rule excludes any of them. */
  suggestions: SuggestionConnection;
  /** Extensions of the support period, oldest first. */
  supportExtensions: SupportExtensionConnection;
  /** Planned end of support: start + 2 years, moved by extensions (at most 4 years after the start). */
  supportPlannedEnd: Scalars['Date']['output'];
  /** Start of support. */
  supportStart: Scalars['Date']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Work background, in short. */
  workBackground?: Maybe<Scalars['String']['output']>;
  /** Whether the title allows work. */
  workPermit?: Maybe<WorkPermit>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientCaseNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientConsentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientOfferFitArgs = {
  offer: Scalars['ID']['input'];
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientPathwayArgs = {
  goal: Scalars['ID']['input'];
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientPlanVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientSuggestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SuggestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person supported by Integrationsmanagement: personal data, audited on every read. */
export type ClientSupportExtensionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Closes a case. */
export type ClientCloseInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** Why support ends, e.g. "Ziele erreicht", "Umzug" (1–500 characters). */
  reason: Scalars['String']['input'];
};

/** Result of clientClose. */
export type ClientClosePayload = {
  __typename?: 'ClientClosePayload';
  /** The client as it is now; null when not found. */
  client?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing changed). */
  userErrors: Array<ClientUserError>;
};

/** A page of a caseload. */
export type ClientConnection = {
  __typename?: 'ClientConnection';
  /** Cases per status for the same filter, ignoring its statuses. Costs one query. */
  countsByStatus: Array<ClientStatusCount>;
  /** The cases of this page. */
  edges: Array<ClientEdge>;
  /** The clients of this page, without cursors. */
  nodes: Array<Client>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Cases across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A course the person attended, with its certificate. */
export type ClientCourse = Node & {
  __typename?: 'ClientCourse';
  /** The certificate it ended with; null: none. */
  certificate?: Maybe<GermanCertificate>;
  /** Attended to the end (whether or not an exam was passed). */
  completed: Scalars['Boolean']['output'];
  /** Last day attended; set for a completed course. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** The programme of the course. */
  programme: Programme;
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** First day attended. */
  startDate?: Maybe<Scalars['Date']['output']>;
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

/** Result of clientCourseRecord. */
export type ClientCourseRecordPayload = {
  __typename?: 'ClientCourseRecordPayload';
  /** The course recorded; null when userErrors explain why not. */
  course?: Maybe<ClientCourse>;
  /** Problems with the input; empty on success (else nothing was written). */
  userErrors: Array<ClientUserError>;
};

/** Removes a course recorded by mistake. */
export type ClientCourseRemoveInput = {
  /** The course. */
  course: Scalars['ID']['input'];
};

/** Result of clientCourseRemove. */
export type ClientCourseRemovePayload = {
  __typename?: 'ClientCourseRemovePayload';
  /** The client the course belonged to, as it is now; null when not found. */
  client?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing changed). */
  userErrors: Array<ClientUserError>;
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

/** Result of clientCreate. */
export type ClientCreatePayload = {
  __typename?: 'ClientCreatePayload';
  /** The new client; null when userErrors explain why not. */
  client?: Maybe<Client>;
  /** With a DUPLICATE error: the existing record, where you may see it. */
  duplicate?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing was created). */
  userErrors: Array<ClientUserError>;
};

/** A client with its cursor. */
export type ClientEdge = {
  __typename?: 'ClientEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The client. */
  node: Client;
};

/** The confirmation of an erasure request. */
export type ClientErasureConfirmInput = {
  /** The pending ClientErasureRequest. */
  request: Scalars['ID']['input'];
};

/** Result of clientErasureConfirm. */
export type ClientErasureConfirmPayload = {
  __typename?: 'ClientErasureConfirmPayload';
  /** The global ID the erased client had; null when refused. Nothing of the person is left to fetch. */
  erasedClientId?: Maybe<Scalars['ID']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<RightsUserError>;
};

/** A pending request to erase a client (GDPR Art. 17), to be confirmed with clientErasureConfirm. */
export type ClientErasureRequest = Node & {
  __typename?: 'ClientErasureRequest';
  /** The client to be erased. */
  client?: Maybe<Client>;
  /** Until when clientErasureConfirm accepts it. */
  confirmBefore: Scalars['DateTimeISO']['output'];
  /** The ground of Art. 17(1). */
  ground: ErasureGround;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** When it was requested. */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Who asked for the erasure; null once that account is deleted. */
  requestedBy?: Maybe<User>;
};

/** A request to erase a client now. */
export type ClientErasureRequestInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** The ground of GDPR Art. 17(1). */
  ground: ErasureGround;
};

/** Result of clientErasureRequest. */
export type ClientErasureRequestPayload = {
  __typename?: 'ClientErasureRequestPayload';
  /** The pending request, to confirm with clientErasureConfirm; null when refused. */
  erasureRequest?: Maybe<ClientErasureRequest>;
  /** Problems with the input; empty on success. */
  userErrors: Array<RightsUserError>;
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

/** An obligation to attend the Integrationskurs (§ 44a(1) AufenthG). */
export type ClientObligation = {
  __typename?: 'ClientObligation';
  /** The authority that obliged the person, as the eligibility rules name it. */
  authority: ObligingAuthority;
  /** The ground (§ 44a(1) Nr. 1–4). */
  ground: ObligationGround;
  /** The day the obligation was imposed. */
  obligedOn: Scalars['Date']['output'];
  /** The last day it runs; null: until the course is done. */
  validUntil?: Maybe<Scalars['Date']['output']>;
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

/** Number of cases in one status. */
export type ClientStatusCount = {
  __typename?: 'ClientStatusCount';
  /** Cases matching the filter (apart from its statuses) in this status. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ClientStatus;
};

/** Pauses or resumes support. */
export type ClientStatusInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** True to pause, false to resume. */
  paused: Scalars['Boolean']['input'];
};

/** Result of clientStatusSet. */
export type ClientStatusSetPayload = {
  __typename?: 'ClientStatusSetPayload';
  /** The client as it is now; null when not found. */
  client?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing changed). */
  userErrors: Array<ClientUserError>;
};

/** Moves cases to another manager of the agency. */
export type ClientTransferInput = {
  /** The clients (1–500). */
  clients: Array<Scalars['ID']['input']>;
  /** The manager who takes them over. */
  manager: Scalars['ID']['input'];
};

/** Result of clientTransfer. */
export type ClientTransferPayload = {
  __typename?: 'ClientTransferPayload';
  /** The transferred clients (at most 500); empty when userErrors explain why not. */
  clients: Array<Client>;
  /** Problems with the input; empty on success. Nothing is transferred if any. A client not in your agency is named by its place in the list, e.g. ["input", "clients", "3"]. */
  userErrors: Array<ClientUserError>;
};

/** Changes to a client. */
export type ClientUpdateInput = {
  /** The client. */
  client: Scalars['ID']['input'];
  /** The changes: omitted fields stay as they are, null clears one. */
  fields: ClientFieldsInput;
};

/** Result of clientUpdate. */
export type ClientUpdatePayload = {
  __typename?: 'ClientUpdatePayload';
  /** The client as it is now; null when not found. */
  client?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing changed). */
  userErrors: Array<ClientUserError>;
};

/** A problem with the input of a mutation on a case, shown to people. The mutation changed nothing. */
export type ClientUserError = DisplayableError & {
  __typename?: 'ClientUserError';
  /** What is wrong, for programs. */
  code: ClientErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A consent for a purpose and a recipient (a provider or a kind of provider). */
export type Consent = Node & {
  __typename?: 'Consent';
  /** When the person gave it. */
  givenAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** What the data may be used for, towards the recipient. */
  purpose: ConsentPurpose;
  /** The provider that may receive the data. */
  recipientProvider?: Maybe<Provider>;
  /** Every provider of this kind may receive the data. */
  recipientProviderKind?: Maybe<ProviderKind>;
  /** When it was recorded here. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Version of the consent text the person agreed to, e.g. "v2026-01". */
  textVersion: Scalars['String']['output'];
  /** When it was withdrawn; null while in force. */
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A page of the consent ledger. */
export type ConsentConnection = {
  __typename?: 'ConsentConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ConsentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Consent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A consent with its cursor. */
export type ConsentEdge = {
  __typename?: 'ConsentEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Consent;
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

/** Result of consentRecord. */
export type ConsentRecordPayload = {
  __typename?: 'ConsentRecordPayload';
  /** The recorded consent; null when it was refused. */
  consent?: Maybe<Consent>;
  /** Problems with the input; empty on success. */
  userErrors: Array<ConsentUserError>;
};

/** A problem with the input of a consent mutation. The mutation changed nothing. */
export type ConsentUserError = DisplayableError & {
  __typename?: 'ConsentUserError';
  /** What is wrong, for programs. */
  code: ConsentErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Withdraws a consent. */
export type ConsentWithdrawInput = {
  /** The consent; refused when it was withdrawn before. */
  consent: Scalars['ID']['input'];
};

/** Result of consentWithdraw. */
export type ConsentWithdrawPayload = {
  __typename?: 'ConsentWithdrawPayload';
  /** The withdrawn consent, with its withdrawal time; null when the withdrawal was refused. */
  consent?: Maybe<Consent>;
  /** Problems with the input; empty on success. */
  userErrors: Array<ConsentUserError>;
};

/** A problem with the input of a mutation, shown to people. The mutation changed nothing. */
export type DisplayableError = {
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** One of the 44 Stadt- and Landkreise of Baden-Württemberg. */
export type District = Node & {
  __typename?: 'District';
  /** Amtlicher Gemeindeschlüssel (AGS) of the district: five digits, e.g. 08111. */
  code: Scalars['String']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Stadtkreis or Landkreis. */
  kind: DistrictKind;
  /** Official name, e.g. "Stuttgart" or "Rems-Murr-Kreis". */
  name: Scalars['String']['output'];
  /** Inhabitants (Destatis). */
  population: Scalars['Int']['output'];
};

/** A page of districts. */
export type DistrictConnection = {
  __typename?: 'DistrictConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<DistrictEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<District>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A district with its cursor. */
export type DistrictEdge = {
  __typename?: 'DistrictEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: District;
};

/** Number of matching offers located in one district. */
export type DistrictFacet = {
  __typename?: 'DistrictFacet';
  /** Matching offers. */
  count: Scalars['Int']['output'];
  /** The district. */
  district: District;
};

/** Whether a district is a city (Stadtkreis) or a rural district (Landkreis). */
export type DistrictKind =
  /** A rural district grouping several municipalities. */
  | 'LANDKREIS'
  /** A city that forms a district of its own (kreisfreie Stadt). */
  | 'STADTKREIS';

/** Whether a person may attend an offer, on which route, under which rule, and why. */
export type Eligibility = {
  __typename?: 'Eligibility';
  /** The rules and the offer's own age range and admitted statuses let the person in. */
  eligible: Scalars['Boolean']['output'];
  /** The deciding rule first, then why the programme's other rules did not apply, then the offer's own restrictions. */
  reasons: Array<EligibilityReason>;
  /** The route of the deciding rule; null when no rule applies. */
  route?: Maybe<EligibilityRoute>;
  /** The rule that decided (with its version and legal source); null when none applies. */
  rule?: Maybe<EligibilityRule>;
};

/** Which day a rule's validity is read on. */
export type EligibilityDatedBy =
  /** The first day of the course (e.g. "for courses starting from 1 May 2025"). */
  | 'COURSE_START'
  /** The day the person would join: the start date, or today for a course already running (e.g. admissions from 9 February 2026). */
  | 'ENTRY';

/** One reason of an eligibility decision. */
export type EligibilityReason = {
  __typename?: 'EligibilityReason';
  /** What kind of reason, for programs. */
  code: EligibilityReasonCode;
  /** The reason, in one German sentence. */
  message: Scalars['String']['output'];
  /** The rule the reason is about. */
  rule?: Maybe<EligibilityRule>;
};

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

/** An eligibility rule: who may reach which programmes, on which route, when, by which legal source. */
export type EligibilityRule = Node & {
  __typename?: 'EligibilityRule';
  /** Which day the validity is read on. */
  datedBy: EligibilityDatedBy;
  /** What the rule says, in one German sentence. */
  explanation: Scalars['String']['output'];
  /** Highest German level (e.g. A2: not yet B1); no German at all lies below A1. */
  germanLevelMax?: Maybe<CefrLevel>;
  /** Lowest German level (e.g. B1 for Berufssprachkurse). */
  germanLevelMin?: Maybe<CefrLevel>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Stable name of the rule across versions, e.g. IK_ADMISSION_STOP. */
  key: Scalars['String']['output'];
  /** Highest age on entry. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** Lowest age on entry. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Minimum months of stay in Germany on entry. */
  minMonthsOfStay?: Maybe<Scalars['Int']['output']>;
  /** For OBLIGATED rules: the authority whose obligation is needed (FOREIGNERS_AUTHORITY, JOBCENTER, ASYLUM_BENEFITS_AUTHORITY). */
  obligationBy?: Maybe<Scalars['String']['output']>;
  /** Programmes the rule covers. */
  programmes: Array<Programme>;
  /** A finished Integrationskurs (a DTZ result) is a prerequisite. */
  requiresIntegrationCourse: Scalars['Boolean']['output'];
  /** Paragraphs the residence title must name (e.g. "§ 18a"), where the status alone does not decide; empty: none. */
  residenceParagraphs: Array<Scalars['String']['output']>;
  /** Residence statuses the rule applies to; empty: every status (also an unknown one). */
  residenceStatuses: Array<ResidenceStatus>;
  /** The route the rule gives. */
  route: EligibilityRoute;
  /** true: only for people of school-obligation age; false: only for people past it; null: either. */
  schoolObligation?: Maybe<Scalars['Boolean']['output']>;
  /** The legal source, e.g. "§ 44 Abs. 4 AufenthG". */
  source: Scalars['String']['output'];
  /** First day the rule is in force; null: always was. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the rule is in force; null: open-ended. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Version of the rule set the rule belongs to. */
  version: Scalars['Int']['output'];
  /** A work permit (or an approval that can be obtained) is a prerequisite. */
  workPermitRequired: Scalars['Boolean']['output'];
};

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

/** A published version of the eligibility rules. */
export type EligibilityRuleSet = {
  __typename?: 'EligibilityRuleSet';
  /** What changed, in words. */
  note: Scalars['String']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Who published it: the global ID of the administrator, or "migration" for the seeded version. */
  publishedBy: Scalars['String']['output'];
  /** Every rule of the set, whatever its validity. */
  rules: Array<EligibilityRule>;
  /** Age until which the (vocational) school obligation lasts (§ 72 SchG BW: 18); rules on school obligation read it. */
  schoolObligationUntilAge: Scalars['Int']['output'];
  /** Version number, from 1; the highest is in force. */
  version: Scalars['Int']['output'];
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

/** Result of eligibilityRuleSetPublish. */
export type EligibilityRuleSetPublishPayload = {
  __typename?: 'EligibilityRuleSetPublishPayload';
  /** The published rule set; null when it was refused. */
  ruleSet?: Maybe<EligibilityRuleSet>;
  /** Problems with the input (invalid, overlapping or contradicting rules); empty on success. */
  userErrors: Array<MatchingUserError>;
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
export type Exclusion = {
  __typename?: 'Exclusion';
  /** The hard rule. */
  code: ExclusionCode;
  /** Why, in one German sentence. */
  message: Scalars['String']['output'];
  /** The eligibility rule that excludes, for NOT_ELIGIBLE by a rule. */
  rule?: Maybe<EligibilityRule>;
};

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

/** The weight of one factor of the suggestion score. */
export type FactorWeight = {
  __typename?: 'FactorWeight';
  /** The factor. */
  factor: MatchingFactor;
  /** The factor's weight: its contribution is weight × value (0 to 1). */
  weight: Scalars['Float']['output'];
};

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

/** The groups of one dimension. */
export type FairnessDimensionReport = {
  __typename?: 'FairnessDimensionReport';
  /** The dimension. */
  dimension: FairnessDimension;
  /** Groups of at least 5 people, by value. */
  groups: Array<FairnessGroup>;
  /** Groups of fewer than 5 people: counted, not shown. */
  suppressedGroups: Scalars['Int']['output'];
};

/** Figures of a set of clients. */
export type FairnessFigures = {
  __typename?: 'FairnessFigures';
  /** Clients counted. */
  clients: Scalars['Int']['output'];
  /** Mean distance of the top suggestion in km, over clients whose top suggestion has a place. */
  meanDistanceKm?: Maybe<Scalars['Float']['output']>;
  /** Mean score of the top suggestion, over clients with one. */
  meanTopScore?: Maybe<Scalars['Float']['output']>;
  /** Share the eligibility rules admit to at least one programme of the filter, on the day (without offers’ own limits). */
  ruleEligibleShare: Scalars['Float']['output'];
  /** Share with at least one eligible suggestion (0–1). */
  withSuggestionShare: Scalars['Float']['output'];
  /** Among those the rules admit: the share with a suggestion; null when the rules admit none. */
  withSuggestionShareAmongRuleEligible?: Maybe<Scalars['Float']['output']>;
};

/** One group of clients (at least 5 people) and how the matching serves it. */
export type FairnessGroup = {
  __typename?: 'FairnessGroup';
  /** Clients counted. */
  clients: Scalars['Int']['output'];
  /** The dimension. */
  dimension: FairnessDimension;
  /** The finding in one German sentence. */
  explanation: Scalars['String']['output'];
  /** The group falls behind by more than gapThreshold, and the rules do not explain it: among those the rules admit, it still falls behind by more than gapThreshold. A group the rules admit no one of is never flagged (explained by the rules). */
  flagged: Scalars['Boolean']['output'];
  /** withSuggestionShare minus the overall share: negative when the group falls behind. */
  gap: Scalars['Float']['output'];
  /** The same gap among the clients the rules admit; null when the rules admit no one of the group. */
  gapAmongRuleEligible?: Maybe<Scalars['Float']['output']>;
  /** Mean distance of the top suggestion in km, over clients whose top suggestion has a place. */
  meanDistanceKm?: Maybe<Scalars['Float']['output']>;
  /** Mean score of the top suggestion, over clients with one. */
  meanTopScore?: Maybe<Scalars['Float']['output']>;
  /** Share the eligibility rules admit to at least one programme of the filter, on the day (without offers’ own limits). */
  ruleEligibleShare: Scalars['Float']['output'];
  /** The group within it, e.g. AUFENTHALTSGESTATTUNG or AGE_18_TO_26. */
  value: Scalars['String']['output'];
  /** Share with at least one eligible suggestion (0–1). */
  withSuggestionShare: Scalars['Float']['output'];
  /** Among those the rules admit: the share with a suggestion; null when the rules admit none. */
  withSuggestionShareAmongRuleEligible?: Maybe<Scalars['Float']['output']>;
};

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

/** A place where a provider runs offers. */
export type Location = Node & {
  __typename?: 'Location';
  /** Further accessibility notes (German). */
  accessibilityNotes?: Maybe<Scalars['String']['output']>;
  /** When the provider archived the location: it keeps its past offers but takes no new ones. Null while in use. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the location was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Latitude (WGS 84). */
  latitude: Scalars['Float']['output'];
  /** Longitude (WGS 84). */
  longitude: Scalars['Float']['output'];
  /** The municipality the location is in. */
  municipality: Municipality;
  /** Name of the building or site, e.g. "Bildungszentrum Nord". */
  name?: Maybe<Scalars['String']['output']>;
  /** Five-digit German postal code. */
  postalCode: Scalars['String']['output'];
  /** The provider using this location. */
  provider: Provider;
  /** Street and house number. */
  street: Scalars['String']['output'];
  /** When the location last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Step-free access to the rooms used. */
  wheelchairAccessible: Scalars['Boolean']['output'];
};

/** Archives one of your provider's locations (no published offer may meet there). */
export type LocationArchiveInput = {
  /** One of your provider's locations. */
  location: Scalars['ID']['input'];
};

/** Result of locationArchive: the location, and what was wrong with the input. */
export type LocationArchivePayload = {
  __typename?: 'LocationArchivePayload';
  /** The location as it is now (unchanged when there are problems); null when it is not one of yours. */
  location?: Maybe<Location>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
};

/** A page of locations. */
export type LocationConnection = {
  __typename?: 'LocationConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<LocationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Location>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A new location of your provider. */
export type LocationCreateInput = {
  /** Its fields. */
  fields: LocationFieldsInput;
};

/** Result of locationCreate: the location, and what was wrong with the input. */
export type LocationCreatePayload = {
  __typename?: 'LocationCreatePayload';
  /** The location as it is now (unchanged when there are problems); null when it is not one of yours. */
  location?: Maybe<Location>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
};

/** A location with its cursor. */
export type LocationEdge = {
  __typename?: 'LocationEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Location;
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

/** Result of locationUpdate: the location, and what was wrong with the input. */
export type LocationUpdatePayload = {
  __typename?: 'LocationUpdatePayload';
  /** The location as it is now (unchanged when there are problems); null when it is not one of yours. */
  location?: Maybe<Location>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
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

/** How evenly the matching serves the groups of an agency’s active clients: aggregates only. */
export type MatchingFairnessReport = {
  __typename?: 'MatchingFairnessReport';
  /** The day the suggestions and rules were read on. */
  asOf: Scalars['Date']['output'];
  /** One entry per dimension. */
  dimensions: Array<FairnessDimensionReport>;
  /** The gap threshold applied. */
  gapThreshold: Scalars['Float']['output'];
  /** All clients covered. */
  overall: FairnessFigures;
  /** More than 1000 active clients matched the filter: the report covers the first 1000 by record. */
  truncated: Scalars['Boolean']['output'];
};

/** A problem with the input of a matching mutation. The mutation changed nothing. */
export type MatchingUserError = DisplayableError & {
  __typename?: 'MatchingUserError';
  /** What is wrong, for programs. */
  code: MatchingErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A published version of the suggestion score's weights: the default set, or an agency's own. */
export type MatchingWeightSet = {
  __typename?: 'MatchingWeightSet';
  /** The travel distance in km used for people who gave none (1 to 500). */
  defaultMaxTravelKm: Scalars['Int']['output'];
  /** true: the hub's default set, in force for every agency without its own. */
  isDefault: Scalars['Boolean']['output'];
  /** What changed, in words. */
  note: Scalars['String']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Who published it: the global ID of the coordinator, or "migration" for the seeded default set. */
  publishedBy: Scalars['String']['output'];
  /** A start within this many days counts as soon (1 to 365; 42 days: IntV § 7(4)). */
  soonDays: Scalars['Int']['output'];
  /** Version number. An agency's first own version follows the version of the set it replaces; previous versions stay readable. */
  version: Scalars['Int']['output'];
  /** The weight of every factor, in the order of the score. */
  weights: Array<FactorWeight>;
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

/** Result of matchingWeightsPublish. */
export type MatchingWeightsPublishPayload = {
  __typename?: 'MatchingWeightsPublishPayload';
  /** Problems with the input; empty on success. */
  userErrors: Array<MatchingUserError>;
  /** The published version, now in force for the agency; null when it was refused. */
  weightSet?: Maybe<MatchingWeightSet>;
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

/** A town or city in Baden-Württemberg. */
export type Municipality = Node & {
  __typename?: 'Municipality';
  /** The district the place belongs to. */
  district: District;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Latitude of the place centre (WGS 84). */
  latitude: Scalars['Float']['output'];
  /** Longitude of the place centre (WGS 84). */
  longitude: Scalars['Float']['output'];
  /** Name of the place. */
  name: Scalars['String']['output'];
  /** Inhabitants (GeoNames). */
  population: Scalars['Int']['output'];
  /** Postal code of the town centre. */
  postalCode: Scalars['String']['output'];
};

/** A page of municipalities. */
export type MunicipalityConnection = {
  __typename?: 'MunicipalityConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<MunicipalityEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Municipality>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A municipality with its cursor. */
export type MunicipalityEdge = {
  __typename?: 'MunicipalityEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Municipality;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an agency (a tenant) with the municipalities it covers. Admins only. */
  agencyCreate: AgencyCreatePayload;
  /** Creates an API key for a provider or an agency and returns its secret, once. Admins only. */
  apiKeyCreate: ApiKeyCreatePayload;
  /** Revokes an API key for good. Admins only. */
  apiKeyRevoke: ApiKeyRevokePayload;
  /** Replaces the secret (and prefix) of an API key; the old secret stops working at once. Admins only. */
  apiKeyRotate: ApiKeyRotatePayload;
  /** Adds a case note (stored encrypted). */
  caseNoteAdd: CaseNoteAddPayload;
  /** Closes a case. Its data is erased after the retention period. */
  clientClose: ClientClosePayload;
  /** Records a course the person attended, with its certificate (what tells the matching of a finished Integrationskurs and a proven level). */
  clientCourseRecord: ClientCourseRecordPayload;
  /** Removes a course recorded by mistake. */
  clientCourseRemove: ClientCourseRemovePayload;
  /** Creates a client with an empty plan (version 1). Refuses a likely duplicate unless allowDuplicate. */
  clientCreate: ClientCreatePayload;
  /** Step 2: erases the client of a pending request with every row of theirs, at once and for good. An anonymous count per agency, year and ground stays, and the audit log names the erasure by record ID. */
  clientErasureConfirm: ClientErasureConfirmPayload;
  /** Step 1 of erasing a client before the retention period (GDPR Art. 17), with the ground. Refused while another part of the hub objects (e.g. an open referral). Confirm within 24 hours with clientErasureConfirm. */
  clientErasureRequest: ClientErasureRequestPayload;
  /** Pauses or resumes support. */
  clientStatusSet: ClientStatusSetPayload;
  /** Moves one or many cases to another manager of the agency, all or none. Coordinators only. */
  clientTransfer: ClientTransferPayload;
  /** Changes a client's facts. */
  clientUpdate: ClientUpdatePayload;
  /** Records a consent in the ledger. */
  consentRecord: ConsentRecordPayload;
  /** Withdraws a consent; the entry stays in the ledger with its withdrawal time. */
  consentWithdraw: ConsentWithdrawPayload;
  /** Publishes a new version of the eligibility rules (the complete set). Refused when rules are invalid, overlap or contradict. */
  eligibilityRuleSetPublish: EligibilityRuleSetPublishPayload;
  /** Archives one of your provider's locations: it takes no new offers. Refused while a published offer meets there. */
  locationArchive: LocationArchivePayload;
  /** Creates a location of your provider (public at once). Provider staff and keys with OFFERS_WRITE. */
  locationCreate: LocationCreatePayload;
  /** Changes one of your provider's locations. */
  locationUpdate: LocationUpdatePayload;
  /** Publishes a new version of your agency's weights (the complete set), in force for its suggestions from now on; earlier versions stay readable. Coordinators only. */
  matchingWeightsPublish: MatchingWeightsPublishPayload;
  /** Archives one of your provider's offers: it leaves the public catalogue; referrals already made keep it. */
  offerArchive: OfferArchivePayload;
  /** Creates a draft offer of your provider. Provider staff and keys with OFFERS_WRITE. */
  offerCreate: OfferCreatePayload;
  /** Publishes one of your provider's offers once it is complete; it then appears in the public catalogue. */
  offerPublish: OfferPublishPayload;
  /** Updates the seats taken and the waiting list of one of your provider's offers. Provider staff and keys with OFFERS_WRITE. */
  offerSeatsUpdate: OfferSeatsUpdatePayload;
  /** Changes one of your provider's offers, from the version you read (CONFLICT when it changed since). A published offer must stay complete. */
  offerUpdate: OfferUpdatePayload;
  /** Creates or updates up to 500 of your provider's offers by your own external IDs, all or none, idempotent with a key. Provider staff and keys with OFFERS_WRITE. */
  offersUpsert: OffersUpsertPayload;
  /** Adds a goal to the Integrationsplan (a new version); refused when the plan holds 24. */
  planGoalAdd: PlanGoalAddPayload;
  /** Changes a goal, e.g. its status (a new version). */
  planGoalUpdate: PlanGoalUpdatePayload;
  /** Agrees a measure towards a goal: a catalogue offer or a step (a new version); refused when the goal has 10 or the plan 100. */
  planMeasureAdd: PlanMeasureAddPayload;
  /** Sets the status of a measure (a new version); refused when it has that status already. */
  planMeasureStatusSet: PlanMeasureStatusSetPayload;
  /** Records a review of the plan (a new version); refused when the plan holds 24. */
  planReview: PlanReviewPayload;
  /** The provider accepts a REQUESTED (or, with a free seat, WAITLISTED) referral: the seat is taken and the start deadline set. */
  referralAccept: ReferralPayload;
  /** The person completed the measure (from STARTED), with or without a certificate; the plan measure becomes COMPLETED. */
  referralComplete: ReferralPayload;
  /** Refers a client of your caseload to a published offer: REQUESTED with a held seat, or WAITLISTED when none is free and the waiting list is open. Needs an active REFERRAL consent covering the provider (CONSENT_MISSING otherwise). */
  referralCreate: ReferralPayload;
  /** The provider declines a REQUESTED or WAITLISTED referral, with a reason; a held seat goes to the waiting list. */
  referralDecline: ReferralPayload;
  /** The person dropped out (from ACCEPTED or STARTED), with a reason; before the start the seat is released. The manager or the provider. */
  referralDropOut: ReferralPayload;
  /** The person started the measure (from ACCEPTED); the plan measure becomes ACTIVE. */
  referralStart: ReferralPayload;
  /** The provider puts a REQUESTED referral on the waiting list (its held seat is released). */
  referralWaitlist: ReferralPayload;
  /** The manager withdraws a REQUESTED, WAITLISTED or ACCEPTED referral, with a reason; its seat goes to the waiting list. */
  referralWithdraw: ReferralPayload;
  /** Extends the support period, with the reason. */
  supportExtend: SupportExtendPayload;
  /** Creates a team in an agency; refused when it has 50. Admins only. */
  teamCreate: TeamCreatePayload;
  /** Registers a document that API keys with `trustedDocumentsOnly` may send (by its SHA-256 or as text). Admins only. */
  trustedDocumentRegister: TrustedDocumentRegisterPayload;
  /** Prepares an account, claimed by e-mail address at first sign-in; audited as a CREATE of the person. Admins only. */
  userCreate: UserCreatePayload;
  /** Sends a delivery again now, with the same webhook-id (manual redelivery, e.g. of a dead letter). */
  webhookDeliveryRetry: WebhookDeliveryRetryPayload;
  /** Registers a webhook endpoint and returns its signing secret, once. */
  webhookEndpointCreate: WebhookEndpointCreatePayload;
  /** Deletes a webhook endpoint and its deliveries. */
  webhookEndpointDelete: WebhookEndpointDeletePayload;
  /** Sends a test event ("webhook.ping") to the endpoint. */
  webhookEndpointPing: WebhookEndpointPingPayload;
  /** Issues a new signing secret, shown once; the old one keeps signing alongside for 24 hours. */
  webhookEndpointRotateSecret: WebhookEndpointRotateSecretPayload;
  /** Changes a webhook endpoint: URL, events, description, disabled or enabled. */
  webhookEndpointUpdate: WebhookEndpointUpdatePayload;
};


export type MutationAgencyCreateArgs = {
  input: AgencyCreateInput;
};


export type MutationApiKeyCreateArgs = {
  input: ApiKeyCreateInput;
};


export type MutationApiKeyRevokeArgs = {
  input: ApiKeyInput;
};


export type MutationApiKeyRotateArgs = {
  input: ApiKeyInput;
};


export type MutationCaseNoteAddArgs = {
  input: CaseNoteAddInput;
};


export type MutationClientCloseArgs = {
  input: ClientCloseInput;
};


export type MutationClientCourseRecordArgs = {
  input: ClientCourseRecordInput;
};


export type MutationClientCourseRemoveArgs = {
  input: ClientCourseRemoveInput;
};


export type MutationClientCreateArgs = {
  input: ClientCreateInput;
};


export type MutationClientErasureConfirmArgs = {
  input: ClientErasureConfirmInput;
};


export type MutationClientErasureRequestArgs = {
  input: ClientErasureRequestInput;
};


export type MutationClientStatusSetArgs = {
  input: ClientStatusInput;
};


export type MutationClientTransferArgs = {
  input: ClientTransferInput;
};


export type MutationClientUpdateArgs = {
  input: ClientUpdateInput;
};


export type MutationConsentRecordArgs = {
  input: ConsentRecordInput;
};


export type MutationConsentWithdrawArgs = {
  input: ConsentWithdrawInput;
};


export type MutationEligibilityRuleSetPublishArgs = {
  input: EligibilityRuleSetPublishInput;
};


export type MutationLocationArchiveArgs = {
  input: LocationArchiveInput;
};


export type MutationLocationCreateArgs = {
  input: LocationCreateInput;
};


export type MutationLocationUpdateArgs = {
  input: LocationUpdateInput;
};


export type MutationMatchingWeightsPublishArgs = {
  input: MatchingWeightsPublishInput;
};


export type MutationOfferArchiveArgs = {
  input: OfferArchiveInput;
};


export type MutationOfferCreateArgs = {
  input: OfferCreateInput;
};


export type MutationOfferPublishArgs = {
  input: OfferPublishInput;
};


export type MutationOfferSeatsUpdateArgs = {
  input: OfferSeatsUpdateInput;
};


export type MutationOfferUpdateArgs = {
  input: OfferUpdateInput;
};


export type MutationOffersUpsertArgs = {
  input: OffersUpsertInput;
};


export type MutationPlanGoalAddArgs = {
  input: PlanGoalAddInput;
};


export type MutationPlanGoalUpdateArgs = {
  input: PlanGoalUpdateInput;
};


export type MutationPlanMeasureAddArgs = {
  input: PlanMeasureAddInput;
};


export type MutationPlanMeasureStatusSetArgs = {
  input: PlanMeasureStatusInput;
};


export type MutationPlanReviewArgs = {
  input: PlanReviewInput;
};


export type MutationReferralAcceptArgs = {
  input: ReferralStepInput;
};


export type MutationReferralCompleteArgs = {
  input: ReferralCompleteInput;
};


export type MutationReferralCreateArgs = {
  input: ReferralCreateInput;
};


export type MutationReferralDeclineArgs = {
  input: ReferralReasonInput;
};


export type MutationReferralDropOutArgs = {
  input: ReferralReasonInput;
};


export type MutationReferralStartArgs = {
  input: ReferralStepInput;
};


export type MutationReferralWaitlistArgs = {
  input: ReferralReasonInput;
};


export type MutationReferralWithdrawArgs = {
  input: ReferralReasonInput;
};


export type MutationSupportExtendArgs = {
  input: SupportExtendInput;
};


export type MutationTeamCreateArgs = {
  input: TeamCreateInput;
};


export type MutationTrustedDocumentRegisterArgs = {
  input: TrustedDocumentRegisterInput;
};


export type MutationUserCreateArgs = {
  input: UserCreateInput;
};


export type MutationWebhookDeliveryRetryArgs = {
  input: WebhookDeliveryRetryInput;
};


export type MutationWebhookEndpointCreateArgs = {
  input: WebhookEndpointCreateInput;
};


export type MutationWebhookEndpointDeleteArgs = {
  input: WebhookEndpointInput;
};


export type MutationWebhookEndpointPingArgs = {
  input: WebhookEndpointInput;
};


export type MutationWebhookEndpointRotateSecretArgs = {
  input: WebhookEndpointInput;
};


export type MutationWebhookEndpointUpdateArgs = {
  input: WebhookEndpointUpdateInput;
};

/** An object with a globally unique, opaque ID that `node(id:)` can fetch again. */
export type Node = {
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
};

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

/** An integration measure: a language course, volunteer programme or school-to-work offer. */
export type Offer = Node & {
  __typename?: 'Offer';
  /** Residence statuses admitted; empty when the offer is open to all. */
  admittedResidenceStatuses: Array<ResidenceStatus>;
  /** Groups the offer is designed for; empty when open to everyone. */
  audiences: Array<Audience>;
  /** Number of seats; null for open, ongoing capacity (most volunteer programmes). */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Childcare is offered during sessions. */
  childcare: Scalars['Boolean']['output'];
  /** Notes on cost, exemptions and travel subsidies (German). */
  costNote?: Maybe<Scalars['String']['output']>;
  /** When the offer was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Description in German. */
  description: Scalars['String']['output'];
  /** Last day; null for ongoing programmes. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Highest German level admitted; null when there is no upper limit. */
  entryLevelMax?: Maybe<CefrLevel>;
  /** Lowest German level admitted; null when no German is needed. */
  entryLevelMin?: Maybe<CefrLevel>;
  /** The provider's own key of the offer (from its course administration), unique per provider; offersUpsert matches on it. */
  externalId?: Maybe<Scalars['String']['output']>;
  /** Family of measures the programme belongs to. */
  family: OfferFamily;
  /** Fee in euros for the whole offer before exemptions; null or 0 when free. */
  feeEuro?: Maybe<Scalars['Float']['output']>;
  /** In person, online or hybrid. */
  format: OfferFormat;
  /** Seats still free: the capacity less the seats taken outside the hub and those held or taken by referrals; null when capacity is open. */
  freeSeats?: Maybe<Scalars['Int']['output']>;
  /** Who funds the offer. */
  funding: Array<Funding>;
  /** Hours per week (60-minute hours). */
  hoursPerWeek?: Maybe<Scalars['Float']['output']>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Where the offer takes place; null for online-only offers. */
  location?: Maybe<Location>;
  /** Maximum age of participants. */
  maxAge?: Maybe<Scalars['Int']['output']>;
  /** When the offer meets: each of `weekdays` at each of `timesOfDay`, by weekday (Monday first), then part of the day (morning first). At most 21 (every part of every day); empty when either list is. */
  meetingTimes: Array<TimeSlot>;
  /** Minimum age of participants. */
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Programme type, e.g. INTEGRATIONSKURS_ALLGEMEIN or VABO. */
  programme: Programme;
  /** The provider running the offer. */
  provider: Provider;
  /** People can join after the start date. */
  rollingEntry: Scalars['Boolean']['output'];
  /** The seat figures have not been confirmed for 14 days: free seats may be out of date. */
  seatsStale: Scalars['Boolean']['output'];
  /** Seats already taken. */
  seatsTaken: Scalars['Int']['output'];
  /** First day of the offer (for ongoing programmes: since when it runs). */
  startDate: Scalars['Date']['output'];
  /** Publication state. Public queries only ever return PUBLISHED offers. */
  status: OfferStatus;
  /** Languages besides German in which participants get support (ISO 639-1 codes). */
  supportLanguages: Array<Scalars['String']['output']>;
  /** Level the offer leads to, e.g. B1 for an Integrationskurs. */
  targetLevel?: Maybe<CefrLevel>;
  /** Parts of the day when the offer meets. */
  timesOfDay: Array<PartOfDay>;
  /** Title in German. */
  title: Scalars['String']['output'];
  /** Total teaching units (1 UE = 45 minutes), for courses. */
  totalUnits?: Maybe<Scalars['Int']['output']>;
  /** When the offer last changed (any field, seats included). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version of the offer, 1 at creation and one more with each change: offerUpdate names the version it read. */
  version: Scalars['Int']['output'];
  /** People on the waiting list. */
  waitlistLength: Scalars['Int']['output'];
  /** New people can join the waiting list when the offer is full. */
  waitlistOpen: Scalars['Boolean']['output'];
  /** Days on which the offer meets. */
  weekdays: Array<Weekday>;
};

/** Archives one of your provider's offers: it leaves the public catalogue. */
export type OfferArchiveInput = {
  /** One of your provider's offers. */
  offer: Scalars['ID']['input'];
};

/** Result of offerArchive: the offer, and what was wrong with the input. */
export type OfferArchivePayload = {
  __typename?: 'OfferArchivePayload';
  /** The offer as it is now (unchanged when there are problems); null when it is not one of yours. */
  offer?: Maybe<Offer>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
};

/** A page of offers. */
export type OfferConnection = {
  __typename?: 'OfferConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<OfferEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Offer>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A new draft offer of your provider. */
export type OfferCreateInput = {
  /** Its fields; programme, title and startDate are required. */
  fields: OfferFieldsInput;
};

/** Result of offerCreate: the offer, and what was wrong with the input. */
export type OfferCreatePayload = {
  __typename?: 'OfferCreatePayload';
  /** The offer as it is now (unchanged when there are problems); null when it is not one of yours. */
  offer?: Maybe<Offer>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
};

/** An offer in a search result, with its cursor. */
export type OfferEdge = {
  __typename?: 'OfferEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** Distance in kilometres from the `filter.near` origin; null without one. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The offer. */
  node: Offer;
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

/** Counts of the offers matching a filter, broken down four ways. Values with no match are left out. */
export type OfferFacets = {
  __typename?: 'OfferFacets';
  /** Counts per district (offers with a location only). */
  districts: Array<DistrictFacet>;
  /** Counts per family. */
  families: Array<OfferFamilyFacet>;
  /** Counts per format. */
  formats: Array<OfferFormatFacet>;
  /** Counts per programme. */
  programmes: Array<ProgrammeFacet>;
};

/** The three families of integration measures. */
export type OfferFamily =
  /** German courses: Integrationskurse, Berufssprachkurse and community courses. */
  | 'LANGUAGE_COURSE'
  /** School-to-work offers: VABO, VAB, Einstiegsqualifizierung, AsA flex, BOFplus, orientation. */
  | 'SCHOOL_TO_WORK'
  /** Volunteer-run programmes: mentoring, language cafés, homework help, sport and more. */
  | 'VOLUNTEER_PROGRAMME';

/** Number of matching offers in one family. */
export type OfferFamilyFacet = {
  __typename?: 'OfferFamilyFacet';
  /** Matching offers. */
  count: Scalars['Int']['output'];
  /** The family. */
  family: OfferFamily;
};

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

/** How one offer fits a person, and why not where it does not. */
export type OfferFit = {
  __typename?: 'OfferFit';
  /** Distance in km from the person's coordinates; null for offers without a location. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The eligibility decision. */
  eligibility: Eligibility;
  /** false when a hard rule excludes the offer (see excludedBy). */
  eligible: Scalars['Boolean']['output'];
  /** Every hard rule that excludes the offer; empty when it could be suggested. */
  excludedBy: Array<Exclusion>;
  /** The factors of the score. */
  factors: Array<ScoreFactor>;
  /** The offer. */
  offer: Offer;
  /** The score, as a suggestion of this offer would have it. */
  score: Scalars['Float']['output'];
};

/** How participants attend. */
export type OfferFormat =
  /** Partly on site, partly online. */
  | 'HYBRID'
  /** On site at the location. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

/** Number of matching offers in one format. */
export type OfferFormatFacet = {
  __typename?: 'OfferFormatFacet';
  /** Matching offers. */
  count: Scalars['Int']['output'];
  /** The format. */
  format: OfferFormat;
};

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

/** Result of offerPublish: the offer, and what was wrong with the input. */
export type OfferPublishPayload = {
  __typename?: 'OfferPublishPayload';
  /** The offer as it is now (unchanged when there are problems); null when it is not one of yours. */
  offer?: Maybe<Offer>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
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

/** Result of offerSeatsUpdate: the offer, and what was wrong with the input: the offer alone, or at most 4 problems with the figures (seatsTaken can be out of range and beyond the capacity at once). */
export type OfferSeatsUpdatePayload = {
  __typename?: 'OfferSeatsUpdatePayload';
  /** The offer as it is now (unchanged when there are problems); null when it is not one of yours. */
  offer?: Maybe<Offer>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
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

/** Result of offerUpdate: the offer, and what was wrong with the input. */
export type OfferUpdatePayload = {
  __typename?: 'OfferUpdatePayload';
  /** The offer as it is now (unchanged when there are problems); null when it is not one of yours. */
  offer?: Maybe<Offer>;
  /** Problems with the input; empty on success. */
  userErrors: Array<OfferUserError>;
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
export type OfferUpsertItemResult = {
  __typename?: 'OfferUpsertItemResult';
  /** The external ID of the item. */
  externalId: Scalars['String']['output'];
  /** Position of the item in `items`. */
  index: Scalars['Int']['output'];
  /** The offer (null for a new one that was not created). */
  offer?: Maybe<Scalars['ID']['output']>;
  /** What happened. */
  status: OfferUpsertStatus;
  /** Problems of this item, with paths under `input.items.<index>`. */
  userErrors: Array<OfferUserError>;
  /** The offer's version after the upsert (null when nothing was written). */
  version?: Maybe<Scalars['Int']['output']>;
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

/** A problem with the input of an offer mutation. The mutation changed nothing. */
export type OfferUserError = DisplayableError & {
  __typename?: 'OfferUserError';
  /** What is wrong, for programs. */
  code: OfferErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A batch of offers of your provider. */
export type OffersUpsertInput = {
  /** A key of yours (e.g. a UUID, at most 255 characters): the same key with the same items within 24 hours answers as the first call did and changes nothing; with other items it is refused. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 offers; all are applied or none. */
  items: Array<OfferUpsertItemInput>;
};

/** Result of offersUpsert. */
export type OffersUpsertPayload = {
  __typename?: 'OffersUpsertPayload';
  /** Every item was applied (true), or none was (false). */
  applied: Scalars['Boolean']['output'];
  /** One result per item, in input order (empty when the call itself was refused). */
  items: Array<OfferUpsertItemResult>;
  /** The answer of an earlier call with the same idempotency key and items; nothing was written now. */
  replayed: Scalars['Boolean']['output'];
  /** Problems of the call (too many items, the idempotency key), then the items' problems (the first 32). */
  userErrors: Array<OfferUserError>;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Information about a page of a connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last element of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More elements exist after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** More elements exist before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first element of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Part of the day: when an offer meets, when a client is free. */
export type PartOfDay =
  /** About 12:00 to 17:00. */
  | 'AFTERNOON'
  /** After about 17:00. */
  | 'EVENING'
  /** Before about 12:00. */
  | 'MORNING';

/** The ordered chain of programmes from the person's German level to a goal of the plan, shortest by typical duration. */
export type Pathway = {
  __typename?: 'Pathway';
  /** The goal is met, or the last step is expected to end on or before the planned end of the support; false when no chain reaches the goal. */
  endsBeforeSupportEnd: Scalars['Boolean']['output'];
  /** When the last step is expected to end; null without steps. */
  expectedEnd?: Maybe<Scalars['Date']['output']>;
  /** The pathway, in one German sentence. */
  explanation: Scalars['String']['output'];
  /** The goal (its version in the current plan). */
  goal: PlanGoal;
  /** Sum of the longest typical durations of the steps, in months. */
  monthsMax: Scalars['Int']['output'];
  /** Sum of the shortest typical durations of the steps, in months. */
  monthsMin: Scalars['Int']['output'];
  /** The person's German level on record, where the chain begins; null: none known (below A1). */
  startLevel?: Maybe<CefrLevel>;
  /** Whether a chain was found, or why none is needed or possible. */
  status: PathwayStatus;
  /** Version of the step set the pathway was planned on. */
  stepSetVersion: Scalars['Int']['output'];
  /** The steps, in order; empty unless the status is PLANNED. */
  steps: Array<PlannedStep>;
  /** The planned end of the support. */
  supportPlannedEnd: Scalars['Date']['output'];
};

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

/** A step of the prerequisite graph: from which German level a programme can be entered, what it leads to, how long it takes, by which legal source. */
export type PathwayStep = {
  __typename?: 'PathwayStep';
  /** Plan areas the step serves. */
  areas: Array<PlanArea>;
  /** The certificate the step ends with, e.g. "DTZ B1". */
  certificate?: Maybe<Scalars['String']['output']>;
  /** The step completes goals of its areas once their target level is reached (e.g. an Einstiegsqualifizierung for work); a pathway for such a goal ends with one. */
  completesGoal: Scalars['Boolean']['output'];
  /** Finishing the step counts as a finished Integrationskurs (a prerequisite of the special modules). */
  completesIntegrationCourse: Scalars['Boolean']['output'];
  /** Longest typical duration, in months; pathways plan with it where no offer gives an end. */
  durationMonthsMax: Scalars['Int']['output'];
  /** Shortest typical duration, in months. */
  durationMonthsMin: Scalars['Int']['output'];
  /** Highest German level to enter (e.g. A2: not yet B1); null: any. */
  entryLevelMax?: Maybe<CefrLevel>;
  /** Lowest German level to enter; null: none needed. */
  entryLevelMin?: Maybe<CefrLevel>;
  /** The German level the step leads to; null: it does not change the level. */
  exitLevel?: Maybe<CefrLevel>;
  /** What the step is, in one German sentence. */
  explanation: Scalars['String']['output'];
  /** true: only after a finished Integrationskurs; false: only before one; null: either. */
  integrationCourseFinished?: Maybe<Scalars['Boolean']['output']>;
  /** Stable name of the step across versions, e.g. BSK_B1_B2. */
  key: Scalars['String']['output'];
  /** true: only for people who read Latin script; false: only for people who do not; null: either (an unknown literacy excludes no step). */
  latinLiterate?: Maybe<Scalars['Boolean']['output']>;
  /** The programme of the step. */
  programme: Programme;
  /** The legal source, e.g. "§ 54a SGB III". */
  source: Scalars['String']['output'];
  /** Version of the step set the step belongs to. */
  version: Scalars['Int']['output'];
};

/** A version of a client's Integrationsplan. */
export type Plan = Node & {
  __typename?: 'Plan';
  /** What changed in this version. */
  change: Scalars['String']['output'];
  /** When this version was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Goals of this version (at most 24). */
  goals: Array<PlanGoal>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Whether this is the version in force. */
  isCurrent: Scalars['Boolean']['output'];
  /** Measures of this version (at most 100). */
  measures: Array<PlanMeasure>;
  /** Reviews, oldest first (at most 24). */
  reviews: Array<PlanReview>;
  /** Version number, from 1. */
  version: Scalars['Int']['output'];
};

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

/** A page of plan versions. */
export type PlanConnection = {
  __typename?: 'PlanConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<PlanEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Plan>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A version of the plan with its cursor. */
export type PlanEdge = {
  __typename?: 'PlanEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Plan;
};

/** Why a change of the Integrationsplan was refused; no new version was made. */
export type PlanErrorCode =
  /** A value is missing, malformed or out of range, or a list is full: a plan holds at most 24 goals, 100 measures (10 per goal) and 24 reviews. */
  | 'INVALID'
  /** The client, goal or measure is not in your caseload, or the offer is not published. */
  | 'NOT_FOUND';

/** A goal of the Integrationsplan. */
export type PlanGoal = Node & {
  __typename?: 'PlanGoal';
  /** The plan area. */
  area: PlanArea;
  /** The goal, in words agreed with the person. */
  description: Scalars['String']['output'];
  /** Due date. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Measures towards this goal (at most 10). */
  measures: Array<PlanMeasure>;
  /** Progress. */
  status: GoalStatus;
  /** What counts as reached, e.g. "B1 certificate". */
  target?: Maybe<Scalars['String']['output']>;
  /** Target German level, for language goals. */
  targetLevel?: Maybe<CefrLevel>;
};

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

/** Result of planGoalAdd. */
export type PlanGoalAddPayload = {
  __typename?: 'PlanGoalAddPayload';
  /** The new goal, in the new version. */
  goal?: Maybe<PlanGoal>;
  /** The new plan version; null when the goal was refused. */
  plan?: Maybe<Plan>;
  /** Problems with the input; empty on success. */
  userErrors: Array<PlanUserError>;
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

/** Result of planGoalUpdate. */
export type PlanGoalUpdatePayload = {
  __typename?: 'PlanGoalUpdatePayload';
  /** The changed goal, in the new version. */
  goal?: Maybe<PlanGoal>;
  /** The new plan version; null when the change was refused. */
  plan?: Maybe<Plan>;
  /** Problems with the input; empty on success. */
  userErrors: Array<PlanUserError>;
};

/** An agreed measure: a catalogue offer or a free-text step, towards a goal. */
export type PlanMeasure = Node & {
  __typename?: 'PlanMeasure';
  /** Due date. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The goal the measure serves. */
  goal: PlanGoal;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** The catalogue offer, if the measure is one. */
  offer?: Maybe<Offer>;
  /** How the measure's catalogue offer fits the client today; null for a step without an offer, or an offer no longer published. */
  offerFit?: Maybe<OfferFit>;
  /** Progress. */
  status: MeasureStatus;
  /** A step in words, when it is not (only) a catalogue offer. */
  step?: Maybe<Scalars['String']['output']>;
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

/** Result of planMeasureAdd. */
export type PlanMeasureAddPayload = {
  __typename?: 'PlanMeasureAddPayload';
  /** The new measure, in the new version. */
  measure?: Maybe<PlanMeasure>;
  /** The new plan version; null when the measure was refused. */
  plan?: Maybe<Plan>;
  /** Problems with the input; empty on success. */
  userErrors: Array<PlanUserError>;
  /** Every hard rule that excludes the agreed offer for the client (ended, full, too far, not eligible …). The measure is agreed all the same: the manager decides. */
  warnings: Array<Exclusion>;
};

/** New status of a measure; makes a new plan version. */
export type PlanMeasureStatusInput = {
  /** The measure (its ID in any version). */
  measure: Scalars['ID']['input'];
  /** The new status. */
  status: MeasureStatus;
};

/** Result of planMeasureStatusSet. */
export type PlanMeasureStatusSetPayload = {
  __typename?: 'PlanMeasureStatusSetPayload';
  /** The measure with its new status, in the new version. */
  measure?: Maybe<PlanMeasure>;
  /** The new plan version; null when the change was refused. */
  plan?: Maybe<Plan>;
  /** Problems with the input; empty on success. */
  userErrors: Array<PlanUserError>;
};

/** A review of the Integrationsplan with the person. */
export type PlanReview = Node & {
  __typename?: 'PlanReview';
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** When to review next. */
  nextReviewDate?: Maybe<Scalars['Date']['output']>;
  /** When the review took place. */
  reviewDate: Scalars['Date']['output'];
  /** What was found and agreed. */
  summary: Scalars['String']['output'];
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

/** Result of planReview. */
export type PlanReviewPayload = {
  __typename?: 'PlanReviewPayload';
  /** The new plan version; null when the review was refused. */
  plan?: Maybe<Plan>;
  /** The review, in the new version. */
  review?: Maybe<PlanReview>;
  /** Problems with the input; empty on success. */
  userErrors: Array<PlanUserError>;
};

/** A problem with the input of a plan mutation. The mutation changed nothing. */
export type PlanUserError = DisplayableError & {
  __typename?: 'PlanUserError';
  /** What is wrong, for programs. */
  code: PlanErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A step of a pathway, with the offer chosen for it and its dates. */
export type PlannedStep = {
  __typename?: 'PlannedStep';
  /** The certificate the step ends with, e.g. "DTZ B1". */
  certificate?: Maybe<Scalars['String']['output']>;
  /** The earliest day the step can begin: the entry day of the offer, else the day after the step before ends (today for the first). */
  earliestStart: Scalars['Date']['output'];
  /** The person's German level when the step begins; null: none known. */
  entryLevel?: Maybe<CefrLevel>;
  /** The person's German level after the step; null: none known. */
  exitLevel?: Maybe<CefrLevel>;
  /** The day the step is expected to end: the offer's end when the person joins from its start, else the earliest start plus the longest typical duration. */
  expectedEnd: Scalars['Date']['output'];
  /** How the dates came about, in one German sentence. */
  explanation: Scalars['String']['output'];
  /** The best-scored offer of the programme that fits the step (its levels), that no hard rule excludes for the person as they will be then, and that one can join after the step before; null when none does. */
  offer?: Maybe<Offer>;
  /** The programme of the step. */
  programme: Programme;
  /** The offer's suggestion score for the person as they will be then; null without an offer. */
  score?: Maybe<Scalars['Float']['output']>;
  /** The step of the prerequisite graph (with its typical duration and legal source). */
  step: PathwayStep;
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

/** Number of matching offers of one programme. */
export type ProgrammeFacet = {
  __typename?: 'ProgrammeFacet';
  /** Matching offers. */
  count: Scalars['Int']['output'];
  /** The programme. */
  programme: Programme;
};

/** One client and the offer proposed for them. */
export type ProposedAssignment = {
  __typename?: 'ProposedAssignment';
  /** The client. */
  client: Client;
  /** The offer proposed. */
  offer: Offer;
  /** The client's suggestion score for the offer. */
  score: Scalars['Float']['output'];
};

/** An organisation that runs integration measures. */
export type Provider = Node & {
  __typename?: 'Provider';
  /** Public contact email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Kind of organisation. */
  kind: ProviderKind;
  /** The provider's locations by ID; archived ones only for its own staff and keys. */
  locations: LocationConnection;
  /** Name of the organisation. */
  name: Scalars['String']['output'];
  /** The provider's offers by ID: published ones for everyone; its own staff and keys also see drafts and archived offers. */
  offers: OfferConnection;
  /** Public contact phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Website address. */
  website?: Maybe<Scalars['String']['output']>;
};


/** An organisation that runs integration measures. */
export type ProviderLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation that runs integration measures. */
export type ProviderOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderOffersFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of providers. */
export type ProviderConnection = {
  __typename?: 'ProviderConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ProviderEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Provider>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A provider with its cursor. */
export type ProviderEdge = {
  __typename?: 'ProviderEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Provider;
};

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

export type Query = {
  __typename?: 'Query';
  /** Agencies running Integrationsmanagement, by name. */
  agencies: AgencyConnection;
  /** API keys, newest first. Admins only. */
  apiKeys: ApiKeyConnection;
  /** The agency's audit log, newest first. Data protection officers only. */
  auditEvents: AuditEventConnection;
  /** Your caseload: managers their own cases (or a team's, where the agency allows), coordinators and agency keys the agency's. Up to 200 per page. */
  caseload: ClientConnection;
  /** Proposes one offer per client across your caseload (coordinators: the agency’s; managers: their own), exactly maximising the sum of the clients’ suggestion scores under the offers’ free seats (min-cost flow). Books nothing. */
  caseloadAssignment: CaseloadAssignmentPayload;
  /** The changes feed of the public catalogue, in commit order: creates, updates, publications, seat changes, and tombstones for what left it. Resume from the last cursor you read: you miss nothing and see nothing twice, even when transactions commit out of order. Public: needs no credentials and holds no personal data. */
  catalogueChanges: CatalogueChangeConnection;
  /** A client of your caseload; null when there is none with this ID you may see. */
  client?: Maybe<Client>;
  /** GDPR Art. 15: every stored field of the person, decrypted, as one JSON document (client, plan versions with goals, measures and reviews, notes, consents, extensions). Audited as EXPORT. Null when not in your caseload. */
  clientDataExport?: Maybe<Scalars['JSONObject']['output']>;
  /** The 44 districts of Baden-Württemberg, by name. */
  districts: DistrictConnection;
  /** The eligibility rules in force on a day (of the newest rule set, or of `version`). Public, like the law they state: no personal data, and partner portals may explain who can reach which programme. */
  eligibilityRules: Array<EligibilityRule>;
  /** Referrals addressed to your provider, newest first. Each shows the referral's snapshot of the person, never the client record. */
  incomingReferrals: ReferralConnection;
  /** Coordinators: for the agency's active clients (at most 1000), per group of residence status, age band, gender where recorded, literacy and children, the share with at least one eligible suggestion, the mean top score and distance; groups under 5 people are only counted. Flags a group that falls behind where the eligibility rules do not explain it. Aggregates only. */
  matchingFairness: MatchingFairnessReport;
  /** The weights your agency's suggestions are scored with: its own newest version, else the default set. With `version`, that version of your agency's line (its own, else the default set's); null when there is none. */
  matchingWeights?: Maybe<MatchingWeightSet>;
  /** Places in Baden-Württemberg, by name; for pickers and `near` searches. */
  municipalities: MunicipalityConnection;
  /** Fetches an object by its global ID; null when it does not exist or is not visible to you. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global ID, in the order given; null for each one not found. */
  nodes: Array<Maybe<Node>>;
  /** Counts of published offers matching a filter, per family, programme, district and format. */
  offerFacets: OfferFacets;
  /** Search the published catalogue. Public: needs no credentials and returns no personal data. */
  offers: OfferConnection;
  /** The steps of the prerequisite graph of programmes (of the newest step set, or of `version`): which level each programme is entered from, what it leads to and how long it takes. Public: no personal data. */
  pathwaySteps: Array<PathwayStep>;
  /** Providers of integration measures, by name. */
  providers: ProviderConnection;
  /** The records of processing (GDPR Art. 30), for data protection officers. Describes the processing, holds no personal data. */
  recordsOfProcessing: RecordsOfProcessingDocument;
  /** Coordinators: the agency's referral funnel per district, programme and provider; groups and steps under 5 people are suppressed. Aggregates only. */
  referralFunnel: ReferralFunnel;
  /** Trusted documents, newest first. Admins only. */
  trustedDocuments: TrustedDocumentConnection;
  /** People with accounts, by e-mail address: admins see all, staff their own agency or provider. */
  users: UserConnection;
  /** Who is asking, as the hub sees the credentials sent. */
  viewer: ViewerInfo;
  /** Webhook deliveries, newest first, of the endpoints you manage; DEAD ones are the dead letters. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Webhook endpoints, newest first: all for admins, your provider's for provider staff and keys with WEBHOOKS_MANAGE. */
  webhookEndpoints: WebhookEndpointConnection;
};


export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseloadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseloadOrder>;
};


export type QueryCaseloadAssignmentArgs = {
  input: CaseloadAssignmentInput;
};


export type QueryCatalogueChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientDataExportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEligibilityRulesArgs = {
  validOn: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIncomingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncomingReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMatchingFairnessArgs = {
  filter?: InputMaybe<MatchingFairnessFilter>;
};


export type QueryMatchingWeightsArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMunicipalitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOfferFacetsArgs = {
  filter?: InputMaybe<OfferFilter>;
};


export type QueryOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OfferOrder>;
};


export type QueryPathwayStepsArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ProviderKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferralFunnelArgs = {
  filter?: InputMaybe<ReferralFunnelFilter>;
};


export type QueryTrustedDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agency?: InputMaybe<Scalars['ID']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  endpoint?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Scalars['ID']['input']>;
};

/** The records of processing activities (GDPR Art. 30(1)), generated from the annotations next to the entity fields. */
export type RecordsOfProcessingDocument = {
  __typename?: 'RecordsOfProcessingDocument';
  /** The same record as JSON: one activity per table, each column with its category, purpose and legal basis. */
  document: Scalars['JSONObject']['output'];
  /** The record as Markdown (German), to hand to the supervisory authority. */
  markdown: Scalars['String']['output'];
};

/** A referral of a client to an offer, followed until the outcome. */
export type Referral = Node & {
  __typename?: 'Referral';
  /** The certificate the measure ended with; null: none (or not completed). */
  certificate?: Maybe<GermanCertificate>;
  /** The client; null for the provider, which sees the snapshot only. */
  client?: Maybe<Client>;
  /** When the referral was made. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The steps of the referral, oldest first (the latest 50). */
  history: Array<ReferralEvent>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** The manager’s message to the provider. */
  message?: Maybe<Scalars['String']['output']>;
  /** Notices of the hub to the manager about this referral (e.g. that it expired, with the next fitting offers); empty for the provider. */
  notices: Array<ReferralNotice>;
  /** The offer. */
  offer: Offer;
  /** The provider the referral is addressed to. */
  provider: Provider;
  /** Why it was declined, waitlisted, withdrawn or dropped out (the latest reason given). */
  reason?: Maybe<ReferralReason>;
  /** The reason in words, when given. */
  reasonText?: Maybe<Scalars['String']['output']>;
  /** When the provider was reminded of the response deadline. */
  remindedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The provider should answer by then; an unanswered REQUESTED referral expires at it. */
  responseDueAt: Scalars['DateTimeISO']['output'];
  /** The seat the referral holds or took; null when it has none. */
  seat?: Maybe<ReferralSeat>;
  /** What the provider sees of the person, taken at the time of the referral; null once the consent was withdrawn. */
  snapshot?: Maybe<ReferralSnapshot>;
  /** The measure should start by this day (IntV § 7(4): 6 weeks, DeuFöV § 9(3): 4 weeks); set on acceptance. */
  startDueOn?: Maybe<Scalars['Date']['output']>;
  /** When the person started. */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the referral stands. */
  status: ReferralStatus;
  /** When the status last changed. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** Position on the waiting list, from 1; null unless WAITLISTED. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
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

/** A page of referrals, newest first. */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ReferralEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Referral>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
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

/** A referral with its cursor. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: Referral;
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

/** A step of a referral: who, when, from which status to which, and why. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  /** The step. */
  action: ReferralAction;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The status before; null for the referral itself. */
  fromStatus?: Maybe<ReferralStatus>;
  /** The reason given. */
  reason?: Maybe<ReferralReason>;
  /** The reason in words. */
  reasonText?: Maybe<Scalars['String']['output']>;
  /** Who took it. */
  side: ReferralSide;
  /** The status after. */
  toStatus: ReferralStatus;
};

/** Referred → accepted → started → completed → certificate, for the agency. */
export type ReferralFunnel = {
  __typename?: 'ReferralFunnel';
  /** The groups, by dimension and name. */
  cells: Array<ReferralFunnelCell>;
  /** First day counted. */
  from: Scalars['Date']['output'];
  /** Groups below this many referrals are left out. */
  minimumCellSize: Scalars['Int']['output'];
  /** Groups left out for being too small. */
  suppressedCells: Scalars['Int']['output'];
  /** First day not counted. */
  until: Scalars['Date']['output'];
};

/** One group of the funnel. Steps fewer than 5 people reached are null (suppressed). */
export type ReferralFunnelCell = {
  __typename?: 'ReferralFunnelCell';
  /** Of them, accepted by the provider at some point. */
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Completed it. */
  completed?: Maybe<Scalars['Int']['output']>;
  /** How the group is formed. */
  dimension: ReferralFunnelDimension;
  /** Median days from referral to acceptance. */
  medianDaysToAccept?: Maybe<Scalars['Float']['output']>;
  /** Median days from the start to completion. */
  medianDaysToComplete?: Maybe<Scalars['Float']['output']>;
  /** Median days from acceptance to the start. */
  medianDaysToStart?: Maybe<Scalars['Float']['output']>;
  /** Referrals made. */
  referred: Scalars['Int']['output'];
  /** Started the measure. */
  started?: Maybe<Scalars['Int']['output']>;
  /** The district, programme or provider. */
  value: Scalars['String']['output'];
  /** Completed it with a certificate. */
  withCertificate?: Maybe<Scalars['Int']['output']>;
};

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

/** A notice to the manager about a referral, e.g. that it expired, with the next fitting offers. */
export type ReferralNotice = {
  __typename?: 'ReferralNotice';
  /** When the hub wrote it. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What happened. */
  kind: ReferralNoticeKind;
  /** What the notice says, in German. */
  message: Scalars['String']['output'];
  /** The next fitting offers with a free seat, best first (those still published). */
  offers: Array<Offer>;
};

/** What a notice about a referral tells the manager. */
export type ReferralNoticeKind =
  /** The provider did not answer by the response deadline: the referral expired, its seat was released; the notice names the next fitting offers. */
  | 'EXPIRED';

/** Result of a referral mutation. */
export type ReferralPayload = {
  __typename?: 'ReferralPayload';
  /** The referral as it is now; null when nothing was done. */
  referral?: Maybe<Referral>;
  /** Problems; empty on success. */
  userErrors: Array<ReferralUserError>;
};

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

/** What the provider sees of the referred person, as it was at the time of the referral. */
export type ReferralSnapshot = {
  __typename?: 'ReferralSnapshot';
  /** When the person can attend. */
  availability: Array<TimeSlot>;
  /** The person needs childcare to attend (children not yet at school). */
  childcareNeeded: Scalars['Boolean']['output'];
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Family name. */
  familyName: Scalars['String']['output'];
  /** German level (CEFR), as known to the agency. */
  germanLevel?: Maybe<CefrLevel>;
  /** Given names. */
  givenNames: Scalars['String']['output'];
  /** Languages spoken, as ISO 639 codes. */
  languages: Array<Scalars['String']['output']>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** When the snapshot was taken (the referral). */
  takenAt: Scalars['DateTimeISO']['output'];
};

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

/** A step of a referral as the live subscription carries it: IDs and statuses, no personal data. */
export type ReferralStatusChange = {
  __typename?: 'ReferralStatusChange';
  /** The step (a ReferralAction). */
  action: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The client (a global ID; readable only where the client is). */
  client: Scalars['ID']['output'];
  /** The status before. */
  from?: Maybe<ReferralStatus>;
  /** The offer. */
  offer: Scalars['ID']['output'];
  /** The referral. */
  referral: Scalars['ID']['output'];
  /** The status now. */
  to: ReferralStatus;
};

/** A step of a referral that takes no reason. */
export type ReferralStepInput = {
  /** The referral. */
  referral: Scalars['ID']['input'];
};

/** A problem with a referral mutation. The mutation changed nothing. */
export type ReferralUserError = DisplayableError & {
  __typename?: 'ReferralUserError';
  /** What is wrong, for programs. */
  code: ReferralErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
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

/** A problem with an erasure request or confirmation. The mutation changed nothing. */
export type RightsUserError = DisplayableError & {
  __typename?: 'RightsUserError';
  /** What is wrong, for programs. */
  code: RightsErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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

/** A factor of a score: contribution = weight × value; the score is the sum of the contributions. */
export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** weight × value. */
  contribution: Scalars['Float']['output'];
  /** Why, in one German sentence. */
  explanation: Scalars['String']['output'];
  /** The factor. */
  factor: MatchingFactor;
  /** How well the offer does on this factor, from 0 to 1. */
  value: Scalars['Float']['output'];
  /** The factor's weight (the agency's, else the default). */
  weight: Scalars['Float']['output'];
};

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

export type Subscription = {
  __typename?: 'Subscription';
  /** Steps of referrals as they commit (over graphql-ws; sign in with the connection_init payload `{ authorization: "Bearer …" }`): of the clients you may see, or addressed to your provider; optionally of one client or offer. IDs and statuses only. */
  referralStatusChanged: ReferralStatusChange;
};


export type SubscriptionReferralStatusChangedArgs = {
  client?: InputMaybe<Scalars['ID']['input']>;
  offer?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of suggestions, by score (highest first), then offer. */
export type SuggestionConnection = {
  __typename?: 'SuggestionConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<SuggestionEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Offer>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A suggested offer with its score and the reasons for it. */
export type SuggestionEdge = {
  __typename?: 'SuggestionEdge';
  /** Cursor of this edge, for `after`. */
  cursor: Scalars['String']['output'];
  /** Distance in km from the person's coordinates; null for offers without a location. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The eligibility decision. */
  eligibility: Eligibility;
  /** The factors of the score. */
  factors: Array<ScoreFactor>;
  /** The offer. */
  node: Offer;
  /** The score: exactly the sum of the factor contributions. */
  score: Scalars['Float']['output'];
};

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

/** Result of supportExtend. */
export type SupportExtendPayload = {
  __typename?: 'SupportExtendPayload';
  /** The client as it is now, with the new planned end; null when not found. */
  client?: Maybe<Client>;
  /** Problems with the input; empty on success (else nothing changed). */
  userErrors: Array<ClientUserError>;
};

/** An extension of the support period. */
export type SupportExtension = Node & {
  __typename?: 'SupportExtension';
  /** The new planned end. */
  extendedTo: Scalars['Date']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Why support continues. */
  reason: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTimeISO']['output'];
};

/** A page of extensions of the support period. */
export type SupportExtensionConnection = {
  __typename?: 'SupportExtensionConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<SupportExtensionEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<SupportExtension>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** An extension of the support period with its cursor. */
export type SupportExtensionEdge = {
  __typename?: 'SupportExtensionEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: SupportExtension;
};

/** A team of managers within an agency. */
export type Team = Node & {
  __typename?: 'Team';
  /** The agency of the team. */
  agency: Agency;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Name of the team, unique within the agency. */
  name: Scalars['String']['output'];
};

/** A new team in an agency. */
export type TeamCreateInput = {
  /** The agency. */
  agency: Scalars['ID']['input'];
  /** Name of the team, unique within the agency (1–100 characters after surrounding spaces are dropped). */
  name: Scalars['String']['input'];
};

/** Result of teamCreate. */
export type TeamCreatePayload = {
  __typename?: 'TeamCreatePayload';
  /** The new team; null when userErrors explain why not. */
  team?: Maybe<Team>;
  /** Problems with the input; empty on success. */
  userErrors: Array<TenancyUserError>;
};

/** Why agencyCreate, teamCreate or userCreate did nothing. */
export type TenancyErrorCode =
  /** A value is missing, malformed or out of range, or the agency has as many teams as it can. */
  | 'INVALID'
  /** A referenced agency, municipality, provider or team does not exist. */
  | 'NOT_FOUND'
  /** The agency key, the team name within its agency or the e-mail address is used already. */
  | 'TAKEN';

/** A problem with the input of an agency, team or account mutation. The mutation changed nothing. */
export type TenancyUserError = DisplayableError & {
  __typename?: 'TenancyUserError';
  /** What is wrong, for programs. */
  code: TenancyErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A part of one weekday, e.g. Monday morning. */
export type TimeSlot = {
  __typename?: 'TimeSlot';
  /** The part of the day. */
  partOfDay: PartOfDay;
  /** The day. */
  weekday: Weekday;
};

/** A part of one weekday, e.g. Monday morning. */
export type TimeSlotInput = {
  /** The part of the day. */
  partOfDay: PartOfDay;
  /** The day. */
  weekday: Weekday;
};

/** A GraphQL document registered for third-party systems (a persisted operation). */
export type TrustedDocument = {
  __typename?: 'TrustedDocument';
  /** The document itself. */
  body: Scalars['String']['output'];
  /** Name given by the admin (1–100 characters), e.g. "Kursverwaltung: Plätze melden". */
  name: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTimeISO']['output'];
  /** SHA-256 of the document text, in hex: send it as `extensions.persistedQuery.sha256Hash` (Apollo APQ) instead of the text. */
  sha256: Scalars['String']['output'];
};

/** A page of trusted documents. */
export type TrustedDocumentConnection = {
  __typename?: 'TrustedDocumentConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<TrustedDocumentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<TrustedDocument>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A trusted document with its cursor. */
export type TrustedDocumentEdge = {
  __typename?: 'TrustedDocumentEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: TrustedDocument;
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

/** Result of trustedDocumentRegister. */
export type TrustedDocumentRegisterPayload = {
  __typename?: 'TrustedDocumentRegisterPayload';
  /** The registered document (the earlier registration when the same text was registered before); null when userErrors explain why not. */
  trustedDocument?: Maybe<TrustedDocument>;
  /** Problems with the input; empty on success. */
  userErrors: Array<TrustedDocumentUserError>;
};

/** A problem with a trusted document to register. The mutation changed nothing. */
export type TrustedDocumentUserError = DisplayableError & {
  __typename?: 'TrustedDocumentUserError';
  /** What is wrong, for programs. */
  code: TrustedDocumentErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** A client the proposal leaves without an offer. */
export type UnassignedClient = {
  __typename?: 'UnassignedClient';
  /** The client. */
  client: Client;
  /** Why. */
  reason: UnassignedReason;
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

/** A person who signs in to the hub: agency or provider staff, or an admin. */
export type User = Node & {
  __typename?: 'User';
  /** The agency the person works for. */
  agency?: Maybe<Agency>;
  /** E-mail address. */
  email: Scalars['String']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Last sign-in, refreshed at most once a minute (so up to a minute behind). */
  lastSeenAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Full name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The provider the person works for. */
  provider?: Maybe<Provider>;
  /** Roles, as of the last sign-in or as an admin set them. */
  roles: Array<Role>;
  /** The team the person belongs to. */
  team?: Maybe<Team>;
};

/** A page of people. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<User>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

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

/** Result of userCreate. */
export type UserCreatePayload = {
  __typename?: 'UserCreatePayload';
  /** The prepared account; null when userErrors explain why not. */
  user?: Maybe<User>;
  /** Problems with the input; empty on success. */
  userErrors: Array<TenancyUserError>;
};

/** A person with their cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: User;
};

/** Who is asking: the signed-in person or API key, with roles and tenant. */
export type ViewerInfo = {
  __typename?: 'ViewerInfo';
  /** The agency acted for. */
  agency?: Maybe<Agency>;
  /** Whether a person, a system or nobody in particular is asking. */
  kind: ViewerKind;
  /** The provider acted for. */
  provider?: Maybe<Provider>;
  /** The roles of a signed-in person; [INTEGRATION] for an API key (its `scopes` say what it may do); empty for the public audience. */
  roles: Array<Role>;
  /** The scopes of the API key asking; empty for people and the public audience. */
  scopes: Array<ApiKeyScope>;
  /** The signed-in person. */
  user?: Maybe<User>;
};

/** What kind of caller a request comes from. */
export type ViewerKind =
  /** No credentials: the public audience of partner portals. */
  | 'ANONYMOUS'
  /** A third-party system with an API key. */
  | 'INTEGRATION'
  /** A person signed in with a token of the identity provider. */
  | 'USER';

/** One event sent (or to be sent) to one endpoint, with the outcome of its attempts. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far (a redelivery adds one). */
  attempts: Scalars['Int']['output'];
  /** When the event was queued for the endpoint. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The endpoint it goes to. */
  endpoint: WebhookEndpoint;
  /** The event, as the payload names it (e.g. "offer.published", "webhook.ping"). */
  eventType: Scalars['String']['output'];
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** When the last attempt started. */
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What went wrong in the last attempt, if anything. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt's answer; null without an answer (timeout, refused address, network). */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** The webhook-id header: the same for every attempt, so receivers can drop duplicates. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due; null once it succeeded or is dead. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The body as sent: JSON with type, timestamp and data (global IDs only). */
  payload: Scalars['String']['output'];
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
  /** When an attempt succeeded. */
  succeededAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: WebhookDelivery;
};

/** Selects a webhook delivery. */
export type WebhookDeliveryRetryInput = {
  /** The delivery to send again. */
  delivery: Scalars['ID']['input'];
};

/** Result of webhookDeliveryRetry. */
export type WebhookDeliveryRetryPayload = {
  __typename?: 'WebhookDeliveryRetryPayload';
  /** The delivery, due now; null when userErrors explain why not. */
  delivery?: Maybe<WebhookDelivery>;
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
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

/** An HTTPS endpoint that receives signed webhooks (Standard Webhooks). Its secret is shown only when it is created or rotated. */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** When it was registered; only events from then on are delivered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the endpoint is for, given by whoever registered it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Why it is disabled, e.g. "410 Gone"; null while active. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** The events delivered to it. */
  events: Array<WebhookEventType>;
  /** Globally unique, opaque ID of the object. */
  id: Scalars['ID']['output'];
  /** Until when deliveries are signed with the previous secret too (24 hours after a rotation). */
  previousSecretExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The provider whose endpoint it is; null for a hub-wide endpoint. */
  provider?: Maybe<Provider>;
  /** Whether it receives deliveries. */
  status: WebhookEndpointStatus;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<WebhookEndpointEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WebhookEndpoint>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of elements across all pages. Costs a count query; select it only when needed. */
  totalCount: Scalars['Int']['output'];
};

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

/** Result of webhookEndpointCreate. */
export type WebhookEndpointCreatePayload = {
  __typename?: 'WebhookEndpointCreatePayload';
  /** The signing secret (whsec_…), shown only in this response: store it now to verify the webhook-signature header. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
  /** The new endpoint; null when userErrors explain why not. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** Result of webhookEndpointDelete. */
export type WebhookEndpointDeletePayload = {
  __typename?: 'WebhookEndpointDeletePayload';
  /** The ID of the deleted endpoint (its deliveries went with it). */
  deletedWebhookEndpointId?: Maybe<Scalars['ID']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
};

/** A webhook endpoint with its cursor. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Cursor of this edge, for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The node. */
  node: WebhookEndpoint;
};

/** Selects a webhook endpoint. */
export type WebhookEndpointInput = {
  /** The endpoint. */
  endpoint: Scalars['ID']['input'];
};

/** Result of webhookEndpointPing. */
export type WebhookEndpointPingPayload = {
  __typename?: 'WebhookEndpointPingPayload';
  /** The delivery, due now; null when userErrors explain why not. */
  delivery?: Maybe<WebhookDelivery>;
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
};

/** Result of webhookEndpointRotateSecret. */
export type WebhookEndpointRotateSecretPayload = {
  __typename?: 'WebhookEndpointRotateSecretPayload';
  /** The new secret, shown only in this response. For 24 hours deliveries carry a signature with the old one too. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
  /** The endpoint; null when it is not one of yours. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
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

/** Result of webhookEndpointUpdate. */
export type WebhookEndpointUpdatePayload = {
  __typename?: 'WebhookEndpointUpdatePayload';
  /** Problems with the input; empty on success. */
  userErrors: Array<WebhookUserError>;
  /** The endpoint as it is now; null when it is not one of yours. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
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

/** A problem with the input of a webhook mutation. The mutation changed nothing. */
export type WebhookUserError = DisplayableError & {
  __typename?: 'WebhookUserError';
  /** What is wrong, for programs. */
  code: WebhookErrorCode;
  /** Path to the input field at fault, e.g. ["input", "fields", "municipality"]; empty: the input as a whole. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, issuedAt: string, lastUsedAt?: string | null, revokedAt?: string | null, provider?: { __typename?: 'Provider', id: string, name: string } | null };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { __typename?: 'Mutation', apiKeyCreate: { __typename?: 'ApiKeyCreatePayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, issuedAt: string, lastUsedAt?: string | null, revokedAt?: string | null, provider?: { __typename?: 'Provider', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'ApiKeyUserError', field: Array<string>, message: string, code: ApiKeyErrorCode }> } };

export type ApiKeyRotateMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type ApiKeyRotateMutation = { __typename?: 'Mutation', apiKeyRotate: { __typename?: 'ApiKeyRotatePayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, issuedAt: string, lastUsedAt?: string | null, revokedAt?: string | null, provider?: { __typename?: 'Provider', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'ApiKeyUserError', field: Array<string>, code: ApiKeyErrorCode }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyInput;
}>;


export type ApiKeyRevokeMutation = { __typename?: 'Mutation', apiKeyRevoke: { __typename?: 'ApiKeyRevokePayload', apiKey?: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, issuedAt: string, lastUsedAt?: string | null, revokedAt?: string | null, provider?: { __typename?: 'Provider', id: string, name: string } | null } | null, userErrors: Array<{ __typename?: 'ApiKeyUserError', field: Array<string>, code: ApiKeyErrorCode }> } };

export type ApiKeysQueryVariables = Exact<{
  provider?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, nodes: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, createdAt: string, issuedAt: string, lastUsedAt?: string | null, revokedAt?: string | null, provider?: { __typename?: 'Provider', id: string, name: string } | null }> } };

export type TrustedDocumentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TrustedDocumentsQuery = { __typename?: 'Query', trustedDocuments: { __typename?: 'TrustedDocumentConnection', totalCount: number, nodes: Array<{ __typename?: 'TrustedDocument', sha256: string, name: string, registeredAt: string }> } };

export type TrustedDocumentRegisterMutationVariables = Exact<{
  input: TrustedDocumentRegisterInput;
}>;


export type TrustedDocumentRegisterMutation = { __typename?: 'Mutation', trustedDocumentRegister: { __typename?: 'TrustedDocumentRegisterPayload', trustedDocument?: { __typename?: 'TrustedDocument', sha256: string, name: string, body: string } | null, userErrors: Array<{ __typename?: 'TrustedDocumentUserError', field: Array<string>, code: TrustedDocumentErrorCode, message: string }> } };

export type ClientFieldsFragment = { __typename?: 'Client', id: string, givenNames: string, familyName: string, birthDate: string, phone?: string | null, email?: string | null, street?: string | null, postalCode?: string | null, latitude: number, longitude: number, locationPrecision: LocationPrecision, languages: Array<string>, germanLevel?: CefrLevel | null, germanEvidence?: GermanEvidence | null, germanCertificate?: string | null, germanEvidenceDate?: string | null, latinLiterate?: boolean | null, schooling?: string | null, workBackground?: string | null, residenceStatus?: ResidenceStatus | null, residenceParagraph?: string | null, residenceValidUntil?: string | null, workPermit?: WorkPermit | null, arrivalDate?: string | null, childrenBirthYears: Array<number>, maxTravelKm?: number | null, supportStart: string, supportPlannedEnd: string, status: ClientStatus, closedReason?: string | null, closedAt?: string | null, originCountry?: string | null, healthNeeds?: string | null, availability: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, municipality: { __typename?: 'Municipality', id: string, name: string }, manager?: { __typename?: 'User', id: string, email: string } | null };

export type ClientProblemsFragment = { __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode };

export type PlanFieldsFragment = { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> };

export type ClientCreateMutationVariables = Exact<{
  input: ClientCreateInput;
}>;


export type ClientCreateMutation = { __typename?: 'Mutation', clientCreate: { __typename?: 'ClientCreatePayload', client?: { __typename?: 'Client', id: string, givenNames: string, familyName: string, birthDate: string, phone?: string | null, email?: string | null, street?: string | null, postalCode?: string | null, latitude: number, longitude: number, locationPrecision: LocationPrecision, languages: Array<string>, germanLevel?: CefrLevel | null, germanEvidence?: GermanEvidence | null, germanCertificate?: string | null, germanEvidenceDate?: string | null, latinLiterate?: boolean | null, schooling?: string | null, workBackground?: string | null, residenceStatus?: ResidenceStatus | null, residenceParagraph?: string | null, residenceValidUntil?: string | null, workPermit?: WorkPermit | null, arrivalDate?: string | null, childrenBirthYears: Array<number>, maxTravelKm?: number | null, supportStart: string, supportPlannedEnd: string, status: ClientStatus, closedReason?: string | null, closedAt?: string | null, originCountry?: string | null, healthNeeds?: string | null, plan: { __typename?: 'Plan', id: string, version: number }, availability: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, municipality: { __typename?: 'Municipality', id: string, name: string }, manager?: { __typename?: 'User', id: string, email: string } | null } | null, duplicate?: { __typename?: 'Client', id: string } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientUpdateMutationVariables = Exact<{
  input: ClientUpdateInput;
}>;


export type ClientUpdateMutation = { __typename?: 'Mutation', clientUpdate: { __typename?: 'ClientUpdatePayload', client?: { __typename?: 'Client', id: string, givenNames: string, familyName: string, birthDate: string, phone?: string | null, email?: string | null, street?: string | null, postalCode?: string | null, latitude: number, longitude: number, locationPrecision: LocationPrecision, languages: Array<string>, germanLevel?: CefrLevel | null, germanEvidence?: GermanEvidence | null, germanCertificate?: string | null, germanEvidenceDate?: string | null, latinLiterate?: boolean | null, schooling?: string | null, workBackground?: string | null, residenceStatus?: ResidenceStatus | null, residenceParagraph?: string | null, residenceValidUntil?: string | null, workPermit?: WorkPermit | null, arrivalDate?: string | null, childrenBirthYears: Array<number>, maxTravelKm?: number | null, supportStart: string, supportPlannedEnd: string, status: ClientStatus, closedReason?: string | null, closedAt?: string | null, originCountry?: string | null, healthNeeds?: string | null, availability: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, municipality: { __typename?: 'Municipality', id: string, name: string }, manager?: { __typename?: 'User', id: string, email: string } | null } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientStatusSetMutationVariables = Exact<{
  input: ClientStatusInput;
}>;


export type ClientStatusSetMutation = { __typename?: 'Mutation', clientStatusSet: { __typename?: 'ClientStatusSetPayload', client?: { __typename?: 'Client', id: string, status: ClientStatus } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientCloseMutationVariables = Exact<{
  input: ClientCloseInput;
}>;


export type ClientCloseMutation = { __typename?: 'Mutation', clientClose: { __typename?: 'ClientClosePayload', client?: { __typename?: 'Client', id: string, status: ClientStatus, closedReason?: string | null, closedAt?: string | null } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type SupportExtendMutationVariables = Exact<{
  input: SupportExtendInput;
}>;


export type SupportExtendMutation = { __typename?: 'Mutation', supportExtend: { __typename?: 'SupportExtendPayload', client?: { __typename?: 'Client', id: string, supportPlannedEnd: string, supportExtensions: { __typename?: 'SupportExtensionConnection', nodes: Array<{ __typename?: 'SupportExtension', id: string, extendedTo: string, reason: string }> } } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientTransferMutationVariables = Exact<{
  input: ClientTransferInput;
}>;


export type ClientTransferMutation = { __typename?: 'Mutation', clientTransfer: { __typename?: 'ClientTransferPayload', clients: Array<{ __typename?: 'Client', id: string, manager?: { __typename?: 'User', id: string } | null }>, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type CaseNoteAddMutationVariables = Exact<{
  input: CaseNoteAddInput;
}>;


export type CaseNoteAddMutation = { __typename?: 'Mutation', caseNoteAdd: { __typename?: 'CaseNoteAddPayload', caseNote?: { __typename?: 'CaseNote', id: string, body: string, createdAt: string } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, givenNames: string, familyName: string, birthDate: string, phone?: string | null, email?: string | null, street?: string | null, postalCode?: string | null, latitude: number, longitude: number, locationPrecision: LocationPrecision, languages: Array<string>, germanLevel?: CefrLevel | null, germanEvidence?: GermanEvidence | null, germanCertificate?: string | null, germanEvidenceDate?: string | null, latinLiterate?: boolean | null, schooling?: string | null, workBackground?: string | null, residenceStatus?: ResidenceStatus | null, residenceParagraph?: string | null, residenceValidUntil?: string | null, workPermit?: WorkPermit | null, arrivalDate?: string | null, childrenBirthYears: Array<number>, maxTravelKm?: number | null, supportStart: string, supportPlannedEnd: string, status: ClientStatus, closedReason?: string | null, closedAt?: string | null, originCountry?: string | null, healthNeeds?: string | null, plan: { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> }, planVersions: { __typename?: 'PlanConnection', totalCount: number, nodes: Array<{ __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, description: string, status: GoalStatus }> }> }, caseNotes: { __typename?: 'CaseNoteConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseNote', id: string, body: string }> }, consents: { __typename?: 'ConsentConnection', totalCount: number, nodes: Array<{ __typename?: 'Consent', id: string, purpose: ConsentPurpose, withdrawnAt?: string | null }> }, availability: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, municipality: { __typename?: 'Municipality', id: string, name: string }, manager?: { __typename?: 'User', id: string, email: string } | null } | null };

export type ClientDataExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientDataExportQuery = { __typename?: 'Query', clientDataExport?: any | null };

export type CaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseloadFilter>;
  orderBy?: InputMaybe<CaseloadOrder>;
}>;


export type CaseloadQuery = { __typename?: 'Query', caseload: { __typename?: 'ClientConnection', totalCount: number, countsByStatus: Array<{ __typename?: 'ClientStatusCount', status: ClientStatus, count: number }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClientEdge', cursor: string, node: { __typename?: 'Client', id: string, familyName: string, givenNames: string, status: ClientStatus, supportPlannedEnd: string, germanLevel?: CefrLevel | null, manager?: { __typename?: 'User', id: string } | null } }> } };

export type CaseloadPlansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseloadFilter>;
}>;


export type CaseloadPlansQuery = { __typename?: 'Query', caseload: { __typename?: 'ClientConnection', edges: Array<{ __typename?: 'ClientEdge', node: { __typename?: 'Client', id: string, familyName: string, givenNames: string, birthDate: string, germanLevel?: CefrLevel | null, supportPlannedEnd: string, plan: { __typename?: 'Plan', id: string, version: number, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, status: GoalStatus, dueDate?: string | null, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, offer?: { __typename?: 'Offer', id: string, title: string, startDate: string, provider: { __typename?: 'Provider', id: string, name: string } } | null }> }> } } }> } };

export type ListPageFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type ClientCaseNotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientCaseNotesQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, caseNotes: { __typename?: 'CaseNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'CaseNoteEdge', cursor: string, node: { __typename?: 'CaseNote', id: string, body: string, createdAt: string } }> } } | null };

export type ClientConsentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientConsentsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, consents: { __typename?: 'ConsentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Consent', id: string, purpose: ConsentPurpose, textVersion: string }> } } | null };

export type ClientSupportExtensionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientSupportExtensionsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, supportExtensions: { __typename?: 'SupportExtensionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'SupportExtension', id: string, extendedTo: string }> } } | null };

export type ClientPlanVersionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClientPlanVersionsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, planVersions: { __typename?: 'PlanConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Plan', id: string, version: number, isCurrent: boolean }> } } | null };

export type CaseloadListsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CaseloadListsQuery = { __typename?: 'Query', caseload: { __typename?: 'ClientConnection', edges: Array<{ __typename?: 'ClientEdge', node: { __typename?: 'Client', id: string, caseNotes: { __typename?: 'CaseNoteConnection', totalCount: number, nodes: Array<{ __typename?: 'CaseNote', id: string, body: string, createdAt: string }> }, consents: { __typename?: 'ConsentConnection', totalCount: number, nodes: Array<{ __typename?: 'Consent', id: string, purpose: ConsentPurpose }> }, supportExtensions: { __typename?: 'SupportExtensionConnection', nodes: Array<{ __typename?: 'SupportExtension', id: string, extendedTo: string }> }, planVersions: { __typename?: 'PlanConnection', nodes: Array<{ __typename?: 'Plan', id: string, version: number }> } } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'Agency', id: string } | { __typename: 'ApiKey', id: string } | { __typename: 'CaseNote', id: string } | { __typename: 'Client', id: string } | { __typename: 'ClientCourse', id: string } | { __typename: 'ClientErasureRequest', id: string } | { __typename: 'Consent', id: string } | { __typename: 'District', name: string, code: string, id: string } | { __typename: 'EligibilityRule', id: string } | { __typename: 'Location', id: string } | { __typename: 'Municipality', id: string } | { __typename: 'Offer', title: string, status: OfferStatus, id: string } | { __typename: 'Plan', id: string } | { __typename: 'PlanGoal', id: string } | { __typename: 'PlanMeasure', id: string } | { __typename: 'PlanReview', id: string } | { __typename: 'Provider', id: string } | { __typename: 'Referral', id: string } | { __typename: 'SupportExtension', id: string } | { __typename: 'Team', id: string } | { __typename: 'User', id: string } | { __typename: 'WebhookDelivery', id: string } | { __typename: 'WebhookEndpoint', id: string } | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodesByIdsQuery = { __typename?: 'Query', nodes: Array<{ __typename: 'Agency', id: string } | { __typename: 'ApiKey', id: string } | { __typename: 'CaseNote', id: string } | { __typename: 'Client', id: string } | { __typename: 'ClientCourse', id: string } | { __typename: 'ClientErasureRequest', id: string } | { __typename: 'Consent', id: string } | { __typename: 'District', id: string } | { __typename: 'EligibilityRule', id: string } | { __typename: 'Location', id: string } | { __typename: 'Municipality', id: string } | { __typename: 'Offer', id: string } | { __typename: 'Plan', id: string } | { __typename: 'PlanGoal', id: string } | { __typename: 'PlanMeasure', id: string } | { __typename: 'PlanReview', id: string } | { __typename: 'Provider', id: string } | { __typename: 'Referral', id: string } | { __typename: 'SupportExtension', id: string } | { __typename: 'Team', id: string } | { __typename: 'User', id: string } | { __typename: 'WebhookDelivery', id: string } | { __typename: 'WebhookEndpoint', id: string } | null> };

export type DistrictsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DistrictsQuery = { __typename?: 'Query', districts: { __typename?: 'DistrictConnection', totalCount: number, nodes: Array<{ __typename?: 'District', id: string, code: string, name: string, kind: DistrictKind, population: number }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MunicipalitiesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, name: string, postalCode: string, latitude: number, longitude: number, district: { __typename?: 'District', code: string } }> } };

export type ProvidersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProvidersQuery = { __typename?: 'Query', providers: { __typename?: 'ProviderConnection', totalCount: number, nodes: Array<{ __typename?: 'Provider', id: string, name: string, kind: ProviderKind, website?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OfferMeetingTimesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfferMeetingTimesQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', edges: Array<{ __typename?: 'OfferEdge', node: { __typename?: 'Offer', id: string, weekdays: Array<Weekday>, timesOfDay: Array<PartOfDay>, meetingTimes: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ClientFactFieldsFragment = { __typename?: 'Client', id: string, gender?: Gender | null, employment?: EmploymentSituation | null, feeExempt?: boolean | null, obligations: Array<{ __typename?: 'ClientObligation', ground: ObligationGround, authority: ObligingAuthority, obligedOn: string, validUntil?: string | null }>, coursesAttended: Array<{ __typename?: 'ClientCourse', id: string, programme: Programme, startDate?: string | null, endDate?: string | null, completed: boolean, certificate?: GermanCertificate | null }>, householdMembers: Array<{ __typename?: 'Client', id: string, familyName: string }> };

export type ClientFactsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientFactsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, gender?: Gender | null, employment?: EmploymentSituation | null, feeExempt?: boolean | null, obligations: Array<{ __typename?: 'ClientObligation', ground: ObligationGround, authority: ObligingAuthority, obligedOn: string, validUntil?: string | null }>, coursesAttended: Array<{ __typename?: 'ClientCourse', id: string, programme: Programme, startDate?: string | null, endDate?: string | null, completed: boolean, certificate?: GermanCertificate | null }>, householdMembers: Array<{ __typename?: 'Client', id: string, familyName: string }> } | null };

export type ClientFactsUpdateMutationVariables = Exact<{
  input: ClientUpdateInput;
}>;


export type ClientFactsUpdateMutation = { __typename?: 'Mutation', clientUpdate: { __typename?: 'ClientUpdatePayload', client?: { __typename?: 'Client', id: string, gender?: Gender | null, employment?: EmploymentSituation | null, feeExempt?: boolean | null, obligations: Array<{ __typename?: 'ClientObligation', ground: ObligationGround, authority: ObligingAuthority, obligedOn: string, validUntil?: string | null }>, coursesAttended: Array<{ __typename?: 'ClientCourse', id: string, programme: Programme, startDate?: string | null, endDate?: string | null, completed: boolean, certificate?: GermanCertificate | null }>, householdMembers: Array<{ __typename?: 'Client', id: string, familyName: string }> } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientCourseRecordMutationVariables = Exact<{
  input: ClientCourseRecordInput;
}>;


export type ClientCourseRecordMutation = { __typename?: 'Mutation', clientCourseRecord: { __typename?: 'ClientCourseRecordPayload', course?: { __typename?: 'ClientCourse', id: string, programme: Programme, completed: boolean, certificate?: GermanCertificate | null, endDate?: string | null } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientCourseRemoveMutationVariables = Exact<{
  input: ClientCourseRemoveInput;
}>;


export type ClientCourseRemoveMutation = { __typename?: 'Mutation', clientCourseRemove: { __typename?: 'ClientCourseRemovePayload', client?: { __typename?: 'Client', id: string, coursesAttended: Array<{ __typename?: 'ClientCourse', id: string }> } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type MatchingFairnessQueryVariables = Exact<{
  filter?: InputMaybe<MatchingFairnessFilter>;
}>;


export type MatchingFairnessQuery = { __typename?: 'Query', matchingFairness: { __typename?: 'MatchingFairnessReport', asOf: string, truncated: boolean, gapThreshold: number, overall: { __typename?: 'FairnessFigures', clients: number, withSuggestionShare: number, ruleEligibleShare: number, withSuggestionShareAmongRuleEligible?: number | null, meanTopScore?: number | null, meanDistanceKm?: number | null }, dimensions: Array<{ __typename?: 'FairnessDimensionReport', dimension: FairnessDimension, suppressedGroups: number, groups: Array<{ __typename?: 'FairnessGroup', dimension: FairnessDimension, value: string, clients: number, withSuggestionShare: number, ruleEligibleShare: number, withSuggestionShareAmongRuleEligible?: number | null, meanTopScore?: number | null, meanDistanceKm?: number | null, gap: number, gapAmongRuleEligible?: number | null, flagged: boolean, explanation: string }> }> } };

export type FairnessFigureFieldsFragment = { __typename?: 'FairnessFigures', clients: number, withSuggestionShare: number, ruleEligibleShare: number, withSuggestionShareAmongRuleEligible?: number | null, meanTopScore?: number | null, meanDistanceKm?: number | null };

export type ConsentRecordMutationVariables = Exact<{
  input: ConsentRecordInput;
}>;


export type ConsentRecordMutation = { __typename?: 'Mutation', consentRecord: { __typename?: 'ConsentRecordPayload', consent?: { __typename?: 'Consent', id: string, purpose: ConsentPurpose, recipientProviderKind?: ProviderKind | null, textVersion: string, givenAt: string, withdrawnAt?: string | null, recipientProvider?: { __typename?: 'Provider', id: string } | null } | null, userErrors: Array<{ __typename?: 'ConsentUserError', field: Array<string>, message: string, code: ConsentErrorCode }> } };

export type ConsentWithdrawMutationVariables = Exact<{
  input: ConsentWithdrawInput;
}>;


export type ConsentWithdrawMutation = { __typename?: 'Mutation', consentWithdraw: { __typename?: 'ConsentWithdrawPayload', consent?: { __typename?: 'Consent', id: string, withdrawnAt?: string | null } | null, userErrors: Array<{ __typename?: 'ConsentUserError', field: Array<string>, message: string, code: ConsentErrorCode }> } };

export type ClientCloseWithLiteralReasonMutationVariables = Exact<{
  client: Scalars['ID']['input'];
}>;


export type ClientCloseWithLiteralReasonMutation = { __typename?: 'Mutation', clientClose: { __typename?: 'ClientClosePayload', client?: { __typename?: 'Client', id: string, status: ClientStatus } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type ClientCreateWithLiteralStartMutationVariables = Exact<{
  municipality: Scalars['ID']['input'];
}>;


export type ClientCreateWithLiteralStartMutation = { __typename?: 'Mutation', clientCreate: { __typename?: 'ClientCreatePayload', client?: { __typename?: 'Client', id: string } | null, userErrors: Array<{ __typename?: 'ClientUserError', field: Array<string>, message: string, code: ClientErrorCode }> } };

export type NoOperationQueryVariables = Exact<{ [key: string]: never; }>;


export type NoOperationQuery = { __typename: 'Query' };

export type RuleFieldsFragment = { __typename?: 'EligibilityRule', id: string, key: string, version: number, route: EligibilityRoute, programmes: Array<Programme>, residenceStatuses: Array<ResidenceStatus>, validFrom?: string | null, validUntil?: string | null, datedBy: EligibilityDatedBy, source: string, explanation: string };

export type EligibilityFieldsFragment = { __typename?: 'Eligibility', eligible: boolean, route?: EligibilityRoute | null, rule?: { __typename?: 'EligibilityRule', id: string, key: string, version: number, source: string } | null, reasons: Array<{ __typename?: 'EligibilityReason', code: EligibilityReasonCode, message: string, rule?: { __typename?: 'EligibilityRule', key: string } | null }> };

export type FactorFieldsFragment = { __typename?: 'ScoreFactor', factor: MatchingFactor, weight: number, value: number, contribution: number, explanation: string };

export type EligibilityRulesQueryVariables = Exact<{
  validOn: Scalars['Date']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EligibilityRulesQuery = { __typename?: 'Query', eligibilityRules: Array<{ __typename?: 'EligibilityRule', id: string, key: string, version: number, route: EligibilityRoute, programmes: Array<Programme>, residenceStatuses: Array<ResidenceStatus>, validFrom?: string | null, validUntil?: string | null, datedBy: EligibilityDatedBy, source: string, explanation: string }> };

export type EligibilityRuleSetPublishMutationVariables = Exact<{
  input: EligibilityRuleSetPublishInput;
}>;


export type EligibilityRuleSetPublishMutation = { __typename?: 'Mutation', eligibilityRuleSetPublish: { __typename?: 'EligibilityRuleSetPublishPayload', ruleSet?: { __typename?: 'EligibilityRuleSet', version: number, publishedBy: string, note: string, rules: Array<{ __typename?: 'EligibilityRule', key: string, version: number }> } | null, userErrors: Array<{ __typename?: 'MatchingUserError', code: MatchingErrorCode, field: Array<string>, message: string }> } };

export type ClientSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SuggestionFilter>;
}>;


export type ClientSuggestionsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, suggestions: { __typename?: 'SuggestionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SuggestionEdge', cursor: string, score: number, distanceKm?: number | null, node: { __typename?: 'Offer', id: string, programme: Programme, title: string, provider: { __typename?: 'Provider', name: string } }, eligibility: { __typename?: 'Eligibility', eligible: boolean, route?: EligibilityRoute | null, rule?: { __typename?: 'EligibilityRule', id: string, key: string, version: number, source: string } | null, reasons: Array<{ __typename?: 'EligibilityReason', code: EligibilityReasonCode, message: string, rule?: { __typename?: 'EligibilityRule', key: string } | null }> }, factors: Array<{ __typename?: 'ScoreFactor', factor: MatchingFactor, weight: number, value: number, contribution: number, explanation: string }> }> } } | null };

export type ClientOfferFitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  offer: Scalars['ID']['input'];
}>;


export type ClientOfferFitQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, offerFit?: { __typename?: 'OfferFit', score: number, eligible: boolean, distanceKm?: number | null, offer: { __typename?: 'Offer', id: string, programme: Programme }, eligibility: { __typename?: 'Eligibility', eligible: boolean, route?: EligibilityRoute | null, rule?: { __typename?: 'EligibilityRule', id: string, key: string, version: number, source: string } | null, reasons: Array<{ __typename?: 'EligibilityReason', code: EligibilityReasonCode, message: string, rule?: { __typename?: 'EligibilityRule', key: string } | null }> }, factors: Array<{ __typename?: 'ScoreFactor', factor: MatchingFactor, weight: number, value: number, contribution: number, explanation: string }>, excludedBy: Array<{ __typename?: 'Exclusion', code: ExclusionCode, message: string, rule?: { __typename?: 'EligibilityRule', key: string, source: string } | null }> } | null } | null };

export type CaseloadAssignmentQueryVariables = Exact<{
  input: CaseloadAssignmentInput;
}>;


export type CaseloadAssignmentQuery = { __typename?: 'Query', caseloadAssignment: { __typename?: 'CaseloadAssignmentPayload', totalScore: number, greedyTotalScore: number, assignments: Array<{ __typename?: 'ProposedAssignment', score: number, client: { __typename?: 'Client', id: string }, offer: { __typename?: 'Offer', id: string } }>, unassigned: Array<{ __typename?: 'UnassignedClient', reason: UnassignedReason, client: { __typename?: 'Client', id: string } }>, userErrors: Array<{ __typename?: 'MatchingUserError', code: MatchingErrorCode, field: Array<string>, message: string }> } };

export type ClientFitScoreQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  offer: Scalars['ID']['input'];
}>;


export type ClientFitScoreQuery = { __typename?: 'Query', client?: { __typename?: 'Client', offerFit?: { __typename?: 'OfferFit', score: number, eligible: boolean } | null } | null };

export type PlanMeasureAddWithFitMutationVariables = Exact<{
  input: PlanMeasureAddInput;
}>;


export type PlanMeasureAddWithFitMutation = { __typename?: 'Mutation', planMeasureAdd: { __typename?: 'PlanMeasureAddPayload', measure?: { __typename?: 'PlanMeasure', id: string, offerFit?: { __typename?: 'OfferFit', score: number, eligible: boolean, excludedBy: Array<{ __typename?: 'Exclusion', code: ExclusionCode }> } | null } | null, warnings: Array<{ __typename?: 'Exclusion', code: ExclusionCode, message: string }>, userErrors: Array<{ __typename?: 'PlanUserError', code: PlanErrorCode, field: Array<string>, message: string }> } };

export type WeightSetFieldsFragment = { __typename?: 'MatchingWeightSet', version: number, isDefault: boolean, publishedAt: string, publishedBy: string, note: string, defaultMaxTravelKm: number, soonDays: number, weights: Array<{ __typename?: 'FactorWeight', factor: MatchingFactor, weight: number }> };

export type MatchingWeightsQueryVariables = Exact<{
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MatchingWeightsQuery = { __typename?: 'Query', matchingWeights?: { __typename?: 'MatchingWeightSet', version: number, isDefault: boolean, publishedAt: string, publishedBy: string, note: string, defaultMaxTravelKm: number, soonDays: number, weights: Array<{ __typename?: 'FactorWeight', factor: MatchingFactor, weight: number }> } | null };

export type MatchingWeightsPublishMutationVariables = Exact<{
  input: MatchingWeightsPublishInput;
}>;


export type MatchingWeightsPublishMutation = { __typename?: 'Mutation', matchingWeightsPublish: { __typename?: 'MatchingWeightsPublishPayload', weightSet?: { __typename?: 'MatchingWeightSet', version: number, isDefault: boolean, publishedAt: string, publishedBy: string, note: string, defaultMaxTravelKm: number, soonDays: number, weights: Array<{ __typename?: 'FactorWeight', factor: MatchingFactor, weight: number }> } | null, userErrors: Array<{ __typename?: 'MatchingUserError', code: MatchingErrorCode, field: Array<string>, message: string }> } };

export type PathwayStepFieldsFragment = { __typename?: 'PathwayStep', key: string, version: number, programme: Programme, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, integrationCourseFinished?: boolean | null, latinLiterate?: boolean | null, exitLevel?: CefrLevel | null, certificate?: string | null, completesIntegrationCourse: boolean, completesGoal: boolean, areas: Array<PlanArea>, durationMonthsMin: number, durationMonthsMax: number, source: string, explanation: string };

export type PathwayStepsQueryVariables = Exact<{
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PathwayStepsQuery = { __typename?: 'Query', pathwaySteps: Array<{ __typename?: 'PathwayStep', key: string, version: number, programme: Programme, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, integrationCourseFinished?: boolean | null, latinLiterate?: boolean | null, exitLevel?: CefrLevel | null, certificate?: string | null, completesIntegrationCourse: boolean, completesGoal: boolean, areas: Array<PlanArea>, durationMonthsMin: number, durationMonthsMax: number, source: string, explanation: string }> };

export type ClientPathwayQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  goal: Scalars['ID']['input'];
}>;


export type ClientPathwayQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, pathway?: { __typename?: 'Pathway', status: PathwayStatus, startLevel?: CefrLevel | null, monthsMin: number, monthsMax: number, expectedEnd?: string | null, supportPlannedEnd: string, endsBeforeSupportEnd: boolean, stepSetVersion: number, explanation: string, goal: { __typename?: 'PlanGoal', id: string, area: PlanArea, targetLevel?: CefrLevel | null }, steps: Array<{ __typename?: 'PlannedStep', programme: Programme, entryLevel?: CefrLevel | null, exitLevel?: CefrLevel | null, certificate?: string | null, score?: number | null, earliestStart: string, expectedEnd: string, explanation: string, step: { __typename?: 'PathwayStep', key: string, source: string }, offer?: { __typename?: 'Offer', id: string, programme: Programme, startDate: string, endDate?: string | null } | null }> } | null } | null };

export type OfferAllFieldsFragment = { __typename?: 'Offer', id: string, status: OfferStatus, family: OfferFamily, programme: Programme, title: string, description: string, supportLanguages: Array<string>, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, targetLevel?: CefrLevel | null, audiences: Array<Audience>, childcare: boolean, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, weekdays: Array<Weekday>, timesOfDay: Array<PartOfDay>, hoursPerWeek?: number | null, totalUnits?: number | null, capacity?: number | null, seatsTaken: number, waitlistLength: number, waitlistOpen: boolean, feeEuro?: number | null, costNote?: string | null, funding: Array<Funding>, minAge?: number | null, maxAge?: number | null, admittedResidenceStatuses: Array<ResidenceStatus>, freeSeats?: number | null, meetingTimes: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, provider: { __typename?: 'Provider', id: string, name: string, kind: ProviderKind, email?: string | null, phone?: string | null, website?: string | null }, location?: { __typename?: 'Location', id: string, name?: string | null, street: string, postalCode: string, latitude: number, longitude: number, wheelchairAccessible: boolean, accessibilityNotes?: string | null, provider: { __typename?: 'Provider', id: string, name: string }, municipality: { __typename?: 'Municipality', id: string, name: string, latitude: number, longitude: number, population: number, postalCode: string, district: { __typename?: 'District', id: string, code: string, name: string, kind: DistrictKind, population: number } } } | null };

export type OffersViaSearchQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OffersViaSearchQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', nodes: Array<{ __typename?: 'Offer', id: string, status: OfferStatus, family: OfferFamily, programme: Programme, title: string, description: string, supportLanguages: Array<string>, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, targetLevel?: CefrLevel | null, audiences: Array<Audience>, childcare: boolean, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, weekdays: Array<Weekday>, timesOfDay: Array<PartOfDay>, hoursPerWeek?: number | null, totalUnits?: number | null, capacity?: number | null, seatsTaken: number, waitlistLength: number, waitlistOpen: boolean, feeEuro?: number | null, costNote?: string | null, funding: Array<Funding>, minAge?: number | null, maxAge?: number | null, admittedResidenceStatuses: Array<ResidenceStatus>, freeSeats?: number | null, meetingTimes: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, provider: { __typename?: 'Provider', id: string, name: string, kind: ProviderKind, email?: string | null, phone?: string | null, website?: string | null }, location?: { __typename?: 'Location', id: string, name?: string | null, street: string, postalCode: string, latitude: number, longitude: number, wheelchairAccessible: boolean, accessibilityNotes?: string | null, provider: { __typename?: 'Provider', id: string, name: string }, municipality: { __typename?: 'Municipality', id: string, name: string, latitude: number, longitude: number, population: number, postalCode: string, district: { __typename?: 'District', id: string, code: string, name: string, kind: DistrictKind, population: number } } } | null }> } };

export type OffersViaNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type OffersViaNodesQuery = { __typename?: 'Query', nodes: Array<{ __typename?: 'Agency' } | { __typename?: 'ApiKey' } | { __typename?: 'CaseNote' } | { __typename?: 'Client' } | { __typename?: 'ClientCourse' } | { __typename?: 'ClientErasureRequest' } | { __typename?: 'Consent' } | { __typename?: 'District' } | { __typename?: 'EligibilityRule' } | { __typename?: 'Location' } | { __typename?: 'Municipality' } | { __typename?: 'Offer', id: string, status: OfferStatus, family: OfferFamily, programme: Programme, title: string, description: string, supportLanguages: Array<string>, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, targetLevel?: CefrLevel | null, audiences: Array<Audience>, childcare: boolean, format: OfferFormat, startDate: string, endDate?: string | null, rollingEntry: boolean, weekdays: Array<Weekday>, timesOfDay: Array<PartOfDay>, hoursPerWeek?: number | null, totalUnits?: number | null, capacity?: number | null, seatsTaken: number, waitlistLength: number, waitlistOpen: boolean, feeEuro?: number | null, costNote?: string | null, funding: Array<Funding>, minAge?: number | null, maxAge?: number | null, admittedResidenceStatuses: Array<ResidenceStatus>, freeSeats?: number | null, meetingTimes: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }>, provider: { __typename?: 'Provider', id: string, name: string, kind: ProviderKind, email?: string | null, phone?: string | null, website?: string | null }, location?: { __typename?: 'Location', id: string, name?: string | null, street: string, postalCode: string, latitude: number, longitude: number, wheelchairAccessible: boolean, accessibilityNotes?: string | null, provider: { __typename?: 'Provider', id: string, name: string }, municipality: { __typename?: 'Municipality', id: string, name: string, latitude: number, longitude: number, population: number, postalCode: string, district: { __typename?: 'District', id: string, code: string, name: string, kind: DistrictKind, population: number } } } | null } | { __typename?: 'Plan' } | { __typename?: 'PlanGoal' } | { __typename?: 'PlanMeasure' } | { __typename?: 'PlanReview' } | { __typename?: 'Provider' } | { __typename?: 'Referral' } | { __typename?: 'SupportExtension' } | { __typename?: 'Team' } | { __typename?: 'User' } | { __typename?: 'WebhookDelivery' } | { __typename?: 'WebhookEndpoint' } | null> };

export type OfferCardFragment = { __typename?: 'Offer', id: string, title: string, family: OfferFamily, programme: Programme, status: OfferStatus, startDate: string, freeSeats?: number | null, childcare: boolean, format: OfferFormat, audiences: Array<Audience>, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, provider: { __typename?: 'Provider', id: string, name: string }, location?: { __typename?: 'Location', latitude: number, longitude: number, municipality: { __typename?: 'Municipality', name: string, district: { __typename?: 'District', id: string, name: string, code: string } } } | null };

export type SearchOffersQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
  orderBy?: InputMaybe<OfferOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchOffersQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', edges: Array<{ __typename?: 'OfferEdge', cursor: string, distanceKm?: number | null, node: { __typename?: 'Offer', id: string, title: string, family: OfferFamily, programme: Programme, status: OfferStatus, startDate: string, freeSeats?: number | null, childcare: boolean, format: OfferFormat, audiences: Array<Audience>, entryLevelMin?: CefrLevel | null, entryLevelMax?: CefrLevel | null, provider: { __typename?: 'Provider', id: string, name: string }, location?: { __typename?: 'Location', latitude: number, longitude: number, municipality: { __typename?: 'Municipality', name: string, district: { __typename?: 'District', id: string, name: string, code: string } } } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } } };

export type SearchOfferIdsQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
  orderBy?: InputMaybe<OfferOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchOfferIdsQuery = { __typename?: 'Query', offers: { __typename?: 'OfferConnection', totalCount: number, edges: Array<{ __typename?: 'OfferEdge', distanceKm?: number | null, node: { __typename?: 'Offer', id: string, startDate: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OfferFacetsQueryVariables = Exact<{
  filter?: InputMaybe<OfferFilter>;
}>;


export type OfferFacetsQuery = { __typename?: 'Query', offerFacets: { __typename?: 'OfferFacets', families: Array<{ __typename?: 'OfferFamilyFacet', family: OfferFamily, count: number }>, programmes: Array<{ __typename?: 'ProgrammeFacet', programme: Programme, count: number }>, districts: Array<{ __typename?: 'DistrictFacet', count: number, district: { __typename?: 'District', code: string, name: string } }>, formats: Array<{ __typename?: 'OfferFormatFacet', format: OfferFormat, count: number }> } };

export type PlanGoalAddMutationVariables = Exact<{
  input: PlanGoalAddInput;
}>;


export type PlanGoalAddMutation = { __typename?: 'Mutation', planGoalAdd: { __typename?: 'PlanGoalAddPayload', plan?: { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> } | null, goal?: { __typename?: 'PlanGoal', id: string, area: PlanArea } | null, userErrors: Array<{ __typename?: 'PlanUserError', field: Array<string>, message: string, code: PlanErrorCode }> } };

export type PlanGoalUpdateMutationVariables = Exact<{
  input: PlanGoalUpdateInput;
}>;


export type PlanGoalUpdateMutation = { __typename?: 'Mutation', planGoalUpdate: { __typename?: 'PlanGoalUpdatePayload', plan?: { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> } | null, goal?: { __typename?: 'PlanGoal', id: string, status: GoalStatus } | null, userErrors: Array<{ __typename?: 'PlanUserError', field: Array<string>, message: string, code: PlanErrorCode }> } };

export type PlanMeasureAddMutationVariables = Exact<{
  input: PlanMeasureAddInput;
}>;


export type PlanMeasureAddMutation = { __typename?: 'Mutation', planMeasureAdd: { __typename?: 'PlanMeasureAddPayload', plan?: { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> } | null, measure?: { __typename?: 'PlanMeasure', id: string, status: MeasureStatus } | null, userErrors: Array<{ __typename?: 'PlanUserError', field: Array<string>, message: string, code: PlanErrorCode }> } };

export type PlanMeasureStatusSetMutationVariables = Exact<{
  input: PlanMeasureStatusInput;
}>;


export type PlanMeasureStatusSetMutation = { __typename?: 'Mutation', planMeasureStatusSet: { __typename?: 'PlanMeasureStatusSetPayload', plan?: { __typename?: 'Plan', id: string, version: number } | null, measure?: { __typename?: 'PlanMeasure', id: string, status: MeasureStatus } | null, userErrors: Array<{ __typename?: 'PlanUserError', field: Array<string>, message: string, code: PlanErrorCode }> } };

export type PlanReviewMutationVariables = Exact<{
  input: PlanReviewInput;
}>;


export type PlanReviewMutation = { __typename?: 'Mutation', planReview: { __typename?: 'PlanReviewPayload', plan?: { __typename?: 'Plan', id: string, version: number, isCurrent: boolean, change: string, goals: Array<{ __typename?: 'PlanGoal', id: string, area: PlanArea, description: string, target?: string | null, targetLevel?: CefrLevel | null, dueDate?: string | null, status: GoalStatus }>, measures: Array<{ __typename?: 'PlanMeasure', id: string, step?: string | null, status: MeasureStatus, dueDate?: string | null, goal: { __typename?: 'PlanGoal', id: string }, offer?: { __typename?: 'Offer', id: string, title: string } | null }>, reviews: Array<{ __typename?: 'PlanReview', id: string, reviewDate: string, summary: string, nextReviewDate?: string | null }> } | null, review?: { __typename?: 'PlanReview', id: string } | null, userErrors: Array<{ __typename?: 'PlanUserError', field: Array<string>, message: string, code: PlanErrorCode }> } };

export type ReferralFieldsFragment = { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } };

export type ReferralCreateMutationVariables = Exact<{
  input: ReferralCreateInput;
}>;


export type ReferralCreateMutation = { __typename?: 'Mutation', referralCreate: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralAcceptMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type ReferralAcceptMutation = { __typename?: 'Mutation', referralAccept: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralDeclineMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;


export type ReferralDeclineMutation = { __typename?: 'Mutation', referralDecline: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralWaitlistMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;


export type ReferralWaitlistMutation = { __typename?: 'Mutation', referralWaitlist: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralStartMutationVariables = Exact<{
  input: ReferralStepInput;
}>;


export type ReferralStartMutation = { __typename?: 'Mutation', referralStart: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralCompleteMutationVariables = Exact<{
  input: ReferralCompleteInput;
}>;


export type ReferralCompleteMutation = { __typename?: 'Mutation', referralComplete: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralDropOutMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;


export type ReferralDropOutMutation = { __typename?: 'Mutation', referralDropOut: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type ReferralWithdrawMutationVariables = Exact<{
  input: ReferralReasonInput;
}>;


export type ReferralWithdrawMutation = { __typename?: 'Mutation', referralWithdraw: { __typename?: 'ReferralPayload', referral?: { __typename?: 'Referral', id: string, status: ReferralStatus, seat?: ReferralSeat | null, waitlistPosition?: number | null, reason?: ReferralReason | null, reasonText?: string | null, certificate?: GermanCertificate | null, responseDueAt: string, startDueOn?: string | null, offer: { __typename?: 'Offer', id: string, freeSeats?: number | null } } | null, userErrors: Array<{ __typename?: 'ReferralUserError', field: Array<string>, message: string, code: ReferralErrorCode }> } };

export type IncomingReferralsQueryVariables = Exact<{
  filter?: InputMaybe<IncomingReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IncomingReferralsQuery = { __typename?: 'Query', incomingReferrals: { __typename?: 'ReferralConnection', totalCount: number, edges: Array<{ __typename?: 'ReferralEdge', cursor: string, node: { __typename?: 'Referral', id: string, status: ReferralStatus, waitlistPosition?: number | null, message?: string | null, client?: { __typename?: 'Client', id: string, familyName: string } | null, snapshot?: { __typename?: 'ReferralSnapshot', givenNames: string, familyName: string, phone?: string | null, email?: string | null, germanLevel?: CefrLevel | null, languages: Array<string>, childcareNeeded: boolean, takenAt: string, availability: Array<{ __typename?: 'TimeSlot', weekday: Weekday, partOfDay: PartOfDay }> } | null } }> } };

export type ClientReferralsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClientReferralsQuery = { __typename?: 'Query', client?: { __typename?: 'Client', id: string, germanLevel?: CefrLevel | null, germanCertificate?: string | null, referrals: { __typename?: 'ReferralConnection', nodes: Array<{ __typename?: 'Referral', id: string, status: ReferralStatus, history: Array<{ __typename?: 'ReferralEvent', action: ReferralAction, fromStatus?: ReferralStatus | null, toStatus: ReferralStatus, reason?: ReferralReason | null, side: ReferralSide }> }> } } | null };

export type ReferralNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReferralNodeQuery = { __typename?: 'Query', node?: { __typename?: 'Agency', id: string } | { __typename?: 'ApiKey', id: string } | { __typename?: 'CaseNote', id: string } | { __typename?: 'Client', id: string } | { __typename?: 'ClientCourse', id: string } | { __typename?: 'ClientErasureRequest', id: string } | { __typename?: 'Consent', id: string } | { __typename?: 'District', id: string } | { __typename?: 'EligibilityRule', id: string } | { __typename?: 'Location', id: string } | { __typename?: 'Municipality', id: string } | { __typename?: 'Offer', id: string } | { __typename?: 'Plan', id: string } | { __typename?: 'PlanGoal', id: string } | { __typename?: 'PlanMeasure', id: string } | { __typename?: 'PlanReview', id: string } | { __typename?: 'Provider', id: string } | { __typename?: 'Referral', status: ReferralStatus, id: string, snapshot?: { __typename?: 'ReferralSnapshot', familyName: string } | null } | { __typename?: 'SupportExtension', id: string } | { __typename?: 'Team', id: string } | { __typename?: 'User', id: string } | { __typename?: 'WebhookDelivery', id: string } | { __typename?: 'WebhookEndpoint', id: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'ViewerInfo', kind: ViewerKind, roles: Array<Role>, scopes: Array<ApiKeyScope>, user?: { __typename?: 'User', id: string, email: string, name?: string | null, roles: Array<Role>, team?: { __typename?: 'Team', id: string, name: string } | null } | null, agency?: { __typename?: 'Agency', id: string, key: string } | null, provider?: { __typename?: 'Provider', id: string } | null } };

export type AgenciesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgenciesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', totalCount: number, edges: Array<{ __typename?: 'AgencyEdge', node: { __typename?: 'Agency', id: string, key: string, name: string, kind: AgencyKind, teamCaseloadsVisible: boolean, municipalities: { __typename?: 'MunicipalityConnection', totalCount: number, nodes: Array<{ __typename?: 'Municipality', id: string, name: string }> }, teams: Array<{ __typename?: 'Team', id: string, name: string }> } }> } };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  agency?: InputMaybe<Scalars['ID']['input']>;
  team?: InputMaybe<Scalars['ID']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, edges: Array<{ __typename?: 'UserEdge', node: { __typename?: 'User', id: string, email: string, name?: string | null, roles: Array<Role>, agency?: { __typename?: 'Agency', id: string } | null, provider?: { __typename?: 'Provider', id: string } | null } }> } };

export type UserNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserNodeQuery = { __typename?: 'Query', node?: { __typename: 'Agency' } | { __typename: 'ApiKey' } | { __typename: 'CaseNote' } | { __typename: 'Client' } | { __typename: 'ClientCourse' } | { __typename: 'ClientErasureRequest' } | { __typename: 'Consent' } | { __typename: 'District' } | { __typename: 'EligibilityRule' } | { __typename: 'Location' } | { __typename: 'Municipality' } | { __typename: 'Offer' } | { __typename: 'Plan' } | { __typename: 'PlanGoal' } | { __typename: 'PlanMeasure' } | { __typename: 'PlanReview' } | { __typename: 'Provider' } | { __typename: 'Referral' } | { __typename: 'SupportExtension' } | { __typename: 'Team' } | { __typename: 'User', id: string, email: string, name?: string | null } | { __typename: 'WebhookDelivery' } | { __typename: 'WebhookEndpoint' } | null };

export type AgencyCreateMutationVariables = Exact<{
  input: AgencyCreateInput;
}>;


export type AgencyCreateMutation = { __typename?: 'Mutation', agencyCreate: { __typename?: 'AgencyCreatePayload', agency?: { __typename?: 'Agency', id: string, key: string, name: string, kind: AgencyKind, municipalities: { __typename?: 'MunicipalityConnection', nodes: Array<{ __typename?: 'Municipality', id: string }> } } | null, userErrors: Array<{ __typename?: 'TenancyUserError', field: Array<string>, message: string, code: TenancyErrorCode }> } };

export type TeamCreateMutationVariables = Exact<{
  input: TeamCreateInput;
}>;


export type TeamCreateMutation = { __typename?: 'Mutation', teamCreate: { __typename?: 'TeamCreatePayload', team?: { __typename?: 'Team', id: string, name: string, agency: { __typename?: 'Agency', id: string } } | null, userErrors: Array<{ __typename?: 'TenancyUserError', field: Array<string>, message: string, code: TenancyErrorCode }> } };

export type UserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type UserCreateMutation = { __typename?: 'Mutation', userCreate: { __typename?: 'UserCreatePayload', user?: { __typename?: 'User', id: string, email: string, name?: string | null, roles: Array<Role> } | null, userErrors: Array<{ __typename?: 'TenancyUserError', field: Array<string>, message: string, code: TenancyErrorCode }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', occurredAt: string, requestId: string, actorId: string, actorKind: AuditActorKind, actorRoles: Array<Role>, actorScopes: Array<ApiKeyScope>, action: AuditAction, purpose: AuditPurpose, subjectType: string, subjectId: string, fields: Array<string> } }> } };

export type AuditEventActorsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventActorsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', actorId: string, actorKind: AuditActorKind, actorRoles: Array<Role>, actorScopes: Array<ApiKeyScope>, subjectId: string, actor?: { __typename: 'ApiKey', id: string, name: string } | { __typename: 'User', id: string, email: string, agency?: { __typename?: 'Agency', id: string } | null } | null, subject?: { __typename: 'Agency', id: string } | { __typename: 'ApiKey', id: string } | { __typename: 'CaseNote', id: string } | { __typename: 'Client', id: string } | { __typename: 'ClientCourse', id: string } | { __typename: 'ClientErasureRequest', id: string } | { __typename: 'Consent', id: string } | { __typename: 'District', id: string } | { __typename: 'EligibilityRule', id: string } | { __typename: 'Location', id: string } | { __typename: 'Municipality', id: string } | { __typename: 'Offer', id: string } | { __typename: 'Plan', id: string } | { __typename: 'PlanGoal', id: string } | { __typename: 'PlanMeasure', id: string } | { __typename: 'PlanReview', id: string } | { __typename: 'Provider', id: string } | { __typename: 'Referral', id: string } | { __typename: 'SupportExtension', id: string } | { __typename: 'Team', id: string } | { __typename: 'User', email: string, id: string } | { __typename: 'WebhookDelivery', id: string } | { __typename: 'WebhookEndpoint', id: string } | null }> } };

export type OfferSeatsUpdateMutationVariables = Exact<{
  input: OfferSeatsUpdateInput;
}>;


export type OfferSeatsUpdateMutation = { __typename?: 'Mutation', offerSeatsUpdate: { __typename?: 'OfferSeatsUpdatePayload', offer?: { __typename?: 'Offer', id: string, seatsTaken: number, freeSeats?: number | null, waitlistLength: number, waitlistOpen: boolean } | null, userErrors: Array<{ __typename?: 'OfferUserError', field: Array<string>, message: string, code: OfferErrorCode }> } };

export type AgencyMunicipalitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AgencyMunicipalitiesQuery = { __typename?: 'Query', node?: { __typename?: 'Agency', id: string, municipalities: { __typename?: 'MunicipalityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MunicipalityEdge', cursor: string, node: { __typename?: 'Municipality', id: string, name: string } }> } } | { __typename?: 'ApiKey' } | { __typename?: 'CaseNote' } | { __typename?: 'Client' } | { __typename?: 'ClientCourse' } | { __typename?: 'ClientErasureRequest' } | { __typename?: 'Consent' } | { __typename?: 'District' } | { __typename?: 'EligibilityRule' } | { __typename?: 'Location' } | { __typename?: 'Municipality' } | { __typename?: 'Offer' } | { __typename?: 'Plan' } | { __typename?: 'PlanGoal' } | { __typename?: 'PlanMeasure' } | { __typename?: 'PlanReview' } | { __typename?: 'Provider' } | { __typename?: 'Referral' } | { __typename?: 'SupportExtension' } | { __typename?: 'Team' } | { __typename?: 'User' } | { __typename?: 'WebhookDelivery' } | { __typename?: 'WebhookEndpoint' } | null };

export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const ClientFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"germanCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"schooling"}},{"kind":"Field","name":{"kind":"Name","value":"workBackground"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"residenceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"residenceValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workPermit"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"childrenBirthYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"supportStart"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ClientFieldsFragment, unknown>;
export const ClientProblemsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientProblemsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const ListPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ListPageFragment, unknown>;
export const ClientFactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"feeExempt"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"obligedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coursesAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<ClientFactFieldsFragment, unknown>;
export const FairnessFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairnessFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairnessFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShare"}},{"kind":"Field","name":{"kind":"Name","value":"ruleEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShareAmongRuleEligible"}},{"kind":"Field","name":{"kind":"Name","value":"meanTopScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDistanceKm"}}]}}]} as unknown as DocumentNode<FairnessFigureFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"datedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const EligibilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Eligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<EligibilityFieldsFragment, unknown>;
export const FactorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<FactorFieldsFragment, unknown>;
export const WeightSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeightSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingWeightSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultMaxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"soonDays"}}]}}]} as unknown as DocumentNode<WeightSetFieldsFragment, unknown>;
export const PathwayStepFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PathwayStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"integrationCourseFinished"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"exitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"completesIntegrationCourse"}},{"kind":"Field","name":{"kind":"Name","value":"completesGoal"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<PathwayStepFieldsFragment, unknown>;
export const OfferAllFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferAllFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supportLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rollingEntry"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"timesOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistOpen"}},{"kind":"Field","name":{"kind":"Name","value":"feeEuro"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"admittedResidenceStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferAllFieldsFragment, unknown>;
export const OfferCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfferCardFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyRotateMutation, ApiKeyRotateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const TrustedDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentsQuery, TrustedDocumentsQueryVariables>;
export const TrustedDocumentRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedDocumentRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrustedDocumentRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocumentRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedDocumentRegisterMutation, TrustedDocumentRegisterMutationVariables>;
export const ClientCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"germanCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"schooling"}},{"kind":"Field","name":{"kind":"Name","value":"workBackground"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"residenceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"residenceValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workPermit"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"childrenBirthYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"supportStart"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientCreateMutation, ClientCreateMutationVariables>;
export const ClientUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"germanCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"schooling"}},{"kind":"Field","name":{"kind":"Name","value":"workBackground"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"residenceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"residenceValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workPermit"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"childrenBirthYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"supportStart"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientUpdateMutation, ClientUpdateMutationVariables>;
export const ClientStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientStatusSetMutation, ClientStatusSetMutationVariables>;
export const ClientCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientCloseMutation, ClientCloseMutationVariables>;
export const SupportExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportExtendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportExtend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"supportExtensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extendedTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SupportExtendMutation, SupportExtendMutationVariables>;
export const ClientTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientTransferMutation, ClientTransferMutationVariables>;
export const CaseNoteAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseNoteAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseNoteAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNoteAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CaseNoteAddMutation, CaseNoteAddMutationVariables>;
export const ClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Client"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFields"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"locationPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"germanCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"germanEvidenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"schooling"}},{"kind":"Field","name":{"kind":"Name","value":"workBackground"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatus"}},{"kind":"Field","name":{"kind":"Name","value":"residenceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"residenceValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"workPermit"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"childrenBirthYears"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"supportStart"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"healthNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<ClientQuery, ClientQueryVariables>;
export const ClientDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ClientDataExportQuery, ClientDataExportQueryVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const CaseloadPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadPlansQuery, CaseloadPlansQueryVariables>;
export const ClientCaseNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientCaseNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ClientCaseNotesQuery, ClientCaseNotesQueryVariables>;
export const ClientConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ClientConsentsQuery, ClientConsentsQueryVariables>;
export const ClientSupportExtensionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientSupportExtensions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportExtensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extendedTo"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ClientSupportExtensionsQuery, ClientSupportExtensionsQueryVariables>;
export const ClientPlanVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPlanVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ClientPlanVersionsQuery, ClientPlanVersionsQueryVariables>;
export const CaseloadListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportExtensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"extendedTo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadListsQuery, CaseloadListsQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const OfferMeetingTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferMeetingTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"timesOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OfferMeetingTimesQuery, OfferMeetingTimesQueryVariables>;
export const ClientFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"feeExempt"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"obligedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coursesAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<ClientFactsQuery, ClientFactsQueryVariables>;
export const ClientFactsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientFactsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientFactFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientFactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}},{"kind":"Field","name":{"kind":"Name","value":"feeExempt"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"obligedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coursesAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientFactsUpdateMutation, ClientFactsUpdateMutationVariables>;
export const ClientCourseRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCourseRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCourseRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCourseRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientCourseRecordMutation, ClientCourseRecordMutationVariables>;
export const ClientCourseRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCourseRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClientCourseRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCourseRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coursesAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientProblems"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientProblems"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClientUserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ClientCourseRemoveMutation, ClientCourseRemoveMutationVariables>;
export const MatchingFairnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingFairness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingFairnessFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingFairness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"gapThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FairnessFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedGroups"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShare"}},{"kind":"Field","name":{"kind":"Name","value":"ruleEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShareAmongRuleEligible"}},{"kind":"Field","name":{"kind":"Name","value":"meanTopScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDistanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"gapAmongRuleEligible"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FairnessFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FairnessFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShare"}},{"kind":"Field","name":{"kind":"Name","value":"ruleEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"withSuggestionShareAmongRuleEligible"}},{"kind":"Field","name":{"kind":"Name","value":"meanTopScore"}},{"kind":"Field","name":{"kind":"Name","value":"meanDistanceKm"}}]}}]} as unknown as DocumentNode<MatchingFairnessQuery, MatchingFairnessQueryVariables>;
export const ConsentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recipientProviderKind"}},{"kind":"Field","name":{"kind":"Name","value":"recipientProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentRecordMutation, ConsentRecordMutationVariables>;
export const ConsentWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsentWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConsentWithdrawMutation, ConsentWithdrawMutationVariables>;
export const ClientCloseWithLiteralReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCloseWithLiteralReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"client"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"client"},"value":{"kind":"Variable","name":{"kind":"Name","value":"client"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"Umzug\\u0000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ClientCloseWithLiteralReasonMutation, ClientCloseWithLiteralReasonMutationVariables>;
export const ClientCreateWithLiteralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCreateWithLiteralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"givenNames"},"value":{"kind":"StringValue","value":"Lina","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"familyName"},"value":{"kind":"StringValue","value":"Beispiel","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"birthDate"},"value":{"kind":"StringValue","value":"1990-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"supportStart"},"value":{"kind":"StringValue","value":"9999-12-31","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ClientCreateWithLiteralStartMutation, ClientCreateWithLiteralStartMutationVariables>;
export const NoOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<NoOperationQuery, NoOperationQueryVariables>;
export const EligibilityRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"validOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"residenceStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"datedBy"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<EligibilityRulesQuery, EligibilityRulesQueryVariables>;
export const EligibilityRuleSetPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EligibilityRuleSetPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityRuleSetPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityRuleSetPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EligibilityRuleSetPublishMutation, EligibilityRuleSetPublishMutationVariables>;
export const ClientSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactorFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Eligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<ClientSuggestionsQuery, ClientSuggestionsQueryVariables>;
export const ClientOfferFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientOfferFit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerFit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FactorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Eligibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<ClientOfferFitQuery, ClientOfferFitQueryVariables>;
export const CaseloadAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyTotalScore"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadAssignmentQuery, CaseloadAssignmentQueryVariables>;
export const ClientFitScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientFitScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerFit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}}]}}]}}]} as unknown as DocumentNode<ClientFitScoreQuery, ClientFitScoreQueryVariables>;
export const PlanMeasureAddWithFitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMeasureAddWithFit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanMeasureAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMeasureAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerFit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"excludedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlanMeasureAddWithFitMutation, PlanMeasureAddWithFitMutationVariables>;
export const MatchingWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeightSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeightSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingWeightSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultMaxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"soonDays"}}]}}]} as unknown as DocumentNode<MatchingWeightsQuery, MatchingWeightsQueryVariables>;
export const MatchingWeightsPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchingWeightsPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingWeightsPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingWeightsPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weightSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeightSetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeightSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingWeightSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultMaxTravelKm"}},{"kind":"Field","name":{"kind":"Name","value":"soonDays"}}]}}]} as unknown as DocumentNode<MatchingWeightsPublishMutation, MatchingWeightsPublishMutationVariables>;
export const PathwayStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathwaySteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pathwaySteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PathwayStepFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PathwayStepFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PathwayStep"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"integrationCourseFinished"}},{"kind":"Field","name":{"kind":"Name","value":"latinLiterate"}},{"kind":"Field","name":{"kind":"Name","value":"exitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"completesIntegrationCourse"}},{"kind":"Field","name":{"kind":"Name","value":"completesGoal"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<PathwayStepsQuery, PathwayStepsQueryVariables>;
export const ClientPathwayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPathway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"goal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startLevel"}},{"kind":"Field","name":{"kind":"Name","value":"monthsMin"}},{"kind":"Field","name":{"kind":"Name","value":"monthsMax"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"endsBeforeSupportEnd"}},{"kind":"Field","name":{"kind":"Name","value":"stepSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevel"}},{"kind":"Field","name":{"kind":"Name","value":"exitLevel"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"earliestStart"}},{"kind":"Field","name":{"kind":"Name","value":"expectedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPathwayQuery, ClientPathwayQueryVariables>;
export const OffersViaSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersViaSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferAllFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferAllFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supportLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rollingEntry"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"timesOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistOpen"}},{"kind":"Field","name":{"kind":"Name","value":"feeEuro"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"admittedResidenceStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffersViaSearchQuery, OffersViaSearchQueryVariables>;
export const OffersViaNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersViaNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferAllFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferAllFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supportLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"rollingEntry"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"timesOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"totalUnits"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistOpen"}},{"kind":"Field","name":{"kind":"Name","value":"feeEuro"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"funding"}},{"kind":"Field","name":{"kind":"Name","value":"minAge"}},{"kind":"Field","name":{"kind":"Name","value":"maxAge"}},{"kind":"Field","name":{"kind":"Name","value":"admittedResidenceStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"wheelchairAccessible"}},{"kind":"Field","name":{"kind":"Name","value":"accessibilityNotes"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffersViaNodesQuery, OffersViaNodesQueryVariables>;
export const SearchOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferCard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Offer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"childcare"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMin"}},{"kind":"Field","name":{"kind":"Name","value":"entryLevelMax"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchOffersQuery, SearchOffersQueryVariables>;
export const SearchOfferIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchOfferIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchOfferIdsQuery, SearchOfferIdsQueryVariables>;
export const OfferFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<OfferFacetsQuery, OfferFacetsQueryVariables>;
export const PlanGoalAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanGoalAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoalAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planGoalAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<PlanGoalAddMutation, PlanGoalAddMutationVariables>;
export const PlanGoalUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanGoalUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanGoalUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planGoalUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<PlanGoalUpdateMutation, PlanGoalUpdateMutationVariables>;
export const PlanMeasureAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMeasureAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanMeasureAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMeasureAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<PlanMeasureAddMutation, PlanMeasureAddMutationVariables>;
export const PlanMeasureStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanMeasureStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanMeasureStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planMeasureStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlanMeasureStatusSetMutation, PlanMeasureStatusSetMutationVariables>;
export const PlanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Plan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLevel"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewDate"}}]}}]}}]} as unknown as DocumentNode<PlanReviewMutation, PlanReviewMutationVariables>;
export const ReferralCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralCreateMutation, ReferralCreateMutationVariables>;
export const ReferralAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralAcceptMutation, ReferralAcceptMutationVariables>;
export const ReferralDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralDeclineMutation, ReferralDeclineMutationVariables>;
export const ReferralWaitlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralWaitlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralWaitlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralWaitlistMutation, ReferralWaitlistMutationVariables>;
export const ReferralStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralStartMutation, ReferralStartMutationVariables>;
export const ReferralCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralCompleteMutation, ReferralCompleteMutationVariables>;
export const ReferralDropOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralDropOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralDropOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralDropOutMutation, ReferralDropOutMutationVariables>;
export const ReferralWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferralWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"startDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}}]}}]}}]} as unknown as DocumentNode<ReferralWithdrawMutation, ReferralWithdrawMutationVariables>;
export const IncomingReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenNames"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"partOfDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childcareNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingReferralsQuery, IncomingReferralsQueryVariables>;
export const ClientReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"germanLevel"}},{"kind":"Field","name":{"kind":"Name","value":"germanCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientReferralsQuery, ClientReferralsQueryVariables>;
export const ReferralNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReferralNodeQuery, ReferralNodeQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"teamCaseloadsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"agency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agency"}}},{"kind":"Argument","name":{"kind":"Name","value":"team"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UserNodeQuery, UserNodeQueryVariables>;
export const AgencyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyCreateMutation, AgencyCreateMutationVariables>;
export const TeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TeamCreateMutation, TeamCreateMutationVariables>;
export const UserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UserCreateMutation, UserCreateMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"actorScopes"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditEventActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorRoles"}},{"kind":"Field","name":{"kind":"Name","value":"actorScopes"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventActorsQuery, AuditEventActorsQueryVariables>;
export const OfferSeatsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferSeatsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferSeatsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerSeatsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"freeSeats"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistLength"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OfferSeatsUpdateMutation, OfferSeatsUpdateMutationVariables>;
export const AgencyMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyMunicipalitiesQuery, AgencyMunicipalitiesQueryVariables>;