import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { EntityLoaders } from './loaders';

/** Everything a resolver may use, built once per request. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's EntityManager: one identity map per request, never shared. */
  em: EntityManager;
  loaders: EntityLoaders;
  viewer: Viewer;
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
    logger: logger.child({ requestId }),
  };
}
