import { describeEnum } from '../core/graphql/described-enum';

/** Where a referral stands (after FHIR SDOH referral Tasks and Primero, see DOMAIN.md). */
export enum ReferralStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  WAITLISTED = 'WAITLISTED',
  DECLINED = 'DECLINED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
}
describeEnum(ReferralStatus, 'ReferralStatus', 'Where a referral stands.', {
  REQUESTED: 'Sent to the provider, waiting for its answer; a seat is held until then or until the response deadline.',
  ACCEPTED: 'The provider accepted: the person has a seat.',
  WAITLISTED: 'On the waiting list of the offer (see waitlistPosition).',
  DECLINED: 'The provider declined (see reason).',
  STARTED: 'The person started the measure.',
  COMPLETED: 'The person completed the measure (see certificate).',
  DROPPED_OUT: 'The person dropped out (see reason).',
  WITHDRAWN: 'The manager withdrew the referral (see reason).',
  EXPIRED: 'The provider did not answer by the response deadline.',
});

/** The transitions of a referral: one mutation each, and `EXPIRE`, which only the hub's deadline job takes. */
export enum ReferralAction {
  CREATE = 'CREATE',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WAITLIST = 'WAITLIST',
  START = 'START',
  COMPLETE = 'COMPLETE',
  DROP_OUT = 'DROP_OUT',
  WITHDRAW = 'WITHDRAW',
  EXPIRE = 'EXPIRE',
  /** The hub gives a freed seat to the first of the waiting list (WAITLISTED → REQUESTED). */
  PROMOTE = 'PROMOTE',
  /** Not a transition: the provider was reminded of the response deadline. */
  REMIND = 'REMIND',
}
describeEnum(ReferralAction, 'ReferralAction', 'A step in the life of a referral.', {
  CREATE: 'The manager referred the person (referralCreate).',
  ACCEPT: 'The provider accepts (referralAccept).',
  DECLINE: 'The provider declines, with a reason (referralDecline).',
  WAITLIST: 'The provider puts the person on the waiting list (referralWaitlist).',
  START: 'The person started (referralStart).',
  COMPLETE: 'The person completed, with or without a certificate (referralComplete).',
  DROP_OUT: 'The person dropped out, with a reason (referralDropOut).',
  WITHDRAW: 'The manager withdraws the referral, with a reason (referralWithdraw).',
  EXPIRE: 'The response deadline passed without an answer (the hub).',
  PROMOTE: 'A seat became free and the first person on the waiting list now holds it (the hub).',
  REMIND: 'The provider was reminded that the response deadline is near (the hub); the status stays.',
});

/** Why a referral was declined, withdrawn, dropped out or waitlisted (after findhelp's reason codes). */
export enum ReferralReason {
  COULD_NOT_CONTACT = 'COULD_NOT_CONTACT',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NO_CAPACITY = 'NO_CAPACITY',
  COULD_NOT_GET_HELP = 'COULD_NOT_GET_HELP',
  NO_LONGER_INTERESTED = 'NO_LONGER_INTERESTED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  NEEDS_CLIENT_ACTION = 'NEEDS_CLIENT_ACTION',
  SCHEDULE_CONFLICT = 'SCHEDULE_CONFLICT',
  LEVEL_MISMATCH = 'LEVEL_MISMATCH',
  MOVED_AWAY = 'MOVED_AWAY',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  OTHER = 'OTHER',
}
describeEnum(ReferralReason, 'ReferralReason', 'Why a referral did not go on (findhelp-like reason codes).', {
  COULD_NOT_CONTACT: 'The person could not be reached.',
  NOT_ELIGIBLE: 'The person does not meet the conditions of the offer.',
  NO_CAPACITY: 'No seat is free.',
  COULD_NOT_GET_HELP: 'The offer could not give the help needed.',
  NO_LONGER_INTERESTED: 'The person no longer wants to take part.',
  REFERRED_ELSEWHERE: 'The person goes to another offer.',
  NEEDS_CLIENT_ACTION: 'The person must do something first (documents, placement test, admission).',
  SCHEDULE_CONFLICT: 'The times do not fit (work, childcare, other courses).',
  LEVEL_MISMATCH: 'The German level does not fit the course.',
  MOVED_AWAY: 'The person moved away.',
  CONSENT_WITHDRAWN: 'The person withdrew the consent to the referral (set by the hub).',
  OTHER: 'Another reason, given in the free text.',
});

/** A referral's claim on a seat of its offer: the seat ledger (see the referrals migration). */
export enum ReferralSeat {
  HELD = 'HELD',
  TAKEN = 'TAKEN',
}
describeEnum(ReferralSeat, 'ReferralSeat', "A referral's claim on a seat of its offer.", {
  HELD: 'Held for the referral until the provider answers or the response deadline passes.',
  TAKEN: 'Taken: the person was accepted or started.',
});

/** Who acts on a referral. */
export enum ReferralSide {
  AGENCY = 'AGENCY',
  PROVIDER = 'PROVIDER',
  HUB = 'HUB',
}
describeEnum(ReferralSide, 'ReferralSide', 'Who took a step of a referral.', {
  AGENCY: "The client's agency (the manager).",
  PROVIDER: 'The provider (its staff or a key with REFERRALS_WRITE).',
  HUB: 'The hub itself: deadlines, the waiting list, a withdrawn consent.',
});

/** Statuses in which a referral is still open: it can still lead to a start. */
export const OPEN_STATUSES: readonly ReferralStatus[] = [ReferralStatus.REQUESTED, ReferralStatus.ACCEPTED, ReferralStatus.WAITLISTED, ReferralStatus.STARTED];

/** The actions that move a referral from one status to another (the transition table's actions). */
export const TRANSITION_ACTIONS: readonly ReferralAction[] = Object.values(ReferralAction).filter((action) => action !== ReferralAction.CREATE && action !== ReferralAction.REMIND);

/** Why the hub tells a manager about a referral. */
export enum ReferralNoticeKind {
  EXPIRED = 'EXPIRED',
}
describeEnum(ReferralNoticeKind, 'ReferralNoticeKind', 'What a notice about a referral tells the manager.', {
  EXPIRED: 'The provider did not answer by the response deadline: the referral expired, its seat was released; the notice names the next fitting offers.',
});
