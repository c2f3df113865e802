import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { CaseNoteAddDocument, ClientCreateDocument, ConsentRecordDocument, PlanGoalAddDocument, PlanMeasureAddDocument } from '../generated/graphql';
import type { Tenants } from './tenants';
import type { TestHub } from './test-hub';

/** A case with one of everything, made through the API: the IDs cross-tenant probes aim at. */
export interface CaseRefs {
  client: string;
  plan: string;
  goal: string;
  measure: string;
  consent: string;
  note: string;
}

let serial = 0;

export async function createCase(hub: TestHub, tenants: Tenants, agency: 'A' | 'B', manager: Viewer, names: { givenNames?: string; familyName?: string } = {}): Promise<CaseRefs> {
  const agencyId = agency === 'A' ? tenants.agencyA.id : tenants.agencyB.id;
  const [place] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? order by municipality_id limit 1', [agencyId]);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 1");
  serial += 1;
  const created = await hub.execute(
    ClientCreateDocument,
    {
      input: {
        givenNames: names.givenNames ?? `Testa ${serial}`,
        familyName: names.familyName ?? `Beispielzadeh ${agency}`,
        birthDate: '1990-04-0' + ((serial % 9) + 1),
        municipality: toGlobalId('Municipality', place.id),
        languages: ['ar', 'de'],
        germanLevel: 'A2',
        residenceStatus: 'AE_25_2',
        originCountry: 'Syrien',
        healthNeeds: 'Rollstuhl: barrierefreie Räume',
      },
    },
    manager,
  );
  const client = created.data?.clientCreate.client;
  if (!client) throw new Error(`clientCreate failed: ${JSON.stringify(created)}`);
  const goal = await hub.execute(PlanGoalAddDocument, { input: { client: client.id, area: 'LANGUAGE', description: 'B1 erreichen', targetLevel: 'B1' } }, manager);
  const goalId = goal.data!.planGoalAdd.goal!.id;
  const measure = await hub.execute(PlanMeasureAddDocument, { input: { goal: goalId, offer: toGlobalId('Offer', offer.id) } }, manager);
  const consent = await hub.execute(ConsentRecordDocument, { input: { client: client.id, purpose: 'REFERRAL', recipientProviderKind: 'VOLKSHOCHSCHULE', textVersion: 'v2026-01', givenAt: '2026-01-15T10:00:00Z' } }, manager);
  const note = await hub.execute(CaseNoteAddDocument, { input: { client: client.id, body: 'Erstgespräch geführt.' } }, manager);
  const measurePayload = measure.data!.planMeasureAdd;
  return {
    client: client.id,
    plan: measurePayload.plan!.id,
    goal: measurePayload.plan!.goals[0].id,
    measure: measurePayload.measure!.id,
    consent: consent.data!.consentRecord.consent!.id,
    note: note.data!.caseNoteAdd.caseNote!.id,
  };
}
