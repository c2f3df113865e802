import type { HubModule } from '../core/module';
import { CaseNote } from './case-note.entity';
import { Client } from './client.entity';
import { canSeeClient, canSeeRowOfClient } from './client.policy';
import { CaseloadResolver, ClientResolver } from './client.resolver';
import { SupportExtension } from './support-extension.entity';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Clients of the Integrationsmanager: cases, notes and support periods. */
export const caseloadsModule: HubModule = {
  name: 'caseloads',
  entities: [Client, CaseNote, SupportExtension],
  resolvers: [CaseloadResolver, ClientResolver],
  nodeTypes: [
    { typeName: 'Client', entity: Client, visible: canSeeClient },
    { typeName: 'CaseNote', entity: CaseNote, visible: canSeeRowOfClient },
    { typeName: 'SupportExtension', entity: SupportExtension, visible: canSeeRowOfClient },
  ],
  personalData: [
    {
      type: Client,
      subjectType: 'Client',
      subjectId: (client: Client) => client.id,
      agencyId: (client: Client) => client.agency.id,
      exportAs: { key: 'client', subjectColumn: 'id' },
    },
    { type: SupportExtension, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key: 'supportExtensions', subjectColumn: 'client_id' } },
    { type: CaseNote, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key: 'caseNotes', subjectColumn: 'client_id' } },
  ],
};
