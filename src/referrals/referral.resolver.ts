import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Client } from '../caseloads/client.entity';
import { canSeeClient } from '../caseloads/client.policy';
import { providerOf, Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import type { ChildRows } from '../core/loaders';
import { AppError } from '../core/errors';
import { ListCap } from '../core/graphql/list-cap';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Offer } from '../offers/offer.entity';
import { Provider } from '../providers/provider.entity';
import { TimeSlot } from '../vocabulary/time-slot';
import { MAX_HISTORY, Referral, ReferralEvent, ReferralSnapshot } from './referral.entity';
import { ReferralAction } from './referral.enums';
import { NEXT_OFFERS } from './referral-deadlines';
import { ReferralNotice } from './referral-notice.entity';
import { OfferStatus } from '../offers/offer.enums';
import { actorOf, ReferralService, type StepInput } from './referral.service';
import {
  IncomingReferralArgs,
  ReferralCompleteInput,
  ReferralConnection,
  ReferralCreateInput,
  ReferralPayload,
  ReferralReasonInput,
  ReferralStepInput,
} from './referral.types';
import { referralUserErrors } from './referral.user-errors';

const AGENCY_WRITERS = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE] as const;
const PROVIDER_WRITERS = [Role.PROVIDER_STAFF, ApiKeyScope.REFERRALS_WRITE] as const;
const MAX_NOTICES = 5;
const CLIENT_REFERRALS: ChildRows = { parent: 'a.client_id', ordering: { keys: [{ column: 'a.id', type: 'integer' }], direction: 'desc' } };
const NEWEST_FIRST = { keys: [{ property: 'id' as const, type: 'integer' as const }], direction: 'desc' as const };

async function step(ctx: Context, info: GraphQLResolveInfo, referral: string, action: ReferralAction, input: StepInput = {}): Promise<ReferralPayload> {
  const actor = actorOf(ctx.viewer);
  if (!actor) throw new AppError('FORBIDDEN', 'You act for no agency or provider.');
  const result = await new ReferralService(ctx.em, auditRecorder(ctx, info)).step(actor, fromGlobalIdOf('Referral', referral, 'input.referral'), action, input);
  return result.ok ? { referral: result.value, userErrors: [] } : { referral: null, userErrors: referralUserErrors(result.problems) };
}

