import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReferenceKind } from '@mikro-orm/core';
import { clientExportJsonSchema } from '../../src/caseloads/client-export.schema';
import { clientDataTables } from '../../src/caseloads/client-export.service';
import { PERSONAL_DATA } from '../../src/app/hub';

const CLIENT_DATA = clientDataTables(PERSONAL_DATA);
import { encryptedColumnsOf } from '../../src/core/crypto/encrypted-columns';
import { toGlobalId } from '../../src/core/relay/global-id';
import { eraseExpiredCases } from '../../src/retention/retention.service';
import {
  ClientCloseDocument,
  ClientDataExportDocument,
  ClientCourseRecordDocument,
  ClientUpdateDocument,
  PlanReviewDocument,
  ReferralCreateDocument,
  SupportExtendDocument,
} from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, TEST_KEY_RING, type TestHub } from '../support/test-hub';

interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  items?: JsonSchema;
  required?: string[];
  properties?: Record<string, JsonSchema>;
}

let hub: TestHub;
let tenants: Tenants;

const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

let phone = 987650;
const AVAILABILITY = [{ weekday: 'FRIDAY', partOfDay: 'AFTERNOON' }, { weekday: 'MONDAY', partOfDay: 'EVENING' }] as const;

/** A case with a bit of everything, made through the API; values unique to the person. */
async function richCase(givenNames: string, familyName: string): Promise<CaseRefs> {
  const refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA, { givenNames, familyName });
  await hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { email: `${familyName.toLowerCase()}@example.test`, phone: `+49 7071 ${++phone}`, availability: [...AVAILABILITY] } } }, tenants.viewers.managerA);
  await hub.execute(SupportExtendDocument, { input: { client: refs.client, extendedTo: '2029-01-31', reason: 'Ausbildung' } }, tenants.viewers.managerA);
  await hub.execute(PlanReviewDocument, { input: { client: refs.client, reviewDate: '2026-11-02', summary: `Review für ${givenNames}` } }, tenants.viewers.managerA);
  const course = await hub.execute(ClientCourseRecordDocument, { input: { client: refs.client, programme: 'INTEGRATIONSKURS_ALLGEMEIN', startDate: '2024-09-02', endDate: '2025-06-27', completed: true, certificate: 'DTZ_A2' } }, tenants.viewers.managerA);
  if (course.data?.clientCourseRecord.userErrors.length !== 0) throw new Error(`clientCourseRecord failed: ${JSON.stringify(course)}`);
  await hub.execute(ClientUpdateDocument, { input: { client: refs.client, fields: { gender: 'FEMALE', employment: 'JOB_SEEKING', feeExempt: true, obligations: [{ ground: 'JOBCENTER', obligedOn: '2025-01-15' }] } } }, tenants.viewers.managerA);
  // Before the referral: an open referral blocks erasure on request.
  // A pending erasure request (GDPR Art. 17) is the person's data too.
  const erasure = await hub.run('mutation($client: ID!) { clientErasureRequest(input: {client: $client, ground: OBJECTION}) { userErrors { message } } }', { client: refs.client }, tenants.viewers.coordinatorA);
  if (erasure.errors || (erasure.data!.clientErasureRequest as { userErrors: unknown[] }).userErrors.length) throw new Error(`clientErasureRequest failed: ${JSON.stringify(erasure)}`);
  // A referral (with its snapshot and events), covered by the case's consent for Volkshochschulen.
  const [offer] = await hub.sql<{ id: number }>("select o.id from offer o join provider p on p.id = o.provider_id where p.kind = 'VOLKSHOCHSCHULE' and o.status = 'PUBLISHED' and (o.capacity is null or o.capacity > o.seats_taken + o.seats_referred + 2) order by o.id limit 1");
  const referral = await hub.execute(ReferralCreateDocument, { input: { client: refs.client, offer: toGlobalId('Offer', offer.id), message: `Für ${givenNames}` } }, tenants.viewers.managerA);
  if (referral.data?.referralCreate.userErrors.length !== 0) throw new Error(`referralCreate failed: ${JSON.stringify(referral)}`);
  // The deadline job's notice to the manager (as if the referral had expired), written as the owner.
  await hub.sql("insert into referral_notice (referral_id, client_id, agency_id, kind, offer_ids) select r.id, r.client_id, r.agency_id, 'EXPIRED', array[?]::int[] from referral r where r.client_id = ?",
    [offer.id, idOf(refs.client)]);
  return refs;
}

