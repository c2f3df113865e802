import { hasRole, Role } from '../core/auth/viewer';
import type { HubModule } from '../core/module';
import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { TrustedDocument } from './trusted-document.entity';
import { TrustedDocumentResolver } from './trusted-document.resolver';

/** Third-party systems: API keys and the trusted documents they may send. */
export const integrationsModule: HubModule = {
  name: 'integrations',
  entities: [ApiKey, TrustedDocument],
  resolvers: [ApiKeyResolver, TrustedDocumentResolver],
  nodeTypes: [{ typeName: 'ApiKey', entity: ApiKey, visible: (viewer) => hasRole(viewer, Role.ADMIN) }],
};
