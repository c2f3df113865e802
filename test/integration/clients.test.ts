import { toGlobalId } from '../../src/core/relay/global-id';
import {
  CaseNoteAddDocument,
  ClientCloseDocument,
  ClientCreateDocument,
  ClientDocument,
  ClientStatusSetDocument,
  ClientTransferDocument,
  ClientUpdateDocument,
  SupportExtendDocument,
  UserCreateDocument,
  type ClientCreateInput,
} from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, TEST_KEY_RING, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;
let placeOfA: string;
let placeOfB: string;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const place = async (agencyId: number) => {
    const [row] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? order by 1 limit 1', [agencyId]);
    return toGlobalId('Municipality', row.id);
  };
  placeOfA = await place(tenants.agencyA.id);
  placeOfB = await place(tenants.agencyB.id);
});
afterAll(() => hub.close());

const userId = (name: keyof Tenants['viewers']) => {
  const viewer = tenants.viewers[name];
  return viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : '';
};

/** Row counts of every table a client mutation touches: a refused mutation leaves them as they were. */
async function counts(): Promise<Record<string, number>> {
  const tables = ['client', 'plan', 'plan_goal', 'plan_measure', 'case_note', 'consent', 'support_extension'];
  const [row] = await hub.sql<Record<string, number>>(`select ${tables.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(', ')}`);
  return row;
}

const fullInput = (): ClientCreateInput => ({
  givenNames: 'Amina',
  familyName: 'Musterenko',
  birthDate: '1994-03-17',
  phone: '+49 7071 123456',
  email: 'amina@example.test',
  municipality: placeOfA,
  street: 'Beispielweg 5',
  postalCode: '72070',
  latitude: 48.52,
  longitude: 9.05,
  languages: ['UK', 'ru'],
  germanLevel: 'A2',
  germanEvidence: 'CERTIFICATE',
  germanCertificate: 'DTZ A2',
  germanEvidenceDate: '2025-06-30',
  latinLiterate: true,
  schooling: '11 Jahre Schule',
  workBackground: 'Buchhalterin',
  residenceStatus: 'AE_24',
  residenceParagraph: '§ 24 AufenthG',
  residenceValidUntil: '2027-03-04',
  workPermit: 'ALLOWED',
  arrivalDate: '2022-05-01',
  childrenBirthYears: [2019, 2022],
  availability: [{ weekday: 'MONDAY', partOfDay: 'MORNING' }, { weekday: 'WEDNESDAY', partOfDay: 'MORNING' }],
  maxTravelKm: 25,
  originCountry: 'Ukraine',
  healthNeeds: 'Diabetes: regelmäßige Pausen',
  supportStart: '2025-09-01',
});

