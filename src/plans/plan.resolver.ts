import { auditLog } from '../audit/audit-log';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { ClientService } from '../caseloads/client.service';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Offer } from '../offers/offer.entity';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN, PlanService } from './plan.service';
import {
  PlanGoalAddInput,
  PlanGoalPayload,
  PlanGoalUpdateInput,
  PlanMeasureAddInput,
  PlanMeasurePayload,
  PlanMeasureStatusInput,
  PlanReviewInput,
  PlanReviewPayload,
} from './plan.types';

const CASEWORK = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE];

function planService(ctx: Context): PlanService {
  const purpose = AuditPurpose.CASE_MANAGEMENT;
  return new PlanService(ctx.em, ctx.viewer, new ClientService(ctx.em), auditLog(ctx), purpose);
}

@Resolver()
export class PlanMutationResolver {
  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanGoalPayload, { description: `Adds a goal to the Integrationsplan (a new version); refused when the plan holds ${MAX_GOALS_PER_PLAN}.` })
  async planGoalAdd(@Ctx() ctx: Context, @Arg('input', { description: 'The goal.' }) input: PlanGoalAddInput): Promise<PlanGoalPayload> {
    const { plan, item, userErrors } = await planService(ctx).addGoal(fromGlobalIdOf('Client', input.client, 'input.client'), {
      area: input.area,
      description: input.description,
      target: input.target ?? null,
      targetLevel: input.targetLevel ?? null,
      dueDate: input.dueDate ?? null,
    });
    return { plan, goal: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanGoalPayload, { description: 'Changes a goal, e.g. its status (a new version).' })
  async planGoalUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: PlanGoalUpdateInput): Promise<PlanGoalPayload> {
    const { goal, ...rest } = input;
    // Omitted: unchanged. Null: cleared, or refused by the service where a goal cannot be without it.
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    const { plan, item, userErrors } = await planService(ctx).updateGoal(fromGlobalIdOf('PlanGoal', goal, 'input.goal'), changes);
    return { plan, goal: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanMeasurePayload, {
    description: `Agrees a measure towards a goal: a catalogue offer or a step (a new version); refused when the goal has ${MAX_MEASURES_PER_GOAL} or the plan ${MAX_MEASURES_PER_PLAN}.`,
  })
  async planMeasureAdd(@Ctx() ctx: Context, @Arg('input', { description: 'The measure.' }) input: PlanMeasureAddInput): Promise<PlanMeasurePayload> {
    const { plan, item, userErrors } = await planService(ctx).addMeasure({
      goalId: fromGlobalIdOf('PlanGoal', input.goal, 'input.goal'),
      offerId: input.offer == null ? null : fromGlobalIdOf('Offer', input.offer, 'input.offer'),
      step: input.step ?? null,
      dueDate: input.dueDate ?? null,
    });
    return { plan, measure: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanMeasurePayload, { description: 'Sets the status of a measure (a new version).' })
  async planMeasureStatusSet(@Ctx() ctx: Context, @Arg('input', { description: 'The measure and status.' }) input: PlanMeasureStatusInput): Promise<PlanMeasurePayload> {
    const { plan, item, userErrors } = await planService(ctx).setMeasureStatus(fromGlobalIdOf('PlanMeasure', input.measure, 'input.measure'), input.status);
    return { plan, measure: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanReviewPayload, { description: `Records a review of the plan (a new version); refused when the plan holds ${MAX_REVIEWS_PER_PLAN}.` })
  async planReview(@Ctx() ctx: Context, @Arg('input', { description: 'The review.' }) input: PlanReviewInput): Promise<PlanReviewPayload> {
    const { plan, item, userErrors } = await planService(ctx).review(fromGlobalIdOf('Client', input.client, 'input.client'), {
      reviewDate: input.reviewDate,
      summary: input.summary,
      nextReviewDate: input.nextReviewDate ?? null,
    });
    return { plan, review: item, userErrors };
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @ListCap(MAX_GOALS_PER_PLAN)
  @FieldResolver(() => [PlanGoal], { description: `Goals of this version (at most ${MAX_GOALS_PER_PLAN}).` })
  goals(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanGoal[]> {
    return ctx.loaders.byColumn(PlanGoal, 'plan_id').load(plan.id);
  }

  @ListCap(MAX_MEASURES_PER_PLAN)
  @FieldResolver(() => [PlanMeasure], { description: `Measures of this version (at most ${MAX_MEASURES_PER_PLAN}).` })
  measures(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanMeasure[]> {
    return ctx.loaders.byColumn(PlanMeasure, 'plan_id').load(plan.id);
  }

  @ListCap(MAX_REVIEWS_PER_PLAN)
  @FieldResolver(() => [PlanReview], { description: `Reviews, oldest first (at most ${MAX_REVIEWS_PER_PLAN}).` })
  reviews(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanReview[]> {
    return ctx.loaders.byColumn(PlanReview, 'plan_id', { orderBy: 'a.review_date, a.id' }).load(plan.id);
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @ListCap(MAX_MEASURES_PER_GOAL)
  @FieldResolver(() => [PlanMeasure], { description: `Measures towards this goal (at most ${MAX_MEASURES_PER_GOAL}).` })
  measures(@Root() goal: PlanGoal, @Ctx() ctx: Context): Promise<PlanMeasure[]> {
    return ctx.loaders.byColumn(PlanMeasure, 'goal_id').load(goal.id);
  }
}

@Resolver(() => PlanMeasure)
export class PlanMeasureResolver {
  @FieldResolver(() => PlanGoal, { description: 'The goal the measure serves.' })
  async goal(@Root() measure: PlanMeasure, @Ctx() ctx: Context): Promise<PlanGoal> {
    return (await ctx.loaders.byId(PlanGoal).load(measure.goal.id))!;
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The catalogue offer, if the measure is one.' })
  offer(@Root() measure: PlanMeasure, @Ctx() ctx: Context): Promise<Offer | null> | null {
    return measure.offer && ctx.loaders.byId(Offer).load(measure.offer.id);
  }
}
