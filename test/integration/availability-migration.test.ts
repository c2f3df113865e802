import type { MikroORM } from '@mikro-orm/postgresql';
import { createHubOrm } from '../../src/app/hub';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ClientCreateDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { TEST_ADMIN_URL_ENV, databaseUrl } from '../support/test-database';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * Migration20261203100000_client_availability_slots on real rows: this file's database is
 * migrated back to before it, old-style rows (text[] of 'MONDAY_MORNING' words) are written,
 * and the migration runs forward again; and back, for rows the API wrote as slots.
 */
const MIGRATION = 'Migration20261203100000_client_availability_slots';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const PARTS = ['MORNING', 'AFTERNOON', 'EVENING'];
const EVERY_SLOT = WEEKDAYS.flatMap((weekday) => PARTS.map((partOfDay) => ({ weekday, partOfDay })));

let hub: TestHub;
let tenants: Tenants;
/** The schema owner, who migrates. */
let owner: MikroORM;
let place: { agencyId: number; municipalityId: number };

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const [{ name }] = await hub.sql<{ name: string }>('select current_database() as name');
  owner = await createHubOrm(databaseUrl(process.env[TEST_ADMIN_URL_ENV]!, name), { pool: { min: 0, max: 2 } });
  const [row] = await hub.sql<{ agency_id: number; municipality_id: number }>('select agency_id, municipality_id from agency_municipality where agency_id = ? order by 2 limit 1', [tenants.agencyA.id]);
  place = { agencyId: row.agency_id, municipalityId: row.municipality_id };
});
afterAll(async () => {
  await owner?.close(true);
  await hub?.close();
});

const migrateDown = () => owner.getMigrator().down({ to: MIGRATION });
/** Up to this migration, then whatever comes after it. */
const migrateUp = async () => {
  await owner.getMigrator().up({ to: MIGRATION });
  await owner.getMigrator().up();
};

/** A client row as the owner writes it, with availability as the column holds it (a text[] or jsonb literal). */
async function insertClient(familyName: string, availability: string, cast: 'text[]' | 'jsonb'): Promise<number> {
  const [row] = await hub.sql<{ id: number }>(
    `insert into client (agency_id, given_names, family_name, birth_date, municipality_id, latitude, longitude, location_precision, support_start, support_planned_end, availability)
     values (?, 'Alt', ?, '1990-01-01', ?, 48.5, 9.05, 'MUNICIPALITY', '2025-01-01', '2027-01-01', ?::${cast}) returning id`,
    [place.agencyId, familyName, place.municipalityId, availability],
  );
  return row.id;
}

const availabilityOf = async (id: number) => (await hub.sql<{ availability: unknown }>('select availability from client where id = ?', [id]))[0].availability;
const pgArray = (words: string[]) => `{${words.join(',')}}`;

