import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType } from '../core/relay/connection';
import { Offer } from '../offers/offer.entity';
import { OfferFamily, Programme } from '../offers/offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { EligibilityRule, EligibilityRuleSet } from './matching.entities';
import { EligibilityDatedBy, EligibilityReasonCode, EligibilityRoute, ExclusionCode, MatchingFactor } from './matching.enums';
import { MAX_REASONS, MAX_RULES_PER_SET, MAX_SUGGESTIONS_PAGE } from './matching.limits';
import { MatchingUserError } from './matching.user-errors';

const FACTOR_COUNT = Object.keys(MatchingFactor).length;
export const EXCLUSION_COUNT = Object.keys(ExclusionCode).length;

@ObjectType({ simpleResolvers: true, description: 'One reason of an eligibility decision.' })
export class EligibilityReason {
  @Field(() => EligibilityReasonCode, { description: 'What kind of reason, for programs.' })
  code!: EligibilityReasonCode;

  @Field({ description: 'The reason, in one German sentence.' })
  message!: string;

  @Field(() => EligibilityRule, { nullable: true, description: 'The rule the reason is about.' })
  rule!: EligibilityRule | null;
}

@ObjectType({ simpleResolvers: true, description: 'Whether a person may attend an offer, on which route, under which rule, and why.' })
export class Eligibility {
  @Field({ description: "The rules and the offer's own age range and admitted statuses let the person in." })
  eligible!: boolean;

  @Field(() => EligibilityRoute, { nullable: true, description: 'The route of the deciding rule; null when no rule applies.' })
  route!: EligibilityRoute | null;

  @Field(() => EligibilityRule, { nullable: true, description: 'The rule that decided (with its version and legal source); null when none applies.' })
  rule!: EligibilityRule | null;

  @ListCap(MAX_REASONS)
  @Field(() => [EligibilityReason], { description: "The deciding rule first, then why the programme's other rules did not apply, then the offer's own restrictions." })
  reasons!: EligibilityReason[];
}

@ObjectType({ simpleResolvers: true, description: 'A factor of a score: contribution = weight × value; the score is the sum of the contributions.' })
export class ScoreFactor {
  @Field(() => MatchingFactor, { description: 'The factor.' })
  factor!: MatchingFactor;

  @Field(() => Float, { description: "The factor's weight (the agency's, else the default)." })
  weight!: number;

