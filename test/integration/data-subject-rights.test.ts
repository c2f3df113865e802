import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MODULES } from '../../src/app/modules';
import type { Viewer } from '../../src/core/auth/viewer';
import { loadConfig } from '../../src/core/config';
import type { HubModule } from '../../src/core/module';
import type { FieldAnnotation, ProcessingRecord } from '../../src/core/processing';
import { clientDataTables } from '../../src/caseloads/client-export.service';
import { PERSONAL_DATA } from '../../src/app/hub';
import { ClientCourseRecordDocument, ClientDataExportDocument, ClientUpdateDocument, PlanReviewDocument, SupportExtendDocument } from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, viewersByName, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

let hub: TestHub;
let tenants: Tenants;
let http: TestHttp;
/** Clients the test's erasure blocker holds back, with its reason. */
const blocked = new Map<number, string>();
const blockerModule: HubModule = {
  name: 'test-blocker',
  erasureBlockers: [async (_em, clientId) => blocked.get(clientId) ?? null],
};

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const RECORDS = new Map(MODULES.flatMap((module) => module.processing ?? []).map((record) => [record.entity.name, record as ProcessingRecord]));

beforeAll(async () => {
  hub = await createTestHub({ extraModules: [blockerModule] });
  tenants = await createTenants(hub);
  http = await startTestHttp(hub, {
    config: loadConfig({ NODE_ENV: 'test' }),
    authenticate: viewersByName(tenants),
  });
});
afterAll(async () => {
  await http.close();
  await hub.close();
});

let phone = 555100;
async function richCase(givenNames: string, familyName: string): Promise<CaseRefs> {
  const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA, { givenNames, familyName });
  await hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { email: `${familyName.toLowerCase()}@example.test`, phone: `+49 7071 ${++phone}`, availability: [{ weekday: 'FRIDAY', partOfDay: 'AFTERNOON' }, { weekday: 'MONDAY', partOfDay: 'EVENING' }] } } }, tenants.viewers.managerA);
  await hub.execute(SupportExtendDocument, { input: { client: refs.client, extendedTo: '2029-01-31', reason: 'Ausbildung begonnen' } }, tenants.viewers.managerA);
  await hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2026-11-02', summary: `Überprüfung mit ${givenNames}` } }, tenants.viewers.managerA);
  await hub.execute(ClientCourseRecordDocument, { input: { client: refs.client, programme: 'INTEGRATIONSKURS_ALLGEMEIN', startDate: '2024-09-02', endDate: '2025-06-27', completed: true, certificate: 'DTZ_A2' } }, tenants.viewers.managerA);
  await hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { gender: 'FEMALE', employment: 'JOB_SEEKING', feeExempt: true, obligations: [{ ground: 'JOBCENTER', obligedOn: '2025-01-15' }] } } }, tenants.viewers.managerA);
  return refs;
}

const get = (pathname: string, as?: string, accept = 'text/html') => fetch(`${http.url}${pathname}`, { headers: { accept, ...(as ? { authorization: `Bearer ${as}` } : {}) } });

/** The page's text as a reader sees it: tags gone, entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/\s+/g, ' ');
}

/** "2025-01-15" → "15.01.2025", written here apart from the code. */
const dayOf = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');
const berlinDayOf = (instant: string) => new Date(instant).toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' });

/** What a referenced object is called, read from the database. */
async function nameOfReference(globalId: string): Promise<string> {
  const [type, id] = Buffer.from(globalId, 'base64url').toString().split(':');
  const sql: Record<string, string> = {
    Municipality: 'select name from municipality where id = ?',
    Agency: 'select name from agency where id = ?',
    User: 'select coalesce(name, email) as name from hub_user where id = ?',
    Offer: 'select title as name from offer where id = ?',
    Provider: 'select name from provider where id = ?',
    Plan: "select 'Fassung ' || version as name from plan where id = ?",
    PlanGoal: 'select description as name from plan_goal where id = ?',
  };
  if (!sql[type]) throw new Error(`no name for ${type}`);
  const [row] = await hub.sql<{ name: string }>(sql[type], [Number(id)]);
  return row.name;
}

