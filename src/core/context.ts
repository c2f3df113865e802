import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { AuditLog } from '../audit/audit-log';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { applySettings, settingsFor } from './database/tenant-settings';
import { EntityLoaders } from './loaders';

/** Everything a resolver may use, built once per request. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's EntityManager: one identity map per request, never shared. */
  em: EntityManager;
  loaders: EntityLoaders;
  viewer: Viewer;
  /** Reads and writes of personal data in this request, written when it commits. */
  audit: AuditLog;
  logger: Logger;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function createContext(
  orm: MikroORM,
  logger: Logger,
  request?: Pick<IncomingMessage, 'headers'>,
  viewer: Viewer = ANONYMOUS,
): Context {
  // Accept a caller's x-request-id when it looks sane, so logs can be joined across services.
  const header = request?.headers['x-request-id'];
  const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  const em = orm.em.fork();
  return {
    requestId,
    em,
    loaders: new EntityLoaders(em),
    viewer,
    audit: new AuditLog(),
    logger: logger.child({ requestId }),
  };
}

/**
 * Runs one request. A signed-in viewer's request runs in one transaction that first sets the
 * tenant settings row-level security reads, and ends by writing the audit log: commit means
 * the data and its audit entries, or neither. The public audience touches only public tables.
 */
export async function runRequest<T>(context: Context, work: () => Promise<T>): Promise<T> {
  if (context.viewer.kind === 'anonymous') return work();
  const { em } = context;
  await em.begin();
  try {
    await applySettings(em, settingsFor(context.viewer, context.requestId));
    const result = await work();
    await context.audit.flush(em, context.viewer, context.requestId);
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback().catch(() => undefined);
    throw error;
  }
}
