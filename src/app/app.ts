import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../core/config';
import type { Database } from '../core/database/open-database';
import { keyRingFor, type KeyRing } from '../core/crypto/key-ring';
import { createAuthenticator } from '../core/auth/authenticate';
import { createApollo } from '../core/graphql/apollo';
import { replicaChooser } from '../core/context';
import { drainable } from '../core/graphql/drain';
import { createHttpServer } from '../core/graphql/server';
import { attachSubscriptions } from '../core/graphql/subscriptions';
import { PostgresRateLimiter } from '../core/rate-limit/rate-limiter';
import { ApiKeyService } from '../integrations/api-key.service';
import { DatabaseTrustedDocumentStore } from '../integrations/trusted-document.store';
import { hsdsRoute } from '../offers/hsds/hsds.routes';
import { portalClientBuilt, portalRoute } from '../portal/portal.routes';
import { SignInService } from '../tenancy/sign-in.service';
import { openHubDatabase } from './database';
import { MODULES } from './modules';
import { startJobs, webhookWorkerOptions, type RunningJobs } from './jobs';
import { configureWebhookUrls } from '../webhooks/webhook-url-policy';
import { createHubMetrics, exposeMetrics } from './observability';
import { buildHubSchema, requestEnvironment } from './hub';

export interface RunningHub {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * Fills an empty database with demo data, as the owner, before the server listens, encrypting
   * under the hub's key ring. Development only: `main.ts` loads the demo seed when SEED_DEMO asks
   * for it, so production never loads it.
   */
  seedDemo?: (ownerUrl: string, keyRing: KeyRing) => Promise<void>;
  /**
   * Runs the jobs (referral deadlines, erasure) in this process. Default: with the embedded
   * PostgreSQL (no DATABASE_URL); against a server, `npm run worker` runs them.
   */
  jobs?: boolean;
}

/** Whether `npm start` runs the jobs itself: with the embedded database only. */
export function jobsInProcess(config: Readonly<Config>): boolean {
  return !config.databaseUrl && !config.databaseAppUrl;
}

/**
 * Starts the hub: key ring, database (embedded unless DATABASE_URL), migrations, demo seed when
 * asked, then the HTTP server and, with the embedded database, the jobs (see jobs.ts). `stop` drains the
 * HTTP server (see drain.ts), then closes everything else in reverse order.
 */
export async function startHub(config: Readonly<Config>, logger: Logger, options: StartOptions = {}): Promise<RunningHub> {
  // 1. The key ring for special categories of personal data, which the API's ORM encrypts with.
  const keyRing = await keyRingFor(config);
  configureWebhookUrls({ requireHttps: config.webhooks.requireHttps, allowPrivateAddresses: config.webhooks.allowPrivateAddresses });
  // 2. Database and migrations.
  const database = await openHubDatabase(config, logger, { applyMigrations: config.migrateOnStart, as: 'app', keyRing });
  try {
    // 3. Demo data: seeding is the owner's work, the app role may not write the catalogue.
    if (options.seedDemo) await options.seedDemo(database.ownerUrl, keyRing);
    // 4. Schema and HTTP server.
    // Budgets live in the database, so that every API process draws on the same ones.
    const rateLimiter = config.rateLimit.enabled ? new PostgresRateLimiter(database.orm.config.getClientUrl(), config.rateLimit) : undefined;
    const trustedDocuments = new DatabaseTrustedDocumentStore(database.orm);
    const schema = await buildHubSchema();
    // Prometheus metrics of this process (see observability.ts and README, *Metrics and traces*).
    const metrics = createHubMetrics(database.orm);
    const metricsExposure = await exposeMetrics(config, metrics, logger);
    const apollo = createApollo(schema, { config, logger, rateLimiter, trustedDocuments, metrics });
    await apollo.start();
    const signIn = new SignInService(database.orm);
    const authenticate = await createAuthenticator(config, {
      apiKey: (key) => new ApiKeyService(database.orm.em.fork()).authenticate(key),
      user: (claims) => signIn.viewerFor(claims),
    });
    if (config.portal && !portalClientBuilt()) logger.warn('PORTAL_ENABLED, but the portal client is not compiled: run `npm run build`');
    // The HSDS export is public like the catalogue queries; the portal only where enabled.
    // Public reads (HSDS, anonymous GraphQL) go to a streaming replica when there is one.
    const routes = [hsdsRoute(database.readOrms[0] ?? database.orm), ...(config.portal ? [portalRoute()] : [])];
    const environment = { ...requestEnvironment(database.orm, logger), readOrm: replicaChooser(database.orm, database.readOrms) };
    // `drain` is read per request, after `listen`, when it is set.
    // Until every warm-up has settled (a failed one only costs its module a slower first answer).
    let warmingUp = true;
    const server = createHttpServer({
      apollo,
      environment,
      authenticate,
      config,
      rateLimiter,
      routes,
      metrics,
      metricsRoute: metricsExposure.apiRoute,
      draining: () => drain.draining,
      warmingUp: () => warmingUp,
    });
    const drain = drainable(server);
    const subscriptions = attachSubscriptions(server, { schema, environment, authenticate, limits: config.limits });
    await listen(server, config.port, config.host);
    const warmUps = MODULES.map((module) => module.warmUp?.(database.orm).catch((error: unknown) => logger.warn({ err: error, module: module.name }, 'warm-up failed')));
    void Promise.all(warmUps).then(() => {
      warmingUp = false;
    });
    let jobs: RunningJobs | undefined;
    if (options.jobs ?? jobsInProcess(config)) {
      jobs = await startJobs({ ownerUrl: database.ownerUrl, orm: database.orm, logger, retentionYears: config.retentionYears, auditRetentionYears: config.auditRetentionYears, retentionIntervalHours: config.retentionIntervalHours, webhooks: webhookWorkerOptions(config), metrics });
    }
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://localhost:${port}/graphql`,
      database,
      async stop() {
        // Drain first: refuse new connections, let requests in flight finish (SHUTDOWN_GRACE_MS),
        // then stop the jobs and close the pools those requests were using.
        const drained = drain.drain(config.timeouts.shutdownGraceMs);
        await subscriptions.close();
        const { cut } = await drained;
        if (cut > 0) logger.warn({ cut, graceMs: config.timeouts.shutdownGraceMs }, 'requests still running at the end of the grace period were cut');
        await jobs?.stop();
        await apollo.stop();
        await rateLimiter?.close();
        await metricsExposure.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
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
