import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { CefrLevel } from '../vocabulary/cefr-level';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { GoalStatus, MeasureStatus } from './plan.enums';
import { PlanArea } from '../vocabulary/plan-area';

@InputType({ description: 'A new goal; makes a new plan version.' })
export class PlanGoalAddInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => PlanArea, { description: 'The plan area.' })
  area!: PlanArea;

  @Field({ description: 'The goal, in words agreed with the person (1–1,000 characters).' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'What counts as reached (up to 200 characters).' })
  target?: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Target German level, for language goals.' })
  targetLevel?: CefrLevel | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date.' })
  dueDate?: string | null;
}

@InputType({
  description: 'Changes to a goal; makes a new plan version. Omitted fields stay as they are; null clears target, target level and due date, and is refused for description and status.',
})
export class PlanGoalUpdateInput {
  @Field(() => ID, { description: 'The goal (its ID in any version).' })
  goal!: string;

  @Field(() => String, { nullable: true, description: 'New description (1–1,000 characters); cannot be cleared.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New target (up to 200 characters); null clears it.' })
  target?: string | null;

  @Field(() => CefrLevel, { nullable: true, description: 'New target level; null clears it.' })
  targetLevel?: CefrLevel | null;

  @Field(() => DateScalar, { nullable: true, description: 'New due date; null clears it.' })
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

  @Field(() => String, { nullable: true, description: 'A step in words (needed without an offer; up to 500 characters).' })
  step?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date.' })
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

  @Field(() => DateScalar, { description: 'When the review took place (today or earlier).' })
  reviewDate!: string;

  @Field({ description: 'What was found and agreed (1–2,000 characters).' })
  summary!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When to review next.' })
  nextReviewDate?: string | null;
}

@ObjectType({ description: 'Result of a goal change.' })
export class PlanGoalPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version.' })
  plan!: Plan | null;

  @Field(() => PlanGoal, { nullable: true, description: 'The goal in the new version.' })
  goal!: PlanGoal | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a measure change.' })
export class PlanMeasurePayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version.' })
  plan!: Plan | null;

  @Field(() => PlanMeasure, { nullable: true, description: 'The measure in the new version.' })
  measure!: PlanMeasure | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of recording a review.' })
export class PlanReviewPayload {
  @Field(() => Plan, { nullable: true, description: 'The new plan version.' })
  plan!: Plan | null;

  @Field(() => PlanReview, { nullable: true, description: 'The review.' })
  review!: PlanReview | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A version of the plan with its cursor.' })
export class PlanEdge extends EdgeType(Plan) {}

@ObjectType({ simpleResolvers: true, description: 'A page of plan versions.' })
export class PlanConnection extends ConnectionType(Plan, PlanEdge) {}
