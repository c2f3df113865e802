import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a GraphQL operation ended: it ran cleanly, answered with user errors, failed, or was refused before running. */
export type Outcome = 'ok' | 'user_error' | 'error' | 'refused';

/** One value of a metric read at scrape time, with its labels. */
export interface MetricSample {
  labels?: Record<string, string>;
  value: number;
}

/**
 * A gauge read from the database (or elsewhere) when Prometheus scrapes: queue depths, outbox
 * lag. A failing read leaves the gauge empty for that scrape and counts an error; it never fails
 * the scrape.
 */
export interface ScrapeGauge {
  /** `hub_…`, Prometheus style (snake case, unit suffix). */
  name: string;
  help: string;
  labelNames?: readonly string[];
  read(): Promise<readonly MetricSample[]>;
}

/** Operation names kept as label values; later names count as "other", so a client cannot blow up the series. */
const DEFAULT_MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];
const STATEMENTS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 100];
const SQL_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const WAIT_SECONDS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5];
const COST_POINTS = [5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000, 250_000];

/**
 * The hub's Prometheus metrics: one registry per process (API or worker), served by /metrics.
 * Labels stay few and bounded: operation names only for named operations, capped; outcomes and
 * routes from closed sets.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly maxOperationNames: number;

  private readonly httpDuration = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP requests by route and status class, from arrival to the last byte sent.',
    labelNames: ['route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly operationDuration = new Histogram({
    name: 'hub_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name ("anonymous" when unnamed, "other" past the cap), type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly queryCost = new Histogram({
    name: 'hub_graphql_query_cost_points',
    help: 'Cost of GraphQL operations in points: requested (priced before running) and actual (objects returned).',
    labelNames: ['kind'] as const,
    buckets: COST_POINTS,
    registers: [this.registry],
  });
  private readonly sqlStatements = new Histogram({
    name: 'hub_sql_statements_per_request',
    help: 'SQL statements one /graphql request sent.',
    buckets: STATEMENTS,
    registers: [this.registry],
  });
  private readonly sqlTime = new Histogram({
    name: 'hub_sql_duration_per_request_seconds',
    help: 'Time one /graphql request spent waiting for its SQL statements (summed over statements).',
    buckets: SQL_SECONDS,
    registers: [this.registry],
  });
  private readonly poolWait = new Histogram({
    name: 'hub_db_pool_acquire_wait_seconds',
    help: 'Time from asking the database pool for a connection until getting one.',
    labelNames: ['pool'] as const,
    buckets: WAIT_SECONDS,
    registers: [this.registry],
  });
  private readonly rateLimitRefusals = new Counter({
    name: 'hub_rate_limit_refusals_total',
    help: 'Requests refused because their sender was over its cost budget (HTTP 429), by kind of sender.',
    labelNames: ['principal'] as const,
    registers: [this.registry],
  });
  private readonly connectionRefusals = new Counter({
    name: 'hub_http_connections_refused_total',
    help: 'Connections closed on arrival: the process held HTTP_MAX_CONNECTIONS ("total") or its peer HTTP_MAX_CONNECTIONS_PER_ADDRESS ("per_address").',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  private readonly jobFailures = new Counter({
    name: 'hub_job_failures_total',
    help: 'Job handlers of this process that failed (pg-boss retries them up to the queue\'s retry limit).',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });
  private readonly collectorErrors = new Counter({
    name: 'hub_metrics_collector_errors_total',
    help: 'Scrape-time reads that failed (the metric is left out of that scrape).',
    labelNames: ['metric'] as const,
    registers: [this.registry],
  });

  constructor(options: { maxOperationNames?: number; processMetrics?: boolean } = {}) {
    this.maxOperationNames = options.maxOperationNames ?? DEFAULT_MAX_OPERATION_NAMES;
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The label of an operation name: unnamed is "anonymous"; past the cap of distinct names, "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= this.maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }

  observeHttp(route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ route, status: `${Math.floor(status / 100)}xx` }, seconds);
  }

  observeOperation(operation: string, type: string, outcome: Outcome, seconds: number): void {
    this.operationDuration.observe({ operation, type, outcome }, seconds);
  }

  observeCost(kind: 'requested' | 'actual', points: number): void {
    this.queryCost.observe({ kind }, points);
  }

  observeRequestSql(statements: number, seconds: number): void {
    this.sqlStatements.observe(statements);
    this.sqlTime.observe(seconds);
  }

  countRateLimitRefusal(anonymous: boolean): void {
    this.rateLimitRefusals.inc({ principal: anonymous ? 'anonymous' : 'signed_in' });
  }

  countConnectionRefusal(reason: 'total' | 'per_address'): void {
    this.connectionRefusals.inc({ reason });
  }

  countJobFailure(queue: string): void {
    this.jobFailures.inc({ queue });
  }

  /**
   * The executor's documents by how they run, and the operations each executor ran (see
   * compiled-execution.ts), read at scrape time.
   */
  watchExecution(stats: () => { documents: number; compiled: number; runs: { interpreted: number; compiled: number } }): void {
    new Gauge({
      name: 'hub_graphql_documents',
      help: 'Documents the executor keeps: compiled by graphql-jit, or run by graphql-js (not yet recurring, mutations, or not compilable).',
      labelNames: ['executor'] as const,
      registers: [this.registry],
      collect() {
        const { documents, compiled } = stats();
        this.set({ executor: 'compiled' }, compiled);
        this.set({ executor: 'interpreted' }, documents - compiled);
      },
    });
    new Counter({
      name: 'hub_graphql_executions_total',
      help: 'Operations executed, by executor (graphql-jit "compiled" or graphql-js "interpreted").',
      labelNames: ['executor'] as const,
      registers: [this.registry],
      collect() {
        const { runs } = stats();
        this.reset();
        this.inc({ executor: 'compiled' }, runs.compiled);
        this.inc({ executor: 'interpreted' }, runs.interpreted);
      },
    });
  }

  /** A gauge read at scrape time (see ScrapeGauge). */
  addScrapeGauge(metric: ScrapeGauge): void {
    const { collectorErrors } = this;
    new Gauge({
      name: metric.name,
      help: metric.help,
      labelNames: [...(metric.labelNames ?? [])],
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const sample of await metric.read()) {
            if (sample.labels) this.set(sample.labels, sample.value);
            else this.set(sample.value);
          }
        } catch {
          collectorErrors.inc({ metric: metric.name });
        }
      },
    });
  }

  /**
   * The ORM's connection pool (knex's tarn pool): connections in use, idle and being opened, and
   * requests waiting for one, read at scrape time; each wait for a connection, as it happens.
   */
  watchPool(pool: string, orm: MikroORM): void {
    const tarn = poolOf(orm);
    if (!tarn) return;
    const asked = new Map<number, number>();
    tarn.on('acquireRequest', (id: number) => asked.set(id, performance.now()));
    const settle = (id: number) => {
      const start = asked.get(id);
      asked.delete(id);
      if (start !== undefined) this.poolWait.observe({ pool }, (performance.now() - start) / 1000);
    };
    tarn.on('acquireSuccess', settle);
    tarn.on('acquireFail', settle);
    this.addScrapeGauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections of the pool: used (lent to a request), idle, opening; and max, its size.',
      labelNames: ['pool', 'state'],
      read: async () => [
        { labels: { pool, state: 'used' }, value: tarn.numUsed() },
        { labels: { pool, state: 'idle' }, value: tarn.numFree() },
        { labels: { pool, state: 'opening' }, value: tarn.numPendingCreates() },
        { labels: { pool, state: 'max' }, value: tarn.max },
      ],
    });
    this.addScrapeGauge({
      name: 'hub_db_pool_pending_acquires',
      help: 'Requests waiting for a connection of the pool right now.',
      labelNames: ['pool'],
      read: async () => [{ labels: { pool }, value: tarn.numPendingAcquires() }],
    });
  }

  /** The registry in Prometheus' text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** The part of tarn's Pool (knex's pool) read here. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  on(event: string, listener: (id: number) => void): void;
}

function poolOf(orm: MikroORM): TarnPool | undefined {
  const client = orm.em.getConnection().getKnex().client as { pool?: TarnPool };
  return client.pool;
}
