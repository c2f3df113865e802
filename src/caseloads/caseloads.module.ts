import type { HubModule } from '../core/module';
import { CaseNote } from './case-note.entity';
import { ClientCourse } from './client-course.entity';
import { ClientCourseResolver } from './client-course.resolver';
import { ClientObligationResolver } from './client-obligation.types';
import { Client } from './client.entity';
import { canSeeClient, canSeeRowOfClient } from './client.policy';
import { CaseloadResolver, ClientResolver } from './client.resolver';
import { SupportExtension } from './support-extension.entity';
import { CASELOADS_PROCESSING } from './caseloads.processing';

const ofTheirClient = (row: { client: { id: number } }) => row.client.id;

/** Clients of the Integrationsmanager: cases, notes, support periods and the courses they attended. */
export const caseloadsModule: HubModule = {
  name: 'caseloads',
  entities: [Client, CaseNote, SupportExtension, ClientCourse],
  resolvers: [CaseloadResolver, ClientResolver, ClientCourseResolver, ClientObligationResolver],
  nodeTypes: [
    { typeName: 'Client', entity: Client, visible: canSeeClient },
    { typeName: 'CaseNote', entity: CaseNote, visible: canSeeRowOfClient },
    { typeName: 'SupportExtension', entity: SupportExtension, visible: canSeeRowOfClient },
    { typeName: 'ClientCourse', entity: ClientCourse, visible: canSeeRowOfClient },
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
    { type: ClientCourse, subjectType: 'Client', subjectId: ofTheirClient, exportAs: { key: 'coursesAttended', subjectColumn: 'client_id' } },
  ],
  processing: CASELOADS_PROCESSING,
  displayNames: [{ entity: Client, name: (client: Client) => `${client.givenNames} ${client.familyName}` }],
};
