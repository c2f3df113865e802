import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { toGlobalId } from '../core/relay/global-id';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { Provider } from '../providers/provider.entity';
import { mayManageEndpointOf, requireWebhookManager, type WebhookManager } from './webhook-access';
import { WebhookDelivery } from './webhook-delivery.entity';
import { MAX_WEBHOOK_DESCRIPTION_LENGTH, WebhookEndpoint } from './webhook-endpoint.entity';
import { PING_EVENT, PROVIDER_ONLY_EVENTS, WebhookDeliveryStatus, WebhookEndpointStatus, type WebhookEventType } from './webhook.enums';
import type { WebhookErrorCode } from './webhook.errors';
import { payloadOf } from './webhook-fan-out';
import { newWebhookSecret } from './webhook-signature';
import { webhookUrlProblem } from './webhook-url-policy';

/** How long deliveries are signed with the old secret too after a rotation (Svix: 24 hours). */
export const PREVIOUS_SECRET_HOURS = 24;
/** Endpoints per provider (and hub-wide): every catalogue change is sent to each, so their number bounds what one change costs. */
export const MAX_ENDPOINTS = 20;

export interface WebhookEndpointFields {
  url?: string;
  events?: WebhookEventType[];
  description?: string | null;
}

export interface IssuedEndpoint {
  endpoint: WebhookEndpoint;
  /** `whsec_…`, returned once and stored only encrypted. */
  secret: string;
}

export type WebhookResult<T> = Result<T, WebhookErrorCode>;

const notFound = (field: string) => fail<WebhookErrorCode>([problem('NOT_FOUND', field, 'No such webhook endpoint.')]);

/**
 * Webhook endpoints and their deliveries. Admins manage every endpoint and register hub-wide
 * ones (the public catalogue); provider staff and keys with WEBHOOKS_MANAGE only their
 * provider's. Another provider's endpoint or delivery answers exactly like a missing one.
 */
export class WebhookService {
  constructor(private readonly em: EntityManager) {}

  async listEndpoints(viewer: Viewer, providerId: number | null, page: PageRequest) {
    return findPage(this.em, WebhookEndpoint, this.endpointScope(requireWebhookManager(viewer), providerId), { keys: [{ property: 'id', type: 'integer' }], direction: 'desc' }, page);
  }

  countEndpoints(viewer: Viewer, providerId: number | null): Promise<number> {
    return this.em.count(WebhookEndpoint, this.endpointScope(requireWebhookManager(viewer), providerId));
  }

  async listDeliveries(viewer: Viewer, filter: { endpointId: number | null; status: WebhookDeliveryStatus | null }, page: PageRequest) {
    return findPage(this.em, WebhookDelivery, await this.deliveryScope(viewer, filter), { keys: [{ property: 'id', type: 'integer' }], direction: 'desc' }, page);
  }

  async countDeliveries(viewer: Viewer, filter: { endpointId: number | null; status: WebhookDeliveryStatus | null }): Promise<number> {
    return this.em.count(WebhookDelivery, await this.deliveryScope(viewer, filter));
  }

  async create(viewer: Viewer, input: Required<WebhookEndpointFields> & { providerId: number | null }): Promise<WebhookResult<IssuedEndpoint>> {
    const manager = requireWebhookManager(viewer);
    // A provider registers for itself; naming another provider answers like a missing one.
    const providerId = manager.admin ? input.providerId : input.providerId ?? manager.providerId;
    const problems = this.check(input, providerId);
    if (providerId !== null && ((!manager.admin && providerId !== manager.providerId) || !(await this.em.findOne(Provider, providerId)))) {
      problems.push(problem('NOT_FOUND', 'provider', 'No such provider.'));
    }
    if (problems.length === 0 && (await this.em.count(WebhookEndpoint, { provider: providerId })) >= MAX_ENDPOINTS) {
      problems.push(problem('LIMIT_REACHED', 'provider', `At most ${MAX_ENDPOINTS} webhook endpoints; delete one first.`));
    }
    if (problems.length > 0) return fail(problems);
    const secret = newWebhookSecret();
    const endpoint = Object.assign(new WebhookEndpoint(), {
      provider: providerId === null ? null : this.em.getReference(Provider, providerId, { wrapped: true }),
      url: input.url,
      events: [...new Set(input.events)],
      description: input.description?.trim() || null,
      secret,
    });
    await this.em.persistAndFlush(endpoint);
    return succeed({ endpoint, secret });
  }

  async update(viewer: Viewer, endpointId: number, fields: WebhookEndpointFields & { disabled?: boolean }): Promise<WebhookResult<WebhookEndpoint>> {
    const endpoint = await this.endpoint(viewer, endpointId);
    if (!endpoint) return notFound('endpoint');
    const merged = { url: fields.url ?? endpoint.url, events: fields.events ?? endpoint.events, description: fields.description === undefined ? endpoint.description : fields.description };
    const problems = this.check(merged, endpoint.provider?.id ?? null);
    if (problems.length > 0) return fail(problems);
    Object.assign(endpoint, { url: merged.url, events: [...new Set(merged.events)], description: merged.description?.trim() || null, updatedAt: new Date() });
    if (fields.disabled === true && endpoint.status === WebhookEndpointStatus.ACTIVE) Object.assign(endpoint, { status: WebhookEndpointStatus.DISABLED, disabledReason: 'Disabled by its owner.' });
    if (fields.disabled === false) Object.assign(endpoint, { status: WebhookEndpointStatus.ACTIVE, disabledReason: null });
    await this.em.flush();
    return succeed(endpoint);
  }

