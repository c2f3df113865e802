/**
 * Why trustedDocumentRegister did nothing, in the domain's words. The resolver maps each code to
 * the GraphQL enum `TrustedDocumentErrorCode` (trusted-document.user-errors.ts).
 */
export type TrustedDocumentErrorCode =
  /** The name is out of range, or the document does not parse or is not valid against the schema. */
  'INVALID';
