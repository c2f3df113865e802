import type { Notifications } from './database/notifications';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { withRequestSignal } from './database/orm';
import { applySettings, settingsFor } from './database/tenant-settings';
import { EntityLoaders } from './loaders';
import type { BeforeCommitHook, HubModule, PersonalDataType } from './module';
import type { NodeRegistry } from './relay/node-registry';

/**
 * A value a module keeps per request (the audit module its log of reads and writes), created on
 * first use. Core holds the values without knowing what they are.
 */
export class RequestKey<T> {
  constructor(
    readonly description: string,
    readonly create: (context: Context) => T,
  ) {}
}

/** Everything a resolver may use, built once per request. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's EntityManager: one identity map per request, never shared. */
  em: EntityManager;
  loaders: EntityLoaders;
  viewer: Viewer;
  logger: Logger;
  /** The types `node(id:)` resolves, with their visibility rules. */
  nodes: NodeRegistry;
  /** Every module's personal-data types (see PersonalDataType). */
  personalData: readonly PersonalDataType[];
  /** Every module of the hub, for hooks that consult all of them (erasure blockers, records of processing). */
  modules: readonly HubModule[];
  /** This request's value of `key`, created on first use. */
  use<T>(key: RequestKey<T>): T;
  /** This request's value of `key` if something created it, else undefined. */
  peek<T>(key: RequestKey<T>): T | undefined;
  /**
   * Aborted at the request's deadline or when its client goes away; from then on the ORM sends no
   * statement for the request and its transaction rolls back. Long work of its own should check it.
   */
  signal: AbortSignal;
  /** When the request must be answered, on the `performance.now()` clock; Infinity: no deadline. */
  deadline: number;
  /**
   * The client's IP address: the socket's, or from X-Forwarded-For behind trusted proxies
   * (TRUST_PROXY_HOPS). Empty for work that did not come over HTTP (tests, scripts).
   */
  clientAddress: string;
  /** Opens the request's transaction on first call (signed-in requests); a no-op otherwise. */
  beginTransaction: () => Promise<void>;
  /** The modules' work before COMMIT (see `runRequest`). */
  readonly beforeCommit: readonly BeforeCommitHook[];
  /**
   * Starts that work once the operation has resolved, without waiting for it: its statements (the
   * audit log's INSERT) then run while the answer is serialised. `runRequest` waits for it before
   * COMMIT, and starts it itself if nobody did. A no-op outside a transaction.
   */
  startBeforeCommit: () => void;
  /** PostgreSQL notifications, for subscriptions (absent in plain requests). */
  notifications?: Notifications;
}

/** What every request of one running hub shares. */
export interface RequestEnvironment {
  orm: MikroORM;
  /**
   * The ORM a request of the public audience reads through, e.g. a streaming replica (see
   * `replicaChooser`); absent: `orm`. Signed-in requests always use `orm`, the primary, so they
   * read their own writes; the public audience writes nothing and may read a moment behind.
   */
  readOrm?: () => MikroORM;
  logger: Logger;
  nodes: NodeRegistry;
  personalData: readonly PersonalDataType[];
  beforeCommit: readonly BeforeCommitHook[];
  modules: readonly HubModule[];
}

export interface RequestOptions {
  requestId?: string;
  signal?: AbortSignal;
  deadline?: number;
  clientAddress?: string;
  notifications?: Notifications;
}

/** Round robin over the read ORMs (one per replica); `undefined` when there is only the primary. */
export function replicaChooser(primary: MikroORM, readOrms: readonly MikroORM[]): (() => MikroORM) | undefined {
  if (readOrms.length === 0 || (readOrms.length === 1 && readOrms[0] === primary)) return undefined;
  let next = 0;
  return () => readOrms[next++ % readOrms.length]!;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's x-request-id when it looks sane, so logs can be joined across services; else a new one. */
export function requestIdOf(request?: Pick<IncomingMessage, 'headers'>): string {
  const header = request?.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export function createContext(
  environment: RequestEnvironment,
  request?: Pick<IncomingMessage, 'headers'>,
  viewer: Viewer = ANONYMOUS,
  options: RequestOptions = {},
): Context {
  const requestId = options.requestId ?? requestIdOf(request);
  const em = (viewer.kind === 'anonymous' && environment.readOrm ? environment.readOrm() : environment.orm).em.fork();
  const values = new Map<RequestKey<unknown>, unknown>();
  const context: Context = {
    requestId,
    em,
    loaders: new EntityLoaders(em),
    viewer,
    logger: environment.logger.child({ requestId }),
    nodes: environment.nodes,
    personalData: environment.personalData,
    modules: environment.modules,
    use<T>(key: RequestKey<T>): T {
      if (!values.has(key)) values.set(key, key.create(context));
      return values.get(key) as T;
    },
    peek<T>(key: RequestKey<T>): T | undefined {
      return values.get(key) as T | undefined;
    },
    signal: options.signal ?? new AbortController().signal,
    deadline: options.deadline ?? Number.POSITIVE_INFINITY,
    clientAddress: options.clientAddress ?? '',
    beginTransaction: () => Promise.resolve(),
    beforeCommit: environment.beforeCommit,
    startBeforeCommit: () => undefined,
    notifications: options.notifications,
  };
  return context;
}

/**
 * Runs one request. A signed-in viewer's request runs in one transaction that first sets the
 * tenant settings row-level security reads, and ends with the modules' before-commit hooks (the
 * audit log's INSERT): commit means the data and its audit entries, or neither. The public audience touches only public tables.
 *
 * Once `context.signal` is aborted the ORM refuses the request's statements, and a transaction is
 * rolled back, never committed, even if the work itself got through.
 */
export function runRequest<T>(context: Context, work: () => Promise<T>): Promise<T> {
  return withRequestSignal(context.signal, async () => {
    context.signal.throwIfAborted();
    if (context.viewer.kind === 'anonymous') {
      const result = await work();
      context.signal.throwIfAborted();
      return result;
    }
    const { em } = context;
    // Begun when execution starts (see `transactionPlugin`), so that a document refused by the
    // limits or by validation costs no SQL at all.
    let begun: Promise<void> | undefined;
    context.beginTransaction = () =>
      (begun ??= (async () => {
        await em.begin();
        // The time left is the transaction's statement limit, set in the same statement as the tenant.
        const remaining = context.deadline - performance.now();
        await applySettings(em, settingsFor(context.viewer, context.requestId), Number.isFinite(remaining) ? { statementTimeoutMs: remaining } : {});
      })());
    let hooks: Promise<void> | undefined;
    const runHooks = () =>
      (hooks ??= (async () => {
        await begun;
        context.signal.throwIfAborted();
        for (const hook of context.beforeCommit) {
          await hook(context);
          context.signal.throwIfAborted();
        }
      })());
    context.startBeforeCommit = () => {
      // Its failure is handled where it is awaited, below.
      if (begun) runHooks().catch(() => undefined);
    };
    try {
      const result = await work();
      if (!begun) return result;
      await runHooks();
      await em.commit();
      return result;
    } catch (error) {
      if (begun) await em.rollback().catch(() => undefined);
      throw error;
    }
  });
}
