import { canSeeRowOfClient } from '../caseloads/client.policy';
import type { HubModule } from '../core/module';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from './plan.entity';
import { PlanGoalResolver, PlanMeasureResolver, PlanMutationResolver, PlanResolver } from './plan.resolver';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Integrationspläne: goals, agreed measures, reviews, each change a new version. */
export const plansModule: HubModule = {
  name: 'plans',
  entities: [Plan, PlanGoal, PlanMeasure, PlanReview],
  resolvers: [PlanMutationResolver, PlanResolver, PlanGoalResolver, PlanMeasureResolver],
  nodeTypes: [Plan, PlanGoal, PlanMeasure, PlanReview].map((entity) => ({ typeName: entity.name, entity, visible: canSeeRowOfClient })),
  personalData: [Plan, PlanGoal, PlanMeasure, PlanReview].map((type) => ({ type, subjectType: 'Client', subjectId: ofTheirClient })),
};
