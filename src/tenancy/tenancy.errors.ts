/**
 * Why a tenancy command (agencyCreate, teamCreate, userCreate) did nothing, in the domain's words.
 * The resolvers map each code to the GraphQL enum `TenancyErrorCode` (tenancy.user-errors.ts).
 */
export type TenancyErrorCode =
  /** A value is missing, malformed or out of range; an agency has as many teams as it can. */
  | 'INVALID'
  /** A referenced agency, municipality, provider or team does not exist. */
  | 'NOT_FOUND'
  /** An agency key, a team name within its agency or an e-mail address is used already. */
  | 'TAKEN';
