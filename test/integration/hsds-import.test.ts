import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatReport, importDataset, parseImportArgs } from '../../src/app/hsds-dataset-import';
import { hsdsRoute } from '../../src/offers/hsds/hsds.routes';
import { createTestHub, silentLogger, type TestHub } from '../support/test-hub';
import { startTestHttp, type TestHttp } from '../support/test-http';

/**
 * Export and re-import: a provider's public catalogue, exported as HSDS ndjson, imported into
 * another provider's drafts. The oracle reads both sides with plain SQL; the HSDS IDs are decoded
 * here by their documented layout (the row ID in the last 12 hex digits).
 */
let hub: TestHub;
let http: TestHttp;
let source: number;
let target: number;
let dir: string;

const organizationIdOf = (rowId: number): string => `6875622d-0002-8000-a000-${rowId.toString(16).padStart(12, '0')}`;

interface Compared {
  row: number;
  title: string;
  description: string;
  programme: string;
  start_date: string;
  end_date: string | null;
  entry_level_min: string | null;
  entry_level_max: string | null;
  target_level: string | null;
  audiences: string[];
  weekdays: string[];
  times_of_day: string[];
  support_languages: string[];
  fee_euro: number | null;
  capacity: number | null;
  free: number | null;
  latitude: number | null;
  longitude: number | null;
  street: string | null;
}

const COMPARED = `o.title, o.description, o.programme::text as programme, o.start_date::text as start_date, o.end_date::text as end_date,
  o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max, o.target_level::text as target_level,
  o.audiences::text[] as audiences, o.weekdays::text[] as weekdays, o.times_of_day::text[] as times_of_day, o.support_languages, o.fee_euro,
  o.capacity, o.capacity - o.seats_taken - o.seats_referred as free, l.latitude, l.longitude, l.street`;

beforeAll(async () => {
  hub = await createTestHub();
  http = await startTestHttp(hub, { authenticate: async () => { throw new Error('not signed in'); }, routes: [hsdsRoute(hub.orm)] });
  const [busiest] = await hub.sql<{ provider_id: number }>(
    `select provider_id from offer where status = 'PUBLISHED' group by provider_id order by count(*) desc, provider_id limit 1`,
  );
  source = busiest!.provider_id;
  const [other] = await hub.sql<{ id: number }>('select id from provider where id <> ? order by id limit 1', [source]);
  target = other!.id;
  dir = mkdtempSync(path.join(os.tmpdir(), 'hsds-import-'));
}, 60_000);

afterAll(async () => {
  await http?.close();
  await hub?.close();
});

async function exportOf(provider: number): Promise<string> {
  const response = await fetch(`${http.url}/hsds/services?format=ndjson&organization_id=${organizationIdOf(provider)}`);
  expect(response.status).toBe(200);
  const file = path.join(dir, `provider-${provider}.ndjson`);
  writeFileSync(file, await response.text());
  return file;
}

describe('npm run hsds:import', () => {
  it('reads its arguments', () => {
    expect(parseImportArgs(['data.ndjson', '--provider', '7'])).toEqual({ source: 'data.ndjson', provider: '7' });
    expect(parseImportArgs(['--provider=UHJvdmlkZXI6MQ', 'https://example.test/hsds/services?format=ndjson'])).toEqual({ source: 'https://example.test/hsds/services?format=ndjson', provider: 'UHJvdmlkZXI6MQ' });
    expect(() => parseImportArgs(['data.ndjson'])).toThrow(/--provider/);
  });

  it('round-trips a provider’s public catalogue into another provider’s drafts', async () => {
    const file = await exportOf(source);
    const expected = await hub.sql<Compared>(
      `select o.id as row, ${COMPARED} from offer o left join location l on l.id = o.location_id where o.provider_id = ? and o.status = 'PUBLISHED' order by o.id`,
      [source],
    );
    expect(expected.length).toBeGreaterThan(3);
    const progress: number[] = [];
    const report = await importDataset(hub.orm, silentLogger, { source: file, provider: String(target) }, (done) => progress.push(done));
    expect(report).toMatchObject({ read: expected.length, created: expected.length, updated: 0, skipped: [] });
    expect(progress.at(-1)).toBe(expected.length);

    const imported = await hub.sql<Compared & { status: string; external_id: string }>(
      `select ('x' || right(o.external_id, 12))::bit(48)::bigint::int as row, o.status::text as status, o.external_id, ${COMPARED}
       from offer o left join location l on l.id = o.location_id where o.provider_id = ? and o.external_id like '6875622d-0001-%' order by 1`,
      [target],
    );
    expect(imported.every((row) => row.status === 'DRAFT')).toBe(true);
    expect(imported.map(({ status: _status, external_id: _externalId, ...rest }) => rest)).toEqual(expected);
  });

  it('updates on a second import instead of duplicating, and reports what it skipped and why', async () => {
    const file = await exportOf(source);
    const [before] = await hub.sql<{ count: number }>('select count(*)::int as count from offer where provider_id = ?', [target]);
    const again = await importDataset(hub.orm, silentLogger, { source: file, provider: String(target) });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: again.read, locationsCreated: 0 });
    const [after] = await hub.sql<{ count: number }>('select count(*)::int as count from offer where provider_id = ?', [target]);
    expect(after!.count).toBe(before!.count);

    const [first] = (await (await fetch(`${http.url}/hsds/services?format=ndjson&organization_id=${organizationIdOf(source)}`)).text()).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>);
    const broken = [
      { ...first, id: 'ac148810-d857-441c-9679-408f346de14b', attributes: [] },
      { ...first, id: 'bd148810-d857-441c-9679-408f346de14b', name: 'x'.repeat(300) },
      { ...first, id: 'cd148810-d857-441c-9679-408f346de14b', schedules: [] },
      { ...first, id: 'dd148810-d857-441c-9679-408f346de14b', name: 'Neu aus HSDS' },
    ];
    const json = path.join(dir, 'broken.json');
    writeFileSync(json, JSON.stringify(broken));
    const report = await importDataset(hub.orm, silentLogger, { source: json, provider: String(target) });
    expect(report.created).toBe(1);
    expect(report.skipped.map((entry) => [entry.id, entry.reasons.join(' ')])).toEqual([
      ['ac148810-d857-441c-9679-408f346de14b', expect.stringMatching(/no programme/)],
      ['cd148810-d857-441c-9679-408f346de14b', expect.stringMatching(/no start date/)],
      ['bd148810-d857-441c-9679-408f346de14b', expect.stringMatching(/At most 255 characters\. \(title\)/)],
    ]);
    expect(formatReport(report)).toMatch(/1 drafts created.*3 skipped/);
  });
});