describe('clientCreate', () => {
  it('stores every fact, starts plan version 1 and a two-year support period, and audits CREATE', async () => {
    const result = await hub.execute(ClientCreateDocument, { input: fullInput() }, tenants.viewers.managerA);
    const payload = result.data!.clientCreate;
    expect(payload.userErrors).toEqual([]);
    const { municipality, manager, plan, id, ...facts } = payload.client!;
    const { municipality: _place, supportStart: _start, ...given } = fullInput();
    expect(facts).toMatchObject({ ...given, languages: ['uk', 'ru'], locationPrecision: 'ADDRESS', status: 'ACTIVE', supportStart: '2025-09-01', supportPlannedEnd: '2027-09-01' });
    expect(municipality.id).toBe(placeOfA);
    expect(manager!.id).toBe(userId('managerA'));
    expect(plan.version).toBe(1);
    const [audit] = await hub.sql<{ action: string; subject_id: string }>("select action, subject_id from audit_event where action = 'CREATE' and subject_id = ?", [id]);
    expect(audit).toEqual({ action: 'CREATE', subject_id: id });
  });

  it('keeps origin, health and notes encrypted at rest: raw SQL shows no plaintext', async () => {
    const created = await hub.execute(ClientCreateDocument, { input: { ...fullInput(), givenNames: 'Olena', allowDuplicate: true } }, tenants.viewers.managerA);
    const client = created.data!.clientCreate.client!;
    await hub.execute(CaseNoteAddDocument, { input: { client: client.id, body: 'Vertraulich: Therapie begonnen' } }, tenants.viewers.managerA);
    const id = Number(Buffer.from(client.id, 'base64url').toString().split(':')[1]);
    const [row] = await hub.sql<Record<string, string>>('select origin_country_encrypted, health_needs_encrypted from client where id = ?', [id]);
    const [note] = await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where client_id = ?', [id]);
    const everything = JSON.stringify(await hub.sql('select c.*, n.* from client c join case_note n on n.client_id = c.id where c.id = ?', [id]));
    for (const secret of ['Ukraine', 'Diabetes', 'Therapie']) expect(everything).not.toContain(secret);
    expect(row.origin_country_encrypted).toMatch(/^v1:test:/);
    expect(TEST_KEY_RING.decrypt(row.origin_country_encrypted, 'client.origin_country')).toBe('Ukraine');
    expect(TEST_KEY_RING.decrypt(row.health_needs_encrypted, 'client.health_needs')).toBe('Diabetes: regelmäßige Pausen');
    expect(TEST_KEY_RING.decrypt(note.body_encrypted, 'case_note.body')).toBe('Vertraulich: Therapie begonnen');
  });

  it('finds a duplicate by names and birth date within the agency, and returns the match', async () => {
    const input = { givenNames: 'Yusuf', familyName: 'Probehani', birthDate: '1988-08-08', municipality: placeOfA };
    const first = await hub.execute(ClientCreateDocument, { input }, tenants.viewers.managerA);
    const before = await counts();
    const again = await hub.execute(ClientCreateDocument, { input: { ...input, givenNames: ' yusuf ', familyName: 'PROBEHANI' } }, tenants.viewers.coordinatorA);
    expect(again.data!.clientCreate).toMatchObject({ client: null, duplicate: { id: first.data!.clientCreate.client!.id }, userErrors: [{ code: 'DUPLICATE' }] });
    expect(await counts()).toEqual(before);

    // Another manager of the agency cannot see the case, but still learns that it exists.
    const colleague = await hub.signIn({ subject: 'manager-a2', roles: ['MANAGER' as never], agency: 'lra-tuebingen' });
    const hidden = await hub.execute(ClientCreateDocument, { input }, colleague);
    expect(hidden.data!.clientCreate).toMatchObject({ client: null, duplicate: null, userErrors: [{ code: 'DUPLICATE' }] });

    // Other agencies have their own records.
    const placeB = await hub.execute(ClientCreateDocument, { input: { ...input, municipality: placeOfB } }, tenants.viewers.managerB);
    expect(placeB.data!.clientCreate.userErrors).toEqual([]);
    const twin = await hub.execute(ClientCreateDocument, { input: { ...input, allowDuplicate: true } }, tenants.viewers.managerA);
    expect(twin.data!.clientCreate.userErrors).toEqual([]);
  });

  it.each([
    ['no names', { givenNames: ' ', familyName: '' }, [['input', 'givenNames'], ['input', 'familyName']]],
    ['a future birth date', { birthDate: '2999-01-01' }, [['input', 'birthDate']]],
    ['a municipality the agency does not cover', { municipality: 'placeOfB' }, [['input', 'municipality']]],
    ['a bad e-mail and phone', { email: 'nope', phone: 'call me' }, [['input', 'email'], ['input', 'phone']]],
    ['a language that is no ISO code', { languages: ['Arabisch'] }, [['input', 'languages']]],
    ['a certificate without a name', { germanEvidence: 'CERTIFICATE', germanCertificate: null }, [['input', 'germanCertificate']]],
    ['coordinates outside BW', { latitude: 52.5, longitude: 13.4 }, [['input', 'latitude']]],
    ['a latitude without longitude', { longitude: null }, [['input', 'latitude']]],
    ['an impossible child', { childrenBirthYears: [1950] }, [['input', 'childrenBirthYears']]],
    ['a manager of another agency', { manager: 'managerB' }, [['input', 'manager']]],
  ])('answers %s with userErrors and creates nothing', async (_name, change, fields) => {
    const before = await counts();
    const input = { ...fullInput(), givenNames: `Bad ${fields.length}${_name}`, ...change } as ClientCreateInput;
    if (input.municipality === 'placeOfB') input.municipality = placeOfB;
    if (input.manager === 'managerB') input.manager = userId('managerB');
    const result = await hub.execute(ClientCreateDocument, { input }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    expect(result.data!.clientCreate.client).toBeNull();
    expect(result.data!.clientCreate.userErrors.map((error) => error.field)).toEqual(expect.arrayContaining(fields));
    expect(await counts()).toEqual(before);
  });

  it('lets a manager create only for themselves', async () => {
    const result = await hub.execute(ClientCreateDocument, { input: { givenNames: 'X', familyName: 'Y', birthDate: '1990-01-01', municipality: placeOfA, manager: userId('coordinatorA') } }, tenants.viewers.managerA);
    expect(result.data!.clientCreate.userErrors).toMatchObject([{ field: ['input', 'manager'], code: 'INVALID' }]);
  });

  it('keeps availability as weekday and part of day, merging slots given twice, and stores them as jsonb', async () => {
    const availability = [
      { weekday: 'TUESDAY', partOfDay: 'EVENING' },
      { weekday: 'MONDAY', partOfDay: 'MORNING' },
      { weekday: 'TUESDAY', partOfDay: 'EVENING' },
    ] as const;
    const input = { givenNames: 'Slot', familyName: 'Probezeit', birthDate: '1991-01-01', municipality: placeOfA, availability: [...availability] };
    const result = await hub.execute(ClientCreateDocument, { input }, tenants.viewers.managerA);
    expect(result.data!.clientCreate.userErrors).toEqual([]);
    const client = result.data!.clientCreate.client!;
    expect(client.availability).toEqual([{ weekday: 'TUESDAY', partOfDay: 'EVENING' }, { weekday: 'MONDAY', partOfDay: 'MORNING' }]);
    const id = Number(Buffer.from(client.id, 'base64url').toString().split(':')[1]);
    const [row] = await hub.sql<{ availability: unknown; type: string }>('select availability, pg_typeof(availability)::text as type from client where id = ?', [id]);
    expect(row).toEqual({ availability: [{ weekday: 'TUESDAY', partOfDay: 'EVENING' }, { weekday: 'MONDAY', partOfDay: 'MORNING' }], type: 'jsonb' });
    // A slot of all 21 given twice over is 21 slots.
    const every = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].flatMap((weekday) => ['MORNING', 'AFTERNOON', 'EVENING'].map((partOfDay) => ({ weekday, partOfDay })));
    const all = await hub.execute(ClientUpdateDocument, { input: { client: client.id, fields: { availability: [...every, ...every] as never } } }, tenants.viewers.managerA);
    expect(all.data!.clientUpdate.userErrors).toEqual([]);
    expect(all.data!.clientUpdate.client!.availability).toEqual(every);
  });

  it('refuses an unknown weekday or part of day before anything runs', async () => {
    const before = await counts();
    const result = await hub.execute(ClientCreateDocument, { input: { ...fullInput(), givenNames: 'Nachts', availability: [{ weekday: 'MONDAY', partOfDay: 'NIGHT' as never }] } }, tenants.viewers.managerA);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });
});

