import type { HubModule } from '../core/module';
import { CaseloadAssignmentResolver } from './caseload-assignment.resolver';
import { MatchingFairnessResolver } from './fairness.resolver';
import { PlanMeasureAddWarningsResolver, PlanMeasureFitResolver } from './plan-measure-fit.resolver';
import { EligibilityRule, EligibilityRuleSet, MatchingWeightSet } from './matching.entities';
import { ClientMatchingResolver, EligibilityRuleFieldsResolver, EligibilityRuleResolver } from './matching.resolver';

/**
 * Matching: eligibility rules as data (versioned, public), and for each client ranked, explained
 * suggestions and the fit of any offer (see suggestion.service.ts). The assignment across a
 * caseload lives in assignment/; the fairness report (fairness.service.ts) sums the suggestions up
 * per group of clients.
 */
export const matchingModule: HubModule = {
  name: 'matching',
  entities: [EligibilityRuleSet, EligibilityRule, MatchingWeightSet],
  resolvers: [EligibilityRuleResolver, EligibilityRuleFieldsResolver, ClientMatchingResolver, CaseloadAssignmentResolver, PlanMeasureFitResolver, PlanMeasureAddWarningsResolver, MatchingFairnessResolver],
  nodeTypes: [{ typeName: 'EligibilityRule', entity: EligibilityRule, visible: () => true }],
};
