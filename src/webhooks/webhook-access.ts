import { hasRole, Role, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { ApiKeyScope } from '../integrations/api-key.entity';

/** Who manages webhooks: an admin (every endpoint, hub-wide ones too) or a provider (its own only). */
export type WebhookManager = { admin: true; providerId: null } | { admin: false; providerId: number };

/** The viewer as a webhook manager, or null: admins, provider staff, provider keys with WEBHOOKS_MANAGE. */
export function webhookManagerOf(viewer: Viewer): WebhookManager | null {
  if (hasRole(viewer, Role.ADMIN)) return { admin: true, providerId: null };
  if (viewer.kind === 'user' && viewer.roles.includes(Role.PROVIDER_STAFF) && viewer.providerId !== null) return { admin: false, providerId: viewer.providerId };
  if (viewer.kind === 'integration' && viewer.providerId !== null && viewer.scopes.includes(ApiKeyScope.WEBHOOKS_MANAGE)) return { admin: false, providerId: viewer.providerId };
  return null;
}

/** The service's own check behind `@Authorized`. */
export function requireWebhookManager(viewer: Viewer): WebhookManager {
  const manager = webhookManagerOf(viewer);
  if (!manager) throw new AppError('FORBIDDEN', 'You may not use this operation.');
  return manager;
}

/** Whether the viewer may see an endpoint of `providerId` (null: hub-wide). */
export function mayManageEndpointOf(viewer: Viewer, providerId: number | null): boolean {
  const manager = webhookManagerOf(viewer);
  return manager !== null && (manager.admin || manager.providerId === providerId);
}
