import type { Viewer } from '../../src/core/auth/viewer';
import { settingsFor } from '../../src/core/database/tenant-settings';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

// The client policies run behind every statement on a client's tables (`client_id in (select c.id
// from client c)`): a policy that reads a request setting per row of `client` (bare `hub_setting_int`,
// `hub_has_role`, `current_setting`) instead of once per statement (a scalar sub-select, an InitPlan)
// costs every such statement a pass over the agency's clients, or over all of them. The plans say
// which it is; no timing is involved.

let hub: TestHub;
let tenants: Tenants;
beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
});
afterAll(() => hub.close());

/** The conditions PostgreSQL evaluates on the rows of `client` (scans of the table or of its indexes) in a plan. */
function clientRowConditions(plan: string[]): string[] {
  const conditions: string[] = [];
  let inClientScan = false;
  for (const line of plan) {
    if (/^\s*(->\s+)?[A-Z][A-Za-z ]*(Scan (using \S+ )?on public\.client c$|Bitmap Index Scan on client_)/.test(line)) inClientScan = true;
    else if (/^\s*(->|SubPlan|InitPlan)/.test(line)) inClientScan = false;
    else if (inClientScan && /^\s*(Filter|Index Cond|Recheck Cond|Join Filter):/.test(line)) conditions.push(line.trim());
  }
  return conditions;
}

async function planAs(viewer: Viewer, statement: string): Promise<string[]> {
  const rows = await hub.sqlAsApp<{ 'QUERY PLAN': string }>(`explain (verbose, costs off) ${statement}`, [], settingsFor(viewer, 'policy-plans'));
  return rows.map((row) => row['QUERY PLAN']);
}

describe('the client policies', () => {
  it.each(['coordinatorA', 'managerA', 'officerA'] as const)('read the settings of %s once per statement, not per client row', async (who) => {
    for (const statement of ['select c.id from client c', 'select p.id from plan p', 'select m.id from plan_measure m']) {
      const conditions = clientRowConditions(await planAs(tenants.viewers[who], statement));
      expect({ statement, conditions }).toEqual({ statement, conditions: expect.arrayContaining([expect.stringMatching(/agency_id/)]) });
      expect({ statement, perRow: conditions.filter((condition) => /current_setting|hub_setting|hub_has_role/.test(condition)) }).toEqual({ statement, perRow: [] });
    }
  });

  it('the check itself: finds a setting read per row of client', () => {
    const plan = [
      'Seq Scan on public.plan p',
      '  Filter: (ANY (p.client_id = (hashed SubPlan 2).col1))',
      '  SubPlan 2',
      '    ->  Index Only Scan using client_agency_manager_index on public.client c',
      "          Filter: ((c.agency_id = (NULLIF(current_setting('hub.agency_id'::text, true), ''::text))::integer) OR (c.agency_id = (InitPlan 1).col1))",
    ];
    expect(clientRowConditions(plan)).toEqual([plan[4].trim()]);
  });
});
