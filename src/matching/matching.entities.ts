import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { Programme } from '../offers/offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { EligibilityDatedBy, EligibilityRoute, MatchingFactor } from './matching.enums';

/**
 * A published version of the eligibility rules. Rule sets are never edited: a change is a new
 * version, and a decision names the rule (and so the version) it was made under.
 */
@ObjectType({ simpleResolvers: true, description: 'A published version of the eligibility rules.' })
@Entity({ tableName: 'eligibility_rule_set' })
export class EligibilityRuleSet {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field(() => Int, { description: 'Version number, from 1; the highest is in force.' })
  @Property({ type: 'integer', unique: true })
  version!: number;

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  publishedAt: Date = new Date();

  @Field({ description: 'Who published it: the global ID of the administrator, or "migration" for the seeded version.' })
  @Property({ type: 'string', length: 100 })
  publishedBy!: string;

  @Field({ description: 'What changed, in words.' })
  @Property({ type: 'string', length: 1000 })
  note: string = '';

  @Field(() => Int, { description: 'Age until which the (vocational) school obligation lasts (§ 72 SchG BW: 18); rules on school obligation read it.' })
  @Property({ type: 'smallint' })
  schoolObligationUntilAge: number = 18;

  @OneToMany(() => EligibilityRule, (rule) => rule.ruleSet)
  rules = new Collection<EligibilityRule>(this);
}

@ObjectType({ implements: Node, simpleResolvers: true, description: 'An eligibility rule: who may reach which programmes, on which route, when, by which legal source.' })
@Entity({ tableName: 'eligibility_rule' })
export class EligibilityRule extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => EligibilityRuleSet, { ref: true })
  ruleSet!: Ref<EligibilityRuleSet>;

  /** The rule set's version, set when the rules are read (see EligibilityService); the GraphQL field falls back to the set. */
  version!: number;

  @Field({ description: 'Stable name of the rule across versions, e.g. IK_ADMISSION_STOP.' })
  @Property({ type: 'string', length: 80 })
  key!: string;

  @ListCap(Object.keys(Programme).length)
  @Field(() => [Programme], { description: 'Programmes the rule covers.' })
  @Enum({ items: () => Programme, array: true })
  programmes: Programme[] = [];

  @Field(() => EligibilityRoute, { description: 'The route the rule gives.' })
  @Enum({ items: () => EligibilityRoute, nativeEnumName: 'eligibility_route' })
  route!: EligibilityRoute;

  @Field(() => [ResidenceStatus], { description: 'Residence statuses the rule applies to; empty: every status (also an unknown one).' })
  @Enum({ items: () => ResidenceStatus, array: true })
  residenceStatuses: ResidenceStatus[] = [];

  @Field(() => [String], { description: 'Paragraphs the residence title must name (e.g. "§ 18a"), where the status alone does not decide; empty: none.' })
  @Property({ type: 'text[]' })
  residenceParagraphs: string[] = [];

  @Field(() => Int, { nullable: true, description: 'Lowest age on entry.' })
  @Property({ type: 'smallint', nullable: true })
  minAge: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Highest age on entry.' })
  @Property({ type: 'smallint', nullable: true })
  maxAge: number | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Lowest German level (e.g. B1 for Berufssprachkurse).' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  germanLevelMin: CefrLevel | null = null;

  @Field(() => CefrLevel, { nullable: true, description: 'Highest German level (e.g. A2: not yet B1); no German at all lies below A1.' })
  @Enum({ items: () => CefrLevel, nativeEnumName: 'cefr_level', nullable: true })
  germanLevelMax: CefrLevel | null = null;

  @Field({ description: 'A finished Integrationskurs (a DTZ result) is a prerequisite.' })
  @Property({ type: 'boolean' })
  requiresIntegrationCourse: boolean = false;

  @Field({ description: 'A work permit (or an approval that can be obtained) is a prerequisite.' })
  @Property({ type: 'boolean' })
  workPermitRequired: boolean = false;

  @Field(() => Int, { nullable: true, description: 'Minimum months of stay in Germany on entry.' })
  @Property({ type: 'smallint', nullable: true })
  minMonthsOfStay: number | null = null;

  @Field(() => Boolean, { nullable: true, description: 'true: only for people of school-obligation age; false: only for people past it; null: either.' })
  @Property({ type: 'boolean', nullable: true })
  schoolObligation: boolean | null = null;

  @Field(() => String, { nullable: true, description: 'For OBLIGATED rules: the authority whose obligation is needed (FOREIGNERS_AUTHORITY, JOBCENTER, ASYLUM_BENEFITS_AUTHORITY).' })
  @Property({ type: 'string', length: 40, nullable: true })
  obligationBy: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the rule is in force; null: always was.' })
  @Property({ type: 'date', nullable: true })
  validFrom: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the rule is in force; null: open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  @Field(() => EligibilityDatedBy, { description: 'Which day the validity is read on.' })
  @Enum({ items: () => EligibilityDatedBy })
  datedBy: EligibilityDatedBy = EligibilityDatedBy.ENTRY;

  @Field({ description: 'The legal source, e.g. "§ 44 Abs. 4 AufenthG".' })
  @Property({ type: 'string', length: 300 })
  source!: string;

  @Field({ description: 'What the rule says, in one German sentence.' })
  @Property({ type: 'string', length: 500 })
  explanation!: string;
}

