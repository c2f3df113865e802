import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../core/auth/viewer';
import type { Client } from './client.entity';

/**
 * Work other domains do when a case opens, in the same unit of work (the plans module persists
 * the empty plan, version 1). Caseloads knows the hook, not the domains behind it: they depend on
 * caseloads, never the other way round.
 */
export type ClientOpenedListener = (em: EntityManager, viewer: Viewer, client: Client) => void;

const listeners: ClientOpenedListener[] = [];

/** Called by a module descriptor when it is loaded. */
export function onClientOpened(listener: ClientOpenedListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

export function clientOpened(em: EntityManager, viewer: Viewer, client: Client): void {
  for (const listener of listeners) listener(em, viewer, client);
}
