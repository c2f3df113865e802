import { describeEnum } from '../core/graphql/described-enum';
import { PartOfDay, Weekday, type TimeSlot } from '../vocabulary/time-slot';

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

// When a person can attend: parts of weekdays, in the shared words of src/vocabulary.
export { PartOfDay, Weekday, type TimeSlot };

/** Every part of every weekday once: the most slots a client's availability holds (21). */
export const MAX_AVAILABILITY_SLOTS = Object.values(Weekday).length * Object.values(PartOfDay).length;
