import { randomBytes } from 'node:crypto';
import { EntitySchema, MikroORM, type Options } from '@mikro-orm/postgresql';
import { encryptedColumnsOf, reencryptColumns } from '../../src/core/crypto/encrypted-columns';
import { EncryptedText, attachKeyRing, keyRingOf } from '../../src/core/crypto/encrypted-text';
import { KeyRing } from '../../src/core/crypto/key-ring';
import { createOrm, ormOptions, type DatabaseSchema } from '../../src/core/database/orm';
import { ReadModel } from '../../src/core/database/read-model';
import { createHubOrm, DATABASE_SCHEMA } from '../../src/app/hub';
import { CaseNote } from '../../src/caseloads/case-note.entity';
import { Client } from '../../src/caseloads/client.entity';
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

/** What createOrm maps for these tests (it takes classes; MikroORM takes an EntitySchema as well). */
const NOTE_SCHEMA: DatabaseSchema = { entities: [NoteSchema as never], migrations: [] };

let hub: TestHub;
let agencyId: number;
/** The owner's URL of the hub's database. */
let ownerUrl: string;
/**
 * The schema owner through MikroORM, as `npm run keys:rotate` connects; it maps only NoteSchema
 * and encrypts under `rotatedRing`.
 */
let orm: MikroORM;
/** Every statement `orm` sent. */
const statements: string[] = [];

beforeAll(async () => {
  hub = await createTestHub();
  [{ id: agencyId }] = await hub.sql<{ id: number }>(`select id from agency where key = 'lra-tuebingen'`);
  const [{ name }] = await hub.sql<{ name: string }>('select current_database() as name');
  ownerUrl = databaseUrl(process.env[TEST_ADMIN_URL_ENV]!, name);
  orm = await createOrm(ownerUrl, NOTE_SCHEMA, { pool: { min: 0, max: 2 }, onQuery: (sql) => (statements.push(sql), sql) }, { keyRing: rotatedRing });
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
    const counts = await reencryptColumns((sql, params) => hub.sql(sql, params), rotatedRing, encryptedColumnsOf(hub.orm.getMetadata()), 2);
    // Webhook secrets are encrypted columns too (none in this database).
    expect(counts).toEqual({ 'client.origin_country_encrypted': 3, 'client.health_needs_encrypted': 2, 'case_note.body_encrypted': 3, 'webhook_endpoint.previous_secret_encrypted': 0, 'webhook_endpoint.secret_encrypted': 0 });

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
    const counts = await reencryptColumns((sql, params) => hub.sql(sql, params), rotatedRing, encryptedColumnsOf(hub.orm.getMetadata()), 2);
    expect(counts).toEqual(Object.fromEntries(encryptedColumnsOf(hub.orm.getMetadata()).map(({ table, column }) => [`${table}.${column}`, 0])));
    expect(await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id')).toEqual(before);
  });

  it('stops at a value no key of the ring can read, naming the row, and rolls back', async () => {
    const noteId = await insertNote(new KeyRing([{ id: 'LOST', key: randomBytes(32) }]), ids.clients[0], 'PLAIN-verloren');
    const before = await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id');
    const third = new KeyRing([{ id: 'THIRD', key: randomBytes(32) }, NEW]);
    // As the command runs it: one transaction, so the clients done before the failure stay as they were.
    const rotation = orm.em.fork().transactional((em) => reencryptColumns((sql, params) => em.execute(sql, params), third, encryptedColumnsOf(hub.orm.getMetadata())));
    await expect(rotation).rejects.toThrow(`case_note.body_encrypted of row ${noteId}: Cannot decrypt case_note.body: unknown key id "LOST" (the key ring holds THIRD, NEW)`);
    expect(await hub.sql('select id, origin_country_encrypted, health_needs_encrypted from client order by id')).toEqual(before);
    await hub.sql('delete from case_note where id = ?', [noteId]);
  });
});

