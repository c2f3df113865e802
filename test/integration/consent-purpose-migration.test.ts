import { Migration20261203090000_consent_purpose } from '../../src/migrations/Migration20261203090000_consent_purpose';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ConsentRecordDocument } from '../generated/graphql';
import { createCase, type CaseRefs } from '../support/cases';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** The migration that gave consents their own purposes: existing rows, refusals, and the way back. */
let hub: TestHub;
let tenants: Tenants;
let refs: CaseRefs;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  refs = await createCase(hub, tenants, 'A', tenants.viewers.managerA);
});
afterAll(() => hub.close());

/** Runs one direction of the migration as the owner, statement by statement, as the migrator would. */
async function migrate(direction: 'up' | 'down'): Promise<void> {
  const migration = new Migration20261203090000_consent_purpose(hub.orm.em.getDriver(), hub.orm.config);
  await migration[direction]();
  for (const query of migration.getQueries()) await hub.sql(String(query));
}

const columnType = async () =>
  (await hub.sql<{ type: string }>("select udt_name as type from information_schema.columns where table_name = 'consent' and column_name = 'purpose'"))[0].type;
const purposes = () => hub.sql<{ id: number; purpose: string }>('select id, purpose::text as purpose from consent order by id');

describe('Migration20261203090000_consent_purpose', () => {
  it('refuses to go back while DATA_SHARING consents exist, which the audit purposes cannot hold', async () => {
    const [school] = await hub.sql<{ id: number }>("select id from provider where kind = 'SCHULE' order by id limit 1");
    const shared = await hub.execute(ConsentRecordDocument, { input: { client: refs.client, purpose: 'DATA_SHARING', recipientProvider: toGlobalId('Provider', school.id), textVersion: 'v1', givenAt: '2026-02-01T00:00:00Z' } }, tenants.viewers.managerA);
    const id = Number(Buffer.from(shared.data!.consentRecord.consent!.id, 'base64url').toString().split(':')[1]);
    await expect(migrate('down')).rejects.toThrow(/1 DATA_SHARING consent\(s\) have no audit purpose/);
    expect(await columnType()).toBe('consent_purpose');
    await hub.sql('delete from consent where id = ?', [id]);
  });

  it('goes back to the audit purposes and forth again, keeping REFERRAL consents', async () => {
    const before = await purposes();
    expect(before.map((row) => row.purpose)).toEqual(['REFERRAL']);
    await migrate('down');
    expect(await columnType()).toBe('audit_purpose');
    expect(await purposes()).toEqual(before);
    await migrate('up');
    expect(await columnType()).toBe('consent_purpose');
    expect(await purposes()).toEqual(before);
  });

  it('stops, changing nothing, when a consent names a purpose nobody can consent to', async () => {
    await migrate('down');
    const [client] = await hub.sql<{ client_id: number }>('select client_id from consent limit 1');
    await hub.sql("insert into consent (client_id, purpose, recipient_provider_kind, text_version, given_at) values (?, 'RETENTION', 'VEREIN', 'v1', now())", [client.client_id]);
    await expect(migrate('up')).rejects.toThrow(/1 consent\(s\) name a purpose nobody can consent to/);
    expect(await columnType()).toBe('audit_purpose');
    await hub.sql("delete from consent where purpose = 'RETENTION'");
    await migrate('up');
    expect((await purposes()).map((row) => row.purpose)).toEqual(['REFERRAL']);
  });
});
