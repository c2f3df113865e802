import { canSeeRowOfClient } from '../caseloads/client.policy';
import type { HubModule } from '../core/module';
import { ClientErasureRequest } from './client-erasure-request.entity';
import { exportsRoute } from './exports.route';
import { ClientErasureRequestResolver, RightsResolver } from './rights.resolver';
import { ERASURE_REQUEST_PROCESSING } from './rights.processing';

/**
 * Data-subject rights: the readable Art. 15 export (GET /exports/{id}), erasure on request
 * (Art. 17) and the records of processing (Art. 30) built from every module's annotations.
 */
export const rightsModule: HubModule = {
  name: 'rights',
  entities: [ClientErasureRequest],
  resolvers: [RightsResolver, ClientErasureRequestResolver],
  nodeTypes: [{ typeName: 'ClientErasureRequest', entity: ClientErasureRequest, visible: canSeeRowOfClient }],
  personalData: [
    { type: ClientErasureRequest, subjectType: 'Client', subjectId: (request: ClientErasureRequest) => request.client.id, exportAs: { key: 'erasureRequests', subjectColumn: 'client_id' } },
  ],
  processing: [ERASURE_REQUEST_PROCESSING],
  httpRoutes: [exportsRoute],
};
