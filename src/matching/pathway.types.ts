import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { Offer } from '../offers/offer.entity';
import { Programme } from '../offers/offer.enums';
import { PlanGoal } from '../plans/plan.entity';
import { CefrLevel } from '../vocabulary/cefr-level';
import { PathwayStatus } from './matching.enums';
import { PathwayStep } from './pathway.entities';
import { MAX_PATHWAY_STEPS } from './pathways/plan-pathway';

@ObjectType({ simpleResolvers: true, description: 'A step of a pathway, with the offer chosen for it and its dates.' })
export class PlannedStep {
  @Field(() => PathwayStep, { description: 'The step of the prerequisite graph (with its typical duration and legal source).' })
  step!: PathwayStep;

  @Field(() => Programme, { description: 'The programme of the step.' })
  programme!: Programme;

  @Field(() => CefrLevel, { nullable: true, description: "The person's German level when the step begins; null: none known." })
  entryLevel!: CefrLevel | null;

  @Field(() => CefrLevel, { nullable: true, description: "The person's German level after the step; null: none known." })
  exitLevel!: CefrLevel | null;

  @Field(() => String, { nullable: true, description: 'The certificate the step ends with, e.g. "DTZ B1".' })
  certificate!: string | null;

  @Field(() => Offer, { nullable: true, description: 'The best-scored offer of the programme that fits the step (its levels), that no hard rule excludes for the person as they will be then, and that one can join after the step before; null when none does.' })
  offer!: Offer | null;

  @Field(() => Float, { nullable: true, description: "The offer's suggestion score for the person as they will be then; null without an offer." })
  score!: number | null;

  @Field(() => DateScalar, { description: 'The earliest day the step can begin: the entry day of the offer, else the day after the step before ends (today for the first).' })
  earliestStart!: string;

  @Field(() => DateScalar, { description: "The day the step is expected to end: the offer's end when the person joins from its start, else the earliest start plus the longest typical duration." })
  expectedEnd!: string;

  @Field({ description: 'How the dates came about, in one German sentence.' })
  explanation!: string;
}

@ObjectType({ simpleResolvers: true, description: "The ordered chain of programmes from the person's German level to a goal of the plan, shortest by typical duration." })
export class Pathway {
  @Field(() => PlanGoal, { description: 'The goal (its version in the current plan).' })
  goal!: PlanGoal;

  @Field(() => PathwayStatus, { description: 'Whether a chain was found, or why none is needed or possible.' })
  status!: PathwayStatus;

  @Field(() => CefrLevel, { nullable: true, description: "The person's German level on record, where the chain begins; null: none known (below A1)." })
  startLevel!: CefrLevel | null;

  @ListCap(MAX_PATHWAY_STEPS)
  @Field(() => [PlannedStep], { description: 'The steps, in order; empty unless the status is PLANNED.' })
  steps!: PlannedStep[];

  @Field(() => Int, { description: 'Sum of the shortest typical durations of the steps, in months.' })
  monthsMin!: number;

  @Field(() => Int, { description: 'Sum of the longest typical durations of the steps, in months.' })
  monthsMax!: number;

  @Field(() => DateScalar, { nullable: true, description: 'When the last step is expected to end; null without steps.' })
  expectedEnd!: string | null;

  @Field(() => DateScalar, { description: 'The planned end of the support.' })
  supportPlannedEnd!: string;

  @Field({ description: 'The goal is met, or the last step is expected to end on or before the planned end of the support; false when no chain reaches the goal.' })
  endsBeforeSupportEnd!: boolean;

  @Field(() => Int, { description: 'Version of the step set the pathway was planned on.' })
  stepSetVersion!: number;

  @Field({ description: 'The pathway, in one German sentence.' })
  explanation!: string;
}
