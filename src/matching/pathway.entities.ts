import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { Programme } from '../offers/offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import { PlanArea } from '../vocabulary/plan-area';

/**
 * A published version of the prerequisite graph of programmes. Step sets are never edited: a
 * change is a new version, and a pathway names the version it was planned on.
 */
@Entity({ tableName: 'pathway_step_set' })
export class PathwayStepSet {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer', unique: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  publishedAt: Date = new Date();

  @Property({ type: 'string', length: 100 })
  publishedBy!: string;

  @Property({ type: 'string', length: 1000 })
  note: string = '';

  @OneToMany(() => PathwayStep, (step) => step.stepSet)
  steps = new Collection<PathwayStep>(this);
}

@ObjectType({ simpleResolvers: true, description: 'A step of the prerequisite graph: from which German level a programme can be entered, what it leads to, how long it takes, by which legal source.' })
@Entity({ tableName: 'pathway_step' })
export class PathwayStep {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => PathwayStepSet, { ref: true })
  stepSet!: Ref<PathwayStepSet>;

  /** The step set's version, set when the steps are read (see PathwayService). */
  @Field(() => Int, { description: 'Version of the step set the step belongs to.' })
  version!: number;

  @Field({ description: 'Stable name of the step across versions, e.g. BSK_B1_B2.' })
  @Property({ type: 'string', length: 80 })
  key!: string;

  @Field(() => Programme, { description: 'The programme of the step.' })
  @Enum({ items: () => Programme, nativeEnumName: 'programme' })
  programme!: Programme;

  @Field(() => CefrLevel, { nullable: true, description: 'Lowest German level to enter; null: none needed.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  entryLevelMin: CefrLevel | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Highest German level to enter (e.g. A2: not yet B1); null: any.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  entryLevelMax: CefrLevel | null = null;

  @Field(() => Boolean, { nullable: true, description: 'true: only after a finished Integrationskurs; false: only before one; null: either.' })
  @Property({ type: 'boolean', nullable: true })
  integrationCourseFinished: boolean | null = null;

  @Field(() => Boolean, { nullable: true, description: 'true: only for people who read Latin script; false: only for people who do not; null: either (an unknown literacy excludes no step).' })
  @Property({ type: 'boolean', nullable: true })
  latinLiterate: boolean | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'The German level the step leads to; null: it does not change the level.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  exitLevel: CefrLevel | null = null;

  @Field(() => String, { nullable: true, description: 'The certificate the step ends with, e.g. "DTZ B1".' })
  @Property({ type: 'string', length: 100, nullable: true })
  certificate: string | null = null;

  @Field({ description: 'Finishing the step counts as a finished Integrationskurs (a prerequisite of the special modules).' })
  @Property({ type: 'boolean' })
  completesIntegrationCourse: boolean = false;

  @Field({ description: 'The step completes goals of its areas once their target level is reached (e.g. an Einstiegsqualifizierung for work); a pathway for such a goal ends with one.' })
  @Property({ type: 'boolean' })
  completesGoal: boolean = false;

  @ListCap(Object.keys(PlanArea).length)
  @Field(() => [PlanArea], { description: 'Plan areas the step serves.' })
  @Property({ type: 'text[]' })
  areas: PlanArea[] = [];

  @Field(() => Int, { description: 'Shortest typical duration, in months.' })
  @Property({ type: 'smallint' })
  durationMonthsMin!: number;

  @Field(() => Int, { description: 'Longest typical duration, in months; pathways plan with it where no offer gives an end.' })
  @Property({ type: 'smallint' })
  durationMonthsMax!: number;

  @Field({ description: 'The legal source, e.g. "§ 54a SGB III".' })
  @Property({ type: 'string', length: 300 })
  source!: string;

  @Field({ description: 'What the step is, in one German sentence.' })
  @Property({ type: 'string', length: 500 })
  explanation!: string;
}
