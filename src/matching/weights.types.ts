import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { MatchingWeightSet } from './matching.entities';
import { MatchingFactor } from './matching.enums';
import { MAX_FACTOR_WEIGHT, MAX_SOON_DAYS, MAX_TRAVEL_KM } from './matching.limits';
import { MatchingUserError } from './matching.user-errors';

@InputType({ description: 'The weight of one factor in a new weight set.' })
export class FactorWeightInput {
  @Field(() => MatchingFactor, { description: 'The factor.' })
  factor!: MatchingFactor;

  @Field(() => Float, { description: `The weight, from 0 to ${MAX_FACTOR_WEIGHT}.` })
  weight!: number;
}

@InputType({ description: "A new version of the agency's weights: the complete set, replacing the one in force." })
export class MatchingWeightsPublishInput {
  @Field(() => [FactorWeightInput], { description: 'Every factor of the score once, with its weight; at least one above 0.' })
  weights!: FactorWeightInput[];

  @Field(() => Int, { description: `The travel distance in km used for people who gave none (1 to ${MAX_TRAVEL_KM}).` })
  defaultMaxTravelKm!: number;

  @Field(() => Int, { description: `A start within this many days counts as soon (1 to ${MAX_SOON_DAYS}).` })
  soonDays!: number;

  @Field(() => String, { nullable: true, description: 'What changed and why, in words (at most 1,000 characters).' })
  note?: string | null;
}

@ObjectType({ description: 'Result of matchingWeightsPublish.' })
export class MatchingWeightsPublishPayload {
  @Field(() => MatchingWeightSet, { nullable: true, description: 'The published version, now in force for the agency; null when it was refused.' })
  weightSet!: MatchingWeightSet | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [MatchingUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: MatchingUserError[];
}
