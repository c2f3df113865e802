import { ReferenceKind, type MetadataStorage } from '@mikro-orm/core';
import type { HubModule } from '../core/module';
import { DATA_CATEGORY_LABELS, type DataCategory, type ProcessingRecord } from '../core/processing';

export interface RecordField {
  field: string;
  column: string;
  label: string;
  en: string;
  category: DataCategory;
  categoryLabel: string;
  legalBasis: readonly string[];
  purpose: string;
  /** Internal keys are recorded but not shown in the readable export. */
  internalKey: boolean;
}

export interface ProcessingActivity {
  table: string;
  title: string;
  en: string;
  dataSubjects: string;
  purpose: string;
  legalBasis: readonly string[];
  recipients: readonly string[];
  retention: string;
  categories: string[];
  fields: RecordField[];
}

export interface RecordsOfProcessing {
  version: 1;
  title: string;
  controller: string;
  dataProtectionOfficer: string;
  thirdCountryTransfers: string;
  technicalMeasures: readonly string[];
  activities: ProcessingActivity[];
}

const MEASURES = [
  'Zugriff nur angemeldet, nach Rolle und Stelle; Zeilenschutz (Row-Level Security) in der Datenbank.',
  'Herkunft, Gesundheit und Fallnotizen nur verschlüsselt gespeichert (AES-256-GCM).',
  'Jeder Lesezugriff auf personenbezogene Daten mit Zweck protokolliert; Protokoll nur anfügbar.',
  'Löschung abgeschlossener Fälle nach Fristablauf und auf Antrag; Protokoll mit eigener Frist.',
];

/** The persisted properties of an entity whose values live in its own table (scalars and references). */
export function storedProperties(metadata: MetadataStorage, entityName: string): Array<{ name: string; column: string }> {
  const meta = metadata.get(entityName);
  return meta.props
    .filter((prop) => prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.EMBEDDED))
    .map((prop) => ({ name: prop.name, column: prop.fieldNames[0] }));
}

/** Every module's processing records, by entity name. */
export function processingRecords(modules: readonly HubModule[]): Map<string, ProcessingRecord> {
  return new Map(modules.flatMap((module) => module.processing ?? []).map((record) => [record.entity.name, record]));
}

/**
 * The records of processing activities (GDPR Art. 30(1)) as the code declares them: one activity
 * per table of personal data, each column with its category, purpose and legal basis. A column
 * without an annotation is left out here and fails the records test.
 */
export function buildRecordsOfProcessing(modules: readonly HubModule[], metadata: MetadataStorage): RecordsOfProcessing {
  const activities = [...processingRecords(modules).values()].map((record): ProcessingActivity => {
    const fields = storedProperties(metadata, record.entity.name).flatMap(({ name, column }): RecordField[] => {
      const annotation = (record.fields as Record<string, ProcessingRecord['fields'][string]>)[name];
      if (!annotation) return [];
      return [{
        field: name,
        column,
        label: annotation.label,
        en: annotation.en,
        category: annotation.category,
        categoryLabel: DATA_CATEGORY_LABELS[annotation.category],
        legalBasis: annotation.legalBasis ?? record.legalBasis,
        purpose: annotation.purpose ?? record.purpose,
        internalKey: annotation.key === true,
      }];
    });
    return {
      table: metadata.get(record.entity.name).tableName,
      title: record.title,
      en: record.en,
      dataSubjects: record.dataSubjects,
      purpose: record.purpose,
      legalBasis: [...new Set(fields.flatMap((field) => field.legalBasis))],
      recipients: record.recipients,
      retention: record.retention,
      categories: [...new Set(fields.map((field) => field.categoryLabel))],
      fields,
    };
  });
  return {
    version: 1,
    title: 'Verzeichnis von Verarbeitungstätigkeiten (Art. 30 Abs. 1 DSGVO): Integrations-Hub',
    controller: 'Die jeweilige Stelle (Landratsamt, Stadt oder Träger des Integrationsmanagements), die den Hub für ihre Fälle nutzt.',
    dataProtectionOfficer: 'Die bzw. der Datenschutzbeauftragte der Stelle (Rolle DATA_PROTECTION_OFFICER im Hub).',
    thirdCountryTransfers: 'Keine Übermittlung in Drittländer oder an internationale Organisationen.',
    technicalMeasures: MEASURES,
    activities,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The same record as Markdown, to hand to the supervisory authority. */
export function recordsAsMarkdown(records: RecordsOfProcessing): string {
  const lines = [`# ${records.title}`, '', `**Verantwortliche Stelle:** ${records.controller}`, '', `**Datenschutzbeauftragte:** ${records.dataProtectionOfficer}`, '', `**Drittländer:** ${records.thirdCountryTransfers}`, '', '**Technische und organisatorische Maßnahmen (Art. 32 DSGVO):**', ''];
  for (const measure of records.technicalMeasures) lines.push(`- ${measure}`);
  for (const activity of records.activities) {
    lines.push('', `## ${activity.title} (\`${activity.table}\`)`, '');
    lines.push(`- **Betroffene Personen:** ${activity.dataSubjects}`);
    lines.push(`- **Zweck:** ${activity.purpose}`);
    lines.push(`- **Rechtsgrundlagen:** ${activity.legalBasis.join('; ')}`);
    lines.push(`- **Kategorien:** ${activity.categories.join(', ')}`);
    lines.push(`- **Empfänger:** ${activity.recipients.join('; ')}`);
    lines.push(`- **Löschfrist:** ${activity.retention}`, '');
    lines.push('| Feld | Spalte | Kategorie | Rechtsgrundlage |', '|---|---|---|---|');
    for (const field of activity.fields) lines.push(`| ${cell(field.label)} | \`${field.column}\` | ${cell(field.categoryLabel)} | ${cell(field.legalBasis.join('; '))} |`);
  }
  return `${lines.join('\n')}\n`;
}