/** The factors of the score, each with its column (property) in a weight set. */
export const WEIGHT_PROPERTIES = {
  PLAN_GOAL: 'planGoal',
  LEVEL: 'level',
  DISTANCE: 'distance',
  SCHEDULE: 'schedule',
  CHILDCARE: 'childcare',
  START: 'start',
  SEATS: 'seats',
  LANGUAGES: 'languages',
  AUDIENCE: 'audience',
  COST: 'cost',
} as const satisfies Record<MatchingFactor, string>;

@ObjectType({ simpleResolvers: true, description: 'The weight of one factor of the suggestion score.' })
export class FactorWeight {
  @Field(() => MatchingFactor, { description: 'The factor.' })
  factor!: MatchingFactor;

  @Field(() => Float, { description: "The factor's weight: its contribution is weight × value (0 to 1)." })
  weight!: number;
}

/**
 * The weights of the suggestion score: the default set (no agency) or an agency's own, each
 * change a new version; the highest version of the agency's (else the default) is used.
 * Coordinators publish their agency's (matchingWeightsPublish); a set is never edited.
 */
@ObjectType({ simpleResolvers: true, description: "A published version of the suggestion score's weights: the default set, or an agency's own." })
@Entity({ tableName: 'matching_weight_set' })
export class MatchingWeightSet {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'integer', nullable: true, fieldName: 'agency_id' })
  agencyId: number | null = null;

  @Field(() => Int, { description: "Version number. An agency's first own version follows the version of the set it replaces; previous versions stay readable." })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  publishedAt: Date = new Date();

  @Field({ description: 'Who published it: the global ID of the coordinator, or "migration" for the seeded default set.' })
  @Property({ type: 'string', length: 100 })
  publishedBy!: string;

  @Field({ description: 'What changed, in words.' })
  @Property({ type: 'string', length: 1000 })
  note: string = '';

  @Property({ type: 'double' }) planGoal!: number;
  @Property({ type: 'double' }) level!: number;
  @Property({ type: 'double' }) distance!: number;
  @Property({ type: 'double' }) schedule!: number;
  @Property({ type: 'double' }) childcare!: number;
  @Property({ type: 'double' }) start!: number;
  @Property({ type: 'double' }) seats!: number;
  @Property({ type: 'double' }) languages!: number;
  @Property({ type: 'double' }) audience!: number;
  @Property({ type: 'double' }) cost!: number;

  @Field(() => Int, { description: 'The travel distance in km used for people who gave none (1 to 500).' })
  @Property({ type: 'smallint' })
  defaultMaxTravelKm!: number;

  @Field(() => Int, { description: 'A start within this many days counts as soon (1 to 365; 42 days: IntV § 7(4)).' })
  @Property({ type: 'smallint' })
  soonDays!: number;

  @Field({ description: "true: the hub's default set, in force for every agency without its own." })
  get isDefault(): boolean {
    return this.agencyId === null;
  }

  @ListCap(Object.keys(MatchingFactor).length)
  @Field(() => [FactorWeight], { description: 'The weight of every factor, in the order of the score.' })
  get weights(): FactorWeight[] {
    return (Object.keys(WEIGHT_PROPERTIES) as MatchingFactor[]).map((factor) => ({ factor, weight: this[WEIGHT_PROPERTIES[factor]] }));
  }
}
