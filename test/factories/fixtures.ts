import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../../seeds/caseload/moments';
import { DEFAULT_SEED } from '../../seeds/catalogue-generator';
import { Random } from '../../seeds/random';
import { createHubOrm } from '../../src/app/hub';
import type { KeyRing } from '../../src/core/crypto/key-ring';
import type { TestHub } from '../support/test-hub';

// Test data goes in through the entities (past row-level security, as the owner), with defaults
// from the seed generators: a builder takes the fields a test cares about, the rest is valid.

/** Every default is drawn from this: the same builders called in the same order give the same rows. */
export const random = new Random(DEFAULT_SEED);
/** The matching facts' own stream (as the seed generator keeps one), so that `random` draws as before. */
export const factsRandom = new Random(DEFAULT_SEED + 1);

let serial = 0;
/** A number no earlier call in this test file returned: for unique keys, names and addresses. */
export const nextSerial = (): number => ++serial;

/** Today as an ISO date: fixtures are current, like the data a manager works with. */
export const today = (): string => new Date().toISOString().slice(0, 10);
/** The ISO date `days` after today (before it, when negative). */
export const inDays = (days: number): string => addDays(today(), days);

/** An enum as the string literals of its values, so tests can write `'HOUSING'`. */
export type Literal<E extends string> = `${E}`;

interface FirstVersion {
  id: number;
  originId: number;
}
const firstVersions = new WeakMap<EntityManager, FirstVersion[]>();

/** Goals, measures and reviews built here are first versions: their originId is their own id, set once inserted. */
export function asFirstVersion<T extends FirstVersion>(em: EntityManager, entity: T): T {
  const pending = firstVersions.get(em) ?? [];
  pending.push(entity);
  firstVersions.set(em, pending);
  return entity;
}

/** One UPDATE per table instead of a second flush, which would compare every entity again (slow for hundreds). */
async function settleFirstVersions(em: EntityManager): Promise<void> {
  const byTable = new Map<string, FirstVersion[]>();
  for (const entity of firstVersions.get(em) ?? []) {
    const table = em.getMetadata().get(entity.constructor.name).tableName;
    const list = byTable.get(table) ?? [];
    list.push(entity);
    byTable.set(table, list);
  }
  for (const [table, entities] of byTable) {
    await em.getConnection().execute(`update "${table}" set origin_id = id where id = any(?::int[])`, [`{${entities.map((entity) => entity.id).join(',')}}`]);
    for (const entity of entities) entity.originId = entity.id;
  }
}

export interface InsertOptions {
  /** Encrypt special categories with this ring instead of the hub's (old keys, rotation): through an owner ORM of its own. */
  keyRing?: KeyRing;
}

/** Runs `build` with a fresh owner EntityManager, inserts what it built in one flush and returns it. */
export async function insert<T>(hub: TestHub, build: (em: EntityManager) => T | Promise<T>, options: InsertOptions = {}): Promise<T> {
  const own = options.keyRing ? await createHubOrm(hub.ownerUrl, { pool: { min: 0, max: 1 } }, { keyRing: options.keyRing }) : undefined;
  try {
    const em = own ? own.em.fork() : hub.ownerEm();
    const built = await build(em);
    await em.flush();
    await settleFirstVersions(em);
    return built;
  } finally {
    await own?.close(true);
  }
}
