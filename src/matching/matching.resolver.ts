import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { AppError } from '../core/errors';
import { decodeCursorValues, encodeCursor } from './cursor';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Offer } from '../offers/offer.entity';
import type { EligibilityDecision } from './eligibility/rules';
import { EligibilityService, type LoadedRuleSet } from './eligibility.service';
import { EligibilityRule, EligibilityRuleSet } from './matching.entities';
import { EligibilityDatedBy, EligibilityReasonCode, EligibilityRoute, ExclusionCode, MatchingFactor } from './matching.enums';
import { MAX_RULES_PER_SET, MAX_SUGGESTIONS_PAGE, OFFER_FIT_WORK, SUGGESTION_WORK } from './matching.limits';
import { WorkCostOf } from '../core/graphql/work-cost';
import {
  Eligibility,
  EligibilityRuleSetPublishInput,
  EligibilityRuleSetPublishPayload,
  OfferFit,
  SuggestionArgs,
  SuggestionConnection,
  type SuggestionEdge,
} from './matching.types';
import { matchingUserErrors } from './matching.user-errors';
import { SuggestionService, type ScoredOffer } from './suggestion.service';

const DEFAULT_SUGGESTIONS = 20;

/** The domain's decision as its GraphQL shape, with the rules as objects. */
function eligibilityOf(decision: EligibilityDecision, rules: LoadedRuleSet): Eligibility {
  const rule = (id: number | null) => (id === null ? null : rules.byId.get(id) ?? null);
  return {
    eligible: decision.eligible,
    route: decision.route as EligibilityRoute | null,
    rule: rule(decision.rule?.id ?? null),
    reasons: decision.reasons.map((reason) => ({ code: reason.code as EligibilityReasonCode, message: reason.message, rule: rule(reason.ruleId) })),
  };
}

function factorsOf(scored: ScoredOffer) {
  return scored.factors.map((factor) => ({ ...factor, factor: factor.factor as MatchingFactor }));
}

/** The rules of the matching: read by anyone (public law), published by administrators. */
@Resolver(() => EligibilityRuleSet)
export class EligibilityRuleResolver {
  @Query(() => [EligibilityRule], {
    description:
      'The eligibility rules in force on a day (of the newest rule set, or of `version`). Public, like the law they state: no personal data, and partner portals may explain who can reach which programme.',
  })
  @ListCap(MAX_RULES_PER_SET)
  eligibilityRules(
    @Ctx() ctx: Context,
    @Arg('validOn', () => DateScalar, { description: 'The day.' }) validOn: string,
    @Arg('version', () => Int, { nullable: true, description: 'A rule set version, to explain a decision made under an older one; default the newest.' }) version?: number | null,
  ): Promise<EligibilityRule[]> {
    return new EligibilityService(ctx.em).rulesInForce(ctx.viewer, validOn, version ?? null);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EligibilityRuleSetPublishPayload, { description: 'Publishes a new version of the eligibility rules (the complete set). Refused when rules are invalid, overlap or contradict.' })
  async eligibilityRuleSetPublish(@Ctx() ctx: Context, @Arg('input', { description: 'The rule set.' }) input: EligibilityRuleSetPublishInput): Promise<EligibilityRuleSetPublishPayload> {
    const result = await new EligibilityService(ctx.em).publish(ctx.viewer, {
      note: input.note,
      schoolObligationUntilAge: input.schoolObligationUntilAge ?? 18,
      rules: input.rules.map((rule) => ({
        key: rule.key,
        programmes: rule.programmes,
        route: rule.route,
        residenceStatuses: rule.residenceStatuses ?? [],
        residenceParagraphs: rule.residenceParagraphs ?? [],
        minAge: rule.minAge ?? null,
        maxAge: rule.maxAge ?? null,
        germanLevelMin: rule.germanLevelMin ?? null,
        germanLevelMax: rule.germanLevelMax ?? null,
        requiresIntegrationCourse: rule.requiresIntegrationCourse ?? false,
        workPermitRequired: rule.workPermitRequired ?? false,
        minMonthsOfStay: rule.minMonthsOfStay ?? null,
        schoolObligation: rule.schoolObligation ?? null,
        obligationBy: rule.obligationBy ?? null,
        validFrom: rule.validFrom ?? null,
        validUntil: rule.validUntil ?? null,
        datedBy: rule.datedBy ?? EligibilityDatedBy.ENTRY,
        source: rule.source,
        explanation: rule.explanation,
      })),
    });
    return result.ok ? { ruleSet: result.value.set, userErrors: [] } : { ruleSet: null, userErrors: matchingUserErrors(result.problems) };
  }