describe('the readable Art. 15 export (GET /exports/{id})', () => {
  let refs: CaseRefs;
  let html: string;
  let text: string;
  let json: Record<string, unknown>;

  beforeAll(async () => {
    refs = await richCase('Leserin', 'Verständlich');
    const exported = await hub.execute(ClientDataExportDocument, { id: refs.client }, tenants.viewers.managerA);
    json = exported.data!.clientDataExport as Record<string, unknown>;
    const answer = await get(`/exports/${refs.client}`, 'managerA');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    html = await answer.text();
    text = textOf(html);
  });

  it('has a version in the JSON export, which stays as it was', () => {
    expect(json.version).toBe(1);
  });

  it('shows no global ID, no raw enum code and no internal key', () => {
    const ids = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string' && /^[A-Za-z]+:\d+$/.test(Buffer.from(value, 'base64url').toString())) ids.add(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(json);
    expect(ids.size).toBeGreaterThan(10);
    for (const id of ids) expect({ id, found: html.includes(id) }).toEqual({ id, found: false });
    for (const code of ['JOB_SEEKING', 'AE_25_2', 'INTEGRATIONSKURS_ALLGEMEIN', 'DTZ_A2', 'LANGUAGE', 'FEMALE', 'VOLKSHOCHSCHULE', 'REFERRAL', 'FRIDAY']) expect({ code, found: text.includes(code) }).toEqual({ code, found: false });
    expect(text).not.toMatch(/originId|householdId|client_id/);
  });

  it('holds every stored fact of the person, in words (checked against the JSON export)', async () => {
    let checked = 0;
    for (const { key, entity } of clientDataTables(PERSONAL_DATA)) {
      const record = RECORDS.get(entity.name)!;
      const rows = (key === 'client' ? [json[key]] : json[key]) as Array<Record<string, unknown>>;
      for (const row of rows) {
        for (const [field, value] of Object.entries(row)) {
          const annotation = (record.fields as Record<string, FieldAnnotation>)[field];
          expect({ entity: entity.name, field, annotated: annotation !== undefined }).toEqual({ entity: entity.name, field, annotated: true });
          if (annotation.key || value === null) continue;
          expect({ field, label: text.includes(annotation.label) }).toEqual({ field, label: true });
          let expected: string[];
          if (field === 'availability') expected = ['Freitag nachmittags', 'Montag abends'];
          else if (field === 'obligations') expected = ['§ 44a Abs. 1 Nr. 2 AufenthG', dayOf('2025-01-15')];
          else if (field === 'householdId') expected = [];
          else if (field === 'change') expected = [String(value).replace('(LANGUAGE)', '(Sprache)')];
          else if (typeof value === 'string' && /^[A-Za-z]+:\d+$/.test(Buffer.from(value, 'base64url').toString()) && !/\s/.test(value)) expected = [await nameOfReference(value)];
          else if (annotation.values && typeof value === 'string') expected = [annotation.values[value]];
          else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) expected = [dayOf(value)];
          else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) expected = [berlinDayOf(value)];
          else if (typeof value === 'boolean') expected = [value ? 'ja' : 'nein'];
          else if (typeof value === 'number') expected = [String(value).replace('.', ',')];
          else if (Array.isArray(value)) expected = value.map(String);
          else expected = [String(value)];
          for (const piece of expected) expect({ entity: entity.name, field, piece, found: text.includes(piece) }).toEqual({ entity: entity.name, field, piece, found: true });
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    // Hand-written German, not read from the code's label tables.
    for (const words of ['arbeitsuchend', 'weiblich', 'Allgemeiner Integrationskurs', 'Deutsch-Test für Zuwanderer A2', 'Syrien', 'Rollstuhl', 'Erstgespräch geführt.', 'Volkshochschule']) expect(text).toContain(words);
  });

  it('says who processed the data, when and why, and is audited as EXPORT', async () => {
    expect(text).toContain('Wer Ihre Daten wann und wozu verarbeitet hat');
    expect(text).toContain('Begleitung im Integrationsmanagement');
    const [manager] = await hub.sql<{ name: string }>('select coalesce(name, email) as name from hub_user where id = ?', [(tenants.viewers.managerA as { userId: number }).userId]);
    expect(text).toContain(manager.name);
    const audits = await hub.sql<{ purpose: string; fields: string[] }>("select purpose::text, fields from audit_event where subject_id = ? and action = 'EXPORT' order by id", [refs.client]);
    expect(audits.at(-1)).toEqual({ purpose: 'DATA_SUBJECT_REQUEST', fields: expect.arrayContaining(['client', 'processing']) });
  });

  it('adds English labels where asked for', async () => {
    const bilingual = textOf(await (await get(`/exports/${refs.client}?lang=en`, 'managerA')).text());
    expect(bilingual).toContain('Familienname / Family name');
  });

  it('serves a PDF with the name on its first page', async () => {
    const answer = await get(`/exports/${refs.client}?format=pdf`, 'officerA');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'export-')), 'export.pdf');
    writeFileSync(file, Buffer.from(await answer.arrayBuffer()));
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', file, '-']).toString();
    expect(firstPage).toContain('Leserin Verständlich');
    expect(firstPage).toContain('Auskunft nach Art. 15 DSGVO');
  });

  it('is for the officer and the case workers of the agency only', async () => {
    expect((await get(`/exports/${refs.client}`, 'officerA')).status).toBe(200);
    expect((await get(`/exports/${refs.client}`, 'coordinatorA')).status).toBe(200);
    for (const other of ['officerB', 'managerB', 'coordinatorB', 'staffP', 'keyA', 'admin']) expect({ other, status: (await get(`/exports/${refs.client}`, other)).status }).toEqual({ other, status: 404 });
    expect((await get(`/exports/${refs.client}`)).status).toBe(401);
    expect((await get('/exports/not-an-id', 'managerA')).status).toBe(404);
    expect((await get('/exports/%ZZ', 'managerA')).status).toBe(404);
  });

  it('does not open the case to the officer anywhere else (node(id) stays null)', async () => {
    const result = await hub.run('query($id: ID!) { node(id: $id) { id } }', { id: refs.client }, tenants.viewers.officerA);
    expect(result.data!.node).toBeNull();
  });
});

