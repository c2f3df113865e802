/**
 * The numbers of the caseload rules, in one place: services enforce them, input and type
 * descriptions quote them, so what the schema says is what the code does.
 */

/** Planned length of support: the planned end is this many years after the start. */
export const SUPPORT_YEARS = 2;
/** Funding rules: up to 3 years, 4 where justified; later ends are refused. */
export const MAX_SUPPORT_YEARS = 4;
/** A case is entered when support is agreed; a start further ahead is a typo. */
export const SUPPORT_START_AHEAD_YEARS = 1;
/** The most cases one transfer moves; also the cap of `ClientTransferPayload.clients`. */
export const MAX_TRANSFER = 500;
/** The longest reason for closing a case or extending support, in characters. */
export const MAX_REASON_LENGTH = 500;
/** The longest case note, in characters. */
export const MAX_NOTE_LENGTH = 5000;
