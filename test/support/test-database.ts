import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// pg only: global setup and teardown import this file outside Jest's module sandbox.

/** Set by global-setup for the workers: the server to use and the migrated, seeded template. */
export const TEST_ADMIN_URL_ENV = 'HUB_TEST_ADMIN_URL';
export const TEST_TEMPLATE_ENV = 'HUB_TEST_TEMPLATE';

/** Rows the test template holds: small enough to copy in milliseconds, large enough to page through. */
export const TEST_CATALOGUE_OFFERS = 1500;

/** The app role's password on test servers; global setup provisions the login once per run. */
export const TEST_APP_PASSWORD = 'hub-app-test-only';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Copies the template into a fresh database for one test file (CREATE DATABASE … TEMPLATE). */
export async function createDatabaseFromTemplate(adminUrl: string, template: string): Promise<string> {
  const name = uniqueDatabaseName('hub_test');
  await withAdminClient(adminUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`create database "${name}" template "${template}"`);
        return;
      } catch (error) {
        // Two workers copying the same template at once can briefly collide; retry.
        if (attempt >= 10 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
      }
    }
  });
  return name;
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
