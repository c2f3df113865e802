import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { keyRingOf } from '../src/core/crypto/encrypted-text';
import { CaseloadGenerator, encryptWith, type CaseloadBatch } from './caseload-generator';
import { withForeignKeysSuspended } from './caseload/foreign-keys';
import { CASELOAD_TABLES, type CaseloadWorld, loadCaseloadWorld } from './caseload/world';
import { insertRows } from './seed-database';

export interface CaseloadSeedOptions {
  managersPerAgency: number;
  clientsPerManager: number;
  /** Only the first agencies, in id order. */
  agencyLimit?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface CaseloadSeedCounts {
  users: number;
  clients: number;
  plans: number;
  goals: number;
  measures: number;
  notes: number;
  consents: number;
}

/** Clients per inserted batch: a few thousand rows per table, sent 1,000 at a time. */
const CLIENTS_PER_BATCH = 2000;
/** Clients generated between two turns of the event loop, in which the connection sends its next statement. */
const CLIENTS_PER_SLICE = 50;

/**
 * Staff and caseloads for the existing agencies, in one transaction, generated deterministically
 * (see CaseloadGenerator). Needs the schema owner: it writes past row-level security. Ids continue
 * after each table's current maximum, so relations are known before anything is sent; sequences
 * are moved past them at the end. Special categories are encrypted with the key ring of `em`'s ORM
 * (createOrm's keyRing), the one its EncryptedText columns decrypt with.
 * Runs once per database (staff e-mail addresses are fixed) and before serving: until it commits,
 * even reads of agencies, places, offers and providers wait (their foreign keys are suspended).
 */
export async function seedCaseloads(em: EntityManager, options: CaseloadSeedOptions): Promise<CaseloadSeedCounts> {
  const counts: CaseloadSeedCounts = { users: 0, clients: 0, plans: 0, goals: 0, measures: 0, notes: 0, consents: 0 };
  const encrypt = encryptWith(keyRingOf(em.getPlatform()));
  await em.getKnex().transaction(async (trx) => {
    await refuseUnderRowLevelSecurity(trx);
    // Nobody else adds staff or clients meanwhile, so the ids read next stay free.
    await trx.raw(`lock table ${CASELOAD_TABLES.map((table) => `"${table}"`).join(', ')} in exclusive mode`);
    const world = await loadCaseloadWorld(trx, options.agencyLimit);
    await refuseSecondRun(trx, world);
    const generator = new CaseloadGenerator(world, { ...options, encrypt });
    options.onProgress?.(0, generator.totalClients);
    await withForeignKeysSuspended(trx, CASELOAD_TABLES.filter((table) => table !== 'hub_user'), () =>
      insertWhileGenerating(trx, generator, counts, () => options.onProgress?.(counts.clients, generator.totalClients)),
    );
    for (const table of CASELOAD_TABLES) {
      await trx.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), greatest(max(id), 1), max(id) is not null) from "${table}"`);
    }
    await trx.raw(`select setval('client_household_seq', greatest(max(household_id), 1), max(household_id) is not null) from client`);
  });
  return counts;
}

/** True when any client exists. Run as the owner: under row-level security an app role sees none. */
export async function hasCaseloads(em: EntityManager): Promise<boolean> {
  const [row] = await em.getConnection().execute<Array<{ present: boolean }>>('select exists (select 1 from client) as present');
  return row.present;
}

/**
 * Generation (a third of the time, mostly encryption) overlaps with PostgreSQL's work: clients are
 * generated in small slices while the previous batch's statements run, one batch in flight at most.
 */
async function insertWhileGenerating(trx: Knex.Transaction, generator: CaseloadGenerator, counts: CaseloadSeedCounts, onBatch: () => void): Promise<void> {
  let pending = emptyBatch();
  let inFlight: Promise<void> | undefined;
  const send = async (batch: CaseloadBatch) => {
    await inFlight;
    inFlight = insertBatch(trx, batch, counts).then(onBatch);
    // Handled by the next await; without this a failure during generation would crash the process.
    inFlight.catch(() => undefined);
  };
  for (const slice of generator.batches(CLIENTS_PER_SLICE)) {
    for (const key of Object.keys(pending) as Array<keyof CaseloadBatch>) (pending[key] as unknown[]).push(...slice[key]);
    if (pending.clients.length >= CLIENTS_PER_BATCH) {
      await send(pending);
      pending = emptyBatch();
    }
    await new Promise(setImmediate);
  }
  await send(pending);
  await inFlight;
}

function emptyBatch(): CaseloadBatch {
  return { users: [], clients: [], plans: [], goals: [], measures: [], reviews: [], notes: [], consents: [], courses: [] };
}

async function insertBatch(trx: Knex.Transaction, batch: CaseloadBatch, counts: CaseloadSeedCounts): Promise<void> {
  counts.users += await insertRows(trx, 'hub_user', batch.users);
  counts.clients += await insertRows(trx, 'client', batch.clients);
  counts.plans += await insertRows(trx, 'plan', batch.plans);
  counts.goals += await insertRows(trx, 'plan_goal', batch.goals);
  counts.measures += await insertRows(trx, 'plan_measure', batch.measures);
  await insertRows(trx, 'plan_review', batch.reviews);
  counts.notes += await insertRows(trx, 'case_note', batch.notes);
  counts.consents += await insertRows(trx, 'consent', batch.consents);
  await insertRows(trx, 'client_course', batch.courses);
}

/** Staff e-mail addresses are unique: a second run would fail on the first of them, less clearly. */
async function refuseSecondRun(trx: Knex.Transaction, world: CaseloadWorld): Promise<void> {
  const result = await trx.raw(
    `select u.email from hub_user u join agency a on a.id = u.agency_id
     cross join unnest(array['manager-%@', 'coordinator@', 'dpo@']) as generated(pattern)
     where a.id = any(?::int[]) and lower(u.email) like generated.pattern || a.key || '.example.test'
     order by u.id limit 1`,
    [`{${world.agencies.map((agency) => agency.id).join(',')}}`],
  );
  const [taken] = result.rows as Array<{ email: string }>;
  if (taken) throw new Error(`These agencies have seeded staff already (${taken.email}): the caseload seed runs once per database`);
}

/** Under RLS (the app role) the inserts would fail row by row with a policy error; say why up front. */
async function refuseUnderRowLevelSecurity(trx: Knex.Transaction): Promise<void> {
  const result = await trx.raw(`select row_security_active('client') as active`);
  if ((result.rows as Array<{ active: boolean }>)[0].active) {
    throw new Error('seedCaseloads needs the schema owner: row-level security applies to this connection');
  }
}
