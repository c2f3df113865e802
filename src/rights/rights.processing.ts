import { DataCategory, type ProcessingRecord } from '../core/processing';
import { ClientErasureRequest } from './client-erasure-request.entity';
import { ERASURE_CONFIRMATION_HOURS, ERASURE_GROUND_LABELS } from './erasure.enums';

export const ERASURE_REQUEST_PROCESSING: ProcessingRecord<ClientErasureRequest> = {
  entity: ClientErasureRequest,
  title: 'Offene Löschanträge',
  en: 'Pending erasure requests',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: 'Löschung auf Antrag (Art. 17 DSGVO) mit Bestätigung.',
  legalBasis: ['Art. 17 und Art. 6 Abs. 1 lit. c DSGVO'],
  recipients: ['Koordination der Stelle'],
  retention: `Bis zur Bestätigung (höchstens ${ERASURE_CONFIRMATION_HOURS} Stunden gültig); mit der Löschung der Person gelöscht.`,
  fields: {
    id: { label: 'Nummer (intern)', en: 'Number (internal)', category: DataCategory.RECORD_KEEPING, key: true },
    client: { label: 'Zugehörige Person', en: 'The person', category: DataCategory.RECORD_KEEPING, key: true },
    ground: { label: 'Grund der Löschung', en: 'Ground', category: DataCategory.SUPPORT, values: ERASURE_GROUND_LABELS },
    requestedAt: { label: 'Beantragt am', en: 'Requested at', category: DataCategory.RECORD_KEEPING },
    requestedBy: { label: 'Beantragt von', en: 'Requested by', category: DataCategory.RECORD_KEEPING },
  },
};