describe('the availability migration', () => {
  it('turns stored words into slots in their order, merging repeats, and back again', async () => {
    const created = await hub.execute(
      ClientCreateDocument,
      { input: { givenNames: 'Neu', familyName: 'Slotmusterova', birthDate: '1990-05-05', municipality: toGlobalId('Municipality', place.municipalityId), availability: [{ weekday: 'TUESDAY', partOfDay: 'EVENING' }, { weekday: 'MONDAY', partOfDay: 'MORNING' }] } },
      tenants.viewers.managerA,
    );
    const apiClient = Number(Buffer.from(created.data!.clientCreate.client!.id, 'base64url').toString().split(':')[1]);

    await migrateDown();
    const [column] = await hub.sql<{ type: string }>("select data_type as type from information_schema.columns where table_name = 'client' and column_name = 'availability'");
    expect(column.type).toBe('ARRAY');
    // down(): the API's slots as the words they were.
    expect(await availabilityOf(apiClient)).toEqual(['TUESDAY_EVENING', 'MONDAY_MORNING']);

    const old = {
      two: await insertClient('Altmusterer', pgArray(['MONDAY_MORNING', 'WEDNESDAY_EVENING']), 'text[]'),
      none: await insertClient('Leermusterer', '{}', 'text[]'),
      repeated: await insertClient('Doppelmusterer', pgArray(['SUNDAY_AFTERNOON', 'MONDAY_MORNING', 'SUNDAY_AFTERNOON']), 'text[]'),
      every: await insertClient('Allesmusterer', pgArray([...EVERY_SLOT, ...EVERY_SLOT].map((slot) => `${slot.weekday}_${slot.partOfDay}`)), 'text[]'),
    };
    await migrateUp();

    expect(await availabilityOf(old.two)).toEqual([{ weekday: 'MONDAY', partOfDay: 'MORNING' }, { weekday: 'WEDNESDAY', partOfDay: 'EVENING' }]);
    expect(await availabilityOf(old.none)).toEqual([]);
    expect(await availabilityOf(old.repeated)).toEqual([{ weekday: 'SUNDAY', partOfDay: 'AFTERNOON' }, { weekday: 'MONDAY', partOfDay: 'MORNING' }]);
    expect(await availabilityOf(old.every)).toEqual(EVERY_SLOT);
    expect(await availabilityOf(apiClient)).toEqual([{ weekday: 'TUESDAY', partOfDay: 'EVENING' }, { weekday: 'MONDAY', partOfDay: 'MORNING' }]);

    // The API reads converted rows as TimeSlots (a coordinator sees the unassigned old rows).
    const read = await hub.run('query ($id: ID!) { client(id: $id) { availability { weekday partOfDay } } }', { id: toGlobalId('Client', old.two) }, tenants.viewers.coordinatorA);
    expect(read.errors).toBeUndefined();
    expect((read.data!.client as { availability: unknown }).availability).toEqual([{ weekday: 'MONDAY', partOfDay: 'MORNING' }, { weekday: 'WEDNESDAY', partOfDay: 'EVENING' }]);
  });

  it('stops at words that are no slot, naming how many rows hold them, and changes nothing', async () => {
    await migrateDown();
    const bad = await insertClient('Nachtmusterer', pgArray(['MONDAY_MORNING', 'MONDAY_NIGHT']), 'text[]');
    await expect(owner.getMigrator().up({ to: MIGRATION })).rejects.toThrow(/1 client rows hold availability words other than WEEKDAY_PARTOFDAY/);
    expect(await availabilityOf(bad)).toEqual(['MONDAY_MORNING', 'MONDAY_NIGHT']);
    await hub.sql('delete from client where id = ?', [bad]);
    await migrateUp();
  });

  it('keeps every stored value valid: the database refuses what is no list of distinct slots', async () => {
    const id = await insertClient('Prüfmusterer', '[]', 'jsonb');
    const monday = { weekday: 'MONDAY', partOfDay: 'MORNING' };
    const refused = [
      '"MONDAY_MORNING"',
      '{"weekday": "MONDAY", "partOfDay": "MORNING"}',
      '["MONDAY_MORNING"]',
      '[1]',
      '[null]',
      '[{"weekday": "MONDAY"}]',
      '[{"weekday": "MONDAY", "partOfDay": "NIGHT"}]',
      '[{"weekday": "monday", "partOfDay": "MORNING"}]',
      '[{"weekday": null, "partOfDay": "MORNING"}]',
      '[{"weekday": 1, "partOfDay": "MORNING"}]',
      '[{"weekday": "MONDAY", "partOfDay": "MORNING", "note": "x"}]',
      JSON.stringify([monday, monday]),
      JSON.stringify([...EVERY_SLOT, monday]),
    ];
    for (const value of refused) {
      await expect(hub.sql('update client set availability = ?::jsonb where id = ?', [value, id])).rejects.toThrow(/client_availability_valid/);
    }
    for (const value of ['[]', JSON.stringify([monday]), JSON.stringify(EVERY_SLOT)]) {
      await hub.sql('update client set availability = ?::jsonb where id = ?', [value, id]);
      expect(await availabilityOf(id)).toEqual(JSON.parse(value));
    }
  });
});
