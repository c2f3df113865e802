import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';

/**
 * The transaction-scoped settings the RLS policies read (see the tenancy migration). They are set
 * with `set_config(…, true)`, so they end with the transaction and never leak to the next user of
 * a pooled connection.
 */
export interface TenantSettings {
  'hub.request_id': string;
  'hub.user_id': string;
  'hub.subject': string;
  'hub.email': string;
  'hub.agency_id': string;
  'hub.provider_id': string;
  'hub.roles': string;
  'hub.api_key_prefix': string;
  'hub.caseload_team_id': string;
}

const NONE: TenantSettings = {
  'hub.request_id': '',
  'hub.user_id': '',
  'hub.subject': '',
  'hub.email': '',
  'hub.agency_id': '',
  'hub.provider_id': '',
  'hub.roles': '',
  'hub.api_key_prefix': '',
  'hub.caseload_team_id': '',
};

export function settingsFor(viewer: Viewer, requestId: string): TenantSettings {
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  switch (viewer.kind) {
    case 'anonymous':
      return { ...NONE, 'hub.request_id': requestId };
    case 'user':
      return {
        ...NONE,
        'hub.request_id': requestId,
        'hub.user_id': String(viewer.userId),
        'hub.subject': viewer.subject,
        'hub.agency_id': text(viewer.agencyId),
        'hub.provider_id': text(viewer.providerId),
        'hub.roles': viewer.roles.join(','),
        'hub.caseload_team_id': text(viewer.caseloadTeamId),
      };
    case 'integration':
      return {
        ...NONE,
        'hub.request_id': requestId,
        'hub.agency_id': text(viewer.agencyId),
        'hub.provider_id': text(viewer.providerId),
        'hub.roles': 'INTEGRATION',
      };
  }
}

/**
 * Sets every setting in one statement, inside the EntityManager's open transaction. With
 * `statementTimeoutMs` (the time left until the request's deadline) the same statement lowers
 * `statement_timeout` for the rest of the transaction, so no statement outlives the deadline; it
 * never raises the session's own limit (0, no limit, counts as none).
 */
export async function applySettings(em: EntityManager, settings: Partial<TenantSettings>, options: { statementTimeoutMs?: number } = {}): Promise<void> {
  const entries = Object.entries({ ...NONE, ...settings });
  const calls = entries.map(() => 'set_config(?, ?, true)');
  const bindings: unknown[] = entries.flat();
  if (options.statementTimeoutMs !== undefined) {
    calls.push(
      "set_config('statement_timeout', least(?::bigint, nullif(extract(epoch from current_setting('statement_timeout')::interval) * 1000, 0))::bigint::text, true)",
    );
    bindings.push(Math.max(1, Math.ceil(options.statementTimeoutMs)));
  }
  await em.execute(`select ${calls.join(', ')}`, bindings);
}

/** Runs `work` in a transaction of its own with the given settings (sign-in, API-key checks). */
export function withSettings<T>(em: EntityManager, settings: Partial<TenantSettings>, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await applySettings(tx, settings);
    return work(tx);
  });
}
