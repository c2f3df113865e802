import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printDatabaseSchema } from '../support/database-schema';
import { createTestHub, type TestHub } from '../support/test-hub';

const COMMITTED = path.join(__dirname, '../../schema/database.sql');

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('committed database schema', () => {
  it('matches the freshly migrated database (regenerate with UPDATE_DATABASE_SCHEMA=1)', async () => {
    const printed = await printDatabaseSchema((sql) => hub.sql(sql));
    if (process.env.UPDATE_DATABASE_SCHEMA === '1') writeFileSync(COMMITTED, printed);
    expect(printed).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