  @Field(() => Float, { description: 'How well the offer does on this factor, from 0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'weight × value.' })
  contribution!: number;

  @Field({ description: 'Why, in one German sentence.' })
  explanation!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A hard rule that excludes an offer for a person.' })
export class Exclusion {
  @Field(() => ExclusionCode, { description: 'The hard rule.' })
  code!: ExclusionCode;

  @Field({ description: 'Why, in one German sentence.' })
  message!: string;

  @Field(() => EligibilityRule, { nullable: true, description: 'The eligibility rule that excludes, for NOT_ELIGIBLE by a rule.' })
  rule!: EligibilityRule | null;
}

@ObjectType({ simpleResolvers: true, description: 'A suggested offer with its score and the reasons for it.' })
export class SuggestionEdge {
  @Field({ description: 'Cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Offer, { description: 'The offer.' })
  node!: Offer;

  @Field(() => Float, { description: 'The score: exactly the sum of the factor contributions.' })
  score!: number;

  @Field(() => Float, { nullable: true, description: "Distance in km from the person's coordinates; null for offers without a location." })
  distanceKm!: number | null;

  @Field(() => Eligibility, { description: 'The eligibility decision.' })
  eligibility!: Eligibility;

  @ListCap(FACTOR_COUNT)
  @Field(() => [ScoreFactor], { description: 'The factors of the score.' })
  factors!: ScoreFactor[];
}

@ObjectType({ simpleResolvers: true, description: 'A page of suggestions, by score (highest first), then offer.' })
export class SuggestionConnection extends ConnectionType(Offer, SuggestionEdge) {}

@ObjectType({ simpleResolvers: true, description: 'How one offer fits a person, and why not where it does not.' })
export class OfferFit {
  @Field(() => Offer, { description: 'The offer.' })
  offer!: Offer;

  @Field(() => Float, { description: 'The score, as a suggestion of this offer would have it.' })
  score!: number;

  @Field({ description: 'false when a hard rule excludes the offer (see excludedBy).' })
  eligible!: boolean;

  @Field(() => Float, { nullable: true, description: "Distance in km from the person's coordinates; null for offers without a location." })
  distanceKm!: number | null;

  @Field(() => Eligibility, { description: 'The eligibility decision.' })
  eligibility!: Eligibility;

  @ListCap(FACTOR_COUNT)
  @Field(() => [ScoreFactor], { description: 'The factors of the score.' })
  factors!: ScoreFactor[];

  @ListCap(EXCLUSION_COUNT)
  @Field(() => [Exclusion], { description: 'Every hard rule that excludes the offer; empty when it could be suggested.' })
  excludedBy!: Exclusion[];
}

@InputType({ description: 'Narrows suggestions.' })
export class SuggestionFilter {
  @Field(() => [OfferFamily], { nullable: true, description: 'Only these families.' })
  families?: OfferFamily[] | null;

  @Field(() => [Programme], { nullable: true, description: 'Only these programmes.' })
  programmes?: Programme[] | null;

  @Field(() => ID, { nullable: true, description: "Only offers serving this open goal of the person's plan (its area)." })
  goal?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only offers with a free seat or open capacity (no waiting lists).' })
  onlyWithFreeSeats?: boolean | null;
}

@ArgsType()
export class SuggestionArgs {
  @Field(() => Int, { nullable: true, description: `Returns the first n suggestions (at most ${MAX_SUGGESTIONS_PAGE}; default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Returns the suggestions after this cursor.' })
  after?: string | null;

  @Field(() => SuggestionFilter, { nullable: true, description: 'Narrows the suggestions.' })
  filter?: SuggestionFilter | null;
}

@InputType({ description: 'An eligibility rule of a new rule set. Empty lists and null bounds mean "no condition".' })
export class EligibilityRuleInput {
  @Field({ description: 'Stable name across versions (capital letters, digits, underscores), e.g. IK_ADMISSION_STOP.' })
  key!: string;

  @Field(() => [Programme], { description: 'Programmes the rule covers (at least one).' })
  programmes!: Programme[];

  @Field(() => EligibilityRoute, { description: 'The route the rule gives.' })
  route!: EligibilityRoute;

  @Field(() => [ResidenceStatus], { nullable: true, description: 'Residence statuses; empty or null: every status.' })
  residenceStatuses?: ResidenceStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Paragraphs the title must name, e.g. "§ 18a".' })
  residenceParagraphs?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Lowest age on entry.' })
  minAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest age on entry.' })
  maxAge?: number | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Lowest German level.' })
  germanLevelMin?: CefrLevel | null;

  @Field(() => CefrLevel, { nullable: true, description: 'Highest German level.' })
  germanLevelMax?: CefrLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'A finished Integrationskurs is a prerequisite (default false).' })
  requiresIntegrationCourse?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A work permit is a prerequisite (default false).' })
  workPermitRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minimum months of stay.' })
  minMonthsOfStay?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only of school-obligation age; false: only past it.' })
  schoolObligation?: boolean | null;

  @Field(() => String, { nullable: true, description: 'OBLIGATED rules: FOREIGNERS_AUTHORITY, JOBCENTER or ASYLUM_BENEFITS_AUTHORITY.' })
  obligationBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in force.' })
  validUntil?: string | null;

  @Field(() => EligibilityDatedBy, { nullable: true, description: 'Which day the validity is read on (default ENTRY).' })
  datedBy?: EligibilityDatedBy | null;

  @Field({ description: 'The legal source, e.g. "§ 44 Abs. 4 AufenthG".' })
  source!: string;

  @Field({ description: 'What the rule says, in one German sentence.' })
  explanation!: string;
}

@InputType({ description: 'A new version of the eligibility rules: the complete set, replacing the one in force.' })
export class EligibilityRuleSetPublishInput {
  @Field({ description: 'What changed, in words (at most 1,000 characters).' })
  note!: string;

  @Field(() => Int, { nullable: true, description: 'Age until which the school obligation lasts (default 18, § 72 SchG BW).' })
  schoolObligationUntilAge?: number | null;

  @Field(() => [EligibilityRuleInput], { description: `The rules (1–${MAX_RULES_PER_SET}).` })
  rules!: EligibilityRuleInput[];
}

@ObjectType({ description: 'Result of eligibilityRuleSetPublish.' })
export class EligibilityRuleSetPublishPayload {
  @Field(() => EligibilityRuleSet, { nullable: true, description: 'The published rule set; null when it was refused.' })
  ruleSet!: EligibilityRuleSet | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [MatchingUserError], { description: 'Problems with the input (invalid, overlapping or contradicting rules); empty on success.' })
  userErrors!: MatchingUserError[];
}
