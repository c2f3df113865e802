import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from './core/config';
import { openDatabase, type Database } from './core/database/open-database';
import { createOrm } from './core/database/orm';
import { keyRingFor, useClientDataKeyRing } from './core/crypto/key-ring';
import { scheduleErasure } from './retention/retention.service';
import { createAuthenticator } from './core/auth/authenticate';
import { ApiKeyService } from './integrations/api-key.service';
import { SignInService } from './tenancy/sign-in.service';
import { buildHubSchema } from './core/graphql/schema';
import { createApollo } from './core/graphql/apollo';
import { PostgresRateLimiter } from './core/rate-limit/rate-limiter';
import { DatabaseTrustedDocumentStore } from './integrations/trusted-document.store';
import { createHttpServer } from './core/graphql/server';
import { isCatalogueEmpty, seedCatalogue } from '../seeds/seed-database';
import { hasCaseloads, seedCaseloads } from '../seeds/seed-caseloads';

export interface RunningHub {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

/**
 * Starts the hub: database (embedded unless DATABASE_URL), migrations, demo seed into an
 * empty catalogue, then the HTTP server. `stop` closes everything in reverse order.
 */
export async function startHub(config: Readonly<Config>, logger: Logger): Promise<RunningHub> {
  // 1. Database and migrations.
  const database = await openDatabase(config, logger, { applyMigrations: config.migrateOnStart, as: 'app' });
  try {
    // 2. The key ring for special categories of personal data (demo clients are encrypted too).
    useClientDataKeyRing(await keyRingFor(config));
    // 3. Demo data, only into an empty database so restarts never duplicate it. Seeding is the
    // owner's work: the app role may not write the catalogue.
    if (config.seedDemo) await seedDemo(database.ownerUrl, config, logger);
    // 4. Schema and HTTP server.
    // Budgets live in the database, so that every API process draws on the same ones.
    const rateLimiter = config.rateLimit.enabled ? new PostgresRateLimiter(database.orm.config.getClientUrl(), config.rateLimit) : undefined;
    const trustedDocuments = new DatabaseTrustedDocumentStore(database.orm);
    const apollo = createApollo(await buildHubSchema(), { config, logger, rateLimiter, trustedDocuments });
    await apollo.start();
    const signIn = new SignInService(database.orm);
    const authenticate = await createAuthenticator(config, {
      apiKey: (key) => new ApiKeyService(database.orm.em.fork()).authenticate(key),
      user: (claims) => signIn.viewerFor(claims),
    });
    const server = createHttpServer({ apollo, orm: database.orm, authenticate, config, logger, rateLimiter });
    await listen(server, config.port, config.host);
    const stopErasure = scheduleErasure(database.orm, { retentionYears: config.retentionYears, intervalHours: config.retentionIntervalHours }, (result) => {
      if (result instanceof Error) logger.error({ err: result }, 'erasure of expired cases failed');
      else if (result.erased > 0) logger.info(result, 'erased expired cases');
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://localhost:${port}/graphql`,
      database,
      async stop() {
        stopErasure();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await apollo.stop();
        await rateLimiter?.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function seedDemo(ownerUrl: string, config: Readonly<Config>, logger: Logger): Promise<void> {
  const owner = await createOrm(ownerUrl, { pool: { min: 0, max: 2 } });
  try {
    if (await isCatalogueEmpty(owner.em.fork())) {
      const counts = await seedCatalogue(owner.em.fork(), { offers: config.demoOffers });
      logger.info(counts, 'seeded demo catalogue');
    }
    // Fictitious staff and clients with plans: two managers of 15 cases in every agency.
    if (!(await hasCaseloads(owner.em.fork()))) {
      const counts = await seedCaseloads(owner.em.fork(), { managersPerAgency: 2, clientsPerManager: 15 });
      logger.info(counts, 'seeded demo caseloads');
    }
  } finally {
    await owner.close(true);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
