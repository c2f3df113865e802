import { CASE_LEGAL_BASIS, CASE_RECIPIENTS, CASE_RETENTION } from '../caseloads/caseloads.processing';
import { DataCategory, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { PLAN_AREA_LABELS } from '../vocabulary/labels';
import type { PlanArea } from '../vocabulary/plan-area';
import { GoalStatus, MeasureStatus } from './plan.enums';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';

// Records of processing (GDPR Art. 30) and German labels of the Integrationsplan.

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = { OPEN: 'vereinbart', IN_PROGRESS: 'in Arbeit', ACHIEVED: 'erreicht', DROPPED: 'aufgegeben' };
export const MEASURE_STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = { PLANNED: 'geplant', ACTIVE: 'läuft', COMPLETED: 'abgeschlossen', CANCELLED: 'abgebrochen' };

const PURPOSE = 'Integrationsplan: vereinbarte Ziele, Maßnahmen und Überprüfungen, jede Änderung als neue Fassung.';
const { SUPPORT, RECORD_KEEPING, LANGUAGE_AND_EDUCATION } = DataCategory;
const field = (label: string, en: string, category: DataCategory, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category, ...more });
const key = (label: string, en: string) => field(label, en, RECORD_KEEPING, { key: true });
const common = { dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)', purpose: PURPOSE, legalBasis: CASE_LEGAL_BASIS, recipients: CASE_RECIPIENTS, retention: CASE_RETENTION };
const inPlan = { id: key('Nummer (intern)', 'Number (internal)'), client: key('Zugehörige Person', 'The person'), plan: field('Fassung des Plans', 'Plan version', SUPPORT) };

export const PLANS_PROCESSING: ProcessingRecord[] = [
  {
    entity: Plan,
    title: 'Integrationsplan: Fassungen',
    en: 'Integration plan: versions',
    ...common,
    fields: {
      id: inPlan.id,
      client: inPlan.client,
      version: field('Fassung', 'Version', SUPPORT),
      isCurrent: field('Aktuelle Fassung', 'Current version', SUPPORT),
      // Stored as written, e.g. "Ziel hinzugefügt (LANGUAGE)": the area in words.
      change: field('Änderung', 'Change', SUPPORT, { render: (value) => String(value).replace(/\(([A-Z_]+)\)/g, (match, code: string) => (code in PLAN_AREA_LABELS ? `(${PLAN_AREA_LABELS[code as PlanArea]})` : match)) }),
      createdAt: field('Erstellt am', 'Created at', RECORD_KEEPING),
      createdBy: field('Erstellt von', 'Created by', RECORD_KEEPING),
    },
  } satisfies ProcessingRecord<Plan>,
  {
    entity: PlanGoal,
    title: 'Integrationsplan: Ziele',
    en: 'Integration plan: goals',
    ...common,
    fields: {
      ...inPlan,
      originId: key('Ursprüngliches Ziel (intern, über Fassungen gleich)', 'Origin (internal)'),
      area: field('Handlungsfeld', 'Area', SUPPORT, { values: PLAN_AREA_LABELS }),
      description: field('Ziel', 'Goal', SUPPORT),
      target: field('Zielwert', 'Target', SUPPORT),
      targetLevel: field('Angestrebtes Sprachniveau', 'Target level', LANGUAGE_AND_EDUCATION),
      dueDate: field('Zu erreichen bis', 'Due', SUPPORT),
      status: field('Stand', 'Status', SUPPORT, { values: GOAL_STATUS_LABELS }),
    },
  } satisfies ProcessingRecord<PlanGoal>,
  {
    entity: PlanMeasure,
    title: 'Integrationsplan: Maßnahmen',
    en: 'Integration plan: measures',
    ...common,
    fields: {
      ...inPlan,
      originId: key('Ursprüngliche Maßnahme (intern)', 'Origin (internal)'),
      goal: field('Zu Ziel', 'For goal', SUPPORT),
      offer: field('Angebot', 'Offer', SUPPORT),
      step: field('Schritt', 'Step', SUPPORT),
      dueDate: field('Bis', 'Due', SUPPORT),
      status: field('Stand', 'Status', SUPPORT, { values: MEASURE_STATUS_LABELS }),
    },
  } satisfies ProcessingRecord<PlanMeasure>,
  {
    entity: PlanReview,
    title: 'Integrationsplan: Überprüfungen',
    en: 'Integration plan: reviews',
    ...common,
    fields: {
      ...inPlan,
      originId: key('Ursprüngliche Überprüfung (intern)', 'Origin (internal)'),
      reviewDate: field('Überprüft am', 'Reviewed on', SUPPORT),
      summary: field('Ergebnis', 'Summary', SUPPORT),
      nextReviewDate: field('Nächste Überprüfung', 'Next review', SUPPORT),
    },
  } satisfies ProcessingRecord<PlanReview>,
];
