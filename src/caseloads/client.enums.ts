import { describeEnum } from '../core/graphql/described-enum';

export enum ClientStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}
describeEnum(ClientStatus, 'ClientStatus', 'Where a case stands.', {
  ACTIVE: 'Supported now.',
  PAUSED: 'Support paused, e.g. during a stay abroad or an illness.',
  CLOSED: 'Support ended; the data is erased after the retention period.',
});

export enum GermanEvidence {
  CERTIFICATE = 'CERTIFICATE',
  SELF_ASSESSMENT = 'SELF_ASSESSMENT',
}
describeEnum(GermanEvidence, 'GermanEvidence', 'How a German level is known.', {
  CERTIFICATE: 'A certificate (e.g. DTZ, telc, Goethe) with its date.',
  SELF_ASSESSMENT: "The person's own assessment.",
});

export enum LocationPrecision {
  ADDRESS = 'ADDRESS',
  MUNICIPALITY = 'MUNICIPALITY',
}
describeEnum(LocationPrecision, 'LocationPrecision', 'How exact the coordinates used for travel distances are.', {
  ADDRESS: 'Geocoded from the address.',
  MUNICIPALITY: "The municipality's centre.",
});

export enum WorkPermit {
  ALLOWED = 'ALLOWED',
  ALLOWED_WITH_APPROVAL = 'ALLOWED_WITH_APPROVAL',
  NOT_ALLOWED = 'NOT_ALLOWED',
}
describeEnum(WorkPermit, 'WorkPermit', 'Whether the residence title allows work.', {
  ALLOWED: 'Work is allowed ("Erwerbstätigkeit gestattet").',
  ALLOWED_WITH_APPROVAL: 'Work needs the approval of the foreigners authority.',
  NOT_ALLOWED: 'Work is not allowed.',
});

/** A weekday and part of the day a person can attend measures, e.g. MONDAY_MORNING. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export const DAY_TIMES = ['MORNING', 'AFTERNOON', 'EVENING'] as const;
