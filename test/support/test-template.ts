import { createHubOrm } from '../../src/app/hub';
import { migrate } from '../../src/core/database/orm';
import { seedCatalogue } from '../../seeds/seed-database';
import { TEST_CATALOGUE_OFFERS, databaseUrl, withAdminClient } from './test-database';

const TEMPLATE_LOCK = 4_240_001;

/**
 * Builds the template once per run: migrations plus the deterministic test catalogue. The first
 * test file to arrive builds it under an advisory lock, under a temporary name renamed at the end,
 * so a crash never leaves a half-built template behind.
 */
export async function ensureTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (exists.rowCount) return;
      const building = `${template}_building`;
      await client.query(`drop database if exists "${building}" with (force)`);
      await client.query(`create database "${building}"`);
      const orm = await createHubOrm(databaseUrl(adminUrl, building));
      try {
        await migrate(orm);
        await seedCatalogue(orm.em.fork(), { offers: TEST_CATALOGUE_OFFERS });
        await orm.em.getConnection().execute('analyze');
      } finally {
        await orm.close(true);
      }
      await client.query(`alter database "${building}" rename to "${template}"`);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

