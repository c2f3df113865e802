import { canSeeRowOfClient } from '../caseloads/client.policy';
import type { HubModule } from '../core/module';
import { CONSENT_PROCESSING } from './consents.processing';
import { ClientConsentsResolver } from './client-consents.resolver';
import { Consent } from './consent.entity';
import { ConsentResolver } from './consent.resolver';

/** A client's consents to purposes and recipients (GDPR Art. 6(1)(a), 7). */
export const consentsModule: HubModule = {
  name: 'consents',
  entities: [Consent],
  resolvers: [ConsentResolver, ClientConsentsResolver],
  nodeTypes: [{ typeName: 'Consent', entity: Consent, visible: canSeeRowOfClient }],
  personalData: [{ type: Consent, subjectType: 'Client', subjectId: (consent: Consent) => consent.client.id, exportAs: { key: 'consents', subjectColumn: 'client_id' } }],
  processing: [CONSENT_PROCESSING],
};