  /** Deletes the endpoint with its deliveries; returns its ID. */
  async delete(viewer: Viewer, endpointId: number): Promise<WebhookResult<number>> {
    const endpoint = await this.endpoint(viewer, endpointId);
    if (!endpoint) return notFound('endpoint');
    await this.em.removeAndFlush(endpoint);
    return succeed(endpointId);
  }

  /** A new secret; deliveries carry a signature with the old one too for PREVIOUS_SECRET_HOURS. */
  async rotateSecret(viewer: Viewer, endpointId: number): Promise<WebhookResult<IssuedEndpoint>> {
    const endpoint = await this.endpoint(viewer, endpointId);
    if (!endpoint) return notFound('endpoint');
    const secret = newWebhookSecret();
    Object.assign(endpoint, { previousSecret: endpoint.secret, previousSecretExpiresAt: new Date(Date.now() + PREVIOUS_SECRET_HOURS * 3_600_000), secret, updatedAt: new Date() });
    await this.em.flush();
    return succeed({ endpoint, secret });
  }

  /** Queues a `webhook.ping` for the endpoint, whatever its events (without a job: the worker's sweeper gives it one). */
  async ping(viewer: Viewer, endpointId: number): Promise<WebhookResult<WebhookDelivery>> {
    const endpoint = await this.endpoint(viewer, endpointId);
    if (!endpoint) return notFound('endpoint');
    if (endpoint.status !== WebhookEndpointStatus.ACTIVE) return fail([problem('ENDPOINT_DISABLED', 'endpoint', 'The endpoint is disabled; enable it first.')]);
    const now = new Date();
    const delivery = Object.assign(new WebhookDelivery(), {
      endpoint: this.em.getReference(WebhookEndpoint, endpoint.id, { wrapped: true }),
      messageId: `msg_ping_${randomUUID()}`,
      eventType: PING_EVENT,
      payload: payloadOf(PING_EVENT, now, { endpoint: toGlobalId('WebhookEndpoint', endpoint.id) }),
      nextAttemptAt: now,
      createdAt: now,
    });
    await this.em.persistAndFlush(delivery);
    return succeed(delivery);
  }

  /**
   * Manual redelivery: the delivery is due at once, with the same webhook-id. A dead one gets
   * one more attempt (no new schedule); one still retrying is just brought forward.
   */
  async retry(viewer: Viewer, deliveryId: number): Promise<WebhookResult<WebhookDelivery>> {
    requireWebhookManager(viewer);
    const delivery = await this.em.findOne(WebhookDelivery, deliveryId, { populate: ['endpoint'] });
    const endpoint = delivery?.endpoint.getEntity();
    if (!delivery || !endpoint || !mayManageEndpointOf(viewer, endpoint.provider?.id ?? null)) return fail([problem('NOT_FOUND', 'delivery', 'No such webhook delivery.')]);
    if (endpoint.status !== WebhookEndpointStatus.ACTIVE) return fail([problem('ENDPOINT_DISABLED', 'delivery', 'The endpoint is disabled; enable it first.')]);
    // The API may not write pg-boss's tables: without a job ID, the worker's sweeper queues one at
    // once, and a job still waiting for this delivery (a retry hours ahead) finds itself replaced.
    Object.assign(delivery, { status: WebhookDeliveryStatus.PENDING, nextAttemptAt: new Date(), jobId: null });
    await this.em.flush();
    return succeed(delivery);
  }

  /** An endpoint the viewer manages, or null (missing and foreign alike). */
  async endpoint(viewer: Viewer, endpointId: number): Promise<WebhookEndpoint | null> {
    requireWebhookManager(viewer);
    const endpoint = await this.em.findOne(WebhookEndpoint, endpointId);
    return endpoint && mayManageEndpointOf(viewer, endpoint.provider?.id ?? null) ? endpoint : null;
  }

  private check(fields: Required<WebhookEndpointFields>, providerId: number | null): Problem<WebhookErrorCode>[] {
    const problems: Problem<WebhookErrorCode>[] = [];
    const urlProblem = webhookUrlProblem(fields.url);
    if (urlProblem) problems.push(problem('INVALID', 'url', urlProblem));
    if (fields.events.length === 0) problems.push(problem('INVALID', 'events', 'Subscribe to at least one event.'));
    else if (providerId === null && fields.events.some((type) => PROVIDER_ONLY_EVENTS.includes(type))) {
      problems.push(problem('INVALID', 'events', `Hub-wide endpoints receive the public catalogue only; these events need a provider's endpoint: ${PROVIDER_ONLY_EVENTS.join(', ')}.`));
    }
    if ((fields.description?.trim().length ?? 0) > MAX_WEBHOOK_DESCRIPTION_LENGTH) problems.push(problem('INVALID', 'description', `The description may have at most ${MAX_WEBHOOK_DESCRIPTION_LENGTH} characters.`));
    return problems;
  }

  private endpointScope(manager: WebhookManager, providerId: number | null) {
    if (!manager.admin) return providerId === null || providerId === manager.providerId ? { provider: manager.providerId } : { id: -1 };
    return providerId === null ? {} : { provider: providerId };
  }

  private async deliveryScope(viewer: Viewer, filter: { endpointId: number | null; status: WebhookDeliveryStatus | null }) {
    const manager = requireWebhookManager(viewer);
    const where: Record<string, unknown> = {};
    if (filter.status) where.status = filter.status;
    if (filter.endpointId !== null) {
      // A foreign endpoint filters to nothing, exactly like a missing one.
      where.endpoint = (await this.endpoint(viewer, filter.endpointId))?.id ?? -1;
    } else if (!manager.admin) {
      where.endpoint = { provider: manager.providerId };
    }
    return where;
  }
}
