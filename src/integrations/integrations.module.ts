import { hasRole, Role } from '../core/auth/viewer';
import type { HubModule } from '../core/module';
import { AuditEventActorResolver, ViewerScopesResolver } from './actor.resolver';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { TrustedDocument } from './trusted-document.entity';
import { TrustedDocumentResolver } from './trusted-document.resolver';

/**
 * Third-party systems: API keys and the trusted documents they may send; and the `Actor` of audit
 * entries (a User or an ApiKey) with the scopes of keys, which only this module sees both sides of.
 */
export const integrationsModule: HubModule = {
  name: 'integrations',
  entities: [ApiKey, TrustedDocument],
  resolvers: [ApiKeyResolver, TrustedDocumentResolver, AuditEventActorResolver, ViewerScopesResolver],
  nodeTypes: [{ typeName: 'ApiKey', entity: ApiKey, visible: (viewer) => hasRole(viewer, Role.ADMIN) }],
};
