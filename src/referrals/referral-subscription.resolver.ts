import { Arg, Authorized, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { agencyOf, providerOf, Role, type Viewer } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { settingsFor, withSettings } from '../core/database/tenant-settings';
import { AppError } from '../core/errors';
import { fromGlobalIdOf, toGlobalId } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import type { ReferralStatus } from './referral.enums';
import { ReferralStatusChange } from './referral.types';

/** The channel the referral_event trigger notifies on commit (see the referrals migration). */
export const REFERRAL_EVENT_CHANNEL = 'hub_referral_event';

interface EventNotice {
  referral: number;
  client: number;
  offer: number;
  agency: number;
  provider: number;
  action: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  at: string;
}

/**
 * Whether the viewer may learn of this event, as its queries decide: the provider it is
 * addressed to; on the agency side, whoever sees its client now (row-level security, in a short
 * transaction with the viewer's settings, so a case moved out of a caseload stops its events).
 */
async function mayLearn(context: Context, viewer: Viewer, event: EventNotice): Promise<boolean> {
  const provider = providerOf(viewer);
  if (provider !== null) return event.provider === provider;
  if (agencyOf(viewer) !== event.agency) return false;
  const [row] = await withSettings(context.em.fork(), settingsFor(viewer, context.requestId), (em) =>
    em.execute<Array<{ visible: boolean }>>('select exists (select 1 from client where id = ?) as visible', [event.client]),
  );
  return row.visible;
}

async function* changesFor(context: Context, client: number | null, offer: number | null): AsyncGenerator<ReferralStatusChange> {
  if (!context.notifications) throw new Error('Subscriptions need the notifications of the subscription server');
  const feed = context.notifications.listen(REFERRAL_EVENT_CHANNEL);
  try {
    for await (const payload of feed) {
      const event = JSON.parse(payload) as EventNotice;
      if ((client !== null && event.client !== client) || (offer !== null && event.offer !== offer)) continue;
      if (!(await mayLearn(context, context.viewer, event))) continue;
      yield {
        referral: toGlobalId('Referral', event.referral), client: toGlobalId('Client', event.client), offer: toGlobalId('Offer', event.offer),
        action: event.action, from: event.from, to: event.to, at: new Date(event.at),
      };
    }
  } finally {
    await feed.return?.();
  }
}

@Resolver()
export class ReferralSubscriptionResolver {
  @Authorized<Role | ApiKeyScope>(Role.MANAGER, Role.COORDINATOR, Role.PROVIDER_STAFF, ApiKeyScope.REFERRALS_READ, ApiKeyScope.CASELOAD_READ)
  @Subscription(() => ReferralStatusChange, {
    description: 'Steps of referrals as they commit (over graphql-ws; sign in with the connection_init payload `{ authorization: "Bearer …" }`): of the clients you may see, or addressed to your provider; optionally of one client or offer. IDs and statuses only.',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      if (agencyOf(ctx.viewer) === null && providerOf(ctx.viewer) === null) throw new AppError('FORBIDDEN', 'You act for no agency or provider.');
      const client = args.client == null ? null : fromGlobalIdOf('Client', args.client as string, 'client');
      const offer = args.offer == null ? null : fromGlobalIdOf('Offer', args.offer as string, 'offer');
      return changesFor(ctx, client, offer);
    },
  })
  referralStatusChanged(
    @Root() change: ReferralStatusChange,
    @Ctx() _ctx: Context,
    @Arg('client', () => ID, { nullable: true, description: 'Only referrals of this client.' }) _client?: string,
    @Arg('offer', () => ID, { nullable: true, description: 'Only referrals to this offer.' }) _offer?: string,
  ): ReferralStatusChange {
    return change;
  }
}
