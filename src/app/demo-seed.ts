import type { Logger } from 'pino';
import type { Config } from '../core/config';
import type { KeyRing } from '../core/crypto/key-ring';
import { hasCaseloads, seedCaseloads } from '../../seeds/seed-caseloads';
import { isCatalogueEmpty, seedCatalogue } from '../../seeds/seed-database';
import { createOrm } from '../core/database/orm';
import { createHubOrm } from './hub';

/**
 * Demo data into an empty database, so restarts never duplicate it: the generated catalogue, then
 * fictitious staff and clients with plans (two managers of 15 cases in every agency), their special
 * categories encrypted under `keyRing`. Loaded by `main.ts` only when SEED_DEMO is on.
 */
export async function seedDemo(ownerUrl: string, keyRing: KeyRing, config: Readonly<Config>, logger: Logger): Promise<void> {
  // Nearly every start finds the demo data there: ask with an ORM that knows no entities (quick to
  // start), and discover the entities only when there is something to seed.
  const probe = await createOrm(ownerUrl, { entities: [], migrations: [] }, { pool: { min: 0, max: 1 }, discovery: { warnWhenNoEntities: false } });
  let catalogueEmpty: boolean;
  let caseloadsPresent: boolean;
  try {
    catalogueEmpty = await isCatalogueEmpty(probe.em.fork());
    caseloadsPresent = await hasCaseloads(probe.em.fork());
  } finally {
    await probe.close(true);
  }
  if (!catalogueEmpty && caseloadsPresent) return;
  const owner = await createHubOrm(ownerUrl, { pool: { min: 0, max: 2 } }, { keyRing });
  try {
    if (catalogueEmpty) {
      const counts = await seedCatalogue(owner.em.fork(), { offers: config.demoOffers });
      logger.info(counts, 'seeded demo catalogue');
    }
    if (!caseloadsPresent) {
      const counts = await seedCaseloads(owner.em.fork(), { managersPerAgency: 2, clientsPerManager: 15 });
      logger.info(counts, 'seeded demo caseloads');
    }
  } finally {
    await owner.close(true);
  }
}