const REQUEST = 'mutation($input: ClientErasureRequestInput!) { clientErasureRequest(input: $input) { erasureRequest { id ground confirmBefore client { id } } userErrors { field message code } } }';
const CONFIRM = 'mutation($input: ClientErasureConfirmInput!) { clientErasureConfirm(input: $input) { erasedClientId userErrors { field message code } } }';
type RequestAnswer = { erasureRequest: { id: string } | null; userErrors: Array<{ message: string; code: string }> };
type ConfirmAnswer = { erasedClientId: string | null; userErrors: Array<{ message: string; code: string }> };

async function requestErasure(client: string, as: Viewer = tenants.viewers.coordinatorA): Promise<RequestAnswer> {
  const result = await hub.run(REQUEST, { input: { client, ground: 'CONSENT_WITHDRAWN' } }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.clientErasureRequest as RequestAnswer;
}
async function confirmErasure(request: string, as: Viewer = tenants.viewers.coordinatorA): Promise<ConfirmAnswer> {
  const result = await hub.run(CONFIRM, { input: { request } }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.clientErasureConfirm as ConfirmAnswer;
}

describe('erasure on request (Art. 17)', () => {
  it('erases the person after the confirmation, leaving nothing of them in the whole database', async () => {
    const refs = await richCase('Zoraida', 'Antragsgelöscht');
    const kept = await richCase('Bleibt', 'Weiterbegleitet');
    const clientId = idOf(refs.client);
    const [row] = await hub.sql<Record<string, string>>('select birth_date::text as birth, email, phone, origin_country_encrypted, health_needs_encrypted from client where id = ?', [clientId]);
    const notes = await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where client_id = ?', [clientId]);
    // The readable export first, so the log holds reads and an export of the person too.
    expect((await get(`/exports/${refs.client}`, 'managerA')).status).toBe(200);

    const requested = await requestErasure(refs.client);
    expect(requested.userErrors).toEqual([]);
    // Nothing is erased before the confirmation.
    expect(await hub.sql('select 1 from client where id = ?', [clientId])).toHaveLength(1);
    const confirmed = await confirmErasure(requested.erasureRequest!.id);
    expect(confirmed).toEqual({ erasedClientId: refs.client, userErrors: [] });

    // Every table, every row, as text (a dump through SQL: the embedded PostgreSQL 18 is newer than the pg_dump installed).
    const tables = await hub.sql<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1");
    expect(tables.length).toBeGreaterThan(30);
    const traces = ['Zoraida', 'Antragsgelöscht', 'antragsgelöscht@example.test', row.email, row.phone, row.birth, 'Überprüfung mit Zoraida', row.origin_country_encrypted, row.health_needs_encrypted, ...notes.map((note) => note.body_encrypted)];
    for (const { name } of tables) {
      const dump = JSON.stringify(await hub.sql(`select t::text as row from "${name}" t`));
      for (const trace of traces) expect({ table: name, trace, found: dump.includes(trace) }).toEqual({ table: name, trace, found: false });
      // The record's ID stays only where the audit log names what was done to it, until audit retention removes it.
      if (name !== 'audit_event') expect({ table: name, id: dump.includes(refs.client) }).toEqual({ table: name, id: false });
    }
    const columns = await hub.sql<{ table_name: string; column_name: string }>(
      `select c.table_name, c.column_name from information_schema.key_column_usage c
       join information_schema.referential_constraints r on r.constraint_name = c.constraint_name
       join information_schema.constraint_column_usage u on u.constraint_name = r.unique_constraint_name
       where c.table_schema = 'public' and u.table_name = 'client'`,
    );
    expect(columns.length).toBeGreaterThan(5);
    for (const { table_name, column_name } of columns) expect(await hub.sql(`select 1 from "${table_name}" where "${column_name}" = ?`, [clientId])).toEqual([]);
    const remaining = await hub.sql<{ subject_id: string; fields: string[] }>('select subject_id, fields from audit_event where subject_id = ?', [refs.client]);
    expect(remaining.length).toBeGreaterThan(0);

    // What remains: an anonymous count, and the audit entry of the erasure.
    const [count] = await hub.sql<{ cases: number }>("select cases from erased_on_request_count where agency_id = ? and ground = 'CONSENT_WITHDRAWN'", [tenants.agencyA.id]);
    expect(count.cases).toBe(1);
    const [erasure] = await hub.sql<{ purpose: string; actor_kind: string }>("select purpose::text, actor_kind from audit_event where subject_id = ? and action = 'DELETE'", [refs.client]);
    expect(erasure).toEqual({ purpose: 'DATA_SUBJECT_REQUEST', actor_kind: 'USER' });
    expect(await hub.sql('select 1 from client where id = ?', [idOf(kept.client)])).toHaveLength(1);
  });

  it('is refused while a module objects (e.g. an open referral), at the request and at the confirmation', async () => {
    const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
    blocked.set(idOf(refs.client), 'Eine Vermittlung ist noch offen.');
    const refused = await requestErasure(refs.client);
    expect(refused).toEqual({ erasureRequest: null, userErrors: [{ field: ['input', 'client'], message: 'Eine Vermittlung ist noch offen.', code: 'BLOCKED' }] });
    expect(await hub.sql('select 1 from client_erasure_request where client_id = ?', [idOf(refs.client)])).toEqual([]);

    blocked.delete(idOf(refs.client));
    const requested = await requestErasure(refs.client);
    blocked.set(idOf(refs.client), 'Eine Vermittlung ist noch offen.');
    const notYet = await confirmErasure(requested.erasureRequest!.id);
    expect(notYet).toMatchObject({ erasedClientId: null, userErrors: [{ code: 'BLOCKED' }] });
    expect(await hub.sql('select 1 from client where id = ?', [idOf(refs.client)])).toHaveLength(1);
    blocked.delete(idOf(refs.client));
    expect((await confirmErasure(requested.erasureRequest!.id)).erasedClientId).toBe(refs.client);
  });

  it('refuses a request past its confirmation window, and requests of other agencies', async () => {
    const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
    const requested = await requestErasure(refs.client);
    expect(await confirmErasure(requested.erasureRequest!.id, tenants.viewers.coordinatorB)).toMatchObject({ erasedClientId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect(await requestErasure(refs.client, tenants.viewers.coordinatorB)).toMatchObject({ erasureRequest: null, userErrors: [{ code: 'NOT_FOUND' }] });
    await hub.sql("update client_erasure_request set requested_at = now() - interval '25 hours' where id = ?", [idOf(requested.erasureRequest!.id)]);
    expect(await confirmErasure(requested.erasureRequest!.id)).toMatchObject({ erasedClientId: null, userErrors: [{ code: 'EXPIRED' }] });
    expect(await hub.sql('select 1 from client where id = ?', [idOf(refs.client)])).toHaveLength(1);
  });

  it('cannot be done by the app role directly, past the function', async () => {
    const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
    const settings = { 'hub.agency_id': String(tenants.agencyA.id), 'hub.roles': 'COORDINATOR', 'hub.request_id': 'direct-erasure' };
    // Without a request the function erases nothing.
    const [{ erased }] = await hub.sqlAsApp<{ erased: boolean }>('select hub_erase_client_on_request(?, ?) as erased', [idOf(refs.client), 1], settings as never);
    expect(erased).toBe(false);
    await expect(hub.sqlAsApp("insert into erased_on_request_count values (?, 2026, 'OBJECTION', 5)", [tenants.agencyA.id], settings as never)).rejects.toThrow(/permission denied/);
  });
});
