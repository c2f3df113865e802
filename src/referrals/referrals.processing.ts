import { CASE_RETENTION, GERMAN_CERTIFICATE_LABELS } from '../caseloads/caseloads.processing';
import { DataCategory, type FieldAnnotation, type ProcessingRecord } from '../core/processing';
import { timeSlotsInGerman } from '../vocabulary/labels';
import { Referral, ReferralEvent, ReferralSnapshot } from './referral.entity';
import { ReferralNotice } from './referral-notice.entity';
import { ReferralAction, ReferralNoticeKind, ReferralReason, ReferralSeat, ReferralSide, ReferralStatus } from './referral.enums';

export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  REQUESTED: 'angefragt',
  ACCEPTED: 'angenommen',
  WAITLISTED: 'auf der Warteliste',
  DECLINED: 'abgelehnt',
  STARTED: 'begonnen',
  COMPLETED: 'abgeschlossen',
  DROPPED_OUT: 'abgebrochen',
  WITHDRAWN: 'zurückgezogen',
  EXPIRED: 'ohne Antwort abgelaufen',
};
export const REFERRAL_REASON_LABELS: Readonly<Record<ReferralReason, string>> = {
  COULD_NOT_CONTACT: 'nicht erreicht',
  NOT_ELIGIBLE: 'Voraussetzungen nicht erfüllt',
  NO_CAPACITY: 'kein Platz',
  COULD_NOT_GET_HELP: 'Unterstützung nicht möglich',
  NO_LONGER_INTERESTED: 'kein Interesse mehr',
  REFERRED_ELSEWHERE: 'anderswo vermittelt',
  NEEDS_CLIENT_ACTION: 'die Person muss noch etwas tun',
  SCHEDULE_CONFLICT: 'Termine passen nicht',
  LEVEL_MISMATCH: 'Sprachniveau passt nicht',
  MOVED_AWAY: 'weggezogen',
  CONSENT_WITHDRAWN: 'Einwilligung widerrufen',
  OTHER: 'anderer Grund',
};
const SEAT_LABELS: Readonly<Record<ReferralSeat, string>> = { HELD: 'vorgemerkt', TAKEN: 'belegt' };
const SIDE_LABELS: Readonly<Record<ReferralSide, string>> = { AGENCY: 'Stelle', PROVIDER: 'Träger', HUB: 'System (Fristen)' };
const ACTION_LABELS: Readonly<Record<ReferralAction, string>> = {
  CREATE: 'Vermittlung angefragt',
  ACCEPT: 'angenommen',
  DECLINE: 'abgelehnt',
  WAITLIST: 'auf die Warteliste gesetzt',
  START: 'begonnen',
  COMPLETE: 'abgeschlossen',
  DROP_OUT: 'abgebrochen',
  WITHDRAW: 'zurückgezogen',
  EXPIRE: 'abgelaufen',
  PROMOTE: 'frei gewordener Platz vorgemerkt',
  REMIND: 'Träger erinnert',
};

const { IDENTITY, CONTACT, LANGUAGE_AND_EDUCATION, SUPPORT, RECORD_KEEPING } = DataCategory;
const field = (label: string, en: string, category: DataCategory, more: Partial<FieldAnnotation> = {}): FieldAnnotation => ({ label, en, category, ...more });
const key = (label: string, en: string) => field(label, en, RECORD_KEEPING, { key: true });

const PURPOSE = 'Vermittlung der Person in eine Maßnahme eines Trägers und Nachverfolgung bis zum Ergebnis.';
const LEGAL_BASIS = ['Art. 6 Abs. 1 lit. a DSGVO (Einwilligung zur Vermittlung an den Träger)', 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 67b SGB X'];
const RECIPIENTS = ['Integrationsmanagerinnen und -manager der Stelle', 'der Träger des Angebots (nur die Angaben der Vermittlung, soweit die Einwilligung reicht)'];

export const REFERRAL_PROCESSING: ProcessingRecord<Referral> = {
  entity: Referral,
  title: 'Vermittlungen',
  en: 'Referrals',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: PURPOSE,
  legalBasis: LEGAL_BASIS,
  recipients: RECIPIENTS,
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    client: key('Zugehörige Person', 'The person'),
    agency: field('Vermittelnde Stelle', 'Referring agency', SUPPORT),
    offer: field('Angebot', 'Offer', SUPPORT),
    provider: field('Träger', 'Provider', SUPPORT),
    measureOriginId: key('Maßnahme im Integrationsplan', 'Measure of the plan'),
    createdBy: field('Vermittelt von', 'Referred by', RECORD_KEEPING),
    status: field('Stand', 'Status', SUPPORT, { values: REFERRAL_STATUS_LABELS }),
    seat: field('Platz', 'Seat', SUPPORT, { values: SEAT_LABELS }),
    waitlistTicket: key('Reihenfolge auf der Warteliste', 'Order on the waiting list'),
    message: field('Nachricht an den Träger', 'Message to the provider', SUPPORT),
    reason: field('Grund', 'Reason', SUPPORT, { values: REFERRAL_REASON_LABELS }),
    reasonText: field('Begründung', 'Explanation', SUPPORT),
    certificate: field('Erreichtes Zertifikat', 'Certificate reached', LANGUAGE_AND_EDUCATION, { values: GERMAN_CERTIFICATE_LABELS }),
    responseDueAt: field('Antwort fällig bis', 'Answer due by', SUPPORT),
    remindedAt: field('Träger erinnert am', 'Provider reminded at', SUPPORT),
    startDueOn: field('Beginn fällig bis', 'Start due by', SUPPORT),
    startedAt: field('Begonnen am', 'Started at', SUPPORT),
    createdAt: field('Vermittelt am', 'Referred at', RECORD_KEEPING),
    statusChangedAt: field('Stand geändert am', 'Status changed at', RECORD_KEEPING),
  },
};

