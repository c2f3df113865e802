/**
 * Why an API-key command (apiKeyCreate, apiKeyRotate, apiKeyRevoke) did nothing, in the domain's
 * words. The resolvers map each code to the GraphQL enum `ApiKeyErrorCode` (api-key.user-errors.ts).
 */
export type ApiKeyErrorCode =
  /** A value is missing, malformed or out of range (name, tenant, scopes). */
  | 'INVALID'
  /** The key, provider or agency does not exist. */
  | 'NOT_FOUND'
  /** The key was revoked before: it can be neither rotated nor revoked again. */
  | 'ALREADY_REVOKED';
