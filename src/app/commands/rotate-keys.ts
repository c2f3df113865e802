import 'reflect-metadata';
import { loadConfigOrExit } from '../../core/config';
import { createLogger } from '../../core/logger';
import { openHubDatabase } from '../database';
import { keyRingFor } from '../../core/crypto/key-ring';
import { encryptedColumnsOf, reencryptColumns } from '../../core/crypto/encrypted-columns';

/**
 * `npm run keys:rotate`: re-encrypts every encrypted column to the current (first) key of
 * CLIENT_DATA_KEYS, in one transaction, as the owner (past row-level security). Afterwards no value
 * needs the older keys, and they can be dropped from CLIENT_DATA_KEYS.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  if (config.nodeEnv === 'production' && !config.databaseUrl) {
    console.error('npm run keys:rotate needs DATABASE_URL: the owner of the schema, who may read every row.');
    process.exit(1);
  }
  const ring = await keyRingFor(config);
  const database = await openHubDatabase(config, logger, { applyMigrations: true, keyRing: ring });
  try {
    const counts = await database.orm.em.fork().transactional((em) => reencryptColumns((sql, params) => em.execute(sql, params), ring, encryptedColumnsOf(database.orm.getMetadata())));
    for (const [column, changed] of Object.entries(counts)) console.log(`${column}: ${changed} re-encrypted to key "${ring.currentKeyId}"`);
  } finally {
    await database.close();
  }
  logger.info('encrypted columns use the current key');
}

main().catch((error: unknown) => {
  console.error('Key rotation failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
