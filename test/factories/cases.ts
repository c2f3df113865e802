import type { EntityManager } from '@mikro-orm/postgresql';
import { CONSENT_TEXT_VERSION } from '../../seeds/caseload/case-records';
import { buildClient } from '../../seeds/caseload/client-factory';
import { addPersonFacts } from '../../seeds/caseload/client-facts';
import { CLOSED_REASONS } from '../../seeds/caseload/client-texts';
import { addDays, addYears } from '../../seeds/caseload/moments';
import { AREA_TEXTS, NOTE_BODIES, REVIEW_SUMMARIES } from '../../seeds/caseload/plan-texts';
import type { ClientRow, PlanArea } from '../../seeds/caseload/rows';
import type { WorldMunicipality } from '../../seeds/caseload/world';
import { fill } from '../../seeds/catalogue/words';
import { WeightedTable } from '../../seeds/random';
import type { ConsentPurpose } from '../../src/consents/consent.enums';
import { CaseNote } from '../../src/caseloads/case-note.entity';
import { ClientCourse } from '../../src/caseloads/client-course.entity';
import type { GermanCertificate } from '../../src/caseloads/client-facts.enums';
import type { Programme } from '../../src/offers/offer.enums';
import { Client } from '../../src/caseloads/client.entity';
import type { ClientStatus, GermanEvidence, LocationPrecision, WorkPermit } from '../../src/caseloads/client.enums';
import type { ClientObligationValue, EmploymentSituation, Gender } from '../../src/caseloads/client-facts.enums';
import { SupportExtension } from '../../src/caseloads/support-extension.entity';
import { Consent } from '../../src/consents/consent.entity';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from '../../src/plans/plan.entity';
import type { CefrLevel } from '../../src/vocabulary/cefr-level';
import type { ResidenceStatus } from '../../src/vocabulary/residence-status';
import type { PlanArea as PlanAreaEnum } from '../../src/vocabulary/plan-area';
import type { GoalStatus, MeasureStatus } from '../../src/plans/plan.enums';
import type { ProviderKind } from '../../src/providers/provider.entity';
import { asFirstVersion, factsRandom, random, today, type Literal } from './fixtures';

/** A client's columns as the seed generator writes them, with origin and health in plaintext (the entity encrypts them). */
export type ClientFields = Omit<ClientRow, 'id' | 'managerId' | 'originCountryEncrypted' | 'healthNeedsEncrypted' | 'germanLevel' | 'residenceStatus'> & {
  managerId: number | null;
  germanLevel: Literal<CefrLevel> | null;
  residenceStatus: Literal<ResidenceStatus> | null;
  originCountry: string | null;
  healthNeeds: string | null;
};

const placesByAgency = new WeakMap<EntityManager, Map<string, WorldMunicipality[]>>();

