import { randomBytes } from 'node:crypto';
import { EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import { ENCRYPTED_COLUMNS, reencryptColumns } from '../../src/core/crypto/encrypted-columns';
import { EncryptedText } from '../../src/core/crypto/encrypted-text';
import { KeyRing, clientDataKeyRing, useClientDataKeyRing } from '../../src/core/crypto/key-ring';
import { createTestHub, type TestHub } from '../support/test-hub';
import { TEST_ADMIN_URL_ENV, databaseUrl } from '../support/test-database';
import { aCaseNote, aClient, existing, insert } from '../factories';

const OLD = { id: 'OLD', key: randomBytes(32) };
const NEW = { id: 'NEW', key: randomBytes(32) };
const oldRing = new KeyRing([OLD]);
const rotatedRing = new KeyRing([NEW, OLD]);

// The hub's entity list is fixed, so a separate ORM maps a test entity onto case_note.
interface Note {
  id: number;
  clientId: number;
  body: string;
}
const NoteSchema = new EntitySchema<Note>({
  name: 'EncryptionTestNote',
  tableName: 'case_note',
  properties: {
    id: { type: 'number', primary: true },
    clientId: { type: 'number', fieldName: 'client_id' },
    body: { type: new EncryptedText('case_note.body'), fieldName: 'body_encrypted' },
  },
});

let hub: TestHub;
let agencyId: number;
/** The schema owner through MikroORM, as `npm run keys:rotate` connects; it maps only NoteSchema. */
let orm: MikroORM;
/** Every statement `orm` sent. */
const statements: string[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  [{ id: agencyId }] = await hub.sql<{ id: number }>(`select id from agency where key = 'lra-tuebingen'`);
  const [{ name }] = await hub.sql<{ name: string }>('select current_database() as name');
  orm = await MikroORM.init({
    clientUrl: databaseUrl(process.env[TEST_ADMIN_URL_ENV]!, name),
    entities: [NoteSchema],
    pool: { min: 0, max: 2 },
    onQuery: (sql) => (statements.push(sql), sql),
  });
});
afterAll(async () => {
  await orm.close(true);
  await hub.close();
});

/** A client of agency A, its special categories encrypted by `ring`. */
async function insertClient(ring: KeyRing, originCountry: string, healthNeeds: string | null): Promise<number> {
  const client = await insert(hub, (em) => aClient(em, { agencyId, familyName: 'Encryption', originCountry, healthNeeds }), { keyRing: ring });
  return client.id;
}

async function insertNote(ring: KeyRing, clientId: number, body: string): Promise<number> {
  const note = await insert(hub, (em) => aCaseNote(em, existing.client(em, clientId), { body }), { keyRing: ring });
  return note.id;
}