describe('changing a case', () => {
  let client: string;
  beforeAll(async () => {
    const created = await hub.execute(ClientCreateDocument, { input: { givenNames: 'Karim', familyName: 'Beispielzadeh', birthDate: '1999-09-09', municipality: placeOfA, supportStart: '2025-01-10' } }, tenants.viewers.managerA);
    client = created.data!.clientCreate.client!.id;
  });

  it('updates given fields, clears nulls, keeps the rest, and audits the fields touched', async () => {
    const result = await hub.execute(ClientUpdateDocument, { input: { client, fields: { germanLevel: 'B1', phone: '+49 151 000', schooling: null } } }, tenants.viewers.managerA);
    expect(result.data!.clientUpdate).toMatchObject({ userErrors: [], client: { germanLevel: 'B1', phone: '+49 151 000', schooling: null, givenNames: 'Karim' } });
    const [audit] = await hub.sql<{ fields: string[] }>("select fields from audit_event where action = 'UPDATE' and subject_id = ? order by id desc limit 1", [client]);
    expect(audit.fields.sort()).toEqual(['germanLevel', 'phone', 'schooling']);
  });

  it('refuses bad updates and changes nothing', async () => {
    const before = await hub.sql('select * from client order by id');
    const result = await hub.execute(ClientUpdateDocument, { input: { client, fields: { familyName: '', birthDate: '2999-12-31', maxTravelKm: 900 } } }, tenants.viewers.managerA);
    expect(result.data!.clientUpdate.userErrors.map((error) => error.field.join('.'))).toEqual(
      expect.arrayContaining(['input.fields.familyName', 'input.fields.birthDate', 'input.fields.maxTravelKm']),
    );
    expect(await hub.sql('select * from client order by id')).toEqual(before);
  });

  it('names the client under input and its facts under input.fields', async () => {
    const foreign = await hub.execute(ClientUpdateDocument, { input: { client: toGlobalId('Client', 999_999), fields: { phone: '+49 151 1' } } }, tenants.viewers.managerA);
    expect(foreign.data!.clientUpdate).toEqual({ client: null, userErrors: [{ field: ['input', 'client'], code: 'NOT_FOUND', message: 'No such client in your caseload.' }] });
    const elsewhere = await hub.execute(ClientUpdateDocument, { input: { client, fields: { municipality: placeOfB } } }, tenants.viewers.managerA);
    expect(elsewhere.data!.clientUpdate.userErrors).toEqual([{ field: ['input', 'fields', 'municipality'], code: 'NOT_FOUND', message: 'The agency does not cover this municipality.' }]);
    // A refused change answers the case as it is.
    expect(elsewhere.data!.clientUpdate.client).toMatchObject({ id: client, municipality: { id: placeOfA } });
  });

  it('pauses, resumes, extends within four years, and closes', async () => {
    expect((await hub.execute(ClientStatusSetDocument, { input: { client, paused: true } }, tenants.viewers.managerA)).data!.clientStatusSet.client!.status).toBe('PAUSED');
    expect((await hub.execute(ClientStatusSetDocument, { input: { client, paused: false } }, tenants.viewers.managerA)).data!.clientStatusSet.client!.status).toBe('ACTIVE');
    const tooLate = await hub.execute(SupportExtendDocument, { input: { client, extendedTo: '2029-02-01', reason: 'Ausbildung' } }, tenants.viewers.managerA);
    expect(tooLate.data!.supportExtend.userErrors).toMatchObject([{ field: ['input', 'extendedTo'] }]);
    const extended = await hub.execute(SupportExtendDocument, { input: { client, extendedTo: '2028-01-10', reason: 'Ausbildung läuft bis Sommer' } }, tenants.viewers.managerA);
    expect(extended.data!.supportExtend.client).toMatchObject({ supportPlannedEnd: '2028-01-10', supportExtensions: { nodes: [{ extendedTo: '2028-01-10' }] } });
    const closed = await hub.execute(ClientCloseDocument, { input: { client, reason: 'Ziele erreicht' } }, tenants.viewers.managerA);
    expect(closed.data!.clientClose.client).toMatchObject({ status: 'CLOSED', closedReason: 'Ziele erreicht' });
    const twice = await hub.execute(ClientCloseDocument, { input: { client, reason: 'nochmal' } }, tenants.viewers.managerA);
    expect(twice.data!.clientClose.userErrors).toMatchObject([{ code: 'INVALID' }]);
  });
});

