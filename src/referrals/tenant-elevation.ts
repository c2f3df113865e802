import type { EntityManager } from '@mikro-orm/postgresql';
import type { TenantSettings } from '../core/database/tenant-settings';

/**
 * Runs `work` with some row-level-security settings changed, then puts them back, inside the
 * caller's transaction. For the few steps of a referral that cross sides by design, each decided
 * in the referral service, never by a caller's input:
 * - the provider's answer moves the client's plan measure and records the certificate (the
 *   agency's case file, which the provider never sees): as an agency system (`INTEGRATION`);
 * - a freed seat goes to the first of the offer's waiting list, whichever agency referred them:
 *   as the offer's provider, which sees every referral to its offers.
 * The work's reads stay inside the service; nothing of the other side is returned to the caller.
 */
export async function withSettings<T>(em: EntityManager, patch: Partial<TenantSettings>, work: () => Promise<T>): Promise<T> {
  const keys = Object.keys(patch) as Array<keyof TenantSettings>;
  const [saved] = await em.execute<Array<Record<string, string | null>>>(`select ${keys.map((_, i) => `current_setting(?, true) as s${i}`).join(', ')}`, keys);
  const set = (values: Array<string | null>) =>
    em.execute(`select ${keys.map(() => 'set_config(?, ?, true)').join(', ')}`, keys.flatMap((key, i) => [key, values[i] ?? '']));
  await set(keys.map((key) => patch[key] ?? ''));
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // A failed statement aborted the transaction (or its savepoint): it rolls back, settings and all.
    await set(keys.map((_, i) => saved[`s${i}`])).catch(() => undefined);
    throw error;
  }
  await set(keys.map((_, i) => saved[`s${i}`]));
  return result;
}
