import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf, toGlobalId } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Provider } from '../providers/provider.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus } from './webhook.enums';
import { WebhookService, type WebhookResult } from './webhook.service';
import {
  WebhookDeliveryConnection,
  WebhookDeliveryRetryInput,
  WebhookDeliveryRetryPayload,
  WebhookEndpointConnection,
  WebhookEndpointCreateInput,
  WebhookEndpointCreatePayload,
  WebhookEndpointDeletePayload,
  WebhookEndpointInput,
  WebhookEndpointPingPayload,
  WebhookEndpointRotateSecretPayload,
  WebhookEndpointUpdateInput,
  WebhookEndpointUpdatePayload,
  type WebhookDeliveryPayloadShape,
} from './webhook.types';
import { webhookUserErrors } from './webhook.user-errors';

const MANAGERS = [Role.ADMIN, Role.PROVIDER_STAFF, ApiKeyScope.WEBHOOKS_MANAGE];

const deliveryAnswer = (result: WebhookResult<WebhookDelivery>): WebhookDeliveryPayloadShape =>
  result.ok ? { delivery: result.value, userErrors: [] } : { delivery: null, userErrors: webhookUserErrors(result.problems) };

/** Webhook endpoints and deliveries: admins for every endpoint, providers (staff, keys with WEBHOOKS_MANAGE) for their own. */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Query(() => WebhookEndpointConnection, { description: 'Webhook endpoints, newest first: all for admins, your provider\'s for provider staff and keys with WEBHOOKS_MANAGE.' })
  async webhookEndpoints(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('provider', () => ID, { nullable: true, description: 'Only endpoints of this provider.' }) provider?: string | null,
  ): Promise<WebhookEndpointConnection> {
    const page = pageRequest(args);
    const providerId = provider == null ? null : fromGlobalIdOf('Provider', provider, 'provider');
    const service = new WebhookService(ctx.em);
    const { rows, cursorOf } = await service.listEndpoints(ctx.viewer, providerId, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countEndpoints(ctx.viewer, providerId)) as WebhookEndpointConnection;
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Query(() => WebhookDeliveryConnection, { description: 'Webhook deliveries, newest first, of the endpoints you manage; DEAD ones are the dead letters.' })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('endpoint', () => ID, { nullable: true, description: 'Only deliveries to this endpoint.' }) endpoint?: string | null,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' }) status?: WebhookDeliveryStatus | null,
  ): Promise<WebhookDeliveryConnection> {
    const page = pageRequest(args);
    const filter = { endpointId: endpoint == null ? null : fromGlobalIdOf('WebhookEndpoint', endpoint, 'endpoint'), status: status ?? null };
    const service = new WebhookService(ctx.em);
    const { rows, cursorOf } = await service.listDeliveries(ctx.viewer, filter, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.countDeliveries(ctx.viewer, filter)) as WebhookDeliveryConnection;
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookEndpointCreatePayload, { description: 'Registers a webhook endpoint and returns its signing secret, once.' })
  async webhookEndpointCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new endpoint.' }) input: WebhookEndpointCreateInput): Promise<WebhookEndpointCreatePayload> {
    const result = await new WebhookService(ctx.em).create(ctx.viewer, {
      url: input.url,
      events: input.events,
      description: input.description ?? null,
      providerId: input.provider == null ? null : fromGlobalIdOf('Provider', input.provider, 'input.provider'),
    });
    return result.ok ? { webhookEndpoint: result.value.endpoint, secret: result.value.secret, userErrors: [] } : { webhookEndpoint: null, secret: null, userErrors: webhookUserErrors(result.problems) };
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookEndpointUpdatePayload, { description: 'Changes a webhook endpoint: URL, events, description, disabled or enabled.' })
  async webhookEndpointUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: WebhookEndpointUpdateInput): Promise<WebhookEndpointUpdatePayload> {
    const result = await new WebhookService(ctx.em).update(ctx.viewer, fromGlobalIdOf('WebhookEndpoint', input.endpoint, 'input.endpoint'), {
      url: input.url ?? undefined,
      events: input.events ?? undefined,
      description: input.description === undefined ? undefined : input.description,
      disabled: input.disabled ?? undefined,
    });
    return result.ok ? { webhookEndpoint: result.value, userErrors: [] } : { webhookEndpoint: null, userErrors: webhookUserErrors(result.problems) };
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookEndpointDeletePayload, { description: 'Deletes a webhook endpoint and its deliveries.' })
  async webhookEndpointDelete(@Ctx() ctx: Context, @Arg('input', { description: 'The endpoint to delete.' }) input: WebhookEndpointInput): Promise<WebhookEndpointDeletePayload> {
    const result = await new WebhookService(ctx.em).delete(ctx.viewer, fromGlobalIdOf('WebhookEndpoint', input.endpoint, 'input.endpoint'));
    return result.ok ? { deletedWebhookEndpointId: toGlobalId('WebhookEndpoint', result.value), userErrors: [] } : { deletedWebhookEndpointId: null, userErrors: webhookUserErrors(result.problems) };
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookEndpointRotateSecretPayload, { description: 'Issues a new signing secret, shown once; the old one keeps signing alongside for 24 hours.' })
  async webhookEndpointRotateSecret(@Ctx() ctx: Context, @Arg('input', { description: 'The endpoint.' }) input: WebhookEndpointInput): Promise<WebhookEndpointRotateSecretPayload> {
    const result = await new WebhookService(ctx.em).rotateSecret(ctx.viewer, fromGlobalIdOf('WebhookEndpoint', input.endpoint, 'input.endpoint'));
    return result.ok ? { webhookEndpoint: result.value.endpoint, secret: result.value.secret, userErrors: [] } : { webhookEndpoint: null, secret: null, userErrors: webhookUserErrors(result.problems) };
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookEndpointPingPayload, { description: 'Sends a test event ("webhook.ping") to the endpoint.' })
  async webhookEndpointPing(@Ctx() ctx: Context, @Arg('input', { description: 'The endpoint.' }) input: WebhookEndpointInput): Promise<WebhookDeliveryPayloadShape> {
    return deliveryAnswer(await new WebhookService(ctx.em).ping(ctx.viewer, fromGlobalIdOf('WebhookEndpoint', input.endpoint, 'input.endpoint')));
  }

  @Authorized<Role | ApiKeyScope>(...MANAGERS)
  @Mutation(() => WebhookDeliveryRetryPayload, { description: 'Sends a delivery again now, with the same webhook-id (manual redelivery, e.g. of a dead letter).' })
  async webhookDeliveryRetry(@Ctx() ctx: Context, @Arg('input', { description: 'The delivery.' }) input: WebhookDeliveryRetryInput): Promise<WebhookDeliveryPayloadShape> {
    return deliveryAnswer(await new WebhookService(ctx.em).retry(ctx.viewer, fromGlobalIdOf('WebhookDelivery', input.delivery, 'input.delivery')));
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider whose endpoint it is; null for a hub-wide endpoint.' })
  provider(@Root() endpoint: WebhookEndpoint, @Ctx() ctx: Context): Promise<Provider | null> | null {
    return endpoint.provider && ctx.loaders.byId(Provider).load(endpoint.provider.id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookEndpoint, { description: 'The endpoint it goes to.' })
  async endpoint(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context): Promise<WebhookEndpoint> {
    return (await ctx.loaders.byId(WebhookEndpoint).load(delivery.endpoint.id))!;
  }
}
