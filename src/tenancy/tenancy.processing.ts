import { DataCategory, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { User } from './user.entity';

const { STAFF, RECORD_KEEPING } = DataCategory;
const field = (label: string, en: string, category: DataCategory, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category, ...more });

/** The accounts of the people who sign in (staff of agencies and providers, administrators). */
export const USER_PROCESSING: ProcessingRecord<User> = {
  entity: User,
  title: 'Benutzerkonten',
  en: 'User accounts',
  dataSubjects: 'Beschäftigte der Stellen und Träger, Administration',
  purpose: 'Anmeldung, Rollen und Zuständigkeiten; Nachvollziehbarkeit, wer einen Fall bearbeitet.',
  legalBasis: ['Art. 6 Abs. 1 lit. b und e DSGVO i. V. m. § 15 LDSG BW (Beschäftigtendaten)'],
  recipients: ['Administration des Hubs', 'Kolleginnen und Kollegen derselben Stelle bzw. desselben Trägers (Name, Rolle)'],
  retention: 'Solange das Konto besteht; danach gelöscht (Protokolleinträge behalten nur die Kennung).',
  fields: {
    id: field('Kennung', 'ID', RECORD_KEEPING, { key: true }),
    subject: field('Kennung beim Identitätsanbieter', 'Identity provider subject', STAFF),
    email: field('E-Mail', 'E-mail', STAFF),
    name: field('Name', 'Name', STAFF),
    agency: field('Stelle', 'Agency', STAFF),
    provider: field('Träger', 'Provider', STAFF),
    team: field('Team', 'Team', STAFF),
    roles: field('Rollen', 'Roles', STAFF),
    createdAt: field('Angelegt am', 'Created at', RECORD_KEEPING),
    lastSeenAt: field('Zuletzt angemeldet', 'Last signed in', RECORD_KEEPING),
  },
};
