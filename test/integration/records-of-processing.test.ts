import type { MetadataStorage } from '@mikro-orm/core';
import { PERSONAL_DATA } from '../../src/app/hub';
import { MODULES } from '../../src/app/modules';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import type { HubModule } from '../../src/core/module';
import type { FieldAnnotation, ProcessingRecord } from '../../src/core/processing';
import { buildRecordsOfProcessing, storedProperties } from '../../src/rights/records-of-processing';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
let tenants: Tenants;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

/** The entities holding personal data: every module's personal-data types, and the audit log. */
const PERSONAL_ENTITIES = [...new Set([...PERSONAL_DATA.map((type) => type.type.name), AuditEvent.name])];

/** `table.column` of every personal-data column the modules' records leave without an annotation. */
function unannotatedColumns(modules: readonly HubModule[], metadata: MetadataStorage): string[] {
  const records = new Map(modules.flatMap((module) => module.processing ?? []).map((record) => [record.entity.name, record]));
  return PERSONAL_ENTITIES.flatMap((entityName) => {
    const record = records.get(entityName);
    const table = metadata.get(entityName).tableName;
    return storedProperties(metadata, entityName)
      .filter(({ name }) => !(record?.fields as Record<string, unknown> | undefined)?.[name])
      .map(({ column }) => `${table}.${column}`);
  });
}

describe('records of processing (GDPR Art. 30)', () => {
  it('annotate every column of every personal-data entity', () => {
    expect(unannotatedColumns(MODULES, hub.orm.getMetadata())).toEqual([]);
  });

  it('fail when a personal-data column has no annotation', () => {
    // The hub as it would be with one annotation forgotten.
    const forgetful = MODULES.map((module) => ({
      ...module,
      processing: module.processing?.map((record): ProcessingRecord => {
        if (record.entity.name !== 'Client') return record;
        const { email: _email, ...fields } = record.fields as Record<string, FieldAnnotation>;
        return { ...record, fields };
      }),
    }));
    expect(unannotatedColumns(forgetful, hub.orm.getMetadata())).toEqual(['client.email']);
  });

  it('match the migrated schema: every column of every table they describe, and nothing else', async () => {
    const records = buildRecordsOfProcessing(MODULES, hub.orm.getMetadata());
    expect(records.activities.map((activity) => activity.table).sort()).toEqual(PERSONAL_ENTITIES.map((name) => hub.orm.getMetadata().get(name).tableName).sort());
    for (const activity of records.activities) {
      const columns = await hub.sql<{ column_name: string }>("select column_name from information_schema.columns where table_schema = 'public' and table_name = ? order by 1", [activity.table]);
      expect({ table: activity.table, columns: activity.fields.map((field) => field.column).sort() }).toEqual({ table: activity.table, columns: columns.map((column) => column.column_name).sort() });
      expect(activity.legalBasis.length).toBeGreaterThan(0);
      expect(activity.recipients.length).toBeGreaterThan(0);
      expect(activity.retention).not.toBe('');
    }
    const special = records.activities.find((activity) => activity.table === 'client')!.fields.filter((field) => field.category === 'SPECIAL_CATEGORY');
    expect(special.map((field) => field.column).sort()).toEqual(['health_needs_encrypted', 'origin_country_encrypted']);
    expect(special.every((field) => field.legalBasis.some((basis) => basis.includes('Art. 9 Abs. 2')))).toBe(true);
  });

  it('are served to the data protection officer as Markdown and JSON', async () => {
    const result = await hub.run('{ recordsOfProcessing { markdown document } }', {}, tenants.viewers.officerA);
    expect(result.errors).toBeUndefined();
    const { markdown, document } = result.data!.recordsOfProcessing as { markdown: string; document: { activities: Array<{ table: string }> } };
    expect(markdown).toMatch(/^# Verzeichnis von Verarbeitungstätigkeiten/);
    for (const { table } of document.activities) expect(markdown).toContain(`(\`${table}\`)`);
    expect(markdown).toContain('`origin_country_encrypted`');
    const refused = await hub.run('{ recordsOfProcessing { markdown } }', {}, tenants.viewers.managerA);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
