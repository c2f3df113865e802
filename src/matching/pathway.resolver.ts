import { SUGGESTION_WORK } from './matching.limits';
import { WorkCostOf } from '../core/graphql/work-cost';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Offer } from '../offers/offer.entity';
import type { Programme } from '../offers/offer.enums';
import { PlanGoal } from '../plans/plan.entity';
import type { CefrLevel } from '../vocabulary/cefr-level';
import type { PathwayStatus } from './matching.enums';
import { MAX_STEPS_PER_SET } from './matching.limits';
import { PathwayStep } from './pathway.entities';
import { PathwayService } from './pathway.service';
import { Pathway, type PlannedStep } from './pathway.types';

/** The prerequisite graph: read by anyone, like the eligibility rules (no personal data). */
@Resolver(() => PathwayStep)
export class PathwayStepResolver {
  @Query(() => [PathwayStep], {
    description: 'The steps of the prerequisite graph of programmes (of the newest step set, or of `version`): which level each programme is entered from, what it leads to and how long it takes. Public: no personal data.',
  })
  @ListCap(MAX_STEPS_PER_SET)
  async pathwaySteps(
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true, description: 'A step set version, to explain a pathway planned on an older one; default the newest.' }) version?: number | null,
  ): Promise<PathwayStep[]> {
    return (await new PathwayService(ctx.em).stepSet(ctx.viewer, version ?? null))?.steps ?? [];
  }
}

/**
 * A client's pathway to a goal: the matching module adds it to the caseloads module's type.
 * Client is personal data, so the read is audited as the client's field "pathway" under the
 * purpose of the operation (client, caseload and node declare CASE_MANAGEMENT), like suggestions.
 */
@Resolver(() => Client)
export class ClientPathwayResolver {
  @WorkCostOf({ points: SUGGESTION_WORK })
  @FieldResolver(() => Pathway, {
    nullable: true,
    description: "The ordered chain of programmes from the person's German level to a goal of their current plan, each step with a fitting offer where there is one; null when the current plan has no such goal.",
  })
  async pathway(@Root() client: Client, @Ctx() ctx: Context, @Arg('goal', () => ID, { description: "A goal of the person's plan (the ID of any of its versions)." }) goal: string): Promise<Pathway | null> {
    const planned = await new PathwayService(ctx.em).pathway(ctx.viewer, client, fromGlobalIdOf('PlanGoal', goal, 'goal'));
    if (!planned) return null;
    const [goalNode, offers] = await Promise.all([
      ctx.loaders.byId(PlanGoal).load(planned.goalId),
      Promise.all(planned.steps.map((step) => (step.offer === null ? null : ctx.loaders.byId(Offer).load(step.offer.offerId)))),
    ]);
    if (!goalNode) return null;
    const steps: PlannedStep[] = planned.steps.map((scheduled, i) => ({
      step: planned.stepSet.byId.get(scheduled.link.step.id)!,
      programme: scheduled.link.step.programme as Programme,
      entryLevel: scheduled.link.entryLevel as CefrLevel | null,
      exitLevel: scheduled.link.exitLevel as CefrLevel | null,
      certificate: scheduled.link.step.certificate,
      offer: offers[i],
      score: scheduled.score,
      earliestStart: scheduled.earliestStart,
      expectedEnd: scheduled.expectedEnd,
      explanation: scheduled.explanation,
    }));
    return {
      goal: goalNode,
      status: planned.status as PathwayStatus,
      startLevel: planned.startLevel as CefrLevel | null,
      steps,
      monthsMin: planned.monthsMin,
      monthsMax: planned.monthsMax,
      expectedEnd: planned.expectedEnd,
      supportPlannedEnd: planned.supportPlannedEnd,
      endsBeforeSupportEnd: planned.endsBeforeSupportEnd,
      stepSetVersion: planned.stepSet.set.version,
      explanation: planned.explanation,
    };
  }
}
