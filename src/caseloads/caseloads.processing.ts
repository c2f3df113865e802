import { DataCategory, germanDate, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { PROGRAMME_LABELS } from '../offers/offer.labels';
import { RESIDENCE_STATUS_LABELS, timeSlotsInGerman } from '../vocabulary/labels';
import { CaseNote } from './case-note.entity';
import { ClientCourse } from './client-course.entity';
import { EmploymentSituation, Gender, GermanCertificate, ObligationGround, type ClientObligationValue } from './client-facts.enums';
import { Client } from './client.entity';
import { ClientStatus, GermanEvidence, LocationPrecision, WorkPermit } from './client.enums';
import { SupportExtension } from './support-extension.entity';

// Records of processing (GDPR Art. 30) and German labels of the case data. A column without its
// field here fails test/integration/records-of-processing.test.ts.

/** Who works with a case. */
export const CASE_RECIPIENTS = [
  'Integrationsmanagerinnen und -manager der Stelle (eigene Fälle, im Team wo die Stelle es erlaubt)',
  'Koordination der Stelle',
  'Datenschutzbeauftragte der Stelle (Auskunft, Kontrolle)',
  'Träger von Maßnahmen nur mit Einwilligung der Person (Art. 6 Abs. 1 lit. a DSGVO)',
];
export const CASE_LEGAL_BASIS = ['Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 4 LDSG BW', '§ 67b SGB X (Sozialdaten)'];
export const CASE_RETENTION = 'Bis RETENTION_YEARS Jahre (Standard: 3) nach Abschluss des Falls, dann gelöscht; auf Antrag früher (Art. 17 DSGVO).';
const CASE_PURPOSE = 'Begleitung der Person im Integrationsmanagement (Integrationsplan, Vermittlung in Maßnahmen).';

export const CLIENT_STATUS_LABELS: Readonly<Record<ClientStatus, string>> = { ACTIVE: 'aktiv begleitet', PAUSED: 'ruhend', CLOSED: 'abgeschlossen' };
export const GERMAN_EVIDENCE_LABELS: Readonly<Record<GermanEvidence, string>> = { CERTIFICATE: 'Zertifikat', SELF_ASSESSMENT: 'Selbsteinschätzung' };
export const LOCATION_PRECISION_LABELS: Readonly<Record<LocationPrecision, string>> = { ADDRESS: 'aus der Adresse', MUNICIPALITY: 'Ortsmitte der Gemeinde' };
export const WORK_PERMIT_LABELS: Readonly<Record<WorkPermit, string>> = {
  ALLOWED: 'Erwerbstätigkeit gestattet',
  ALLOWED_WITH_APPROVAL: 'Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde',
  NOT_ALLOWED: 'Erwerbstätigkeit nicht gestattet',
};
export const GENDER_LABELS: Readonly<Record<Gender, string>> = { FEMALE: 'weiblich', MALE: 'männlich', DIVERSE: 'divers', UNSPECIFIED: 'ohne Angabe' };
export const EMPLOYMENT_LABELS: Readonly<Record<EmploymentSituation, string>> = {
  EMPLOYED: 'erwerbstätig',
  JOB_SEEKING: 'arbeitsuchend',
  IN_TRAINING: 'in Ausbildung oder Einstiegsqualifizierung',
  IN_SCHOOL: 'in Schule oder Studium',
  NOT_AVAILABLE: 'derzeit nicht verfügbar',
};
export const OBLIGATION_GROUND_LABELS: Readonly<Record<ObligationGround, string>> = {
  FOREIGNERS_AUTHORITY_ENTITLED: '§ 44a Abs. 1 Nr. 1 AufenthG (Ausländerbehörde)',
  JOBCENTER: '§ 44a Abs. 1 Nr. 2 AufenthG (Jobcenter)',
  FOREIGNERS_AUTHORITY_SPECIAL_NEED: '§ 44a Abs. 1 Nr. 3 AufenthG (besonders integrationsbedürftig)',
  ASYLUM_BENEFITS_AUTHORITY: '§ 44a Abs. 1 Nr. 4 AufenthG (Leistungsbehörde nach AsylbLG)',
};
export const GERMAN_CERTIFICATE_LABELS: Readonly<Record<GermanCertificate, string>> = {
  DTZ_A2: 'Deutsch-Test für Zuwanderer A2',
  DTZ_B1: 'Deutsch-Test für Zuwanderer B1',
  LEBEN_IN_DEUTSCHLAND: 'Test „Leben in Deutschland“',
  ZERTIFIKAT_INTEGRATIONSKURS: 'Zertifikat Integrationskurs',
  DTB_A2: 'Deutsch-Test für den Beruf A2',
  DTB_B1: 'Deutsch-Test für den Beruf B1',
  DTB_B2: 'Deutsch-Test für den Beruf B2',
  DTB_C1: 'Deutsch-Test für den Beruf C1',
  VABO_A2: 'Sprachstandsfeststellung VABO A2',
  VABO_B1: 'Sprachstandsfeststellung VABO B1',
  OTHER_A1: 'anderes anerkanntes Zertifikat A1',
  OTHER_A2: 'anderes anerkanntes Zertifikat A2',
  OTHER_B1: 'anderes anerkanntes Zertifikat B1',
  OTHER_B2: 'anderes anerkanntes Zertifikat B2',
  OTHER_C1: 'anderes anerkanntes Zertifikat C1',
  HAUPTSCHULABSCHLUSS: 'Hauptschulabschluss',
  MITTLERER_SCHULABSCHLUSS: 'Mittlerer Schulabschluss',
};

const field = (label: string, en: string, category: DataCategory, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category, ...more });
const { IDENTITY, CONTACT, RESIDENCE, SPECIAL_CATEGORY, LANGUAGE_AND_EDUCATION, WORK, FAMILY, SUPPORT, RECORD_KEEPING } = DataCategory;
const SPECIAL_BASIS = ['Art. 9 Abs. 2 lit. b und h DSGVO', '§ 67b SGB X (Sozialdaten)'];
/** The row's own number and its tie to the person: kept in the record, never shown. */
const key = (label: string, en: string) => field(label, en, RECORD_KEEPING, { key: true });

