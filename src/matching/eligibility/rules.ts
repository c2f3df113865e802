/**
 * The words of eligibility rules, without GraphQL or SQL: what a rule says, what the evaluation
 * needs to know of a person and an offer, and what it answers. Rules are data (the
 * `eligibility_rule` table, versioned by rule set); these types are their shape in code.
 */

/** How a person may reach a programme; listed from the strongest claim to none. */
export type Route = 'OBLIGATED' | 'ENTITLED' | 'ADMISSIBLE_IF_SEATS' | 'OPEN_TO_ALL' | 'NOT_ELIGIBLE';
export const ROUTES: readonly Route[] = ['OBLIGATED', 'ENTITLED', 'ADMISSIBLE_IF_SEATS', 'OPEN_TO_ALL', 'NOT_ELIGIBLE'];

/**
 * Which rule decides when several apply. A legal obligation or entitlement is never taken away by
 * an exclusion (e.g. the § 44(4) stop leaves the entitled and obligated routes alone); an
 * exclusion closes the discretionary routes (admission if seats are free, open access). Rule sets
 * where an exclusion and a discretionary rule both apply to one person are refused as
 * contradictory (see consistency.ts), so the order below only ever settles legal claims against
 * exclusions and entitlements against admissions.
 */
export const ROUTE_PRECEDENCE: Readonly<Record<Route, number>> = { OBLIGATED: 5, ENTITLED: 4, NOT_ELIGIBLE: 3, ADMISSIBLE_IF_SEATS: 2, OPEN_TO_ALL: 1 };

/** Routes that let a person in. */
export const GRANTING_ROUTES: readonly Route[] = ['OBLIGATED', 'ENTITLED', 'ADMISSIBLE_IF_SEATS', 'OPEN_TO_ALL'];

export type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export const LEVELS: readonly Level[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
/** A level's rank; no known German ranks below A1. */
export const levelRank = (level: Level | null): number => (level === null ? -1 : LEVELS.indexOf(level));

/** Which date a rule's validity is read on: the course's first day, or the day the person would join. */
export type DatedBy = 'COURSE_START' | 'ENTRY';

/** One rule of a rule set, as stored. Empty lists and null bounds mean "no condition". */
export interface EligibilityRuleData {
  id: number;
  /** Stable across versions, e.g. 'IK_ADMISSION_STOP'. */
  key: string;
  /** Version of the rule set the rule belongs to. */
  version: number;
  programmes: readonly string[];
  route: Route;
  residenceStatuses: readonly string[];
  /** Paragraphs the title must name (e.g. '§ 18a'), where the status alone does not decide. */
  residenceParagraphs: readonly string[];
  minAge: number | null;
  maxAge: number | null;
  germanLevelMin: Level | null;
  germanLevelMax: Level | null;
  /** A finished Integrationskurs (below B1) is a prerequisite. */
  requiresIntegrationCourse: boolean;
  workPermitRequired: boolean;
  minMonthsOfStay: number | null;
  /** true: only for people of school-obligation age; false: only for people past it; null: either. */
  schoolObligation: boolean | null;
  /** The authority whose obligation the rule needs (OBLIGATED routes), e.g. 'JOBCENTER'. */
  obligationBy: string | null;
  validFrom: string | null;
  validUntil: string | null;
  datedBy: DatedBy;
  source: string;
  /** One German sentence: what the rule says. */
  explanation: string;
}

export interface RuleSetData {
  version: number;
  /** Age until which the (vocational) school obligation lasts (§ 72 SchG BW: 18). */
  schoolObligationUntilAge: number;
  rules: readonly EligibilityRuleData[];
}

/** What the evaluation knows of a person. Facts the record lacks are null (unknown). */
export interface ClientFacts {
  birthDate: string;
  residenceStatus: string | null;
  residenceParagraph: string | null;
  /** 'ALLOWED', 'ALLOWED_WITH_APPROVAL' or 'NOT_ALLOWED'. */
  workPermit: string | null;
  arrivalDate: string | null;
  germanLevel: Level | null;
  /** Finished an Integrationskurs (a completed one or a DTZ among the courses on record, or a DTZ named on the record); null: unknown. */
  finishedIntegrationCourse: boolean | null;
  /** Authorities whose obligation to attend runs on the day (from the client's recorded obligations). */
  obligations: readonly string[];
}

/** What the evaluation knows of an offer: its programme, dates and own restrictions. */
export interface OfferFacts {
  programme: string;
  startDate: string;
  minAge: number | null;
  maxAge: number | null;
  admittedResidenceStatuses: readonly string[];
  entryLevelMin: Level | null;
  entryLevelMax: Level | null;
}

export type ReasonCode =
  /** The deciding rule lets the person in. */
  | 'RULE_GRANTS'
  /** The deciding rule excludes the person. */
  | 'RULE_EXCLUDES'
  /** No rule in force lets the person into this programme. */
  | 'NO_RULE'
  /** A rule covering the programme does not apply (a condition fails or it is not in force). */
  | 'RULE_NOT_APPLICABLE'
  | 'OUTSIDE_AGE_RANGE'
  | 'STATUS_NOT_ADMITTED'
  /** Informational: the level lies outside the offer's entry range (a score factor, not an exclusion). */
  | 'LEVEL_OUTSIDE_RANGE';

export interface Reason {
  code: ReasonCode;
  /** The rule the reason is about, if any. */
  ruleId: number | null;
  /** One German sentence. */
  message: string;
}

export interface RuleRef {
  id: number;
  key: string;
  version: number;
  source: string;
}

export interface EligibilityDecision {
  eligible: boolean;
  /** The deciding rule's route; null when no rule applies. */
  route: Route | null;
  rule: RuleRef | null;
  reasons: Reason[];
  /** The day the person would join (the start date, or `asOf` for a course already running). */
  entryDate: string;
  /** Age on the entry date. */
  age: number;
  /** The legal rules let the person in (before the offer's own restrictions). */
  legallyEligible: boolean;
  ageOk: boolean;
  statusOk: boolean;
}