describe('re-encryption to the current key (npm run keys:rotate)', () => {
  // Plaintexts distinctive enough to find in a dump of the raw columns.
  const clients = [
    { origin: 'PLAIN-Syrien', health: 'PLAIN-Diabetes' },
    { origin: 'PLAIN-Eritrea', health: null },
    { origin: 'PLAIN-Afghanistan', health: 'PLAIN-Rollstuhl' },
  ];
  const notes = ['PLAIN-Erstgespräch', 'PLAIN-Sprachkurs B1 angefragt', 'PLAIN-Termin Ausländerbehörde'];
  const ids: { clients: number[]; notes: number[] } = { clients: [], notes: [] };

  beforeAll(async () => {
    for (const client of clients) ids.clients.push(await insertClient(oldRing, client.origin, client.health));
    for (const [index, body] of notes.entries()) ids.notes.push(await insertNote(oldRing, ids.clients[index], body));
    // One value already under the new key: not counted, not touched.
    ids.notes.push(await insertNote(rotatedRing, ids.clients[0], 'PLAIN-schon neu'));
  });

  it('rewrites every old value under the new key, in batches', async () => {
    const [alreadyNew] = await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where id = ?', [ids.notes[3]]);
    const counts = await reencryptColumns((sql, params) => hub.sql(sql, params), rotatedRing, 2);
    expect(counts).toEqual({ 'client.origin_country_encrypted': 3, 'client.health_needs_encrypted': 2, 'case_note.body_encrypted': 3 });

    const rows = await hub.sql<{ id: number; origin_country_encrypted: string; health_needs_encrypted: string | null }>(
      'select id, origin_country_encrypted, health_needs_encrypted from client where id = any(?::int[]) order by id',
      [`{${ids.clients.join(',')}}`],
    );
    const noteRows = await hub.sql<{ id: number; body_encrypted: string }>('select id, body_encrypted from case_note where id = any(?::int[]) order by id', [`{${ids.notes.join(',')}}`]);
    const stored = [...rows.flatMap((row) => [row.origin_country_encrypted, row.health_needs_encrypted]), ...noteRows.map((row) => row.body_encrypted)].filter((value) => value !== null);
    expect(stored).toHaveLength(3 + 2 + 4);
    for (const value of stored) {
      expect(value).toMatch(/^v1:NEW:/);
      expect(value).not.toContain('PLAIN');
    }
    expect(rows.map((row) => rotatedRing.decrypt(row.origin_country_encrypted, 'client.origin_country'))).toEqual(clients.map((client) => client.origin));
    expect(rows.map((row) => row.health_needs_encrypted && rotatedRing.decrypt(row.health_needs_encrypted, 'client.health_needs'))).toEqual(clients.map((client) => client.health));
    expect(noteRows.map((row) => rotatedRing.decrypt(row.body_encrypted, 'case_note.body'))).toEqual([...notes, 'PLAIN-schon neu']);
    expect(noteRows[3].body_encrypted).toBe(alreadyNew.body_encrypted);
    // Without the old key everything still reads: it can be dropped now.
    const newOnly = new KeyRing([NEW]);
    expect(newOnly.decrypt(rows[0].origin_country_encrypted, 'client.origin_country')).toBe('PLAIN-Syrien');
  });

  it('changes nothing when run again', async () => {
    const before = await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id');
    const counts = await reencryptColumns((sql, params) => hub.sql(sql, params), rotatedRing, 2);
    expect(counts).toEqual(Object.fromEntries(ENCRYPTED_COLUMNS.map(({ table, column }) => [`${table}.${column}`, 0])));
    expect(await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id')).toEqual(before);
  });

  it('stops at a value no key of the ring can read, naming the row, and rolls back', async () => {
    const noteId = await insertNote(new KeyRing([{ id: 'LOST', key: randomBytes(32) }]), ids.clients[0], 'PLAIN-verloren');
    const before = await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id');
    const third = new KeyRing([{ id: 'THIRD', key: randomBytes(32) }, NEW]);
    // As the command runs it: one transaction, so the clients done before the failure stay as they were.
    const rotation = orm.em.fork().transactional((em) => reencryptColumns((sql, params) => em.execute(sql, params), third));
    await expect(rotation).rejects.toThrow(`case_note.body_encrypted of row ${noteId}: Cannot decrypt case_note.body: unknown key id "LOST" (the key ring holds THIRD, NEW)`);
    expect(await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id')).toEqual(before);
    await hub.sql('delete from case_note where id = ?', [noteId]);
  });
});

describe('EncryptedText', () => {
  const type = new EncryptedText('client.health_needs');

  beforeAll(() => useClientDataKeyRing(rotatedRing));

  it('encrypts to the database and decrypts from it; null stays null', () => {
    const stored = type.convertToDatabaseValue('Hörgerät');
    expect(stored).toMatch(/^v1:NEW:/);
    expect(stored).not.toContain('Hörgerät');
    expect(type.convertToJSValue(stored)).toBe('Hörgerät');
    expect(type.convertToJSValue(oldRing.encrypt('alt', 'client.health_needs'))).toBe('alt');
    expect(type.convertToDatabaseValue(null)).toBeNull();
    expect(type.convertToJSValue(null)).toBeNull();
    expect(type.getColumnType()).toBe('text');
    // Bound to its column: a value of another column does not decrypt here.
    expect(() => type.convertToJSValue(rotatedRing.encrypt('x', 'client.origin_country'))).toThrow(/authentication failed/);
  });

  it('compares by plaintext, so reloading never looks like a change', () => {
    const first = type.convertToDatabaseValue('Hörgerät')!;
    const second = type.convertToDatabaseValue('Hörgerät')!;
    expect(first).not.toBe(second);
    expect(type.ensureComparable()).toBe(false);
    expect(type.compareValues(first, second)).toBe(true);
    expect(type.compareValues(oldRing.encrypt('Hörgerät', 'client.health_needs'), second)).toBe(true);
    expect(type.compareValues(first, type.convertToDatabaseValue('Brille'))).toBe(false);
    expect(type.compareValues(first, null)).toBe(false);
    expect(type.compareValues(null, null)).toBe(true);
    expect(type.compareValues('not a ciphertext', first)).toBe(false);
  });

  it('needs a configured key ring', () => {
    jest.isolateModules(() => {
      // A fresh module registry: no ring was set there.
      const { EncryptedText: Fresh } = require('../../src/core/crypto/encrypted-text') as typeof import('../../src/core/crypto/encrypted-text');
      expect(() => new Fresh('case_note.body').convertToDatabaseValue('x')).toThrow('The client data key ring is not configured');
    });
    expect(clientDataKeyRing()).toBe(rotatedRing);
  });

  describe('in a MikroORM entity', () => {
    let clientId: number;

    beforeAll(async () => {
      clientId = await insertClient(rotatedRing, 'PLAIN-Irak', null);
    });

    const writes = () => statements.filter((sql) => /^\s*(insert|update)/i.test(sql));
    const storedBody = async (id: number) => (await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where id = ?', [id]))[0].body_encrypted;

    it('does not rewrite a loaded, unchanged value', async () => {
      const id = await insertNote(oldRing, clientId, 'PLAIN-Gespräch');
      const before = await storedBody(id);
      const em = orm.em.fork();
      const note = await em.findOneOrFail(NoteSchema, id);
      expect(note.body).toBe('PLAIN-Gespräch');
      statements.length = 0;
      await em.flush();
      note.body = 'PLAIN-Gespräch'; // the same text, assigned again
      await em.flush();
      expect(writes()).toEqual([]);
      expect(await storedBody(id)).toBe(before);
    });

    it('writes a changed value, encrypted under the current key', async () => {
      const id = await insertNote(oldRing, clientId, 'PLAIN-vorher');
      const em = orm.em.fork();
      const note = await em.findOneOrFail(NoteSchema, id);
      statements.length = 0;
      note.body = 'PLAIN-nachher';
      await em.flush();
      expect(writes()).toHaveLength(1);
      const stored = await storedBody(id);
      expect(stored).toMatch(/^v1:NEW:/);
      expect(rotatedRing.decrypt(stored, 'case_note.body')).toBe('PLAIN-nachher');
    });

    it('inserts encrypted and then leaves the new row alone', async () => {
      const em = orm.em.fork();
      const note = em.create(NoteSchema, { clientId, body: 'PLAIN-neu' });
      statements.length = 0;
      await em.flush();
      await em.flush();
      expect(writes()).toHaveLength(1);
      const stored = await storedBody(note.id);
      expect(stored).not.toContain('PLAIN');
      expect(rotatedRing.decrypt(stored, 'case_note.body')).toBe('PLAIN-neu');
      const reloaded = await orm.em.fork().findOneOrFail(NoteSchema, note.id);
      expect(reloaded.body).toBe('PLAIN-neu');
    });

    it('refuses a query condition on the encrypted value instead of matching nothing', async () => {
      await expect(orm.em.fork().find(NoteSchema, { body: 'PLAIN-neu' })).rejects.toThrow('case_note.body is stored encrypted and cannot be used in a query condition');
    });
  });
});