/** The agency's places (or the given one) to live in; an agency covering none lives anywhere. */
async function placesFor(em: EntityManager, agencyId: number, municipalityId: number | undefined): Promise<WorldMunicipality[]> {
  const cache = placesByAgency.get(em) ?? new Map<string, WorldMunicipality[]>();
  placesByAgency.set(em, cache);
  const key = municipalityId === undefined ? `agency:${agencyId}` : `municipality:${municipalityId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const columns = 'm.id, m.latitude, m.longitude, m.population, m.postal_code as "postalCode"';
  const connection = em.getConnection();
  let places: WorldMunicipality[] =
    municipalityId === undefined
      ? await connection.execute(`select ${columns} from agency_municipality am join municipality m on m.id = am.municipality_id where am.agency_id = ? order by m.id`, [agencyId])
      : await connection.execute(`select ${columns} from municipality m where m.id = ?`, [municipalityId]);
  if (places.length === 0) places = await connection.execute(`select ${columns} from municipality m order by m.id limit 20`);
  cache.set(key, places);
  return places;
}

/**
 * A client of the seed generator's making (names, origin, languages, residence, …), active unless
 * the test says otherwise; closing time, planned end and German evidence follow the status, start and level given.
 */
export async function aClient(em: EntityManager, overrides: Partial<ClientFields> & { agencyId: number }): Promise<Client> {
  const places = await placesFor(em, overrides.agencyId, overrides.municipalityId);
  const generated0 = buildClient(random, {
    id: 0,
    agencyId: overrides.agencyId,
    managerId: overrides.managerId ?? 0,
    places: new WeightedTable(places, (place) => Math.max(1, place.population)),
    reference: today(),
    // The entity encrypts on insert.
    encrypt: (plaintext) => plaintext,
  });
  // Gender, employment and exemption from their own stream; obligations, courses and households only where a test sets them.
  addPersonFacts(factsRandom, generated0);
  const { row } = generated0;
  const { id: _id, originCountryEncrypted, healthNeedsEncrypted, ...generated } = row;
  const status = overrides.status ?? 'ACTIVE';
  const closed = status === 'CLOSED';
  const supportStart = overrides.supportStart ?? generated.supportStart;
  const fields: ClientFields = {
    ...generated,
    managerId: null,
    originCountry: originCountryEncrypted,
    healthNeeds: healthNeedsEncrypted,
    status,
    closedAt: closed ? generated.closedAt ?? new Date().toISOString() : null,
    closedReason: closed ? generated.closedReason ?? random.weighted(CLOSED_REASONS) : null,
    supportStart,
    supportPlannedEnd: overrides.supportPlannedEnd ?? addYears(supportStart, 2),
    // A level the test chose was assessed at intake; the generated certificate was for another.
    ...('germanLevel' in overrides && overrides.germanLevel !== generated.germanLevel
      ? { germanEvidence: overrides.germanLevel ? 'SELF_ASSESSMENT' : null, germanCertificate: null, germanEvidenceDate: overrides.germanLevel ? supportStart : null }
      : {}),
    ...overrides,
  };
  const { agencyId, managerId, municipalityId, closedAt, createdAt, updatedAt, ...columns } = fields;
  return em.create(Client, {
    ...(columns as Omit<typeof columns, EnumColumns>),
    status: columns.status as ClientStatus,
    locationPrecision: columns.locationPrecision as LocationPrecision,
    germanLevel: columns.germanLevel as CefrLevel | null,
    germanEvidence: columns.germanEvidence as GermanEvidence | null,
    workPermit: columns.workPermit as WorkPermit | null,
    residenceStatus: columns.residenceStatus as ResidenceStatus | null,
    gender: columns.gender as Gender | null,
    employment: columns.employment as EmploymentSituation | null,
    obligations: columns.obligations as ClientObligationValue[],
    agency: agencyId,
    manager: managerId,
    municipality: municipalityId,
    closedAt: closedAt === null ? null : new Date(closedAt),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  }, { partial: true });
}

/** Columns the seed types as string unions and the entity as enums of the same values. */
type EnumColumns = 'status' | 'locationPrecision' | 'germanLevel' | 'germanEvidence' | 'workPermit' | 'residenceStatus' | 'gender' | 'employment' | 'obligations';

export interface PlanFields {
  version: number;
  isCurrent: boolean;
  change: string;
  createdById: number | null;
}

/** Version 1 of the client's plan, current, by the client's manager. */
export function aPlan(em: EntityManager, client: Client, overrides: Partial<PlanFields> = {}): Plan {
  const { createdById, ...fields }: PlanFields = { version: 1, isCurrent: true, change: 'Plan angelegt', createdById: client.manager?.id ?? null, ...overrides };
  return em.create(Plan, { ...fields, client, createdBy: createdById }, { partial: true });
}

export interface GoalFields {
  area: PlanArea;
  description: string;
  target: string | null;
  targetLevel: Literal<CefrLevel> | null;
  dueDate: string | null;
  status: Literal<GoalStatus>;
}

/** An open goal of the plan, worded like the seed's goals of its area. */
export function aGoal(em: EntityManager, plan: Plan, overrides: Partial<GoalFields> = {}): PlanGoal {
  const area = overrides.area ?? random.pick(Object.keys(AREA_TEXTS) as PlanArea[]);
  const text = random.pick(AREA_TEXTS[area].goals);
  const niveau = { niveau: 'B1' };
  const fields: GoalFields = {
    area,
    description: fill(text.description, niveau),
    target: text.target === null ? null : fill(text.target, niveau),
    targetLevel: null,
    dueDate: null,
    status: 'OPEN',
    ...overrides,
  };
  const goal = { ...fields, area: fields.area as PlanAreaEnum, targetLevel: fields.targetLevel as CefrLevel | null, status: fields.status as GoalStatus };
  return asFirstVersion(em, em.create(PlanGoal, { ...goal, plan, client: plan.client, originId: 0 }, { partial: true }));
}

export interface MeasureFields {
  offerId: number | null;
  step: string | null;
  dueDate: string | null;
  status: Literal<MeasureStatus>;
}

/** A planned measure of the goal: the offer given, or else a step of the goal's area. */
export function aMeasure(em: EntityManager, goal: PlanGoal, overrides: Partial<MeasureFields> = {}): PlanMeasure {
  const offerId = overrides.offerId ?? null;
  const step = offerId === null ? random.pick(AREA_TEXTS[goal.area as PlanArea].steps) : null;
  const { offerId: offer, ...fields }: MeasureFields = { offerId, step, dueDate: null, status: 'PLANNED', ...overrides };
  const measure = { ...fields, status: fields.status as MeasureStatus, offer, plan: goal.plan, client: goal.client, goal, originId: 0 };
  return asFirstVersion(em, em.create(PlanMeasure, measure, { partial: true }));
}

export interface ReviewFields {
  reviewDate: string;
  summary: string;
  nextReviewDate: string | null;
}

export function aReview(em: EntityManager, plan: Plan, overrides: Partial<ReviewFields> = {}): PlanReview {
  const fields: ReviewFields = { reviewDate: today(), summary: random.pick(REVIEW_SUMMARIES), nextReviewDate: null, ...overrides };
  return asFirstVersion(em, em.create(PlanReview, { ...fields, plan, client: plan.client, originId: 0 }, { partial: true }));
}

export interface CaseNoteFields {
  body: string;
  createdAt: Date;
  authorId: number | null;
}

/** A note by the client's manager, worded like the seed's notes. */
export function aCaseNote(em: EntityManager, client: Client, overrides: Partial<CaseNoteFields> = {}): CaseNote {
  const { authorId, ...fields }: CaseNoteFields = { body: random.pick(NOTE_BODIES), createdAt: new Date(), authorId: client.manager?.id ?? null, ...overrides };
  return em.create(CaseNote, { ...fields, client, author: authorId }, { partial: true });
}

export interface ConsentFields {
  purpose: Literal<ConsentPurpose>;
  /** A consent names one provider or one kind of provider; a provider given replaces the default kind. */
  recipientProviderId: number | null;
  recipientProviderKind: Literal<ProviderKind> | null;
  textVersion: string;
  givenAt: Date;
  withdrawnAt: Date | null;
}

/** A release for referrals to any Volkshochschule, given today on the seed's consent text. */
export function aConsent(em: EntityManager, client: Client, overrides: Partial<ConsentFields> = {}): Consent {
  const kind = overrides.recipientProviderId ? null : 'VOLKSHOCHSCHULE';
  const { recipientProviderId, ...fields }: ConsentFields = {
    purpose: 'REFERRAL',
    recipientProviderId: null,
    recipientProviderKind: kind,
    textVersion: CONSENT_TEXT_VERSION,
    givenAt: new Date(),
    withdrawnAt: null,
    ...overrides,
  };
  const consent = { ...fields, purpose: fields.purpose as ConsentPurpose, recipientProviderKind: fields.recipientProviderKind as ProviderKind | null };
  return em.create(Consent, { ...consent, client, recipientProvider: recipientProviderId, recordedBy: client.manager?.id ?? null }, { partial: true });
}

export interface SupportExtensionFields {
  extendedTo: string;
  reason: string;
}

/** Support extended by a year past the planned end. */
export function aSupportExtension(em: EntityManager, client: Client, overrides: Partial<SupportExtensionFields> = {}): SupportExtension {
  const fields: SupportExtensionFields = { extendedTo: overrides.extendedTo ?? addDays(client.supportPlannedEnd, 365), reason: 'Ausbildung begonnen', ...overrides };
  return em.create(SupportExtension, { ...fields, client, recordedBy: client.manager?.id ?? null }, { partial: true });
}

/** Rows made elsewhere (through the API, say), for builders to add to. */
export const existing = {
  /** Not loaded (nothing is decrypted): builders default author and recorder to none. */
  client: (em: EntityManager, id: number): Client => em.getReference(Client, id),
  currentPlan: (em: EntityManager, clientId: number): Promise<Plan> => em.findOneOrFail(Plan, { client: clientId, isCurrent: true }),
  goal: (em: EntityManager, id: number): Promise<PlanGoal> => em.findOneOrFail(PlanGoal, id),
};

export interface CourseFields {
  programme: `${import('../../src/offers/offer.enums').Programme}`;
  startDate: string | null;
  endDate: string | null;
  completed: boolean;
  certificate: `${import('../../src/caseloads/client-facts.enums').GermanCertificate}` | null;
}

/** A course the client attended: by default an Integrationskurs finished half a year ago, without a certificate. */
export function aCourse(em: EntityManager, client: Client, overrides: Partial<CourseFields> = {}): ClientCourse {
  const fields: CourseFields = { programme: 'INTEGRATIONSKURS_ALLGEMEIN', startDate: addDays(today(), -400), endDate: addDays(today(), -180), completed: true, certificate: null, ...overrides };
  return em.create(ClientCourse, { ...fields, programme: fields.programme as Programme, certificate: fields.certificate as GermanCertificate | null, client }, { partial: true });
}
