import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { Prefetch } from '../core/graphql/prefetch';
import { Reads, selectedProperties } from '../core/graphql/projection';
import { mapNow } from '../core/loaders';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Offer } from '../offers/offer.entity';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN } from './plan-limits';
import { PlanService } from './plan.service';
import {
  PlanGoalAddInput,
  PlanGoalAddPayload,
  PlanGoalUpdateInput,
  PlanGoalUpdatePayload,
  PlanMeasureAddInput,
  PlanMeasureAddPayload,
  PlanMeasureStatusInput,
  PlanMeasureStatusSetPayload,
  PlanReviewInput,
  PlanReviewPayload,
} from './plan.types';
import { planPayload } from './plan.user-errors';

/**
 * The loaders of a plan's parts; a field's prefetch and its resolver must use the same one, with the
 * same selected properties (the prefetch is handed them, the resolver reads them from its info).
 */
type Selected = ReadonlySet<string> | null;
const goalsOfPlan = (ctx: Context, selected: Selected) => ctx.loaders.byColumn(PlanGoal, 'plan_id', {}, selected);
const measuresOfPlan = (ctx: Context, selected: Selected) => ctx.loaders.byColumn(PlanMeasure, 'plan_id', {}, selected);
const reviewsOfPlan = (ctx: Context, selected: Selected) => ctx.loaders.byColumn(PlanReview, 'plan_id', { orderBy: 'a.review_date, a.id' }, selected);
const measuresOfGoal = (ctx: Context, selected: Selected) => ctx.loaders.byColumn(PlanMeasure, 'goal_id', {}, selected);
const ids = (rows: ReadonlyArray<{ id: number }>) => rows.map((row) => row.id);

const CASEWORK = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE];

/** The plan rules for this request, auditing under the purpose the operation declared. */
const planService = (ctx: Context, info: GraphQLResolveInfo) => new PlanService(ctx.em, auditRecorder(ctx, info));

