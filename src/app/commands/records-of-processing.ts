import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecordsOfProcessing, recordsAsMarkdown } from '../../rights/records-of-processing';
import { createHubOrm } from '../hub';
import { MODULES } from '../modules';

/**
 * `npm run records-of-processing [-- folder]`: writes the records of processing (GDPR Art. 30)
 * as `records-of-processing.md` and `.json` into the folder (default: the current one), from the
 * annotations next to the entity fields. Needs no database.
 */
async function main(): Promise<void> {
  const folder = path.resolve(process.cwd(), process.argv[2] ?? '.');
  mkdirSync(folder, { recursive: true });
  const orm = await createHubOrm('postgresql://localhost/unused', { connect: false });
  try {
    const records = buildRecordsOfProcessing(MODULES, orm.getMetadata());
    writeFileSync(path.join(folder, 'records-of-processing.md'), recordsAsMarkdown(records));
    writeFileSync(path.join(folder, 'records-of-processing.json'), `${JSON.stringify(records, null, 2)}\n`);
    console.error(`wrote ${path.join(folder, 'records-of-processing.md')} and .json (${records.activities.length} activities)`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error('Records of processing failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
