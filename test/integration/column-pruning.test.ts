import type { SentStatement } from '../../src/core/database/statement-counter';
import { CaseloadPlansDocument } from '../generated/graphql';
import { aClient, aGoal, aMeasure, aPlan, insert } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/**
 * Loaders select the columns a selection reads (src/core/graphql/projection.ts): checked on the SQL
 * they send. That the answers stay right is what the caseload, plan and offer tests check anyway.
 */
let hub: TestHub;
let tenants: Tenants;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const [offer] = await hub.sql<{ id: number }>("select id from offer where status = 'PUBLISHED' order by id limit 1");
  await insert(hub, async (em) => {
    for (let i = 0; i < 3; i += 1) {
      const client = await aClient(em, { agencyId: tenants.agencyA.id, healthNeeds: 'Allergie', originCountry: 'Eritrea' });
      aMeasure(em, aGoal(em, aPlan(em, client)), { offerId: offer.id } as never);
    }
  });
});
afterAll(() => hub.close());

/** The statement that reads `table` (aliased `alias`), and its select list. */
function selectOf(sent: SentStatement[], table: string, alias: string): string {
  const from = new RegExp(` from "?${table}"? ${alias}\\b`);
  const statement = sent.find((candidate) => from.test(candidate.sql));
  if (!statement) throw new Error(`no statement reads ${table}: ${sent.map((s) => s.sql.slice(0, 80)).join(' | ')}`);
  return statement.sql.slice(0, statement.sql.search(from));
}

describe('column pruning', () => {
  it('selects only what a nested caseload shows: no encrypted column, no offer description, no provider contact', async () => {
    const result = await hub.execute(CaseloadPlansDocument, { first: 10 }, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    expect(result.data!.caseload.edges.length).toBeGreaterThanOrEqual(3);
    const clients = selectOf(result.sent, 'client', 'c');
    expect(clients).toContain('c.family_name');
    expect(clients).toContain('c.agency_id'); // references are always read (the audit names the agency)
    expect(clients).not.toContain('health_needs_encrypted');
    expect(clients).not.toContain('c.phone');
    const offers = selectOf(result.sent, 'offer', 'a');
    expect(offers).toContain('a.title');
    expect(offers).not.toContain('a.description');
    const providers = selectOf(result.sent, 'provider', 'a');
    expect(providers).toContain('a.name');
    expect(providers).not.toContain('a.email');
  });

  it('selects every column where a field does not declare what it reads', async () => {
    // `manager` has a resolver without @Reads: what it reads of the client is unknown.
    const query = `query { caseload(first: 5) { edges { node { familyName manager { id } } } } }`;
    const result = await hub.run(query, {}, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    expect(selectOf(result.sent, 'client', 'c')).toContain('health_needs_encrypted');
  });

  it('reads the union of what `edges.node` and `nodes` select', async () => {
    const query = `query { caseload(first: 5) { edges { node { familyName } } nodes { phone } } }`;
    const result = await hub.run(query, {}, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    const clients = selectOf(result.sent, 'client', 'c');
    expect(clients).toContain('c.family_name');
    expect(clients).toContain('c.phone');
    expect(clients).not.toContain('c.email');
  });

  it('walks a fragment bomb in linear time: each fragment once, as graphql-js does', async () => {
    // 2^26 spreads if each were entered anew (prefetch and projection both walk the selection).
    let fragments = 'fragment F26 on Client { familyName }';
    for (let level = 25; level >= 0; level -= 1) fragments += `\nfragment F${level} on Client { ...F${level + 1} ...F${level + 1} }`;
    const result = await hub.run(`query { caseload(first: 3) { edges { node { ...F0 plan { id } } } } }\n${fragments}`, {}, tenants.viewers.coordinatorA);
    expect(result.errors).toBeUndefined();
    expect(selectOf(result.sent, 'client', 'c')).not.toContain('c.phone');
  }, 5_000);

  it('serves a narrower selection from rows already read with every column (a search page primes its providers)', async () => {
    const narrow = await hub.run(`query { offers(first: 5) { nodes { id provider { name } } } }`);
    const wide = await hub.run(`query { offers(first: 5) { nodes { id provider { name email phone website kind } } } }`);
    expect(narrow.errors).toBeUndefined();
    expect(narrow.statements).toBe(wide.statements);
  });
});
