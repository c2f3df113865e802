/**
 * Why a consent command (consentRecord, consentWithdraw) changed nothing, in the ledger's own
 * words (see src/core/result.ts). Problems name the domain's fields: 'client', 'consent',
 * 'recipientProvider', 'textVersion', 'givenAt'; null for the recipient as a whole (exactly one of
 * provider and kind). The resolvers map each code to the GraphQL enum `ConsentErrorCode`
 * (consent.user-errors.ts).
 */
export type ConsentErrorCode =
  /** A value is missing, malformed or out of range, or the consent was withdrawn before. */
  | 'INVALID'
  /** The client, consent or provider does not exist or is not in the viewer's caseload. */
  | 'NOT_FOUND';
