import type { Role } from '../../src/core/auth/viewer';
import type { CefrLevel } from '../../src/vocabulary/cefr-level';
import type { ResidenceStatus } from '../../src/vocabulary/residence-status';
import type { TimeSlot } from '../../src/vocabulary/time-slot';
import type { ProviderKind } from '../../src/providers/provider.entity';
import type { Programme } from '../../src/offers/offer.enums';

// Caseload rows as inserted: one property per column (camelCase of the snake_case column), ids
// explicit so that plans, goals and measures can point at each other before anything is sent.
// Dates are ISO dates (YYYY-MM-DD), timestamps ISO instants.

export type ClientStatus = 'ACTIVE' | 'PAUSED' | 'CLOSED';
export type PlanArea = 'LANGUAGE' | 'SCHOOL' | 'TRAINING_STUDIES' | 'WORK' | 'HOUSING' | 'HEALTH' | 'SOCIAL_PARTICIPATION' | 'CHILDREN';
export type GoalStatus = 'OPEN' | 'IN_PROGRESS' | 'ACHIEVED' | 'DROPPED';
export type MeasureStatus = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'CANCELLED';
export type GermanEvidence = 'CERTIFICATE' | 'SELF_ASSESSMENT';
export type LocationPrecision = 'ADDRESS' | 'MUNICIPALITY';
export type WorkPermit = 'ALLOWED' | 'ALLOWED_WITH_APPROVAL' | 'NOT_ALLOWED';

export interface HubUserRow {
  id: number;
  email: string;
  name: string;
  agencyId: number;
  teamId: number | null;
  roles: Role[];
}

export interface ClientRow {
  id: number;
  agencyId: number;
  managerId: number;
  givenNames: string;
  familyName: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  municipalityId: number;
  street: string | null;
  postalCode: string | null;
  latitude: number;
  longitude: number;
  locationPrecision: LocationPrecision;
  languages: string[];
  germanLevel: CefrLevel | null;
  germanEvidence: GermanEvidence | null;
  germanCertificate: string | null;
  germanEvidenceDate: string | null;
  latinLiterate: boolean | null;
  schooling: string | null;
  workBackground: string | null;
  residenceStatus: ResidenceStatus | null;
  residenceParagraph: string | null;
  residenceValidUntil: string | null;
  workPermit: WorkPermit | null;
  arrivalDate: string | null;
  childrenBirthYears: number[];
  /** The jsonb column: {weekday, partOfDay} objects, each once. */
  availability: TimeSlot[];
  maxTravelKm: number | null;
  supportStart: string;
  supportPlannedEnd: string;
  status: ClientStatus;
  closedReason: string | null;
  closedAt: string | null;
  gender: 'FEMALE' | 'MALE' | 'DIVERSE' | 'UNSPECIFIED' | null;
  employment: 'EMPLOYED' | 'JOB_SEEKING' | 'IN_TRAINING' | 'IN_SCHOOL' | 'NOT_AVAILABLE' | null;
  feeExempt: boolean | null;
  /** The jsonb column: {ground, obligedOn, validUntil} objects, each ground once. */
  obligations: Array<{ ground: ObligationGround; obligedOn: string; validUntil: string | null }>;
  householdId: number | null;
  /** `v1:<key id>:…` from the client data key ring, context `client.origin_country`. */
  originCountryEncrypted: string | null;
  /** Context `client.health_needs`. */
  healthNeedsEncrypted: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ObligationGround = 'FOREIGNERS_AUTHORITY_ENTITLED' | 'JOBCENTER' | 'FOREIGNERS_AUTHORITY_SPECIAL_NEED' | 'ASYLUM_BENEFITS_AUTHORITY';

export interface ClientCourseRow {
  id: number;
  clientId: number;
  programme: Programme;
  startDate: string | null;
  endDate: string | null;
  completed: boolean;
  certificate: string | null;
  recordedAt: string;
  recordedById: number | null;
}

export interface PlanRow {
  id: number;
  clientId: number;
  version: number;
  isCurrent: boolean;
  change: string;
  createdAt: string;
  createdById: number;
}

export interface PlanGoalRow {
  id: number;
  planId: number;
  clientId: number;
  /** The goal's id in its first plan version: its own id here. */
  originId: number;
  area: PlanArea;
  description: string;
  target: string | null;
  targetLevel: CefrLevel | null;
  dueDate: string | null;
  status: GoalStatus;
}

export interface PlanMeasureRow {
  id: number;
  planId: number;
  clientId: number;
  originId: number;
  goalId: number;
  offerId: number | null;
  step: string | null;
  dueDate: string | null;
  status: MeasureStatus;
}

export interface PlanReviewRow {
  id: number;
  planId: number;
  clientId: number;
  originId: number;
  reviewDate: string;
  summary: string;
  nextReviewDate: string | null;
}

export interface CaseNoteRow {
  id: number;
  clientId: number;
  authorId: number;
  createdAt: string;
  /** Context `case_note.body`. */
  bodyEncrypted: string;
}

export interface ConsentRow {
  id: number;
  clientId: number;
  purpose: 'REFERRAL';
  recipientProviderId: number | null;
  recipientProviderKind: ProviderKind | null;
  textVersion: string;
  givenAt: string;
  recordedAt: string;
  recordedById: number;
  withdrawnAt: string | null;
  withdrawnById: number | null;
}
