import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { KeyRing } from '../../src/core/crypto/key-ring';
import { hasCaseloads, seedCaseloads } from '../../seeds/seed-caseloads';
import { seedTenancy } from '../../seeds/seed-tenancy';
import type { BenchCase } from './cases';

/** Benchmark scale from the issue: about 150,000 clients across about 1,200 managers (44 agencies). */
const MANAGERS_PER_AGENCY = Number(process.env.BENCH_MANAGERS_PER_AGENCY ?? 28);
const CLIENTS_PER_MANAGER = Number(process.env.BENCH_CLIENTS_PER_MANAGER ?? 122);

/** The bench database's data key: fixed, so a database seeded once decrypts in every later run. */
export const BENCH_KEY_RING_SPEC = `bench:${createHash('sha256').update('integration-hub bench data key').digest('base64')}`;
export const BENCH_KEY_RING = KeyRing.parse(BENCH_KEY_RING_SPEC);

export async function ensureCaseloads(orm: MikroORM): Promise<number> {
  const expected = 44 * MANAGERS_PER_AGENCY * CLIENTS_PER_MANAGER;
  const [{ count }] = await orm.em.getConnection().execute<Array<{ count: number }>>('select count(*)::int as count from client');
  if (count >= expected * 0.95 && (await hasCaseloads(orm.em.fork()))) {
    console.log(`Using the ${count.toLocaleString('en')} clients already seeded.`);
    return count;
  }
  // A catalogue seeded before tenancy existed has no agencies yet; this adds them (idempotent).
  await orm.em.getKnex().transaction((trx) => seedTenancy(trx));
  console.log(`Seeding ${expected.toLocaleString('en')} clients for ${(44 * MANAGERS_PER_AGENCY).toLocaleString('en')} managers …`);
  const started = performance.now();
  await orm.em.getConnection().execute("truncate client cascade; delete from hub_user where email like '%.example.test'");
  const counts = await seedCaseloads(orm.em.fork(), { managersPerAgency: MANAGERS_PER_AGENCY, clientsPerManager: CLIENTS_PER_MANAGER, seed: 1 });
  await orm.em.getConnection().execute('vacuum analyze');
  console.log(`Seeded ${counts.clients.toLocaleString('en')} clients in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return counts.clients;
}

/** The coordinator of the agency with the most open cases: the widest caseload a person reads. */
export async function busiestCoordinator(orm: MikroORM): Promise<{ email: string; agency: string; openCases: number }> {
  const [row] = await orm.em.getConnection().execute<Array<{ email: string; agency: string; open_cases: number }>>(
    `select u.email, a.key as agency, (select count(*)::int from client c where c.agency_id = a.id and c.status <> 'CLOSED') as open_cases
     from agency a join hub_user u on u.agency_id = a.id and 'COORDINATOR' = any(u.roles)
     order by open_cases desc, a.id limit 1`,
  );
  return { email: row.email, agency: row.agency, openCases: row.open_cases };
}

const CASELOAD_PLANS = `query CaseloadPlans($first: Int) {
  caseload(first: $first) {
    edges { node {
      id familyName givenNames birthDate germanLevel supportPlannedEnd
      plan { id version goals { id area description status dueDate
        measures { id step status dueDate offer { id title startDate provider { id name } } } } }
    } }
  }
}`;

/** A coordinator's caseload with plans, goals, measures, offers and providers: 200 clients and 20. */
export function caseloadCases(authorization: string): BenchCase[] {
  return [200, 20].map((first) => ({
    name: `caseload${first}`,
    description: `a coordinator's caseload, ${first} clients -> plan -> goals -> measures -> offer -> provider`,
    query: CASELOAD_PLANS,
    variables: { first },
    authorization,
  }));
}
