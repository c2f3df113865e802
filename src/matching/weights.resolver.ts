import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { MatchingWeightSet } from './matching.entities';
import { matchingUserErrors } from './matching.user-errors';
import { forgetWeights } from './suggestion.service';
import { MatchingWeightsService } from './weights.service';
import { MatchingWeightsPublishInput, MatchingWeightsPublishPayload } from './weights.types';

/**
 * The weights of the suggestion score, per agency: its managers and coordinators read them (they
 * explain every score they see); its coordinators publish new versions. No personal data.
 */
@Resolver(() => MatchingWeightSet)
export class MatchingWeightsResolver {
  @Authorized(Role.MANAGER, Role.COORDINATOR)
  @Query(() => MatchingWeightSet, {
    nullable: true,
    description: "The weights your agency's suggestions are scored with: its own newest version, else the default set. With `version`, that version of your agency's line (its own, else the default set's); null when there is none.",
  })
  matchingWeights(
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true, description: 'A version, to see what an earlier score was computed with; default the one in force.' }) version?: number | null,
  ): Promise<MatchingWeightSet | null> {
    return new MatchingWeightsService(ctx.em).weightSet(ctx.viewer, version ?? null);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => MatchingWeightsPublishPayload, {
    description: "Publishes a new version of your agency's weights (the complete set), in force for its suggestions from now on; earlier versions stay readable. Coordinators only.",
  })
  async matchingWeightsPublish(@Ctx() ctx: Context, @Arg('input', { description: 'The weights.' }) input: MatchingWeightsPublishInput): Promise<MatchingWeightsPublishPayload> {
    const result = await new MatchingWeightsService(ctx.em).publish(ctx.viewer, {
      weights: input.weights,
      defaultMaxTravelKm: input.defaultMaxTravelKm,
      soonDays: input.soonDays,
      note: input.note ?? '',
    });
    if (!result.ok) return { weightSet: null, userErrors: matchingUserErrors(result.problems) };
    forgetWeights(ctx.em);
    return { weightSet: result.value, userErrors: [] };
  }
}
