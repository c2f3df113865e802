import { ReferralAction as A, ReferralSeat, ReferralSide as By, ReferralStatus as S } from './referral.enums';
import { MeasureStatus } from '../plans/plan.enums';

/** What a transition does to the referral's seat: hold or take one, keep the claim, or give it back. */
export type SeatEffect = 'HOLD' | 'TAKE' | 'KEEP' | 'RELEASE';

export interface Transition {
  action: A;
  from: S;
  to: S;
  /** Who may take it. */
  by: readonly By[];
  seat: SeatEffect;
  /** Whether a reason code is required. */
  reason: 'REQUIRED' | 'OPTIONAL' | 'NONE';
  /** A seat given back here goes to the first of the waiting list. */
  advancesWaitlist: boolean;
}

const row = (action: A, from: S, to: S, by: readonly By[], seat: SeatEffect, reason: Transition['reason'], advancesWaitlist = false): Transition =>
  ({ action, from, to, by, seat, reason, advancesWaitlist });

const PROVIDER = [By.PROVIDER] as const;
const HUB = [By.HUB] as const;

/**
 * The state machine of a referral, as data: every allowed (action, from) pair and what it does.
 * A pair not listed is refused. Dropping out releases the seat only before the start (a course
 * seat is not refilled once it runs); a consent withdrawal is a WITHDRAW the hub takes.
 */
export const TRANSITIONS: readonly Transition[] = [
  row(A.ACCEPT, S.REQUESTED, S.ACCEPTED, PROVIDER, 'TAKE', 'NONE'),
  // A provider may take someone off its waiting list when it knows of a seat: only if one is free.
  row(A.ACCEPT, S.WAITLISTED, S.ACCEPTED, PROVIDER, 'TAKE', 'NONE'),
  row(A.DECLINE, S.REQUESTED, S.DECLINED, PROVIDER, 'RELEASE', 'REQUIRED', true),
  row(A.DECLINE, S.WAITLISTED, S.DECLINED, PROVIDER, 'RELEASE', 'REQUIRED'),
  row(A.WAITLIST, S.REQUESTED, S.WAITLISTED, PROVIDER, 'RELEASE', 'OPTIONAL'),
  row(A.START, S.ACCEPTED, S.STARTED, PROVIDER, 'KEEP', 'NONE'),
  row(A.COMPLETE, S.STARTED, S.COMPLETED, PROVIDER, 'KEEP', 'NONE'),
  row(A.DROP_OUT, S.ACCEPTED, S.DROPPED_OUT, [By.PROVIDER, By.AGENCY], 'RELEASE', 'REQUIRED', true),
  row(A.DROP_OUT, S.STARTED, S.DROPPED_OUT, [By.PROVIDER, By.AGENCY], 'KEEP', 'REQUIRED'),
  row(A.WITHDRAW, S.REQUESTED, S.WITHDRAWN, [By.AGENCY, By.HUB], 'RELEASE', 'REQUIRED', true),
  row(A.WITHDRAW, S.WAITLISTED, S.WITHDRAWN, [By.AGENCY, By.HUB], 'RELEASE', 'REQUIRED'),
  row(A.WITHDRAW, S.ACCEPTED, S.WITHDRAWN, [By.AGENCY, By.HUB], 'RELEASE', 'REQUIRED', true),
  row(A.EXPIRE, S.REQUESTED, S.EXPIRED, HUB, 'RELEASE', 'NONE', true),
  row(A.PROMOTE, S.WAITLISTED, S.REQUESTED, HUB, 'HOLD', 'NONE'),
];

/** The transition `action` takes from `from`, or null when the state machine does not allow it. */
export function transitionFor(action: A, from: S): Transition | null {
  return TRANSITIONS.find((t) => t.action === action && t.from === from) ?? null;
}

/** The seat a referral holds after a transition, given the one it held before. */
export function seatAfter(effect: SeatEffect, before: ReferralSeat | null): ReferralSeat | null {
  switch (effect) {
    case 'HOLD':
      return ReferralSeat.HELD;
    case 'TAKE':
      return ReferralSeat.TAKEN;
    case 'KEEP':
      return before;
    case 'RELEASE':
      return null;
  }
}

/** The status a referral's plan measure follows: planned while it is open, then active, done or cancelled. */
export const MEASURE_STATUS_OF: Readonly<Record<S, MeasureStatus>> = {
  REQUESTED: MeasureStatus.PLANNED,
  ACCEPTED: MeasureStatus.PLANNED,
  WAITLISTED: MeasureStatus.PLANNED,
  STARTED: MeasureStatus.ACTIVE,
  COMPLETED: MeasureStatus.COMPLETED,
  DROPPED_OUT: MeasureStatus.CANCELLED,
  DECLINED: MeasureStatus.CANCELLED,
  WITHDRAWN: MeasureStatus.CANCELLED,
  EXPIRED: MeasureStatus.CANCELLED,
};
