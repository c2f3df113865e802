/**
 * Why a command on a case changed nothing, in the caseloads' words (the GraphQL enum
 * `ClientErrorCode` of client.user-errors.ts says the same to API clients):
 * - INVALID: a value is missing, malformed or out of range, or the case is in a state that
 *   refuses the command (closed);
 * - NOT_FOUND: a referenced client, municipality or manager does not exist or is not visible;
 * - DUPLICATE: the agency already holds a record of this person (clientCreate).
 */
export type ClientErrorCode = 'NOT_FOUND' | 'INVALID' | 'DUPLICATE';
