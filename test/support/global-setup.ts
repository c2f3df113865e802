import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/core/database/embedded-postgres';
import { appUrlFor, provisionAppLogin } from '../../src/core/database/app-role';
import { freePort } from './free-port';
import { TEST_ADMIN_URL_ENV, TEST_APP_PASSWORD, TEST_TEMPLATE_ENV, uniqueDatabaseName } from './test-database';

declare global {
  // Handed from setup to teardown (same process).
  var hubTestPostgres: { embedded?: RunningPostgres; adminUrl: string; template: string; tempDir?: string } | undefined;
}

/**
 * Once per `npm test`: a PostgreSQL server (embedded unless DATABASE_URL is set) and a template
 * database holding the migrated schema and the deterministic test catalogue. Each test file
 * then copies the template, so files are isolated and never see each other's writes.
 */
export default async function globalSetup(): Promise<void> {
  let embedded: RunningPostgres | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // Removed by the teardown. As root, the embedded server runs as the `postgres` user;
    // startEmbeddedPostgres lets it pass through this private folder.
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'hub-test-pg-'));
    try {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, 'data'), port: await freePort(), persistent: false });
    } catch (error) {
      rmSync(tempDir, { recursive: true, force: true });
      throw error;
    }
    adminUrl = embedded.adminUrl;
  }
  // Once, before the workers start: the API's non-owner login, as the server provisions it.
  await provisionAppLogin(adminUrl, appUrlFor(adminUrl, TEST_APP_PASSWORD));
  // The template itself is built by the first test file that needs it (see test-database.ts):
  // entity decorators must run in the test realm, not in this outer process.
  const template = uniqueDatabaseName('hub_template');
  // Workers are started after this function returns and inherit these variables.
  process.env[TEST_ADMIN_URL_ENV] = adminUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
  globalThis.hubTestPostgres = { embedded, adminUrl, template, tempDir };
}
