import { unauthenticated, type Authenticate } from '../../src/core/auth/authenticate';
import { ANONYMOUS, Role, type Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { ApiKeyService } from '../../src/integrations/api-key.service';
import { ApiKeyCreateDocument, type ApiKeyScope } from '../generated/graphql';
import type { TestHub } from './test-hub';

/** A tenant of the test database: its primary key and global ID. */
export interface TenantRef {
  id: number;
  globalId: string;
}

/**
 * Two agencies (A: lra-tuebingen, B: stadt-stuttgart) and two providers (P, Q) of the seeded
 * test database, with people signed in through the real sign-in path and API keys created
 * through the real mutation: the cast of every cross-tenant test.
 */
export interface Tenants {
  agencyA: TenantRef;
  agencyB: TenantRef;
  providerP: TenantRef;
  providerQ: TenantRef;
  viewers: {
    admin: Viewer;
    managerA: Viewer;
    coordinatorA: Viewer;
    officerA: Viewer;
    managerB: Viewer;
    coordinatorB: Viewer;
    officerB: Viewer;
    staffP: Viewer;
    staffQ: Viewer;
    /** API key of provider P with OFFERS_WRITE. */
    keyP: Viewer;
    /** API key of agency A with CASELOAD_READ and CASELOAD_WRITE. */
    keyA: Viewer;
  };
}

export async function createTenants(hub: TestHub): Promise<Tenants> {
  const agency = async (key: string): Promise<TenantRef> => {
    const [row] = await hub.sql<{ id: number }>('select id from agency where key = ?', [key]);
    if (!row) throw new Error(`The test template has no agency "${key}"`);
    return { id: row.id, globalId: toGlobalId('Agency', row.id) };
  };
  const providers = await hub.sql<{ id: number }>('select id from provider order by id limit 2');
  const [providerP, providerQ] = providers.map((row) => ({ id: row.id, globalId: toGlobalId('Provider', row.id) }));
  const agencyA = await agency('lra-tuebingen');
  const agencyB = await agency('stadt-stuttgart');

  const person = (subject: string, roles: Role[], tenant: { agency?: string; provider?: string }) =>
    hub.signIn({ subject, roles, name: `Test ${subject}`, ...tenant });
  const admin = await person('admin', [Role.ADMIN], {});
  const key = async (name: string, tenant: { provider?: string; agency?: string }, scopes: ApiKeyScope[]): Promise<Viewer> => {
    const created = await hub.execute(ApiKeyCreateDocument, { input: { name, scopes, ...tenant } }, admin);
    const secret = created.data?.apiKeyCreate.secret;
    if (!secret) throw new Error(`Could not create the API key "${name}": ${JSON.stringify(created)}`);
    const viewer = await new ApiKeyService(hub.orm.em.fork()).authenticate(secret);
    if (!viewer) throw new Error(`The new API key "${name}" does not authenticate`);
    return viewer;
  };

  return {
    agencyA,
    agencyB,
    providerP,
    providerQ,
    viewers: {
      admin,
      managerA: await person('manager-a', [Role.MANAGER], { agency: 'lra-tuebingen' }),
      coordinatorA: await person('coordinator-a', [Role.COORDINATOR], { agency: 'lra-tuebingen' }),
      officerA: await person('officer-a', [Role.DATA_PROTECTION_OFFICER], { agency: 'lra-tuebingen' }),
      managerB: await person('manager-b', [Role.MANAGER], { agency: 'stadt-stuttgart' }),
      coordinatorB: await person('coordinator-b', [Role.COORDINATOR], { agency: 'stadt-stuttgart' }),
      officerB: await person('officer-b', [Role.DATA_PROTECTION_OFFICER], { agency: 'stadt-stuttgart' }),
      staffP: await person('staff-p', [Role.PROVIDER_STAFF], { provider: providerP.globalId }),
      staffQ: await person('staff-q', [Role.PROVIDER_STAFF], { provider: providerQ.globalId }),
      keyP: await key('Kursverwaltung P', { provider: providerP.globalId }, ['OFFERS_WRITE']),
      keyA: await key('Fallsoftware A', { agency: agencyA.globalId }, ['CASELOAD_READ', 'CASELOAD_WRITE']),
    },
  };
}

/**
 * Sign-in over HTTP for tests of routes rather than of sign-in: the bearer token is the name of
 * one of the tenants' viewers (`Bearer managerA`); no header is anonymous, any other token refused.
 */
export function viewersByName(tenants: Tenants): Authenticate {
  const viewers = tenants.viewers as unknown as Record<string, Viewer>;
  return async (header) => {
    if (header === undefined) return ANONYMOUS;
    const viewer = viewers[header.replace(/^Bearer /, '')];
    if (!viewer) throw unauthenticated('unknown test token');
    return viewer;
  };
}