function obligationsInGerman(value: unknown): string {
  const obligations = (value ?? []) as ClientObligationValue[];
  if (obligations.length === 0) return 'keine';
  return obligations
    .map((obligation) => `${OBLIGATION_GROUND_LABELS[obligation.ground]}, auferlegt am ${germanDate(obligation.obligedOn)}${obligation.validUntil ? `, gültig bis ${germanDate(obligation.validUntil)}` : ''}`)
    .join('; ');
}

export const CLIENT_PROCESSING: ProcessingRecord<Client> = {
  entity: Client,
  title: 'Stammdaten',
  en: 'Personal details',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: CASE_PURPOSE,
  legalBasis: CASE_LEGAL_BASIS,
  recipients: CASE_RECIPIENTS,
  retention: CASE_RETENTION,
  fields: {
    id: key('Fallnummer (intern)', 'Case number (internal)'),
    agency: field('Zuständige Stelle', 'Agency', SUPPORT),
    manager: field('Integrationsmanager/in', 'Integration manager', SUPPORT),
    givenNames: field('Vornamen', 'Given names', IDENTITY),
    familyName: field('Familienname', 'Family name', IDENTITY),
    birthDate: field('Geburtsdatum', 'Date of birth', IDENTITY),
    phone: field('Telefon', 'Phone', CONTACT),
    email: field('E-Mail', 'E-mail', CONTACT),
    municipality: field('Wohnort', 'Place of residence', CONTACT),
    street: field('Straße und Hausnummer', 'Street and number', CONTACT),
    postalCode: field('Postleitzahl', 'Postal code', CONTACT),
    latitude: field('Breitengrad (für Entfernungen)', 'Latitude (for distances)', CONTACT),
    longitude: field('Längengrad (für Entfernungen)', 'Longitude (for distances)', CONTACT),
    locationPrecision: field('Genauigkeit des Standorts', 'Location precision', CONTACT, { values: LOCATION_PRECISION_LABELS }),
    languages: field('Sprachen (ISO 639)', 'Languages (ISO 639)', LANGUAGE_AND_EDUCATION),
    germanLevel: field('Deutschkenntnisse (GER)', 'German level (CEFR)', LANGUAGE_AND_EDUCATION),
    germanEvidence: field('Nachweis der Deutschkenntnisse', 'Evidence of German level', LANGUAGE_AND_EDUCATION, { values: GERMAN_EVIDENCE_LABELS }),
    germanCertificate: field('Zertifikat', 'Certificate', LANGUAGE_AND_EDUCATION),
    germanEvidenceDate: field('Datum des Nachweises', 'Date of evidence', LANGUAGE_AND_EDUCATION),
    latinLiterate: field('Liest und schreibt lateinische Schrift', 'Reads and writes Latin script', LANGUAGE_AND_EDUCATION),
    schooling: field('Schulbildung', 'Schooling', LANGUAGE_AND_EDUCATION),
    workBackground: field('Beruflicher Hintergrund', 'Work background', WORK),
    residenceStatus: field('Aufenthaltsstatus', 'Residence status', RESIDENCE, { values: RESIDENCE_STATUS_LABELS }),
    residenceParagraph: field('Rechtsgrundlage des Titels', 'Paragraph of the title', RESIDENCE),
    residenceValidUntil: field('Aufenthaltstitel gültig bis', 'Residence title valid until', RESIDENCE),
    workPermit: field('Erwerbstätigkeit', 'Work permit', RESIDENCE, { values: WORK_PERMIT_LABELS }),
    arrivalDate: field('Einreise nach Deutschland', 'Arrival in Germany', RESIDENCE),
    childrenBirthYears: field('Geburtsjahre der Kinder', "Children's birth years", FAMILY),
    availability: field('Verfügbare Zeiten', 'Availability', SUPPORT, { render: timeSlotsInGerman }),
    maxTravelKm: field('Längster zumutbarer Weg (km)', 'Longest travel distance (km)', SUPPORT),
    gender: field('Geschlecht', 'Gender', IDENTITY, { values: GENDER_LABELS }),
    employment: field('Erwerbssituation', 'Employment', WORK, { values: EMPLOYMENT_LABELS }),
    feeExempt: field('Vom Kostenbeitrag befreit (§ 9 Abs. 2 IntV)', 'Exempt from the cost share', WORK),
    obligations: field('Verpflichtungen zum Integrationskurs', 'Obligations to attend', WORK, { render: obligationsInGerman }),
    householdId: field('Gemeinsamer Haushalt erfasst', 'Household recorded', FAMILY, { render: (value) => (value === null ? 'nein' : 'ja') }),
    supportStart: field('Beginn der Begleitung', 'Start of support', SUPPORT),
    supportPlannedEnd: field('Geplantes Ende der Begleitung', 'Planned end of support', SUPPORT),
    status: field('Stand des Falls', 'Case status', SUPPORT, { values: CLIENT_STATUS_LABELS }),
    closedReason: field('Grund des Abschlusses', 'Reason for closing', SUPPORT),
    closedAt: field('Abgeschlossen am', 'Closed at', SUPPORT),
    originCountry: field('Herkunftsland', 'Country of origin', SPECIAL_CATEGORY, { legalBasis: SPECIAL_BASIS }),
    healthNeeds: field('Gesundheitliche Bedarfe', 'Health needs', SPECIAL_CATEGORY, { legalBasis: SPECIAL_BASIS }),
    createdAt: field('Angelegt am', 'Created at', RECORD_KEEPING),
    updatedAt: field('Zuletzt geändert am', 'Last changed at', RECORD_KEEPING),
  },
};