describe('EncryptedText', () => {
  /** The column's type as `orm` holds it: converted under `orm`'s ring. */
  let type: EncryptedText;
  let platform: ReturnType<MikroORM['em']['getPlatform']>;

  beforeAll(() => {
    type = orm.getMetadata().get('EncryptionTestNote').properties.body.customType as EncryptedText;
    platform = orm.em.getPlatform();
  });

  it('encrypts to the database and decrypts from it under the ring of its ORM; null stays null', () => {
    expect(type).toBeInstanceOf(EncryptedText);
    expect(keyRingOf(platform)).toBe(rotatedRing);
    const stored = type.convertToDatabaseValue('Hörgerät', platform);
    expect(stored).toMatch(/^v1:NEW:/);
    expect(stored).not.toContain('Hörgerät');
    expect(type.convertToJSValue(stored, platform)).toBe('Hörgerät');
    expect(type.convertToJSValue(oldRing.encrypt('alt', 'case_note.body'), platform)).toBe('alt');
    expect(type.convertToDatabaseValue(null, platform)).toBeNull();
    expect(type.convertToJSValue(null, platform)).toBeNull();
    expect(type.getColumnType()).toBe('text');
    // Bound to its column: a value of another column does not decrypt here.
    expect(() => type.convertToJSValue(rotatedRing.encrypt('x', 'client.origin_country'), platform)).toThrow(/authentication failed/);
  });

  it('compares by plaintext, so reloading never looks like a change', () => {
    const first = type.convertToDatabaseValue('Hörgerät', platform)!;
    const second = type.convertToDatabaseValue('Hörgerät', platform)!;
    expect(first).not.toBe(second);
    expect(type.ensureComparable()).toBe(false);
    expect(type.compareValues(first, second)).toBe(true);
    expect(type.compareValues(oldRing.encrypt('Hörgerät', 'case_note.body'), second)).toBe(true);
    expect(type.compareValues(first, type.convertToDatabaseValue('Brille', platform))).toBe(false);
    expect(type.compareValues(first, null)).toBe(false);
    expect(type.compareValues(null, null)).toBe(true);
    expect(type.compareValues('not a ciphertext', first)).toBe(false);
  });

  it('refuses to work without the key ring of an ORM', async () => {
    const loose = new EncryptedText('case_note.body');
    const stored = type.convertToDatabaseValue('x', platform);
    const refusal = 'No client data key ring for case_note.body: its ORM was created without one';
    expect(() => loose.convertToDatabaseValue('x')).toThrow(refusal);
    expect(() => loose.convertToJSValue(stored)).toThrow(refusal);
    // Not in any ORM's metadata, so no ring to compare under.
    expect(() => loose.compareValues(stored, type.convertToDatabaseValue('x', platform))).toThrow(refusal);
    const clientId = await insertClient(oldRing, 'PLAIN-Irak', null);
    const noteId = await insertNote(oldRing, clientId, 'PLAIN-ohne Schlüssel');
    const keyless = await createOrm(ownerUrl, NOTE_SCHEMA, { pool: { min: 0, max: 1 } });
    try {
      await expect(keyless.em.fork().findOneOrFail(NoteSchema, noteId)).rejects.toThrow(refusal);
      const em = keyless.em.fork();
      em.create(NoteSchema, { clientId, body: 'PLAIN-nie geschrieben' });
      await expect(em.flush()).rejects.toThrow(refusal);
      expect(() => keyRingOf(keyless.em.getPlatform())).toThrow('No client data key ring for the encrypted columns');
    } finally {
      await keyless.close(true);
    }
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

describe('two ORMs in one process, each with its own key ring', () => {
  // The same key id with other key bytes: nothing but the keys tells the rings apart.
  const ringA = new KeyRing([{ id: 'same', key: randomBytes(32) }]);
  const ringB = new KeyRing([{ id: 'same', key: randomBytes(32) }]);
  const undecryptable = 'Cannot decrypt case_note.body: authentication failed';
  /** The hub's entities (metadata from decorators, kept globally) twice, on the same database. */
  let a: MikroORM;
  let b: MikroORM;
  let clientId: number;
  const storedBody = async (id: number) => (await hub.sql<{ body_encrypted: string }>('select body_encrypted from case_note where id = ?', [id]))[0].body_encrypted;

  async function writeNote(writer: MikroORM, body: string): Promise<number> {
    const em = writer.em.fork();
    const note = em.create(CaseNote, { client: clientId, body } as never);
    await em.flush();
    return note.id;
  }

  beforeAll(async () => {
    a = await createHubOrm(ownerUrl, { pool: { min: 0, max: 1 } }, { keyRing: ringA });
    b = await createHubOrm(ownerUrl, { pool: { min: 0, max: 1 } }, { keyRing: ringB });
    clientId = await insertClient(ringA, 'PLAIN-Somalia', null);
  });
  afterAll(async () => {
    await a?.close(true);
    await b?.close(true);
  });

  it('gives each ORM its own instance of the column type', () => {
    const typeOf = (orm: MikroORM) => orm.getMetadata().get(CaseNote.name).properties.body.customType;
    expect(typeOf(a)).toBeInstanceOf(EncryptedText);
    expect(typeOf(a)).not.toBe(typeOf(b));
    expect(keyRingOf(a.em.getPlatform())).toBe(ringA);
    expect(keyRingOf(b.em.getPlatform())).toBe(ringB);
  });

  it('writes under the ring of the writing ORM; the other cannot read it, each reads its own', async () => {
    const fromA = await writeNote(a, 'PLAIN-von A');
    const fromB = await writeNote(b, 'PLAIN-von B');
    const [storedA, storedB] = [await storedBody(fromA), await storedBody(fromB)];
    expect(ringA.decrypt(storedA, 'case_note.body')).toBe('PLAIN-von A');
    expect(() => ringB.decrypt(storedA, 'case_note.body')).toThrow(/authentication failed/);
    expect(ringB.decrypt(storedB, 'case_note.body')).toBe('PLAIN-von B');
    expect(() => ringA.decrypt(storedB, 'case_note.body')).toThrow(/authentication failed/);

    expect((await a.em.fork().findOneOrFail(CaseNote, fromA)).body).toBe('PLAIN-von A');
    expect((await b.em.fork().findOneOrFail(CaseNote, fromB)).body).toBe('PLAIN-von B');
    await expect(b.em.fork().findOneOrFail(CaseNote, fromA)).rejects.toThrow(undecryptable);
    await expect(a.em.fork().findOneOrFail(CaseNote, fromB)).rejects.toThrow(undecryptable);
  });

  it('compares under the ring of the entity’s ORM: unchanged values stay, changed ones are rewritten', async () => {
    for (const [orm, ring] of [[a, ringA], [b, ringB]] as const) {
      const id = await writeNote(orm, 'PLAIN-unverändert');
      const before = await storedBody(id);
      const em = orm.em.fork();
      const note = await em.findOneOrFail(CaseNote, id);
      note.body = 'PLAIN-unverändert';
      await em.flush();
      // Compared under the other ring the two ciphertexts would not decrypt and count as changed.
      expect(await storedBody(id)).toBe(before);
      note.body = 'PLAIN-geändert';
      await em.flush();
      expect(ring.decrypt(await storedBody(id), 'case_note.body')).toBe('PLAIN-geändert');
    }
  });

  it('decrypts read-only views under the ring of the platform they were built with', async () => {
    const rows = (orm: MikroORM, model: ReadModel<Client>) => orm.em.execute<Array<Record<string, unknown>>>(`select ${model.selectList().text} from client c where c.id = ?`, [clientId]);
    const viewA = new ReadModel(Client, a.getMetadata(), 'c', a.em.getPlatform());
    const viewB = new ReadModel(Client, b.getMetadata(), 'c', b.em.getPlatform());
    expect(viewA.fromRow((await rows(a, viewA))[0])!.originCountry).toBe('PLAIN-Somalia');
    const [row] = await rows(b, viewB);
    expect(() => viewB.fromRow(row)).toThrow('Cannot decrypt client.origin_country: authentication failed');
  });
});

describe('attachKeyRing', () => {
  const ringC = new KeyRing([{ id: 'same', key: randomBytes(32) }]);
  const ringD = new KeyRing([{ id: 'same', key: randomBytes(32) }]);
  const offline = (): Promise<MikroORM> => MikroORM.init(ormOptions('postgresql://nobody:x@127.0.0.1:1/none', DATABASE_SCHEMA, { connect: false } as Partial<Options>));
  const bodyOf = (orm: MikroORM) => orm.getMetadata().get(CaseNote.name).properties.body;

  it('gives an ORM its own instance when MikroORM shares one between ORMs', async () => {
    const [c, d] = [await offline(), await offline()];
    try {
      // As if discovery had handed both ORMs the type instance of the decorator.
      bodyOf(d).customType = bodyOf(c).customType;
      attachKeyRing(c, ringC);
      attachKeyRing(d, ringD);
      const [typeC, typeD] = [bodyOf(c).customType as EncryptedText, bodyOf(d).customType as EncryptedText];
      expect(typeC).not.toBe(typeD);
      expect(typeD.platform).toBe(d.em.getPlatform());
      const underC = [ringC.encrypt('PLAIN', 'case_note.body'), ringC.encrypt('PLAIN', 'case_note.body')] as const;
      const underD = [ringD.encrypt('PLAIN', 'case_note.body'), ringD.encrypt('PLAIN', 'case_note.body')] as const;
      expect(typeC.compareValues(...underC)).toBe(true);
      expect(typeD.compareValues(...underD)).toBe(true);
      expect(typeC.compareValues(...underD)).toBe(false);
      expect(typeD.compareValues(...underC)).toBe(false);
    } finally {
      await Promise.all([c.close(true), d.close(true)]);
    }
  });

  it('refuses metadata shared with another ORM, and a second ring', async () => {
    const [c, d] = [await offline(), await offline()];
    try {
      attachKeyRing(c, ringC);
      attachKeyRing(c, ringC);
      expect(() => attachKeyRing(c, ringD)).toThrow('This ORM has a key ring already');
      expect(() => attachKeyRing({ config: d.config, getMetadata: () => c.getMetadata() }, ringD)).toThrow(/is shared with another ORM/);
    } finally {
      await Promise.all([c.close(true), d.close(true)]);
    }
  });
});
