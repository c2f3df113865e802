import type { EntityClass } from '@mikro-orm/core';
import { describeEnum } from './graphql/described-enum';

/** Categories of personal data, for the records of processing (GDPR Art. 30(1)(c)). */
export enum DataCategory {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  RESIDENCE = 'RESIDENCE',
  SPECIAL_CATEGORY = 'SPECIAL_CATEGORY',
  LANGUAGE_AND_EDUCATION = 'LANGUAGE_AND_EDUCATION',
  WORK = 'WORK',
  FAMILY = 'FAMILY',
  SUPPORT = 'SUPPORT',
  CONSENT = 'CONSENT',
  STAFF = 'STAFF',
  ACCESS_LOG = 'ACCESS_LOG',
  RECORD_KEEPING = 'RECORD_KEEPING',
}
describeEnum(DataCategory, 'DataCategory', 'A category of personal data (GDPR Art. 30(1)(c)).', {
  IDENTITY: 'Names, date of birth, gender.',
  CONTACT: 'Phone, e-mail, address.',
  RESIDENCE: 'Residence title, work permit, arrival.',
  SPECIAL_CATEGORY: 'Special categories of Art. 9 GDPR (ethnic origin, health): stored only encrypted.',
  LANGUAGE_AND_EDUCATION: 'Languages, German level, schooling, courses attended.',
  WORK: 'Employment, work background, obligations and cost exemption.',
  FAMILY: 'Children and household.',
  SUPPORT: 'The case: support period, Integrationsplan, notes.',
  CONSENT: 'Consents given and withdrawn.',
  STAFF: 'Staff accounts: names, e-mail, roles.',
  ACCESS_LOG: 'Who processed which record, when and why.',
  RECORD_KEEPING: 'When and by whom a record was made; internal keys.',
});

/** German names of the categories, for the Art. 30 record and the readable export. */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  IDENTITY: 'Identitätsdaten',
  CONTACT: 'Kontaktdaten',
  RESIDENCE: 'Aufenthaltsrechtliche Daten',
  SPECIAL_CATEGORY: 'Besondere Kategorien (Art. 9 DSGVO)',
  LANGUAGE_AND_EDUCATION: 'Sprache und Bildung',
  WORK: 'Arbeit und Pflichten',
  FAMILY: 'Familie und Haushalt',
  SUPPORT: 'Fallführung und Integrationsplan',
  CONSENT: 'Einwilligungen',
  STAFF: 'Beschäftigtendaten',
  ACCESS_LOG: 'Protokolldaten',
  RECORD_KEEPING: 'Verwaltungsdaten',
};

/**
 * How one stored field is shown to the person and what it is for. `label` is German, `en` the
 * English label some agencies ask for. A field marked `key` is an internal number or reference to
 * the person themself: recorded in the Art. 30 record, never shown in the readable export.
 */
export interface FieldAnnotation {
  label: string;
  en: string;
  category: DataCategory;
  /** German labels of an enum field's values (English comes from the enum's descriptions). */
  values?: Readonly<Record<string, string>>;
  /** Shows a structured value (JSON) as text, in German. */
  render?: (value: unknown) => string;
  key?: true;
  /** Overrides of the record's purpose, legal basis or retention for this field. */
  legalBasis?: readonly string[];
  purpose?: string;
}

/**
 * The processing of one entity (table) of personal data: GDPR Art. 30(1) (b) purposes, (c)
 * categories, (d) recipients, (f) retention, with the legal basis. Lives next to the entity and
 * is listed in its module's descriptor; a test fails when a column of a personal-data entity has
 * no field here.
 */
export interface ProcessingRecord<T extends object = any> {
  entity: EntityClass<T>;
  /** German title of the section, e.g. "Stammdaten". */
  title: string;
  en: string;
  /** Whose data: "Klientinnen und Klienten", "Beschäftigte der Stellen". */
  dataSubjects: string;
  purpose: string;
  legalBasis: readonly string[];
  recipients: readonly string[];
  retention: string;
  /** Every persisted property, by property name. */
  fields: Readonly<Partial<Record<keyof T & string, FieldAnnotation>>>;
}

/** A display name for rows of an entity others refer to (a municipality, a manager, an offer). */
export interface DisplayName<T extends object = any> {
  entity: EntityClass<T>;
  /** Relations the name needs loaded (e.g. an offer's provider). */
  populate?: readonly string[];
  name(row: T): string;
}

/** "2025-01-15" → "15.01.2025"; a timestamp also gets its time (Europe/Berlin), "15.01.2025, 14:03 Uhr". */
export function germanDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}.${month}.${year}`;
  }
  const date = value instanceof Date ? value : new Date(value);
  const text = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  return `${text} Uhr`;
}
