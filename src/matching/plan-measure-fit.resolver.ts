import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { PlanMeasure } from '../plans/plan.entity';
import { PlanMeasureAddPayload } from '../plans/plan.types';
import { offerFitFor } from './matching.resolver';
import { Exclusion, EXCLUSION_COUNT, OfferFit } from './matching.types';

/** The fit of a measure's catalogue offer for its client, now; null for a step without an offer. */
async function fitOfMeasure(ctx: Context, measure: PlanMeasure): Promise<OfferFit | null> {
  if (!measure.offer) return null;
  const client = await ctx.loaders.byId(Client).load(measure.client.id);
  return client && offerFitFor(ctx, client, measure.offer.id);
}

/** What matching says about an agreed measure: the plans module's types, extended here. */
@Resolver(() => PlanMeasure)
export class PlanMeasureFitResolver {
  @FieldResolver(() => OfferFit, { nullable: true, description: "How the measure's catalogue offer fits the client today; null for a step without an offer, or an offer no longer published." })
  offerFit(@Root() measure: PlanMeasure, @Ctx() ctx: Context): Promise<OfferFit | null> {
    return fitOfMeasure(ctx, measure);
  }
}

@Resolver(() => PlanMeasureAddPayload)
export class PlanMeasureAddWarningsResolver {
  @ListCap(EXCLUSION_COUNT)
  @FieldResolver(() => [Exclusion], {
    description: 'Every hard rule that excludes the agreed offer for the client (ended, full, too far, not eligible …). The measure is agreed all the same: the manager decides.',
  })
  async warnings(@Root() payload: PlanMeasureAddPayload, @Ctx() ctx: Context): Promise<Exclusion[]> {
    if (!payload.measure) return [];
    return (await fitOfMeasure(ctx, payload.measure))?.excludedBy ?? [];
  }
}