describe('Art. 15 access export', () => {
  it('holds every stored field of every table of the person, equal to the stored rows, decrypted', async () => {
    const refs = await richCase('Exportina', 'Vollständig');
    const result = await hub.execute(ClientDataExportDocument, { id: refs.client }, tenants.viewers.managerA);
    expect(result.errors).toBeUndefined();
    const document = result.data!.clientDataExport as Record<string, unknown>;
    const metadata = hub.orm.getMetadata();
    const encrypted = new Map(encryptedColumnsOf(hub.orm.getMetadata()).map((column) => [`${column.table}.${column.column}`, column.context]));

    for (const { key, entity, clientColumn } of CLIENT_DATA) {
      const meta = metadata.get(entity.name);
      const stored = await hub.sql<Record<string, unknown>>(
        `select t.*, ${meta.props.filter((p) => p.columnTypes?.[0] === 'date').map((p) => `t.${p.fieldNames[0]}::text as "${p.fieldNames[0]}"`).join(', ') || '1 as _'} from "${meta.tableName}" t where ${clientColumn} = ? order by id`,
        [idOf(refs.client)],
      );
      const exported = (key === 'client' ? [document[key]] : document[key]) as Array<Record<string, unknown>>;
      expect(stored.length).toBeGreaterThan(0);
      expect(exported).toHaveLength(stored.length);
      const props = meta.props.filter((prop) => prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE));
      stored.forEach((row, i) => {
        for (const prop of props) {
          const column = prop.fieldNames[0];
          let expected: unknown = row[column];
          if (prop.primary) expected = toGlobalId(meta.className, expected as number);
          else if (prop.kind === ReferenceKind.MANY_TO_ONE) expected = expected === null ? null : toGlobalId(prop.type, expected as number);
          else if (encrypted.has(`${meta.tableName}.${column}`) && expected !== null) expected = TEST_KEY_RING.decrypt(expected as string, encrypted.get(`${meta.tableName}.${column}`)!);
          else if (expected instanceof Date) expected = expected.toISOString();
          else if (typeof expected === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:/.test(expected)) expected = new Date(expected).toISOString();
          expect({ table: meta.tableName, field: prop.name, value: exported[i][prop.name] }).toEqual({ table: meta.tableName, field: prop.name, value: expected });
        }
      });
    }
    expect((document.client as Record<string, unknown>).originCountry).toBe('Syrien');
    // Structured values as stored: the availability slots, the obligations.
    expect((document.client as Record<string, unknown>).availability).toEqual(AVAILABILITY);
    expect((document.client as Record<string, unknown>)).toMatchObject({ gender: 'FEMALE', employment: 'JOB_SEEKING', feeExempt: true, obligations: [{ ground: 'JOBCENTER', obligedOn: '2025-01-15', validUntil: null }] });
    expect(document.coursesAttended).toMatchObject([{ programme: 'INTEGRATIONSKURS_ALLGEMEIN', completed: true, certificate: 'DTZ_A2', endDate: '2025-06-27' }]);

    const [audit] = await hub.sql<{ action: string; purpose: string }>("select action::text, purpose::text from audit_event where subject_id = ? and action = 'EXPORT'", [refs.client]);
    expect(audit).toEqual({ action: 'EXPORT', purpose: 'DATA_SUBJECT_REQUEST' });
  });

  it('has the committed JSON Schema (schema/client-export.schema.json), and every export fits its keys and types', async () => {
    const committed = JSON.parse(readFileSync(path.join(__dirname, '../../schema/client-export.schema.json'), 'utf8')) as JsonSchema;
    // Regenerate with `npm run schema:emit`.
    expect(clientExportJsonSchema(hub.orm.getMetadata(), CLIENT_DATA)).toEqual(committed);
    const refs = await richCase('Schema', 'Passgenau');
    const document = (await hub.execute(ClientDataExportDocument, { id: refs.client }, tenants.viewers.managerA)).data!.clientDataExport as Record<string, unknown>;
    const fits = (schema: JsonSchema, value: unknown, at: string): string[] => {
      const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type);
      const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
      if ('const' in schema) return value === schema.const ? [] : [`${at}: not ${String(schema.const)}`];
      if (types.length > 0 && !types.includes(kind) && !(kind === 'integer' && types.includes('number'))) return [`${at}: ${kind}, not ${types.join('|')}`];
      if (kind === 'array' && schema.items) return (value as unknown[]).flatMap((item, i) => fits(schema.items!, item, `${at}[${i}]`));
      if (kind === 'object' && schema.properties) {
        const record = value as Record<string, unknown>;
        const missing = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}: missing`);
        const extra = Object.keys(record).filter((key) => !(key in schema.properties!)).map((key) => `${at}.${key}: not in the schema`);
        return [...missing, ...extra, ...Object.entries(record).flatMap(([key, inner]) => (schema.properties![key] ? fits(schema.properties![key], inner, `${at}.${key}`) : []))];
      }
      return [];
    };
    expect(fits(committed, document, '$')).toEqual([]);
  });

  it('covers every table that holds rows of a person', async () => {
    const tables = await hub.sql<{ table_name: string }>("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'client_id' order by 1");
    const covered = CLIENT_DATA.map(({ entity }) => hub.orm.getMetadata().get(entity.name).tableName);
    expect(tables.map((table) => table.table_name).filter((table) => !covered.includes(table))).toEqual([]);
  });

  it('answers null for a client of another agency, and audits nothing', async () => {
    const refs = await createCase(hub, tenants, 'B', tenants.viewers.managerB);
    const result = await hub.execute(ClientDataExportDocument, { id: refs.client }, tenants.viewers.coordinatorA);
    expect(result.data!.clientDataExport).toBeNull();
    expect(await hub.sql("select 1 from audit_event where subject_id = ? and action = 'EXPORT'", [refs.client])).toEqual([]);
  });
});

describe('retention and erasure', () => {
  it('erases a case closed longer than the retention period from every table, and keeps an anonymous count', async () => {
    const refs = await richCase('Zuleika', 'Erasetestova');
    const kept = await richCase('Bleibend', 'Nochaktiv');
    const clientId = idOf(refs.client);
    const [row] = await hub.sql<Record<string, string>>('select birth_date::text as birth, email, phone, origin_country_encrypted, health_needs_encrypted from client where id = ?', [clientId]);
    const notes = await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where client_id = ?', [clientId]);
    await hub.execute(ClientCloseDocument, { input: { client: refs.client, reason: 'Umzug' } }, tenants.viewers.managerA);

    const closedAt = new Date();
    const early = await eraseExpiredCases(hub.orm, { retentionYears: 3, now: new Date(closedAt.getTime() + 2 * 365 * 86_400_000) });
    expect(early.erased).toBe(0);
    const result = await eraseExpiredCases(hub.orm, { retentionYears: 3, now: new Date(closedAt.getTime() + (3 * 365 + 2) * 86_400_000) });
    expect(result.erased).toBe(1);

    // Every table, every row, as text: nothing of the person is left.
    const tables = await hub.sql<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'");
    const traces = ['Für Zuleika', 'Zuleika', 'Erasetestova', 'erasetestova@example.test', row.phone, row.birth, 'Review für Zuleika', row.origin_country_encrypted, row.health_needs_encrypted, ...notes.map((note) => note.body_encrypted)];
    for (const { name } of tables) {
      const dump = JSON.stringify(await hub.sql(`select t::text as row from "${name}" t`));
      for (const trace of traces) expect({ table: name, trace, found: dump.includes(trace) }).toEqual({ table: name, trace, found: false });
    }
    const references = await hub.sql<{ table_name: string }>("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'client_id'");
    for (const { table_name } of references) expect(await hub.sql(`select 1 from "${table_name}" where client_id = ?`, [clientId])).toEqual([]);
    expect(await hub.sql('select 1 from client where id = ?', [clientId])).toEqual([]);

    // What remains: an anonymous count, and the audit log naming the erasure by record ID only.
    const [count] = await hub.sql<{ cases: number }>('select cases from erased_case_count where agency_id = ? and closed_year = ?', [tenants.agencyA.id, closedAt.getUTCFullYear()]);
    expect(count.cases).toBe(1);
    const [erasure] = await hub.sql<{ actor: string; purpose: string }>("select actor, purpose::text from audit_event where subject_id = ? and action = 'DELETE'", [refs.client]);
    expect(erasure).toEqual({ actor: 'retention', purpose: 'RETENTION' });
    // Open cases stay.
    expect(await hub.sql('select 1 from client where id = ?', [idOf(kept.client)])).toHaveLength(1);
  });
});
