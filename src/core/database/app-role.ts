import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { loadConfig } from '../config';
import type { SessionTimeouts } from './orm';

/**
 * The role the API runs as. Migrations (run as the owner) create it without LOGIN and grant it
 * exactly what the API needs; it is never superuser, owner or BYPASSRLS, so row-level security
 * holds for every query the API sends.
 */
export const APP_ROLE = 'hub_app';

/**
 * Lets the API's login (user and password of `appUrl`) connect as the app role. The user is
 * either `hub_app` itself or a login role that is made a member of it. Runs as the owner, who
 * needs CREATEROLE; where a DBA provisions the login instead, this is not called.
 *
 * The login also gets `statement_timeout` and `idle_in_transaction_session_timeout` as role
 * defaults, so any session of it (a script, psql, a pool that does not set them) is limited too.
 * PostgreSQL applies role settings of the login only, not of roles it is a member of.
 * Without `timeouts`: the defaults of DATABASE_STATEMENT_TIMEOUT_MS and DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS.
 */
export async function provisionAppLogin(ownerUrl: string, appUrl: string, timeouts: SessionTimeouts = loadConfig({}).timeouts): Promise<void> {
  const { username, password } = new URL(appUrl);
  const user = decodeURIComponent(username);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const existing = await client.query<{ rolsuper: boolean; rolbypassrls: boolean }>('select rolsuper, rolbypassrls from pg_roles where rolname = $1', [user]);
    if (existing.rows.some((role) => role.rolsuper || role.rolbypassrls)) {
      throw new Error(`The API's database user "${user}" is a superuser or bypasses RLS; it must not.`);
    }
    await client.query(`do $$ begin
      if not exists (select from pg_roles where rolname = ${escapeLiteral(APP_ROLE)}) then
        create role ${escapeIdentifier(APP_ROLE)} nologin nosuperuser nobypassrls;
      end if;
      if not exists (select from pg_roles where rolname = ${escapeLiteral(user)}) then
        create role ${escapeIdentifier(user)} login nosuperuser nobypassrls;
      end if;
    end $$`);
    await client.query(`alter role ${escapeIdentifier(user)} with login password ${escapeLiteral(decodeURIComponent(password))}`);
    if (user !== APP_ROLE) await client.query(`grant ${escapeIdentifier(APP_ROLE)} to ${escapeIdentifier(user)}`);
    const milliseconds = (value: number) => escapeLiteral(`${Math.trunc(value)}ms`);
    await client.query(`alter role ${escapeIdentifier(user)} set statement_timeout = ${milliseconds(timeouts.statementMs)}`);
    await client.query(`alter role ${escapeIdentifier(user)} set idle_in_transaction_session_timeout = ${milliseconds(timeouts.idleInTransactionMs)}`);
  } finally {
    await client.end();
  }
}

/** The owner's URL with the app role's credentials: the default when DATABASE_APP_URL is not set. */
export function appUrlFor(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** A password for the app role kept in the data folder, made once: development and tests only. */
export async function localAppPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'database', 'app-password');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const password = randomBytes(24).toString('base64url');
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, password, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}
