import type { Logger } from 'pino';
import { openDatabase, type Database } from '../core/database/open-database';
import { DATABASE_SCHEMA } from './hub';

/** The hub's database (see openDatabase): DATABASE_URL's server or the embedded one, migrated. */
export function openHubDatabase(config: Parameters<typeof openDatabase>[0], logger: Logger, options: Parameters<typeof openDatabase>[3] = {}): Promise<Database> {
  return openDatabase(config, logger, DATABASE_SCHEMA, options);
}
