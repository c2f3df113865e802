import { describeEnum } from '../core/graphql/described-enum';

/** How a person may reach a programme (the values of `eligibility_route`; see eligibility/rules.ts). */
export enum EligibilityRoute {
  OBLIGATED = 'OBLIGATED',
  ENTITLED = 'ENTITLED',
  ADMISSIBLE_IF_SEATS = 'ADMISSIBLE_IF_SEATS',
  OPEN_TO_ALL = 'OPEN_TO_ALL',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}
describeEnum(EligibilityRoute, 'EligibilityRoute', 'How a person may reach a programme under an eligibility rule.', {
  OBLIGATED: 'Obliged to attend by an authority or the school law (e.g. § 44a AufenthG, § 72 SchG BW); no exclusion takes this away.',
  ENTITLED: 'Entitled to attend (e.g. § 44(1) AufenthG); no exclusion takes this away.',
  ADMISSIBLE_IF_SEATS: 'May be admitted where seats are free (e.g. § 44(4) AufenthG, DeuFöV § 4).',
  OPEN_TO_ALL: 'Open to everyone, no entry conditions.',
  NOT_ELIGIBLE: 'Excluded: the programme is closed to these people (e.g. the § 44(4) admission stop, programmes no longer offered).',
});

export enum EligibilityDatedBy {
  COURSE_START = 'COURSE_START',
  ENTRY = 'ENTRY',
}
describeEnum(EligibilityDatedBy, 'EligibilityDatedBy', "Which day a rule's validity is read on.", {
  COURSE_START: 'The first day of the course (e.g. "for courses starting from 1 May 2025").',
  ENTRY: 'The day the person would join: the start date, or today for a course already running (e.g. admissions from 9 February 2026).',
});

export enum EligibilityReasonCode {
  RULE_GRANTS = 'RULE_GRANTS',
  RULE_EXCLUDES = 'RULE_EXCLUDES',
  NO_RULE = 'NO_RULE',
  RULE_NOT_APPLICABLE = 'RULE_NOT_APPLICABLE',
  OUTSIDE_AGE_RANGE = 'OUTSIDE_AGE_RANGE',
  STATUS_NOT_ADMITTED = 'STATUS_NOT_ADMITTED',
  LEVEL_OUTSIDE_RANGE = 'LEVEL_OUTSIDE_RANGE',
}
describeEnum(EligibilityReasonCode, 'EligibilityReasonCode', 'Why an eligibility decision came out as it did.', {
  RULE_GRANTS: 'The deciding rule lets the person in.',
  RULE_EXCLUDES: 'The deciding rule excludes the person.',
  NO_RULE: 'No rule in force opens the programme to the person.',
  RULE_NOT_APPLICABLE: 'A rule covering the programme does not apply (its first failing condition is given).',
  OUTSIDE_AGE_RANGE: "The person's age on entry lies outside the offer's age range.",
  STATUS_NOT_ADMITTED: "The offer does not admit the person's residence status.",
  LEVEL_OUTSIDE_RANGE: "The German level lies outside the offer's entry range (lowers the level factor; does not exclude).",
});

/** The factors of a suggestion's score. */
export enum MatchingFactor {
  PLAN_GOAL = 'PLAN_GOAL',
  LEVEL = 'LEVEL',
  DISTANCE = 'DISTANCE',
  SCHEDULE = 'SCHEDULE',
  CHILDCARE = 'CHILDCARE',
  START = 'START',
  SEATS = 'SEATS',
  LANGUAGES = 'LANGUAGES',
  AUDIENCE = 'AUDIENCE',
  COST = 'COST',
}
describeEnum(MatchingFactor, 'MatchingFactor', 'A factor of the suggestion score.', {
  PLAN_GOAL: 'Serves an open goal of the Integrationsplan (its area, and its target level where one is set).',
  LEVEL: "The offer's entry level range against the person's German level.",
  DISTANCE: "Travel distance against the person's maximum (online: full value).",
  SCHEDULE: "Meeting times (weekday × part of day) against the person's availability.",
  CHILDCARE: 'Childcare offered, where the person has children below school age.',
  START: 'Starts soon or has rolling entry, and before the support ends.',
  SEATS: 'Free seats, else an open waiting list.',
  LANGUAGES: "Support languages of the offer among the person's languages.",
  AUDIENCE: "The offer's audiences fit the person (gender, employment, age, children, literacy as recorded; unknown facts count half).",
  COST: 'Free of charge, or a fee the person is exempt from (Integrationskurs: IntV § 9(2); Berufssprachkurs: trainees and people on benefits); unknown counts half.',
});

/** The hard rules: each excludes an offer from the suggestions. */
export enum ExclusionCode {
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OUTSIDE_AGE_RANGE = 'OUTSIDE_AGE_RANGE',
  STATUS_NOT_ADMITTED = 'STATUS_NOT_ADMITTED',
  NOT_JOINABLE = 'NOT_JOINABLE',
  TOO_FAR = 'TOO_FAR',
  NO_SEAT = 'NO_SEAT',
}
describeEnum(ExclusionCode, 'ExclusionCode', 'A hard rule that excludes an offer for a person.', {
  NOT_ELIGIBLE: 'No eligibility rule lets the person in, or a rule excludes them.',
  OUTSIDE_AGE_RANGE: "The person's age on entry lies outside the offer's age range.",
  STATUS_NOT_ADMITTED: "The offer does not admit the person's residence status.",
  NOT_JOINABLE: 'The offer has ended, or has started without rolling entry.',
  TOO_FAR: "An in-person offer farther than the person's maximum travel distance.",
  NO_SEAT: 'No free seat and no open waiting list.',
});

/** The outcome of planning a pathway (see pathways/plan-pathway.ts). */
export enum PathwayStatus {
  PLANNED = 'PLANNED',
  ALREADY_MET = 'ALREADY_MET',
  NO_TARGET = 'NO_TARGET',
  UNREACHABLE = 'UNREACHABLE',
}
describeEnum(PathwayStatus, 'PathwayStatus', 'The outcome of planning a pathway to a goal.', {
  PLANNED: 'A chain of steps leads to the goal.',
  ALREADY_MET: "The person's German level already meets the goal's target level, and no step is needed.",
  NO_TARGET: 'The goal names no target level and no step of the graph completes goals of its area: nothing to plan.',
  UNREACHABLE: "No chain of the graph's steps leads from the person's level to the goal.",
});