@Resolver()
export class PlanMutationResolver {
  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanGoalAddPayload, { description: `Adds a goal to the Integrationsplan (a new version); refused when the plan holds ${MAX_GOALS_PER_PLAN}.` })
  async planGoalAdd(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The goal.' }) input: PlanGoalAddInput): Promise<PlanGoalAddPayload> {
    const clientId = fromGlobalIdOf('Client', input.client, 'input.client');
    const { plan, item, userErrors } = planPayload(
      await planService(ctx, info).addGoal(ctx.viewer, clientId, {
        area: input.area,
        description: input.description,
        target: input.target ?? null,
        targetLevel: input.targetLevel ?? null,
        dueDate: input.dueDate ?? null,
      }),
    );
    return { plan, goal: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanGoalUpdatePayload, { description: 'Changes a goal, e.g. its status (a new version).' })
  async planGoalUpdate(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The changes.' }) input: PlanGoalUpdateInput): Promise<PlanGoalUpdatePayload> {
    const { goal, ...rest } = input;
    // Omitted: unchanged. Null: cleared, or refused by the service where a goal cannot be without it.
    const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    const { plan, item, userErrors } = planPayload(await planService(ctx, info).updateGoal(ctx.viewer, fromGlobalIdOf('PlanGoal', goal, 'input.goal'), changes));
    return { plan, goal: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanMeasureAddPayload, {
    description: `Agrees a measure towards a goal: a catalogue offer or a step (a new version); refused when the goal has ${MAX_MEASURES_PER_GOAL} or the plan ${MAX_MEASURES_PER_PLAN}.`,
  })
  async planMeasureAdd(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The measure.' }) input: PlanMeasureAddInput): Promise<PlanMeasureAddPayload> {
    const { plan, item, userErrors } = planPayload(
      await planService(ctx, info).addMeasure(ctx.viewer, {
        goalId: fromGlobalIdOf('PlanGoal', input.goal, 'input.goal'),
        offerId: input.offer == null ? null : fromGlobalIdOf('Offer', input.offer, 'input.offer'),
        step: input.step ?? null,
        dueDate: input.dueDate ?? null,
      }),
    );
    return { plan, measure: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanMeasureStatusSetPayload, { description: 'Sets the status of a measure (a new version); refused when it has that status already.' })
  async planMeasureStatusSet(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', { description: 'The measure and status.' }) input: PlanMeasureStatusInput,
  ): Promise<PlanMeasureStatusSetPayload> {
    const measureId = fromGlobalIdOf('PlanMeasure', input.measure, 'input.measure');
    const { plan, item, userErrors } = planPayload(await planService(ctx, info).setMeasureStatus(ctx.viewer, measureId, input.status));
    return { plan, measure: item, userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => PlanReviewPayload, { description: `Records a review of the plan (a new version); refused when the plan holds ${MAX_REVIEWS_PER_PLAN}.` })
  async planReview(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The review.' }) input: PlanReviewInput): Promise<PlanReviewPayload> {
    const clientId = fromGlobalIdOf('Client', input.client, 'input.client');
    const { plan, item, userErrors } = planPayload(
      await planService(ctx, info).review(ctx.viewer, clientId, { reviewDate: input.reviewDate, summary: input.summary, nextReviewDate: input.nextReviewDate ?? null }),
    );
    return { plan, review: item, userErrors };
  }
}

@Resolver(() => Plan)
export class PlanResolver {
  @ListCap(MAX_GOALS_PER_PLAN)
  @FieldResolver(() => [PlanGoal], { description: `Goals of this version (at most ${MAX_GOALS_PER_PLAN}).` })
  @Prefetch(() => Plan, (ctx, plans, selected) => goalsOfPlan(ctx, selected).loadAll(ids(plans)))
  @Reads()
  goals(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): PlanGoal[] | Promise<PlanGoal[]> {
    return goalsOfPlan(ctx, selectedProperties(info)).now(plan.id);
  }

  @ListCap(MAX_MEASURES_PER_PLAN)
  @FieldResolver(() => [PlanMeasure], { description: `Measures of this version (at most ${MAX_MEASURES_PER_PLAN}).` })
  @Prefetch(() => Plan, (ctx, plans, selected) => measuresOfPlan(ctx, selected).loadAll(ids(plans)))
  @Reads()
  measures(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): PlanMeasure[] | Promise<PlanMeasure[]> {
    return measuresOfPlan(ctx, selectedProperties(info)).now(plan.id);
  }

  @ListCap(MAX_REVIEWS_PER_PLAN)
  @FieldResolver(() => [PlanReview], { description: `Reviews, oldest first (at most ${MAX_REVIEWS_PER_PLAN}).` })
  @Prefetch(() => Plan, (ctx, plans, selected) => reviewsOfPlan(ctx, selected).loadAll(ids(plans)))
  @Reads()
  reviews(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): PlanReview[] | Promise<PlanReview[]> {
    return reviewsOfPlan(ctx, selectedProperties(info)).now(plan.id);
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @ListCap(MAX_MEASURES_PER_GOAL)
  @FieldResolver(() => [PlanMeasure], { description: `Measures towards this goal (at most ${MAX_MEASURES_PER_GOAL}).` })
  @Prefetch(() => PlanGoal, (ctx, goals, selected) => measuresOfGoal(ctx, selected).loadAll(ids(goals)))
  @Reads()
  measures(@Root() goal: PlanGoal, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): PlanMeasure[] | Promise<PlanMeasure[]> {
    return measuresOfGoal(ctx, selectedProperties(info)).now(goal.id);
  }
}

@Resolver(() => PlanMeasure)
export class PlanMeasureResolver {
  @FieldResolver(() => PlanGoal, { description: 'The goal the measure serves.' })
  @Prefetch(() => PlanMeasure, (ctx, measures, selected) => ctx.loaders.byId(PlanGoal, selected).loadAll(measures.map((measure) => measure.goal.id)))
  @Reads()
  goal(@Root() measure: PlanMeasure, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): PlanGoal | Promise<PlanGoal> {
    return mapNow(ctx.loaders.byId(PlanGoal, selectedProperties(info)).now(measure.goal.id), (goal) => goal!);
  }

  @FieldResolver(() => Offer, { nullable: true, description: 'The catalogue offer, if the measure is one.' })
  @Prefetch(() => PlanMeasure, (ctx, measures, selected) => ctx.loaders.byId(Offer, selected).loadAll(measures.flatMap((measure) => (measure.offer ? [measure.offer.id] : []))))
  @Reads()
  offer(@Root() measure: PlanMeasure, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Offer | null | Promise<Offer | null> {
    return measure.offer && ctx.loaders.byId(Offer, selectedProperties(info)).now(measure.offer.id);
  }
}
