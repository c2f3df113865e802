/**
 * Why a referral command changed nothing, in the domain's words (see src/core/result.ts). The
 * resolvers map each code to the GraphQL enum `ReferralErrorCode` (referral.user-errors.ts).
 */
export type ReferralErrorCode =
  /** The client, offer, measure or referral does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** No active consent covers purpose REFERRAL and the offer's provider (or its kind). */
  | 'CONSENT_MISSING'
  /** The state machine does not allow this step from the referral's status. */
  | 'INVALID_TRANSITION'
  /** This step needs a reason code. */
  | 'REASON_REQUIRED'
  /** No seat is free and the offer's waiting list is closed (or, to accept from the list, no seat is free). */
  | 'NO_FREE_SEAT'
  /** The client already has an open referral to this offer. */
  | 'DUPLICATE'
  /** A value is malformed or out of range. */
  | 'INVALID';
