import 'reflect-metadata';
import { loadConfigOrExit } from '../../core/config';
import { keyRingFor } from '../../core/crypto/key-ring';
import { openHubDatabase } from '../database';
import { createLogger } from '../../core/logger';
import { runRetention } from '../../retention/retention.service';

/** `npm run retention`: erases cases closed longer than RETENTION_YEARS ago and audit entries older than AUDIT_RETENTION_YEARS, once (for cron). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const keyRing = await keyRingFor(config);
  const database = await openHubDatabase(config, logger, { applyMigrations: config.migrateOnStart, as: 'app', keyRing });
  try {
    const { cases, auditEntries } = await runRetention(database.orm, config);
    console.error(`Erased ${cases.erased} cases closed before ${cases.cutoff.toISOString().slice(0, 10)}.`);
    console.error(`Erased ${auditEntries.erased} audit entries older than ${auditEntries.cutoff.toISOString().slice(0, 10)}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error('Retention failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