describe('clientTransfer', () => {
  it('moves single and many cases to another manager, all or nothing, audited as TRANSFER', async () => {
    const receiving = await hub.execute(UserCreateDocument, { input: { email: 'receiver@example.test', roles: ['MANAGER'], agency: tenants.agencyA.globalId } }, tenants.viewers.admin);
    const receiver = receiving.data!.userCreate.user!.id;
    const make = async (i: number) =>
      (await hub.execute(ClientCreateDocument, { input: { givenNames: `Transfer ${i}`, familyName: 'Musterova', birthDate: '1980-01-01', municipality: placeOfA } }, tenants.viewers.managerA)).data!.clientCreate.client!.id;
    const ids = [await make(1), await make(2), await make(3)];

    const foreign = (await hub.execute(ClientCreateDocument, { input: { givenNames: 'Fremd', familyName: 'B', birthDate: '1980-01-01', municipality: placeOfB } }, tenants.viewers.managerB)).data!.clientCreate.client!.id;
    const mixed = await hub.execute(ClientTransferDocument, { input: { clients: [...ids, foreign], manager: receiver } }, tenants.viewers.coordinatorA);
    expect(mixed.data!.clientTransfer).toMatchObject({ clients: [], userErrors: [{ field: ['input', 'clients', '3'], code: 'NOT_FOUND' }] });
    const [{ n }] = await hub.sql<{ n: number }>('select count(*)::int as n from client where manager_id = ?', [Number(Buffer.from(receiver, 'base64url').toString().split(':')[1])]);
    expect(n).toBe(0);

    const single = await hub.execute(ClientTransferDocument, { input: { clients: [ids[0]], manager: receiver } }, tenants.viewers.coordinatorA);
    expect(single.data!.clientTransfer.clients.map((c) => c.manager!.id)).toEqual([receiver]);
    const bulk = await hub.execute(ClientTransferDocument, { input: { clients: ids.slice(1), manager: receiver } }, tenants.viewers.coordinatorA);
    expect(bulk.data!.clientTransfer.clients).toHaveLength(2);
    const transfers = await hub.sql<{ subject_id: string }>("select subject_id from audit_event where action = 'TRANSFER' and subject_id = any(?::text[])", [`{${ids.join(',')}}`]);
    expect(transfers.map((row) => row.subject_id).sort()).toEqual([...ids].sort());

    // The first manager no longer sees the cases; the receiver does.
    expect((await hub.execute(ClientDocument, { id: ids[0] }, tenants.viewers.managerA)).data!.client).toBeNull();
  });

  it('names at most ten missing clients by their place in the list, and counts the rest', async () => {
    const unknown = Array.from({ length: 13 }, (_, i) => toGlobalId('Client', 900_000 + i));
    const result = await hub.execute(ClientTransferDocument, { input: { clients: unknown, manager: userId('managerA') } }, tenants.viewers.coordinatorA);
    expect(result.data!.clientTransfer.clients).toEqual([]);
    expect(result.data!.clientTransfer.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [`input.clients.${i}`, 'NOT_FOUND']),
      ['input.clients', 'NOT_FOUND'],
    ]);
    expect(result.data!.clientTransfer.userErrors[10].message).toBe('3 more of the clients are not in your agency.');
  });

  it('is refused to managers', async () => {
    const result = await hub.execute(ClientTransferDocument, { input: { clients: [], manager: userId('managerA') } }, tenants.viewers.managerA);
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
