import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { Programme } from '../offers/offer.enums';
import { FUNNEL_DIMENSIONS, MAX_FUNNEL_CELLS, MIN_FUNNEL_CELL, ReferralFunnelService } from './referral-funnel.service';

export enum ReferralFunnelDimension {
  DISTRICT = 'DISTRICT',
  PROGRAMME = 'PROGRAMME',
  PROVIDER = 'PROVIDER',
}
describeEnum(ReferralFunnelDimension, 'ReferralFunnelDimension', 'How the referral funnel groups referrals.', {
  DISTRICT: 'The district of the person’s place of residence.',
  PROGRAMME: 'The programme of the offer.',
  PROVIDER: 'The provider of the offer.',
});

@InputType({ description: 'Which referrals the funnel counts.' })
export class ReferralFunnelFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Referrals made on or after this day; default a year before `until`.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Referrals made before this day; default tomorrow.' })
  until?: string | null;

  @Field(() => [Programme], { nullable: true, description: 'Only offers of these programmes.' })
  programmes?: Programme[] | null;
}

@ObjectType({ description: `One group of the funnel. Steps fewer than ${MIN_FUNNEL_CELL} people reached are null (suppressed).` })
export class ReferralFunnelCell {
  @Field(() => ReferralFunnelDimension, { description: 'How the group is formed.' })
  dimension!: ReferralFunnelDimension;

  @Field({ description: 'The district, programme or provider.' })
  value!: string;

  @Field(() => Int, { description: 'Referrals made.' })
  referred!: number;

  @Field(() => Int, { nullable: true, description: 'Of them, accepted by the provider at some point.' })
  accepted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Started the measure.' })
  started!: number | null;

  @Field(() => Int, { nullable: true, description: 'Completed it.' })
  completed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Completed it with a certificate.' })
  withCertificate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from referral to acceptance.' })
  medianDaysToAccept!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from acceptance to the start.' })
  medianDaysToStart!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from the start to completion.' })
  medianDaysToComplete!: number | null;
}

@ObjectType({ description: 'Referred → accepted → started → completed → certificate, for the agency.' })
export class ReferralFunnel {
  @Field(() => DateScalar, { description: 'First day counted.' })
  from!: string;

  @Field(() => DateScalar, { description: 'First day not counted.' })
  until!: string;

  @Field(() => Int, { description: 'Groups below this many referrals are left out.' })
  minimumCellSize!: number;

  @Field(() => Int, { description: 'Groups left out for being too small.' })
  suppressedCells!: number;

  @ListCap(MAX_FUNNEL_CELLS * FUNNEL_DIMENSIONS.length)
  @Field(() => [ReferralFunnelCell], { description: 'The groups, by dimension and name.' })
  cells!: ReferralFunnelCell[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

@Resolver()
export class ReferralFunnelResolver {
  @Authorized(Role.COORDINATOR)
  @Purpose(AuditPurpose.STATISTICS)
  @Query(() => ReferralFunnel, { description: `Coordinators: the agency's referral funnel per district, programme and provider; groups and steps under ${MIN_FUNNEL_CELL} people are suppressed. Aggregates only.` })
  async referralFunnel(@Ctx() ctx: Context, @Arg('filter', () => ReferralFunnelFilter, { nullable: true, description: 'Which referrals; omitted: the last year.' }) filter?: ReferralFunnelFilter | null): Promise<ReferralFunnel> {
    const until = filter?.until ?? isoDay(new Date(Date.now() + 86_400_000));
    const from = filter?.from ?? isoDay(new Date(Date.parse(`${until}T00:00:00Z`) - 365 * 86_400_000));
    if (from >= until) throw new AppError('INVALID_ARGUMENT', '"filter.from" must be before "filter.until".', { argument: 'filter.from' });
    const funnel = await new ReferralFunnelService(ctx.em).funnel(ctx.viewer, { from, until, programmes: filter?.programmes?.length ? filter.programmes : null });
    return {
      from,
      until,
      minimumCellSize: MIN_FUNNEL_CELL,
      suppressedCells: funnel.suppressedCells,
      cells: funnel.cells.map((cell) => ({ ...cell, dimension: cell.dimension as ReferralFunnelDimension })),
    };
  }
}
