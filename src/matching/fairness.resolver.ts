import { FAIRNESS_WORK_PER_CLIENT } from './matching.limits';
import { WorkCostOf } from '../core/graphql/work-cost';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { OfferFamily, Programme } from '../offers/offer.enums';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { DEFAULT_GAP_THRESHOLD, FAIRNESS_DIMENSIONS, FairnessService, MAX_FAIRNESS_CLIENTS, MIN_GROUP_SIZE } from './fairness.service';

export enum FairnessDimension {
  RESIDENCE_STATUS = 'RESIDENCE_STATUS',
  AGE_BAND = 'AGE_BAND',
  GENDER = 'GENDER',
  LATIN_LITERACY = 'LATIN_LITERACY',
  CHILDREN = 'CHILDREN',
}
describeEnum(FairnessDimension, 'FairnessDimension', 'A way of grouping clients in the fairness report.', {
  RESIDENCE_STATUS: 'By residence status (a ResidenceStatus value, or NOT_RECORDED).',
  AGE_BAND: 'By age today: UNDER_18, AGE_18_TO_26, AGE_27_TO_39, AGE_40_TO_54, AGE_55_AND_OVER.',
  GENDER: 'By gender where recorded: FEMALE, MALE, DIVERSE (no entry and not recorded are left out).',
  LATIN_LITERACY: 'By Latin literacy: LITERATE, NOT_LITERATE, NOT_RECORDED.',
  CHILDREN: 'By children in the household: NONE, UNDER_SCHOOL_AGE (at least one under 6), SCHOOL_AGE_ONLY.',
});

/** Groups a dimension can have at most: the residence statuses and one for "not recorded". */
const MAX_GROUPS = Object.keys(ResidenceStatus).length + 1;

@InputType({ description: 'Which clients and offers the fairness report covers.' })
export class MatchingFairnessFilter {
  @Field(() => [OfferFamily], { nullable: true, description: 'Only offers of these families (and the rules of their programmes).' })
  families?: OfferFamily[] | null;

  @Field(() => [Programme], { nullable: true, description: 'Only offers of these programmes (and their rules).' })
  programmes?: Programme[] | null;

  @Field(() => ID, { nullable: true, description: 'Only clients living in this district.' })
  district?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only clients living in this municipality.' })
  municipality?: string | null;

  @Field(() => Float, { defaultValue: DEFAULT_GAP_THRESHOLD, description: `The gap that counts, as a share (0.01–0.5; default ${DEFAULT_GAP_THRESHOLD}: 15 percentage points).` })
  gapThreshold!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Figures of a set of clients.' })
export class FairnessFigures {
  @Field(() => Int, { description: 'Clients counted.' })
  clients!: number;

  @Field(() => Float, { description: 'Share with at least one eligible suggestion (0–1).' })
  withSuggestionShare!: number;

  @Field(() => Float, { description: 'Share the eligibility rules admit to at least one programme of the filter, on the day (without offers’ own limits).' })
  ruleEligibleShare!: number;

  @Field(() => Float, { nullable: true, description: 'Among those the rules admit: the share with a suggestion; null when the rules admit none.' })
  withSuggestionShareAmongRuleEligible!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score of the top suggestion, over clients with one.' })
  meanTopScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean distance of the top suggestion in km, over clients whose top suggestion has a place.' })
  meanDistanceKm!: number | null;
}

@ObjectType({ simpleResolvers: true, description: `One group of clients (at least ${MIN_GROUP_SIZE} people) and how the matching serves it.` })
export class FairnessGroup extends FairnessFigures {
  @Field(() => FairnessDimension, { description: 'The dimension.' })
  dimension!: FairnessDimension;

  @Field({ description: 'The group within it, e.g. AUFENTHALTSGESTATTUNG or AGE_18_TO_26.' })
  value!: string;

  @Field(() => Float, { description: "withSuggestionShare minus the overall share: negative when the group falls behind." })
  gap!: number;

  @Field(() => Float, { nullable: true, description: 'The same gap among the clients the rules admit; null when the rules admit no one of the group.' })
  gapAmongRuleEligible!: number | null;

  @Field({
    description:
      'The group falls behind by more than gapThreshold, and the rules do not explain it: among those the rules admit, it still falls behind by more than gapThreshold. ' +
      'A group the rules admit no one of is never flagged (explained by the rules).',
  })
  flagged!: boolean;

  @Field({ description: 'The finding in one German sentence.' })
  explanation!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The groups of one dimension.' })
export class FairnessDimensionReport {
  @Field(() => FairnessDimension, { description: 'The dimension.' })
  dimension!: FairnessDimension;

  @ListCap(MAX_GROUPS)
  @Field(() => [FairnessGroup], { description: `Groups of at least ${MIN_GROUP_SIZE} people, by value.` })
  groups!: FairnessGroup[];

  @Field(() => Int, { description: `Groups of fewer than ${MIN_GROUP_SIZE} people: counted, not shown.` })
  suppressedGroups!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How evenly the matching serves the groups of an agency’s active clients: aggregates only.' })
export class MatchingFairnessReport {
  @Field(() => DateScalar, { description: 'The day the suggestions and rules were read on.' })
  asOf!: string;

  @Field({ description: `More than ${MAX_FAIRNESS_CLIENTS} active clients matched the filter: the report covers the first ${MAX_FAIRNESS_CLIENTS} by record.` })
  truncated!: boolean;

  @Field(() => Float, { description: 'The gap threshold applied.' })
  gapThreshold!: number;

  @Field(() => FairnessFigures, { description: 'All clients covered.' })
  overall!: FairnessFigures;

  @ListCap(FAIRNESS_DIMENSIONS.length)
  @Field(() => [FairnessDimensionReport], { description: 'One entry per dimension.' })
  dimensions!: FairnessDimensionReport[];
}

@Resolver()
export class MatchingFairnessResolver {
  @Authorized(Role.COORDINATOR)
  @Purpose(AuditPurpose.STATISTICS)
  @WorkCostOf({ points: FAIRNESS_WORK_PER_CLIENT * MAX_FAIRNESS_CLIENTS })
  @Query(() => MatchingFairnessReport, {
    description:
      `Coordinators: for the agency's active clients (at most ${MAX_FAIRNESS_CLIENTS}), per group of residence status, age band, gender where recorded, literacy and children, ` +
      `the share with at least one eligible suggestion, the mean top score and distance; groups under ${MIN_GROUP_SIZE} people are only counted. ` +
      'Flags a group that falls behind where the eligibility rules do not explain it. Aggregates only.',
  })
  async matchingFairness(@Ctx() ctx: Context, @Arg('filter', () => MatchingFairnessFilter, { nullable: true, description: 'Offers and clients to cover; omitted: all.' }) filter?: MatchingFairnessFilter | null): Promise<MatchingFairnessReport> {
    const threshold = filter?.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
    if (!(threshold >= 0.01 && threshold <= 0.5)) throw new AppError('INVALID_ARGUMENT', '"filter.gapThreshold" must be between 0.01 and 0.5.', { argument: 'filter.gapThreshold' });
    const report = await new FairnessService(ctx.em).report(ctx.viewer, {
      families: filter?.families?.length ? filter.families : null,
      programmes: filter?.programmes?.length ? filter.programmes : null,
      districtId: filter?.district == null ? null : fromGlobalIdOf('District', filter.district, 'filter.district'),
      municipalityId: filter?.municipality == null ? null : fromGlobalIdOf('Municipality', filter.municipality, 'filter.municipality'),
      gapThreshold: threshold,
    });
    return report as MatchingFairnessReport;
  }
}