  @ListCap(MAX_RULES_PER_SET)
  @FieldResolver(() => [EligibilityRule], { description: 'Every rule of the set, whatever its validity.' })
  async rules(@Root() set: EligibilityRuleSet, @Ctx() ctx: Context): Promise<EligibilityRule[]> {
    const rules = await ctx.em.find(EligibilityRule, { ruleSet: set.id }, { orderBy: { id: 'asc' } });
    for (const rule of rules) rule.version = set.version;
    return rules;
  }
}

@Resolver(() => EligibilityRule)
export class EligibilityRuleFieldsResolver {
  @FieldResolver(() => Int, { description: 'Version of the rule set the rule belongs to.' })
  async version(@Root() rule: EligibilityRule, @Ctx() ctx: Context): Promise<number> {
    if (typeof rule.version === 'number') return rule.version;
    const set = await ctx.loaders.byId(EligibilityRuleSet).load(rule.ruleSet.id);
    return set!.version;
  }
}

/**
 * A client's suggestions and offer fits: the matching module adds them to the caseloads module's
 * type. Client is personal data, so these reads are audited as the client's fields
 * ("suggestions", "offerFit") under the purpose of the operation (client, caseload and node
 * declare CASE_MANAGEMENT).
 */
@Resolver(() => Client)
export class ClientMatchingResolver {
  @WorkCostOf({ points: SUGGESTION_WORK })
  @FieldResolver(() => SuggestionConnection, { description: 'Offers that fit the person, by score (highest first), then offer; no hard rule excludes any of them.' })
  async suggestions(@Root() client: Client, @Ctx() ctx: Context, @Args() args: SuggestionArgs): Promise<SuggestionConnection> {
    const first = args.first ?? DEFAULT_SUGGESTIONS;
    if (first < 0 || first > MAX_SUGGESTIONS_PAGE) throw new AppError('PAGE_SIZE_EXCEEDED', `"first" must be between 0 and ${MAX_SUGGESTIONS_PAGE}.`, { argument: 'first' });
    const after = args.after == null ? null : decodeCursorValues(args.after, 'after');
    const filter = args.filter;
    const { items, hasNextPage, rules, countTotal } = await new SuggestionService(ctx.em).page(
      ctx.viewer,
      client,
      {
        families: filter?.families ?? null,
        programmes: filter?.programmes ?? null,
        goalId: filter?.goal == null ? null : fromGlobalIdOf('PlanGoal', filter.goal, 'filter.goal'),
        onlyWithFreeSeats: filter?.onlyWithFreeSeats ?? false,
      },
      after,
      first,
    );
    const offers = await Promise.all(items.map((scored) => scored.offer ?? ctx.loaders.byId(Offer).load(scored.offerId)));
    const edges: SuggestionEdge[] = items.map((scored, i) => ({
      cursor: encodeCursor(scored.score, scored.offerId),
      node: offers[i]!,
      score: scored.score,
      distanceKm: scored.distanceKm,
      eligibility: eligibilityOf(scored.eligibility, rules),
      factors: factorsOf(scored),
    }));
    return Object.assign(new SuggestionConnection(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal,
    });
  }

  @WorkCostOf({ points: OFFER_FIT_WORK })
  @FieldResolver(() => OfferFit, { nullable: true, description: 'How a published offer fits the person, and every hard rule that excludes it; null when there is no such published offer.' })
  offerFit(@Root() client: Client, @Ctx() ctx: Context, @Arg('offer', () => ID, { description: 'The offer.' }) offer: string): Promise<OfferFit | null> {
    return offerFitFor(ctx, client, fromGlobalIdOf('Offer', offer, 'offer'));
  }

}

/** How a published offer fits a client, as its GraphQL shape; null when there is no such published offer. */
export async function offerFitFor(ctx: Context, client: Client, offerId: number): Promise<OfferFit | null> {
  const found = await new SuggestionService(ctx.em).offerFit(ctx.viewer, client, offerId);
  if (!found) return null;
  const { scored, rules } = found;
  const node = await ctx.loaders.byId(Offer).load(scored.offerId);
  return {
    offer: node!,
    score: scored.score,
    eligible: scored.excludedBy.length === 0,
    distanceKm: scored.distanceKm,
    eligibility: eligibilityOf(scored.eligibility, rules),
    factors: factorsOf(scored),
    excludedBy: scored.excludedBy.map((exclusion) => ({
      code: exclusion.code as ExclusionCode,
      message: exclusion.message,
      rule: exclusion.ruleId === null ? null : rules.byId.get(exclusion.ruleId) ?? null,
    })),
  };
}