/** The referral mutations, one per step, and the provider's incoming referrals. */
@Resolver()
export class ReferralMutationResolver {
  @Authorized<Role | ApiKeyScope>(...AGENCY_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'Refers a client of your caseload to a published offer: REQUESTED with a held seat, or WAITLISTED when none is free and the waiting list is open. Needs an active REFERRAL consent covering the provider (CONSENT_MISSING otherwise).' })
  async referralCreate(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral.' }) input: ReferralCreateInput): Promise<ReferralPayload> {
    const result = await new ReferralService(ctx.em, auditRecorder(ctx, info)).create(ctx.viewer, {
      clientId: fromGlobalIdOf('Client', input.client, 'input.client'),
      offerId: fromGlobalIdOf('Offer', input.offer, 'input.offer'),
      message: input.message ?? null,
      measureId: input.measure == null ? null : fromGlobalIdOf('PlanMeasure', input.measure, 'input.measure'),
    });
    return result.ok ? { referral: result.value, userErrors: [] } : { referral: null, userErrors: referralUserErrors(result.problems) };
  }

  @Authorized<Role | ApiKeyScope>(...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The provider accepts a REQUESTED (or, with a free seat, WAITLISTED) referral: the seat is taken and the start deadline set.' })
  referralAccept(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral.' }) input: ReferralStepInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.ACCEPT);
  }

  @Authorized<Role | ApiKeyScope>(...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The provider declines a REQUESTED or WAITLISTED referral, with a reason; a held seat goes to the waiting list.' })
  referralDecline(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral and why.' }) input: ReferralReasonInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.DECLINE, input);
  }

  @Authorized<Role | ApiKeyScope>(...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The provider puts a REQUESTED referral on the waiting list (its held seat is released).' })
  referralWaitlist(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral and, optionally, why.' }) input: ReferralReasonInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.WAITLIST, input);
  }

  @Authorized<Role | ApiKeyScope>(...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The person started the measure (from ACCEPTED); the plan measure becomes ACTIVE.' })
  referralStart(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral.' }) input: ReferralStepInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.START);
  }

  @Authorized<Role | ApiKeyScope>(...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The person completed the measure (from STARTED), with or without a certificate; the plan measure becomes COMPLETED.' })
  referralComplete(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral and its certificate.' }) input: ReferralCompleteInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.COMPLETE, { certificate: input.certificate ?? null });
  }

  @Authorized<Role | ApiKeyScope>(...AGENCY_WRITERS, ...PROVIDER_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The person dropped out (from ACCEPTED or STARTED), with a reason; before the start the seat is released. The manager or the provider.' })
  referralDropOut(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral and why.' }) input: ReferralReasonInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.DROP_OUT, input);
  }

  @Authorized<Role | ApiKeyScope>(...AGENCY_WRITERS)
  @Purpose(AuditPurpose.REFERRAL)
  @Mutation(() => ReferralPayload, { description: 'The manager withdraws a REQUESTED, WAITLISTED or ACCEPTED referral, with a reason; its seat goes to the waiting list.' })
  referralWithdraw(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The referral and why.' }) input: ReferralReasonInput): Promise<ReferralPayload> {
    return step(ctx, info, input.referral, ReferralAction.WITHDRAW, input);
  }

  @Authorized<Role | ApiKeyScope>(Role.PROVIDER_STAFF, ApiKeyScope.REFERRALS_READ)
  @Purpose(AuditPurpose.REFERRAL)
  @Query(() => ReferralConnection, { description: "Referrals addressed to your provider, newest first. Each shows the referral's snapshot of the person, never the client record." })
  async incomingReferrals(@Ctx() ctx: Context, @Args() args: IncomingReferralArgs): Promise<ReferralConnection> {
    const providerId = providerOf(ctx.viewer);
    if (providerId === null) throw new AppError('FORBIDDEN', 'Referrals are addressed to providers; you act for none.');
    const where: Record<string, unknown> = { provider: providerId };
    if (args.filter?.statuses) where.status = { $in: args.filter.statuses };
    if (args.filter?.offer) where.offer = fromGlobalIdOf('Offer', args.filter.offer, 'filter.offer');
    const page = pageRequest(args);
    const { rows, cursorOf } = await findPage(ctx.em, Referral, where, NEWEST_FIRST, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => ctx.em.count(Referral, where)) as ReferralConnection;
  }
}

/** A referral's relations and derived fields. The client only where the viewer may see it (never for the provider). */
@Resolver(() => Referral)
export class ReferralFieldsResolver {
  @FieldResolver(() => Client, { nullable: true, description: 'The client; null for the provider, which sees the snapshot only.' })
  async client(@Root() referral: Referral, @Ctx() ctx: Context): Promise<Client | null> {
    const client = await ctx.loaders.byId(Client).load(referral.client.id);
    return client && canSeeClient(ctx.viewer, client) ? client : null;
  }

  @FieldResolver(() => Offer, { description: 'The offer.' })
  async offer(@Root() referral: Referral, @Ctx() ctx: Context): Promise<Offer> {
    return (await ctx.loaders.byId(Offer).load(referral.offer.id))!;
  }

  @FieldResolver(() => Provider, { description: 'The provider the referral is addressed to.' })
  async provider(@Root() referral: Referral, @Ctx() ctx: Context): Promise<Provider> {
    return (await ctx.loaders.byId(Provider).load(referral.provider.id))!;
  }

  @FieldResolver(() => ReferralSnapshot, { nullable: true, description: 'What the provider sees of the person, taken at the time of the referral; null once the consent was withdrawn.' })
  async snapshot(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralSnapshot | null> {
    const [snapshot] = await ctx.loaders.byColumn(ReferralSnapshot, 'referral_id').load(referral.id);
    return snapshot ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Position on the waiting list, from 1; null unless WAITLISTED.' })
  async waitlistPosition(@Root() referral: Referral, @Ctx() ctx: Context): Promise<number | null> {
    if (referral.waitlistTicket === null) return null;
    const [row] = await ctx.em.execute<Array<{ position: number | null }>>('select hub_referral_waitlist_position(?) as position', [referral.id]);
    return row?.position ?? null;
  }

  @ListCap(MAX_NOTICES)
  @FieldResolver(() => [ReferralNotice], { description: 'Notices of the hub to the manager about this referral (e.g. that it expired, with the next fitting offers); empty for the provider.' })
  async notices(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralNotice[]> {
    if (providerOf(ctx.viewer) !== null) return [];
    return (await ctx.loaders.byColumn(ReferralNotice, 'referral_id', { orderBy: 'a.id' }).load(referral.id)).slice(-MAX_NOTICES);
  }

  @ListCap(MAX_HISTORY)
  @FieldResolver(() => [ReferralEvent], { description: `The steps of the referral, oldest first (the latest ${MAX_HISTORY}).` })
  async history(@Root() referral: Referral, @Ctx() ctx: Context): Promise<ReferralEvent[]> {
    const events = await ctx.loaders.byColumn(ReferralEvent, 'referral_id', { orderBy: 'a.id' }).load(referral.id);
    return events.slice(-MAX_HISTORY);
  }
}

@Resolver(() => ReferralNotice)
export class ReferralNoticeResolver {
  @ListCap(NEXT_OFFERS)
  @FieldResolver(() => [Offer], { description: 'The next fitting offers with a free seat, best first (those still published).' })
  async offers(@Root() notice: ReferralNotice, @Ctx() ctx: Context): Promise<Offer[]> {
    const offers = await Promise.all(notice.offerIds.map((id) => ctx.loaders.byId(Offer).load(id)));
    return offers.filter((offer): offer is Offer => offer !== null && offer.status === OfferStatus.PUBLISHED);
  }

  @FieldResolver(() => String, { description: 'What the notice says, in German.' })
  message(@Root() notice: ReferralNotice): string {
    const next = notice.offerIds.length > 0
      ? ` Passende andere Angebote mit freien Plätzen: ${notice.offerIds.length}.`
      : ' Ein anderes passendes Angebot mit freien Plätzen wurde nicht gefunden.';
    return `Der Anbieter hat bis zur Antwortfrist nicht geantwortet; die Zuweisung ist abgelaufen und der Platz freigegeben.${next}`;
  }
}

@Resolver(() => ReferralSnapshot)
export class ReferralSnapshotResolver {
  @ListCap(21)
  @FieldResolver(() => [TimeSlot], { description: 'When the person can attend.' })
  availability(@Root() snapshot: ReferralSnapshot): TimeSlot[] {
    return snapshot.availability as TimeSlot[];
  }
}

/** A client's referrals: the referrals module adds them to the caseloads module's type. */
@Resolver(() => Client)
export class ClientReferralsResolver {
  @FieldResolver(() => ReferralConnection, { description: 'Referrals of the person, newest first.' })
  referrals(@Root() client: Client, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ReferralConnection> {
    return ctx.loaders.connection(Referral, CLIENT_REFERRALS, client.id, args) as Promise<ReferralConnection>;
  }
}

