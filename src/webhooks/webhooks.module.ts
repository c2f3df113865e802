import type { HubModule } from '../core/module';
import { mayManageEndpointOf } from './webhook-access';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './webhook.resolver';

/**
 * Outgoing webhooks (Standard Webhooks): endpoints, deliveries, and the worker that fans the
 * outboxes out and sends, each attempt a pg-boss job (webhook-worker.ts, started with the jobs).
 * No personal data: payloads carry event types, global IDs and times only; receivers fetch details
 * through the API.
 */
export const webhooksModule: HubModule = {
  name: 'webhooks',
  entities: [WebhookEndpoint, WebhookDelivery],
  resolvers: [WebhookEndpointResolver, WebhookDeliveryResolver],
  nodeTypes: [
    { typeName: 'WebhookEndpoint', entity: WebhookEndpoint, visible: (viewer, row: WebhookEndpoint) => mayManageEndpointOf(viewer, row.provider?.id ?? null) },
    {
      typeName: 'WebhookDelivery',
      entity: WebhookDelivery,
      visible: async (viewer, row: WebhookDelivery, context) => {
        const endpoint = await context.loaders.byId(WebhookEndpoint).load(row.endpoint.id);
        return endpoint !== null && endpoint !== undefined && mayManageEndpointOf(viewer, endpoint.provider?.id ?? null);
      },
    },
  ],
};
