import { createContext, runRequest, type Context } from '../../src/core/context';
import type { BeforeCommitHook } from '../../src/core/module';
import { requestEnvironment } from '../../src/app/hub';
import { aClient, insert } from '../factories';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, silentLogger, type TestHub } from '../support/test-hub';

// The modules' before-commit work (the audit INSERT) starts once the operation has resolved, while
// Apollo still serialises the answer; COMMIT waits for it, and its failure still rolls back.

let hub: TestHub;
let tenants: Tenants;
beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  await insert(hub, async (em) => {
    await aClient(em, { agencyId: tenants.agencyA.id });
    await em.flush();
  });
});
afterAll(() => hub.close());

const CASELOAD = 'query { caseload(first: 5) { edges { node { id familyName } } } }';

async function readCaseload(hook: BeforeCommitHook, afterOperation: () => void): Promise<{ requestId: string; outcome: Promise<unknown> }> {
  const environment = requestEnvironment(hub.orm, silentLogger);
  const context: Context = createContext({ ...environment, beforeCommit: [hook, ...environment.beforeCommit] }, undefined, tenants.viewers.coordinatorA);
  const outcome = runRequest(context, async () => {
    const response = await hub.apollo.executeOperation({ query: CASELOAD }, { contextValue: context });
    // Anything started when Apollo finished has run up to its first wait by now.
    await new Promise(setImmediate);
    afterOperation();
    return response;
  });
  return { requestId: context.requestId, outcome };
}

const auditedReads = async (requestId: string) =>
  (await hub.sql<{ count: number }>(`select count(*)::int as count from audit_event where request_id = ? and action = 'READ'`, [requestId]))[0].count;

describe('before-commit work', () => {
  it('has started when Apollo hands the answer back, and the request commits after it', async () => {
    const events: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { requestId, outcome } = await readCaseload(
      async () => {
        events.push('hook started');
        await held;
        events.push('hook done');
      },
      () => {
        events.push('operation answered');
        release();
      },
    );
    await outcome;
    expect(events).toEqual(['hook started', 'operation answered', 'hook done']);
    expect(await auditedReads(requestId)).toBeGreaterThan(0);
  });

  it('rolls the request back when it fails, audit entries included', async () => {
    const { requestId, outcome } = await readCaseload(async () => {
      throw new Error('hook failed');
    }, () => undefined);
    await expect(outcome).rejects.toThrow('hook failed');
    expect(await auditedReads(requestId)).toBe(0);
  });
});
