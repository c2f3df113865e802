/**
 * Why a data-subject-rights command (clientErasureRequest, clientErasureConfirm) changed nothing.
 * Fields: 'client', 'ground', 'request'; null for the command as a whole.
 */
export type RightsErrorCode =
  /** The client or request is not in your agency, or you are not its coordinator. */
  | 'NOT_FOUND'
  /** Another part of the hub must finish first (e.g. an open referral); the message says which. */
  | 'BLOCKED'
  /** The request waited longer than its confirmation window; request again. */
  | 'EXPIRED';
