import { onClientOpened } from '../caseloads/client-events';
import { canSeeRowOfClient } from '../caseloads/client.policy';
import type { HubModule } from '../core/module';
import { ClientPlanResolver } from './client-plan.resolver';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { openFirstPlan } from './plan-versions';
import { PLANS_PROCESSING } from './plans.processing';
import { PlanGoalResolver, PlanMeasureResolver, PlanMutationResolver, PlanResolver } from './plan.resolver';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Integrationspläne: goals, agreed measures, reviews, each change a new version. */
export const plansModule: HubModule = {
  name: 'plans',
  entities: [Plan, PlanGoal, PlanMeasure, PlanReview],
  resolvers: [PlanMutationResolver, PlanResolver, PlanGoalResolver, PlanMeasureResolver, ClientPlanResolver],
  nodeTypes: [Plan, PlanGoal, PlanMeasure, PlanReview].map((entity) => ({ typeName: entity.name, entity, visible: canSeeRowOfClient })),
  personalData: [
    { type: Plan, key: 'planVersions' },
    { type: PlanGoal, key: 'planGoals' },
    { type: PlanMeasure, key: 'planMeasures' },
    { type: PlanReview, key: 'planReviews' },
  ].map(({ type, key }) => ({ type, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key, subjectColumn: 'client_id' } })),
  processing: PLANS_PROCESSING,
  displayNames: [
    { entity: Plan, name: (plan: Plan) => `Fassung ${plan.version}` },
    { entity: PlanGoal, name: (goal: PlanGoal) => goal.description },
  ],
};

// Every case opens with its empty plan, version 1, in the same unit of work.
onClientOpened(openFirstPlan);
