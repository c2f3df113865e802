import { DataCategory, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { AuditEvent } from './audit-event.entity';

const { ACCESS_LOG, RECORD_KEEPING } = DataCategory;
const field = (label: string, en: string, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category: ACCESS_LOG, ...more });

/** The audit log: who processed which record, when and why (append-only). */
export const AUDIT_PROCESSING: ProcessingRecord<AuditEvent> = {
  entity: AuditEvent,
  title: 'Protokoll der Verarbeitungen',
  en: 'Audit log',
  dataSubjects: 'Begleitete Personen (nur Kennung des Datensatzes) und Beschäftigte (wer gehandelt hat)',
  purpose: 'Nachweis, wer welche personenbezogenen Daten wann zu welchem Zweck verarbeitet hat; Datenschutzkontrolle.',
  legalBasis: ['Art. 5 Abs. 2, Art. 24 und Art. 32 DSGVO (Rechenschaftspflicht, Sicherheit der Verarbeitung)'],
  recipients: ['Datenschutzbeauftragte der Stelle', 'die betroffene Person selbst (Auskunft nach Art. 15 DSGVO)'],
  retention: 'AUDIT_RETENTION_YEARS Jahre nach dem Eintrag (Standard: RETENTION_YEARS + 1), dann durch den Löschlauf entfernt und nur anonym gezählt.',
  fields: {
    id: field('Nummer (intern)', 'Number (internal)', { key: true, category: RECORD_KEEPING }),
    occurredAt: field('Zeitpunkt', 'When'),
    requestId: field('Anfrage (technisch)', 'Request', { key: true }),
    actorId: field('Handelnde Person oder System', 'Actor'),
    actorKind: field('Art des Handelnden', 'Kind of actor'),
    actorRolesOrScopes: field('Rollen des Handelnden', 'Roles of the actor'),
    actorAgencyId: field('Stelle des Handelnden', "Actor's agency", { key: true }),
    agencyId: field('Stelle, deren Daten es sind', 'Agency of the data', { key: true }),
    action: field('Vorgang', 'Action'),
    purpose: field('Zweck', 'Purpose'),
    subjectType: field('Art des Datensatzes', 'Record type'),
    subjectId: field('Kennung des Datensatzes', 'Record ID', { key: true }),
    fields: field('Betroffene Felder', 'Fields'),
  },
};