export const REFERRAL_SNAPSHOT_PROCESSING: ProcessingRecord<ReferralSnapshot> = {
  entity: ReferralSnapshot,
  title: 'An Träger übermittelte Angaben',
  en: 'Details sent to providers',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: 'Die Angaben, die der Träger für die Vermittlung braucht, so wie sie bei der Vermittlung waren.',
  legalBasis: ['Art. 6 Abs. 1 lit. a DSGVO (Einwilligung zur Vermittlung an den Träger)'],
  recipients: ['der Träger des Angebots, an den vermittelt wurde'],
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    referral: key('Zugehörige Vermittlung', 'The referral'),
    client: key('Zugehörige Person', 'The person'),
    givenNames: field('Vornamen', 'Given names', IDENTITY),
    familyName: field('Familienname', 'Family name', IDENTITY),
    phone: field('Telefon', 'Phone', CONTACT),
    email: field('E-Mail', 'E-mail', CONTACT),
    germanLevel: field('Deutschkenntnisse (GER)', 'German level (CEFR)', LANGUAGE_AND_EDUCATION),
    languages: field('Sprachen (ISO 639)', 'Languages (ISO 639)', LANGUAGE_AND_EDUCATION),
    availability: field('Verfügbare Zeiten', 'Availability', SUPPORT, { render: timeSlotsInGerman }),
    childcareNeeded: field('Kinderbetreuung nötig', 'Childcare needed', SUPPORT),
    takenAt: field('Übermittelt am', 'Sent at', RECORD_KEEPING),
  },
};

export const REFERRAL_EVENT_PROCESSING: ProcessingRecord<ReferralEvent> = {
  entity: ReferralEvent,
  title: 'Verlauf der Vermittlungen',
  en: 'History of referrals',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: 'Nachvollziehbarkeit jeder Änderung einer Vermittlung: wer, wann, warum.',
  legalBasis: LEGAL_BASIS,
  recipients: RECIPIENTS,
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    referral: key('Zugehörige Vermittlung', 'The referral'),
    client: key('Zugehörige Person', 'The person'),
    offerId: key('Angebot (intern)', 'Offer (internal)'),
    agencyId: key('Stelle (intern)', 'Agency (internal)'),
    providerId: key('Träger (intern)', 'Provider (internal)'),
    action: field('Schritt', 'Step', SUPPORT, { values: ACTION_LABELS }),
    fromStatus: field('Stand vorher', 'Status before', SUPPORT, { values: REFERRAL_STATUS_LABELS }),
    toStatus: field('Stand nachher', 'Status after', SUPPORT, { values: REFERRAL_STATUS_LABELS }),
    reason: field('Grund', 'Reason', SUPPORT, { values: REFERRAL_REASON_LABELS }),
    reasonText: field('Begründung', 'Explanation', SUPPORT),
    side: field('Von', 'By', SUPPORT, { values: SIDE_LABELS }),
    actor: field('Handelnde Person oder Schnittstelle', 'Who acted', RECORD_KEEPING),
    at: field('Zeitpunkt', 'When', RECORD_KEEPING),
  },
};

const NOTICE_KIND_LABELS: Readonly<Record<ReferralNoticeKind, string>> = { EXPIRED: 'Vermittlung ohne Antwort abgelaufen; nächste passende Angebote' };

export const REFERRAL_NOTICE_PROCESSING: ProcessingRecord<ReferralNotice> = {
  entity: ReferralNotice,
  title: 'Hinweise zu Vermittlungen',
  en: 'Notices about referrals',
  dataSubjects: 'Begleitete Personen (Klientinnen und Klienten)',
  purpose: 'Die Integrationsmanagerin oder den Integrationsmanager auf eine abgelaufene Vermittlung und die nächsten passenden Angebote hinweisen.',
  legalBasis: LEGAL_BASIS,
  recipients: ['Integrationsmanagerinnen und -manager der Stelle'],
  retention: CASE_RETENTION,
  fields: {
    id: key('Nummer (intern)', 'Number (internal)'),
    referral: key('Zugehörige Vermittlung', 'The referral'),
    client: key('Zugehörige Person', 'The person'),
    agencyId: key('Stelle (intern)', 'Agency (internal)'),
    kind: field('Art des Hinweises', 'Kind of notice', SUPPORT, { values: NOTICE_KIND_LABELS }),
    offerIds: key('Vorgeschlagene Angebote (intern)', 'Offers proposed (internal)'),
    createdAt: field('Erstellt am', 'Created at', RECORD_KEEPING),
  },
};
