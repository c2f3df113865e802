import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { CefrLevel } from '../vocabulary/cefr-level';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { GoalStatus, MeasureStatus } from './plan.enums';
import { PlanUserError } from './plan.user-errors';
import { PlanArea } from '../vocabulary/plan-area';
import {
  EARLIEST_PLAN_DATE,
  MAX_GOAL_DESCRIPTION,
  MAX_GOAL_TARGET,
  MAX_MEASURE_STEP,
  MAX_REVIEW_SUMMARY,
  PLAN_HORIZON_YEARS,
} from './plan-limits';

/** A number as the descriptions write it: 1,000. */
const N = (value: number) => String(value).replace(/\B(?=(\d{3})+$)/g, ',');
const DATE_RANGE = `from ${EARLIEST_PLAN_DATE}, at most ${PLAN_HORIZON_YEARS} years ahead`;
const DUE_DATE = `Due date (${DATE_RANGE}).`;

@InputType({ description: 'A new goal; makes a new plan version.' })
export class PlanGoalAddInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => PlanArea, { description: 'The plan area.' })
  area!: PlanArea;

  @Field({ description: `The goal, in words agreed with the person (1–${N(MAX_GOAL_DESCRIPTION)} characters, trimmed).` })
  description!: string;

  @Field(() => String, { nullable: true, description: `What counts as reached (up to ${N(MAX_GOAL_TARGET)} characters, trimmed); empty is none.` })
  target?: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Target German level, for language goals.' })
  targetLevel?: CefrLevel | null;

  @Field(() => DateScalar, { nullable: true, description: DUE_DATE })
  dueDate?: string | null;
}

@InputType({
  description: 'Changes to a goal; makes a new plan version. Omitted fields stay as they are; null clears target, target level and due date, and is refused for description and status.',
})
export class PlanGoalUpdateInput {
  @Field(() => ID, { description: 'The goal (its ID in any version).' })
  goal!: string;

  @Field(() => String, { nullable: true, description: `New description (1–${N(MAX_GOAL_DESCRIPTION)} characters, trimmed); cannot be cleared.` })
  description?: string | null;

  @Field(() => String, { nullable: true, description: `New target (up to ${N(MAX_GOAL_TARGET)} characters, trimmed); null or empty clears it.` })
  target?: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'New target level; null clears it.' })
  targetLevel?: CefrLevel | null;

  @Field(() => DateScalar, { nullable: true, description: `New due date (${DATE_RANGE}); null clears it.` })
  dueDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'New status; cannot be cleared.' })
  status?: GoalStatus | null;
}

@InputType({ description: 'A measure agreed towards a goal; makes a new plan version.' })
export class PlanMeasureAddInput {
  @Field(() => ID, { description: 'The goal (its ID in any version).' })
  goal!: string;

  @Field(() => ID, { nullable: true, description: 'A published catalogue offer.' })
  offer?: string | null;

  @Field(() => String, { nullable: true, description: `A step in words (needed without an offer; up to ${N(MAX_MEASURE_STEP)} characters, trimmed).` })
  step?: string | null;

  @Field(() => DateScalar, { nullable: true, description: DUE_DATE })
  dueDate?: string | null;
}

@InputType({ description: 'New status of a measure; makes a new plan version.' })
export class PlanMeasureStatusInput {
  @Field(() => ID, { description: 'The measure (its ID in any version).' })
  measure!: string;

  @Field(() => MeasureStatus, { description: 'The new status.' })
  status!: MeasureStatus;
}

@InputType({ description: 'A review of the plan with the person; makes a new plan version.' })
export class PlanReviewInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => DateScalar, { description: `When the review took place: today (UTC) or earlier, not before ${EARLIEST_PLAN_DATE}.` })
  reviewDate!: string;

  @Field({ description: `What was found and agreed (1–${N(MAX_REVIEW_SUMMARY)} characters, trimmed).` })
  summary!: string;

  @Field(() => DateScalar, { nullable: true, description: `When to review next: after reviewDate, at most ${PLAN_HORIZON_YEARS} years ahead.` })
  nextReviewDate?: string | null;
}

@ObjectType({ description: 'Result of planGoalAdd.' })
export class PlanGoalAddPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version; null when the goal was refused.' })
  plan!: Plan | null;

  @Field(() => PlanGoal, { nullable: true, description: 'The new goal, in the new version.' })
  goal!: PlanGoal | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [PlanUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: PlanUserError[];
}

@ObjectType({ description: 'Result of planGoalUpdate.' })
export class PlanGoalUpdatePayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version; null when the change was refused.' })
  plan!: Plan | null;

  @Field(() => PlanGoal, { nullable: true, description: 'The changed goal, in the new version.' })
  goal!: PlanGoal | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [PlanUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: PlanUserError[];
}

@ObjectType({ description: 'Result of planMeasureAdd.' })
export class PlanMeasureAddPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version; null when the measure was refused.' })
  plan!: Plan | null;

  @Field(() => PlanMeasure, { nullable: true, description: 'The new measure, in the new version.' })
  measure!: PlanMeasure | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [PlanUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: PlanUserError[];
}

@ObjectType({ description: 'Result of planMeasureStatusSet.' })
export class PlanMeasureStatusSetPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version; null when the change was refused.' })
  plan!: Plan | null;

  @Field(() => PlanMeasure, { nullable: true, description: 'The measure with its new status, in the new version.' })
  measure!: PlanMeasure | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [PlanUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: PlanUserError[];
}

@ObjectType({ description: 'Result of planReview.' })
export class PlanReviewPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version; null when the review was refused.' })
  plan!: Plan | null;

  @Field(() => PlanReview, { nullable: true, description: 'The review, in the new version.' })
  review!: PlanReview | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [PlanUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: PlanUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A version of the plan with its cursor.' })
export class PlanEdge extends EdgeType(Plan) {}

@ObjectType({ simpleResolvers: true, description: 'A page of plan versions.' })
export class PlanConnection extends ConnectionType(Plan, PlanEdge) {}
