import { SUGGESTION_WORK } from './matching.limits';
import { WorkCostOf } from '../core/graphql/work-cost';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Client } from '../caseloads/client.entity';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Offer } from '../offers/offer.entity';
import { OfferFamily } from '../offers/offer.enums';
import { PlanArea } from '../vocabulary/plan-area';
import { CaseloadAssignmentService, MAX_ASSIGNMENT_CLIENTS, MAX_ASSIGNMENT_OFFERS } from './caseload-assignment.service';
import { MatchingUserError, matchingUserErrors } from './matching.user-errors';

export enum UnassignedReason {
  NO_CANDIDATE = 'NO_CANDIDATE',
  SEATS_TAKEN = 'SEATS_TAKEN',
  PROVIDER_LIMIT = 'PROVIDER_LIMIT',
  HOUSEHOLD = 'HOUSEHOLD',
  NO_GAIN = 'NO_GAIN',
}
describeEnum(UnassignedReason, 'UnassignedReason', 'Why a client of a proposal got no offer.', {
  NO_CANDIDATE: 'No offer with a free seat fits the person (no suggestion among the candidates).',
  SEATS_TAKEN: 'Every fitting offer is full: its seats went to clients for whom they counted more.',
  PROVIDER_LIMIT: 'A fitting offer has a seat, but its provider has reached its limit.',
  HOUSEHOLD: 'A fitting offer has a seat, but the household is placed elsewhere.',
  NO_GAIN: 'A fitting offer has a seat, but taking it would lower the total.',
});

export enum HouseholdPlacement {
  ANY = 'ANY',
  TOGETHER = 'TOGETHER',
  WHOLE = 'WHOLE',
}
describeEnum(HouseholdPlacement, 'HouseholdPlacement', 'How a proposal treats members of one household (as recorded with householdWith).', {
  ANY: 'Each member is placed on their own.',
  TOGETHER: 'Members who get an offer all get the same one (others of the household may get none).',
  WHOLE: 'All members of the household among the clients get seats in one offer, or none of them does.',
});

@InputType({ description: 'Whom to propose offers for, and among which offers.' })
export class CaseloadAssignmentInput {
  @Field(() => [ID], { description: `Clients of your caseload, 1 to ${MAX_ASSIGNMENT_CLIENTS}.` })
  clients!: string[];

  @Field(() => [ID], { nullable: true, description: `Only these offers (1 to ${MAX_ASSIGNMENT_OFFERS}); omitted: every offer a client's suggestions hold.` })
  offers?: string[] | null;

  @Field(() => OfferFamily, { nullable: true, description: 'Only offers of this family.' })
  family?: OfferFamily | null;

  @Field(() => PlanArea, { nullable: true, description: 'Only offers of programmes that serve this plan area.' })
  goalArea?: PlanArea | null;

  @Field(() => HouseholdPlacement, { defaultValue: HouseholdPlacement.ANY, description: 'Whether members of one household among the clients are kept together (solved exactly as a MIP).' })
  households!: HouseholdPlacement;
}

@ObjectType({ simpleResolvers: true, description: 'One client and the offer proposed for them.' })
export class ProposedAssignment {
  @Field(() => Client, { description: 'The client.' })
  client!: Client;

  @Field(() => Offer, { description: 'The offer proposed.' })
  offer!: Offer;

  @Field(() => Float, { description: "The client's suggestion score for the offer." })
  score!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A client the proposal leaves without an offer.' })
export class UnassignedClient {
  @Field(() => Client, { description: 'The client.' })
  client!: Client;

  @Field(() => UnassignedReason, { description: 'Why.' })
  reason!: UnassignedReason;
}

@ObjectType({ description: 'A proposal: nothing is booked.' })
export class CaseloadAssignmentPayload {
  @ListCap(MAX_ASSIGNMENT_CLIENTS)
  @Field(() => [ProposedAssignment], { description: 'One offer per client at most, no offer over its free seats, the sum of scores as high as it can be.' })
  assignments!: ProposedAssignment[];

  @Field(() => Float, { description: 'The sum of the proposed scores: the maximum.' })
  totalScore!: number;

  @Field(() => Float, { description: 'The sum a greedy proposal reaches (each client in the given order takes its best remaining offer): never above totalScore.' })
  greedyTotalScore!: number;

  @ListCap(MAX_ASSIGNMENT_CLIENTS)
  @Field(() => [UnassignedClient], { description: 'Clients without an offer, with the reason.' })
  unassigned!: UnassignedClient[];

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [MatchingUserError], { description: 'Problems with the input; empty when there is a proposal.' })
  userErrors!: MatchingUserError[];
}

@Resolver()
export class CaseloadAssignmentResolver {
  @Authorized(Role.MANAGER, Role.COORDINATOR)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @WorkCostOf({ points: SUGGESTION_WORK, perItemOf: 'input.clients' })
  @Query(() => CaseloadAssignmentPayload, {
    description:
      'Proposes one offer per client across your caseload (coordinators: the agency’s; managers: their own), exactly maximising the sum of the clients’ suggestion scores ' +
      'under the offers’ free seats (min-cost flow). Books nothing.',
  })
  async caseloadAssignment(@Ctx() ctx: Context, @Arg('input', { description: 'Clients and candidate offers.' }) input: CaseloadAssignmentInput): Promise<CaseloadAssignmentPayload> {
    const result = await new CaseloadAssignmentService(ctx.em, ctx).propose(ctx.viewer, {
      clientIds: input.clients.map((id, i) => fromGlobalIdOf('Client', id, `input.clients[${i}]`)),
      offerIds: input.offers == null ? null : input.offers.map((id, i) => fromGlobalIdOf('Offer', id, `input.offers[${i}]`)),
      family: input.family ?? null,
      goalArea: input.goalArea ?? null,
      households: input.households ?? HouseholdPlacement.ANY,
    });
    if (!result.ok) return { assignments: [], totalScore: 0, greedyTotalScore: 0, unassigned: [], userErrors: matchingUserErrors(result.problems) };
    const { value } = result;
    const offers = await Promise.all(value.assignments.map((assignment) => ctx.loaders.byId(Offer).load(assignment.offerId)));
    return {
      assignments: value.assignments.map((assignment, i) => ({ client: assignment.client, offer: offers[i]!, score: assignment.score })),
      totalScore: value.totalScore,
      greedyTotalScore: value.greedyTotalScore,
      unassigned: value.unassigned.map((left) => ({ client: left.client, reason: left.reason as UnassignedReason })),
      userErrors: [],
    };
  }
}