const ofTheClient = key('Zugehörige Person', 'The person');

export const SUPPORT_EXTENSION_PROCESSING: ProcessingRecord<SupportExtension> = {
  entity: SupportExtension,
  title: 'Verlängerungen der Begleitung',
  en: 'Support extensions',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: CASE_PURPOSE,
  legalBasis: CASE_LEGAL_BASIS,
  recipients: CASE_RECIPIENTS,
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    client: ofTheClient,
    extendedTo: field('Verlängert bis', 'Extended to', SUPPORT),
    reason: field('Grund', 'Reason', SUPPORT),
    recordedAt: field('Erfasst am', 'Recorded at', RECORD_KEEPING),
    recordedBy: field('Erfasst von', 'Recorded by', RECORD_KEEPING),
  },
};

export const CASE_NOTE_PROCESSING: ProcessingRecord<CaseNote> = {
  entity: CaseNote,
  title: 'Fallnotizen',
  en: 'Case notes',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: CASE_PURPOSE,
  legalBasis: [...CASE_LEGAL_BASIS, 'Art. 9 Abs. 2 lit. b und h DSGVO (soweit die Notiz besondere Kategorien enthält)'],
  recipients: CASE_RECIPIENTS.slice(0, 3),
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    client: ofTheClient,
    author: field('Verfasst von', 'Written by', RECORD_KEEPING),
    createdAt: field('Verfasst am', 'Written at', RECORD_KEEPING),
    body: field('Notiz', 'Note', SPECIAL_CATEGORY, { legalBasis: SPECIAL_BASIS }),
  },
};

export const CLIENT_COURSE_PROCESSING: ProcessingRecord<ClientCourse> = {
  entity: ClientCourse,
  title: 'Besuchte Kurse',
  en: 'Courses attended',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: CASE_PURPOSE,
  legalBasis: CASE_LEGAL_BASIS,
  recipients: CASE_RECIPIENTS,
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    client: ofTheClient,
    programme: field('Programm', 'Programme', LANGUAGE_AND_EDUCATION, { values: PROGRAMME_LABELS }),
    startDate: field('Beginn', 'Start', LANGUAGE_AND_EDUCATION),
    endDate: field('Ende', 'End', LANGUAGE_AND_EDUCATION),
    completed: field('Abgeschlossen', 'Completed', LANGUAGE_AND_EDUCATION),
    certificate: field('Zertifikat', 'Certificate', LANGUAGE_AND_EDUCATION, { values: GERMAN_CERTIFICATE_LABELS }),
    recordedAt: field('Erfasst am', 'Recorded at', RECORD_KEEPING),
    recordedBy: field('Erfasst von', 'Recorded by', RECORD_KEEPING),
  },
};

export const CASELOADS_PROCESSING = [CLIENT_PROCESSING, SUPPORT_EXTENSION_PROCESSING, CASE_NOTE_PROCESSING, CLIENT_COURSE_PROCESSING];
