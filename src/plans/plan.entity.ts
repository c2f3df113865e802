import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { CefrLevel } from '../vocabulary/cefr-level';
import { Offer } from '../offers/offer.entity';
import { User } from '../tenancy/user.entity';
import { GoalStatus, MeasureStatus } from './plan.enums';
import { PlanArea } from '../vocabulary/plan-area';

/**
 * One version of a client's Integrationsplan. A change never edits a version: it copies the
 * current one into version n + 1 with the change applied, so the history stays as it was agreed.
 * Goals, measures and reviews carry `originId`, the ID of their first version, to follow one goal
 * across versions.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: "A version of a client's Integrationsplan." })
@Entity({ tableName: 'plan' })
export class Plan extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field({ description: 'Whether this is the version in force.' })
  @Property({ type: 'boolean' })
  isCurrent!: boolean;

  @Field({ description: 'What changed in this version.' })
  @Property({ type: 'string', length: 200 })
  change!: string;

  @Field(() => Date, { description: 'When this version was made.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A goal of the Integrationsplan.' })
@Entity({ tableName: 'plan_goal' })
export class PlanGoal extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Property({ type: 'integer' })
  originId!: number;

  @Field(() => PlanArea, { description: 'The plan area.' })
  @Enum({ items: () => PlanArea, nativeEnumName: 'plan_area' })
  area!: PlanArea;

  @Field({ description: 'The goal, in words agreed with the person.' })
  @Property({ type: 'string', length: 1000 })
  description!: string;

  @Field(() => String, { nullable: true, description: 'What counts as reached, e.g. "B1 certificate".' })
  @Property({ type: 'string', length: 200, nullable: true })
  target: string | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Target German level, for language goals.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  targetLevel: CefrLevel | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => GoalStatus, { description: 'Progress.' })
  @Enum({ items: () => GoalStatus, nativeEnumName: 'goal_status' })
  status: GoalStatus = GoalStatus.OPEN;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'An agreed measure: a catalogue offer or a free-text step, towards a goal.' })
@Entity({ tableName: 'plan_measure' })
export class PlanMeasure extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Property({ type: 'integer' })
  originId!: number;

  @ManyToOne(() => PlanGoal, { ref: true })
  goal!: Ref<PlanGoal>;

  @ManyToOne(() => Offer, { ref: true, nullable: true })
  offer: Ref<Offer> | null = null;

  @Field(() => String, { nullable: true, description: 'A step in words, when it is not (only) a catalogue offer.' })
  @Property({ type: 'string', length: 500, nullable: true })
  step: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => MeasureStatus, { description: 'Progress.' })
  @Enum({ items: () => MeasureStatus, nativeEnumName: 'measure_status' })
  status: MeasureStatus = MeasureStatus.PLANNED;
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A review of the Integrationsplan with the person.' })
@Entity({ tableName: 'plan_review' })
export class PlanReview extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Property({ type: 'integer' })
  originId!: number;

  @Field(() => DateScalar, { description: 'When the review took place.' })
  @Property({ type: 'date', columnType: 'date' })
  reviewDate!: string;

  @Field({ description: 'What was found and agreed.' })
  @Property({ type: 'string', length: 2000 })
  summary!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When to review next.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  nextReviewDate: string | null = null;
}

// Plans are audited as reads of their client: one person, one audit entry per request.
