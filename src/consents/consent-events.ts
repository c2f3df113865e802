import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditRecorder } from '../audit/audit-log';
import type { Viewer } from '../core/auth/viewer';
import type { Consent } from './consent.entity';

/**
 * Work other domains do when a consent is withdrawn, in the same transaction (the referrals
 * module withdraws the referrals it no longer covers and deletes their snapshots). Consents know
 * the hook, not the domains behind it.
 */
export type ConsentWithdrawnListener = (em: EntityManager, viewer: Viewer, audit: AuditRecorder, consent: Consent) => Promise<void>;

const listeners: ConsentWithdrawnListener[] = [];

/** Called by a module descriptor when it is loaded. */
export function onConsentWithdrawn(listener: ConsentWithdrawnListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

export async function consentWithdrawn(em: EntityManager, viewer: Viewer, audit: AuditRecorder, consent: Consent): Promise<void> {
  for (const listener of listeners) await listener(em, viewer, audit, consent);
}
