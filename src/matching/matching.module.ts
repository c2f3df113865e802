import type { HubModule } from '../core/module';
import { catalogueIndexOf } from './suggestions/catalogue-index';
import { provideProgrammeClosures } from '../offers/programme-closures';
import { programmeClosuresFromRules } from './programme-closures';
import { CaseloadAssignmentResolver } from './caseload-assignment.resolver';
import { MatchingFairnessResolver } from './fairness.resolver';
import { PlanMeasureAddWarningsResolver, PlanMeasureFitResolver } from './plan-measure-fit.resolver';
import { EligibilityRule, EligibilityRuleSet, MatchingWeightSet } from './matching.entities';
import { ClientMatchingResolver, EligibilityRuleFieldsResolver, EligibilityRuleResolver } from './matching.resolver';
import { MatchingWeightsResolver } from './weights.resolver';
import { PathwayStep, PathwayStepSet } from './pathway.entities';
import { ClientPathwayResolver, PathwayStepResolver } from './pathway.resolver';

/**
 * Matching: eligibility rules as data (versioned, public), and for each client ranked, explained
 * suggestions and the fit of any offer (see suggestion.service.ts), pathways of programmes to a
 * plan goal over the prerequisite graph (pathway.service.ts, pathways/). The assignment across a
 * caseload lives in assignment/. The score's weights are data per agency, published by its
 * coordinators (weights.service.ts); the fairness report (fairness.service.ts) sums the
 * suggestions up per group of clients.
 */
export const matchingModule: HubModule = {
  name: 'matching',
  entities: [EligibilityRuleSet, EligibilityRule, MatchingWeightSet, PathwayStepSet, PathwayStep],
  resolvers: [
    EligibilityRuleResolver,
    EligibilityRuleFieldsResolver,
    ClientMatchingResolver,
    CaseloadAssignmentResolver,
    PlanMeasureFitResolver,
    PlanMeasureAddWarningsResolver,
    MatchingWeightsResolver,
    PathwayStepResolver,
    ClientPathwayResolver,
    MatchingFairnessResolver,
  ],
  nodeTypes: [{ typeName: 'EligibilityRule', entity: EligibilityRule, visible: () => true }],
  // The first suggestion would otherwise wait while the catalogue index loads every published offer.
  warmUp: (orm) => {
    const em = orm.em.fork();
    return catalogueIndexOf(em).catchUp(em);
  },
};

// Offers refuse courses of programmes the rules close for their start date (see offers/programme-closures.ts).
provideProgrammeClosures(programmeClosuresFromRules);
