import { CASE_RETENTION } from '../caseloads/caseloads.processing';
import { DataCategory, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { PROVIDER_KIND_LABELS } from '../providers/provider.labels';
import { Consent } from './consent.entity';
import { ConsentPurpose } from './consent.enums';

export const CONSENT_PURPOSE_LABELS: Readonly<Record<ConsentPurpose, string>> = {
  REFERRAL: 'Vermittlung in eine Maßnahme des Empfängers',
  DATA_SHARING: 'Weitergabe von Daten an den Empfänger',
};

const { CONSENT, RECORD_KEEPING } = DataCategory;
const field = (label: string, en: string, category: DataCategory, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category, ...more });

/** The consent ledger (GDPR Art. 6(1)(a), 7): what a person released to whom, and when they withdrew it. */
export const CONSENT_PROCESSING: ProcessingRecord<Consent> = {
  entity: Consent,
  title: 'Einwilligungen',
  en: 'Consents',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: 'Nachweis der Einwilligungen (Art. 7 Abs. 1 DSGVO) und Prüfung vor jeder Weitergabe.',
  legalBasis: ['Art. 6 Abs. 1 lit. c und Art. 7 Abs. 1 DSGVO (Nachweispflicht)'],
  recipients: ['Integrationsmanagerinnen und -manager und Koordination der Stelle', 'Datenschutzbeauftragte der Stelle'],
  retention: CASE_RETENTION,
  fields: {
    id: field('Nummer (intern)', 'Number (internal)', RECORD_KEEPING, { key: true }),
    client: field('Zugehörige Person', 'The person', RECORD_KEEPING, { key: true }),
    purpose: field('Zweck', 'Purpose', CONSENT, { values: CONSENT_PURPOSE_LABELS }),
    recipientProvider: field('Empfänger', 'Recipient', CONSENT),
    recipientProviderKind: field('Art der Empfänger', 'Kind of recipient', CONSENT, { values: PROVIDER_KIND_LABELS }),
    textVersion: field('Fassung des Einwilligungstexts', 'Text version', CONSENT),
    givenAt: field('Erteilt am', 'Given at', CONSENT),
    recordedAt: field('Erfasst am', 'Recorded at', RECORD_KEEPING),
    recordedBy: field('Erfasst von', 'Recorded by', RECORD_KEEPING),
    withdrawnAt: field('Widerrufen am', 'Withdrawn at', CONSENT),
    withdrawnBy: field('Widerruf erfasst von', 'Withdrawal recorded by', RECORD_KEEPING),
  },
};
