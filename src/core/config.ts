import path from 'node:path';
import { KeyRing, KeyRingError } from './crypto/key-ring';

/**
 * Every setting the hub reads, validated once at start-up into a frozen object.
 * `loadConfig` reports all bad variables at once instead of failing on the first.
 */
export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /**
   * The owner's connection, for migrations and seeds. Absent (and no DATABASE_APP_URL): the hub
   * starts its own embedded PostgreSQL in `dataDir`.
   */
  databaseUrl: string | undefined;
  /**
   * How the API itself connects: as the non-owner app role, under row-level security. Absent: the
   * hub derives it from the owner's URL and provisions the role itself (development and tests).
   */
  databaseAppUrl: string | undefined;
  /**
   * Streaming replicas of the app role's database (same role and password), for the public
   * audience's reads; empty: every read goes to the primary. See README, *Processes*.
   */
  databaseReplicaUrls: readonly string[];
  dataDir: string;
  embeddedPostgresPort: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Apply pending migrations at start-up; production runs the one-shot migrate service instead. */
  migrateOnStart: boolean;
  /** Seed demo data into an empty database at start-up. */
  seedDemo: boolean;
  demoOffers: number;
  /** Introspection and GraphiQL; off in production unless asked for. */
  introspection: boolean;
  /** The example partner portal at /portal (public API only); off in production unless asked for. */
  portal: boolean;
  /**
   * Bearer-token verification. Without an issuer the hub runs its own local issuer (signing key in
   * `dataDir`, `npm run token`), which production refuses. With an issuer and neither a JWKS URL
   * nor a file, the JWKS URL comes from the issuer's discovery document.
   */
  auth: {
    issuer: string | undefined;
    audience: string;
    jwksUrl: string | undefined;
    jwksFile: string | undefined;
    /** The longest lifetime (exp − iat, or exp − now) an accepted token may have. */
    maxTokenLifetimeSeconds: number;
    /** How long fetched keys are used before they are fetched again (a removed key is refused after it at the latest). */
    jwksCacheSeconds?: number;
    /** The least time between two fetches of the keys, when tokens name a key the hub does not know. */
    jwksRefetchSeconds?: number;
  };
  /**
   * Prometheus metrics (/metrics). `port`: served on a port of its own (and not on the API's);
   * `token`: a scrape must send `Authorization: Bearer <token>`. `onApiPort`: the API's port serves
   * them: without `port`, in development, or with a token (production without either serves none).
   */
  metrics: {
    port: number | undefined;
    host: string;
    token: string | undefined;
    onApiPort: boolean;
  };
  /**
   * The keys for special categories of personal data (`id:<base64 of 32 bytes>`, comma-separated,
   * the current key first). Absent: a local development key in `dataDir`, which production refuses.
   */
  clientDataKeys: string | undefined;
  /** Years after closing a case until its data is erased (GDPR Art. 5(1)(e), storage limitation). */
  retentionYears: number;
  /**
   * Years an audit entry is kept before the erasure job removes it (only counted afterwards).
   * Default: the case retention plus one year, so an erased case's trail outlives it by a year.
   */
  auditRetentionYears: number;
  /** How often the server runs the erasure job; 0 leaves it to `npm run retention` (cron). */
  retentionIntervalHours: number;
  /**
   * Limits a document must meet before it runs: checked in validation (depth, aliases, directives),
   * at parsing (tokens, size) and from the document and its variables (cost). See README, *Limits*.
   */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxDocumentBytes: number;
    maxCost: number;
    /** "Did you mean …" in error messages: only where introspection is open anyway. */
    fieldSuggestions: boolean;
  };
  /**
   * Execution of operations: a document run more than `compileAfter` times runs compiled by
   * graphql-jit (see compiled-execution.ts); at most `maxCompiledDocuments` are kept. 0 compiles at once.
   */
  execution: {
    compileAfter: number;
    maxCompiledDocuments: number;
  };
  /**
   * Cost budgets per principal (API key, person, anonymous client address), refilled over time and
   * kept in PostgreSQL so that every API process draws on the same budget.
   */
  rateLimit: {
    enabled: boolean;
    /** Budget of a person or API key: at most this many points, refilled by `refillPerSecond`. */
    points: number;
    refillPerSecond: number;
    /** Budget of one anonymous client address. */
    anonymousPoints: number;
    anonymousRefillPerSecond: number;
  };
  /** Time limits: a request's deadline, and the app role's database timeouts. */
  timeouts: {
    requestMs: number;
    statementMs: number;
    idleInTransactionMs: number;
    /** After SIGTERM: how long requests in flight may take before their connections are cut. */
    shutdownGraceMs: number;
  };
  http: {
    /** Origins a browser may call the API from (CORS); empty: none but the hub's own pages. */
    corsOrigins: readonly string[];
    /** Proxies in front of the hub whose X-Forwarded-For entries are trusted (0: use the socket address). */
    trustProxyHops: number;
    /** The largest request body accepted. */
    maxBodyBytes: number;
    /** How long a client may take to send a request's headers, then its whole request (408 after). */
    headersTimeoutMs: number;
    receiveTimeoutMs: number;
    /** Open connections the process keeps at most, in all and per peer address (0: no per-peer cap). */
    maxConnections: number;
    maxConnectionsPerAddress: number;
  };
  /** Outgoing webhooks (Standard Webhooks): URL policy, attempt timeout and retry schedule. */
  webhooks: {
    /** Endpoints must use https (always in production). */
    requireHttps: boolean;
    /** Endpoints may resolve to loopback, private or link-local addresses (tests, on-premises receivers). */
    allowPrivateAddresses: boolean;
    /** Deadline of one delivery attempt, connect to last byte. */
    timeoutMs: number;
    /** Waits before each retry, in seconds; attempts = 1 + its length, then the delivery is dead. */
    retryScheduleSeconds: readonly number[];
    /** How often the worker looks for new events and deliveries without a job; pg-boss polls the attempts as often (at least 500 ms). */
    pollIntervalMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const problems: string[] = [];

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };

  const list = (name: string): string[] =>
    (env[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');

  const nodeEnv = oneOf('NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const databaseAppUrl = env.DATABASE_APP_URL || undefined;
  if (databaseAppUrl && !/^postgres(ql)?:\/\/[^/]*@/.test(databaseAppUrl)) {
    problems.push('DATABASE_APP_URL must be a postgres:// URL with the user and password of the app role');
  }
  if (!databaseAppUrl && nodeEnv === 'production') {
    problems.push('DATABASE_APP_URL is required when NODE_ENV=production (the API connects as its own, non-owner role)');
  }
  const databaseReplicaUrls = list('DATABASE_REPLICA_URLS');
  for (const [index, url] of databaseReplicaUrls.entries()) {
    if (!/^postgres(ql)?:\/\/[^/]*@/.test(url)) problems.push(`DATABASE_REPLICA_URLS: entry ${index + 1} must be a postgres:// URL with the app role's user and password`);
  }
  const migrateOnStart = bool('MIGRATE_ON_START', nodeEnv !== 'production');
  if (!databaseUrl && nodeEnv === 'production' && migrateOnStart) {
    problems.push('DATABASE_URL (the owner, for migrations) is required when NODE_ENV=production and MIGRATE_ON_START=true');
  }

  const introspection = bool('GRAPHQL_INTROSPECTION', nodeEnv !== 'production');

  const clientDataKeys = env.CLIENT_DATA_KEYS || undefined;
  if (clientDataKeys) {
    try {
      KeyRing.parse(clientDataKeys);
    } catch (error) {
      if (!(error instanceof KeyRingError)) throw error;
      // The problems name keys by id or position only: the variable's value is secret.
      problems.push(...error.problems.map((problem) => `CLIENT_DATA_KEYS: ${problem}`));
    }
  } else if (nodeEnv === 'production') {
    problems.push('CLIENT_DATA_KEYS is required when NODE_ENV=production (the local key is for development)');
  }

  const retentionYears = integer('RETENTION_YEARS', 3, 1, 30);
  const retrySchedule = list('WEBHOOK_RETRY_SCHEDULE_SECONDS').map(Number);
  if (retrySchedule.some((wait) => !Number.isInteger(wait) || wait < 0 || wait > 7 * 24 * 3600) || retrySchedule.length > 20) {
    problems.push('WEBHOOK_RETRY_SCHEDULE_SECONDS must be at most 20 comma-separated whole seconds from 0 to 604800');
  }
  const metricsConfig = (): Config['metrics'] => {
    const port = env.METRICS_PORT ? integer('METRICS_PORT', 0, 0, 65535) : undefined;
    const token = env.METRICS_TOKEN || undefined;
    if (token !== undefined && token.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters (e.g. openssl rand -hex 24)');
    return { port, host: env.METRICS_HOST || env.HOST || '0.0.0.0', token, onApiPort: port === undefined && (token !== undefined || nodeEnv !== 'production') };
  };
  const trustProxyHops = integer('TRUST_PROXY_HOPS', 0, 0, 10);
  const config: Config = {
    nodeEnv,
    port: integer('PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseAppUrl,
    databaseReplicaUrls: Object.freeze(databaseReplicaUrls),
    dataDir: path.resolve(env.HUB_DATA_DIR || '.data'),
    embeddedPostgresPort: integer('EMBEDDED_POSTGRES_PORT', 54329, 1024, 65535),
    logLevel: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info'),
    migrateOnStart,
    seedDemo: bool('SEED_DEMO', nodeEnv !== 'production'),
    demoOffers: integer('DEMO_OFFERS', 2000, 0, 1_000_000),
    introspection,
    portal: bool('PORTAL_ENABLED', nodeEnv !== 'production'),
    auth: {
      issuer: env.AUTH_ISSUER || undefined,
      audience: env.AUTH_AUDIENCE || 'integration-hub',
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      jwksFile: env.AUTH_JWKS_FILE ? path.resolve(env.AUTH_JWKS_FILE) : undefined,
      maxTokenLifetimeSeconds: integer('AUTH_MAX_TOKEN_LIFETIME_SECONDS', 12 * 3600, 60, 7 * 24 * 3600),
      jwksCacheSeconds: integer('AUTH_JWKS_CACHE_SECONDS', 600, 1, 24 * 3600),
      jwksRefetchSeconds: integer('AUTH_JWKS_REFETCH_SECONDS', 30, 0, 3600),
    },
    metrics: metricsConfig(),
    clientDataKeys,
    retentionYears,
    auditRetentionYears: integer('AUDIT_RETENTION_YEARS', retentionYears + 1, 1, 31),
    retentionIntervalHours: integer('RETENTION_INTERVAL_HOURS', 24, 0, 24 * 30),
    limits: {
      maxDepth: integer('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxAliases: integer('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxDirectives: integer('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      maxTokens: integer('GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
      maxDocumentBytes: integer('GRAPHQL_MAX_DOCUMENT_BYTES', 16 * 1024, 1024, 1024 * 1024),
      maxCost: integer('GRAPHQL_MAX_COST', 250_000, 100, 100_000_000),
      fieldSuggestions: introspection,
    },
    execution: {
      compileAfter: integer('GRAPHQL_COMPILE_AFTER', 1, 0, 1_000_000),
      maxCompiledDocuments: integer('GRAPHQL_MAX_COMPILED_DOCUMENTS', 500, 1, 100_000),
    },
    rateLimit: {
      enabled: bool('RATE_LIMIT_ENABLED', true),
      points: integer('RATE_LIMIT_POINTS', 250_000, 1, 1_000_000_000),
      refillPerSecond: integer('RATE_LIMIT_POINTS_PER_SECOND', 5_000, 1, 1_000_000_000),
      anonymousPoints: integer('RATE_LIMIT_ANONYMOUS_POINTS', 20_000, 1, 1_000_000_000),
      anonymousRefillPerSecond: integer('RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND', 200, 1, 1_000_000_000),
    },
    timeouts: {
      requestMs: integer('REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
      statementMs: integer('DATABASE_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
      idleInTransactionMs: integer('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 1_000, 3_600_000),
      shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    },
    http: {
      corsOrigins: Object.freeze(list('CORS_ORIGINS')),
      trustProxyHops,
      maxBodyBytes: integer('MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      headersTimeoutMs: integer('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
      receiveTimeoutMs: integer('HTTP_RECEIVE_TIMEOUT_MS', 30_000, 100, 600_000),
      maxConnections: integer('HTTP_MAX_CONNECTIONS', 5_000, 1, 1_000_000),
      // Behind proxies every connection comes from one of them: there the proxies cap per client.
      maxConnectionsPerAddress: integer('HTTP_MAX_CONNECTIONS_PER_ADDRESS', trustProxyHops > 0 ? 0 : 256, 0, 1_000_000),
    },
    webhooks: {
      // Production always requires https; elsewhere it may be asked for.
      requireHttps: nodeEnv === 'production' || bool('WEBHOOK_REQUIRE_HTTPS', false),
      allowPrivateAddresses: bool('WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      // Svix's schedule: at once, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
      retryScheduleSeconds: Object.freeze(env.WEBHOOK_RETRY_SCHEDULE_SECONDS ? retrySchedule : [5, 300, 1800, 7200, 18000, 36000, 36000]),
      pollIntervalMs: integer('WEBHOOK_POLL_INTERVAL_MS', 1000, 50, 60_000),
    },
  };
  for (const origin of config.http.corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://portal.example.org`);
  }
  if (config.http.receiveTimeoutMs <= config.http.headersTimeoutMs) problems.push('HTTP_RECEIVE_TIMEOUT_MS must exceed HTTP_HEADERS_TIMEOUT_MS (the headers are part of the request)');
  if (config.metrics.port !== undefined && config.metrics.port !== 0 && config.metrics.port === config.port) problems.push('METRICS_PORT must differ from PORT');
  if (config.rateLimit.points < config.limits.maxCost) {
    problems.push('RATE_LIMIT_POINTS must be at least GRAPHQL_MAX_COST, or the costliest allowed request could never run');
  }
  const { auth } = config;
  if (auth.jwksUrl && !/^https?:\/\//.test(auth.jwksUrl)) problems.push('AUTH_JWKS_URL must be an http(s) URL');
  if (auth.jwksUrl && auth.jwksFile) problems.push('AUTH_JWKS_URL and AUTH_JWKS_FILE exclude each other: set one');
  // An issuer without either: its discovery document names the JWKS URL.
  if (auth.issuer && !/^https?:\/\/[^/\s]+/.test(auth.issuer)) problems.push('AUTH_ISSUER must be an http(s) URL (the issuer of the tokens, e.g. https://id.example.org/realms/hub)');
  if (!auth.issuer && (auth.jwksUrl || auth.jwksFile)) problems.push('AUTH_JWKS_URL/AUTH_JWKS_FILE need AUTH_ISSUER');
  if (!auth.issuer && nodeEnv === 'production') {
    problems.push('AUTH_ISSUER is required when NODE_ENV=production (the local token issuer is for development)');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** For the commands (server, seed, migrate, token): the config, or every problem on stderr and exit 1. */
export function loadConfigOrExit(env: Env = process.env): Readonly<Config> {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
