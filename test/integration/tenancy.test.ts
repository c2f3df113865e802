import type { Viewer } from '../../src/core/auth/viewer';
import { toGlobalId } from '../../src/core/relay/global-id';
import { AgencyCreateDocument, TeamCreateDocument, UserCreateDocument, ViewerDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** agencyCreate, teamCreate and userCreate: their userErrors (every TenancyErrorCode), the roles they take, their audit. */
let hub: TestHub;
let tenants: Tenants;
let municipality: string;

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  const [row] = await hub.sql<{ id: number }>('select municipality_id as id from agency_municipality where agency_id = ? order by 1 limit 1', [tenants.agencyA.id]);
  municipality = toGlobalId('Municipality', row.id);
});
afterAll(() => hub.close());

const MISSING = 2_147_000_000;
const problems = (errors: ReadonlyArray<{ field: string[]; code: string }>) => errors.map((error) => [error.field.join('.'), error.code]);
const count = async (table: string) => (await hub.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;
const userIdOf = (viewer: Viewer) => (viewer.kind === 'user' ? viewer.userId : 0);

describe('agencyCreate', () => {
  it('names each bad value of the input, and creates nothing', async () => {
    const before = await count('agency');
    const bad = await hub.execute(AgencyCreateDocument, { input: { key: '-Bad Key', name: '  ', kind: 'MUNICIPALITY', municipalities: [] } }, tenants.viewers.admin);
    expect(bad.data!.agencyCreate.agency).toBeNull();
    expect(problems(bad.data!.agencyCreate.userErrors)).toEqual([
      ['input.key', 'INVALID'],
      ['input.name', 'INVALID'],
      ['input.municipalities', 'INVALID'],
    ]);
    const taken = await hub.execute(
      AgencyCreateDocument,
      { input: { key: 'lra-tuebingen', name: 'Noch ein Landratsamt', kind: 'DISTRICT_OFFICE', municipalities: [municipality, toGlobalId('Municipality', MISSING)] } },
      tenants.viewers.admin,
    );
    expect(problems(taken.data!.agencyCreate.userErrors)).toEqual([
      ['input.key', 'TAKEN'],
      ['input.municipalities', 'NOT_FOUND'],
    ]);
    expect(await count('agency')).toBe(before);
  });

  it('creates an agency with its municipalities', async () => {
    const created = await hub.execute(
      AgencyCreateDocument,
      { input: { key: ' neue-agentur ', name: 'Neue Agentur', kind: 'WELFARE_ORGANISATION', municipalities: [municipality, municipality] } },
      tenants.viewers.admin,
    );
    expect(created.data!.agencyCreate).toMatchObject({ agency: { key: 'neue-agentur', name: 'Neue Agentur', municipalities: { nodes: [{ id: municipality }] } }, userErrors: [] });
  });
});

describe('teamCreate', () => {
  it('refuses a missing agency and a name the agency has, and creates the team otherwise', async () => {
    const missing = await hub.execute(TeamCreateDocument, { input: { agency: toGlobalId('Agency', MISSING), name: 'Team Probelauf' } }, tenants.viewers.admin);
    expect(missing.data!.teamCreate).toMatchObject({ team: null });
    expect(problems(missing.data!.teamCreate.userErrors)).toEqual([['input.agency', 'NOT_FOUND']]);

    const created = await hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyA.globalId, name: ' Team Probelauf ' } }, tenants.viewers.admin);
    expect(created.data!.teamCreate).toMatchObject({ team: { name: 'Team Probelauf', agency: { id: tenants.agencyA.globalId } }, userErrors: [] });

    const again = await hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyA.globalId, name: 'Team Probelauf' } }, tenants.viewers.admin);
    expect(problems(again.data!.teamCreate.userErrors)).toEqual([['input.name', 'TAKEN']]);
    const blank = await hub.execute(TeamCreateDocument, { input: { agency: tenants.agencyA.globalId, name: 'x'.repeat(101) } }, tenants.viewers.admin);
    expect(problems(blank.data!.teamCreate.userErrors)).toEqual([['input.name', 'INVALID']]);
  });
});

describe('userCreate', () => {
  it('names each problem: a taken address, a missing agency, a foreign team, a role without its tenant, two tenants', async () => {
    const before = await count('hub_user');
    const [teamB] = await hub.sql<{ id: number }>('select id from team where agency_id = ? order by id limit 1', [tenants.agencyB.id]);
    const foreignTeam = await hub.execute(
      UserCreateDocument,
      { input: { email: 'ADMIN@example.test', roles: ['MANAGER'], agency: toGlobalId('Agency', MISSING), team: toGlobalId('Team', teamB.id) } },
      tenants.viewers.admin,
    );
    expect(foreignTeam.data!.userCreate.user).toBeNull();
    expect(problems(foreignTeam.data!.userCreate.userErrors)).toEqual([
      ['input.email', 'TAKEN'],
      ['input.agency', 'NOT_FOUND'],
      ['input.team', 'NOT_FOUND'],
    ]);
    const noTenant = await hub.execute(UserCreateDocument, { input: { email: 'no.tenant@example.test', roles: ['COORDINATOR', 'PROVIDER_STAFF'] } }, tenants.viewers.admin);
    expect(problems(noTenant.data!.userCreate.userErrors)).toEqual([
      ['input.agency', 'INVALID'],
      ['input.provider', 'INVALID'],
    ]);
    const both = await hub.execute(
      UserCreateDocument,
      { input: { email: 'both@example.test', roles: ['ADMIN'], agency: tenants.agencyA.globalId, provider: tenants.providerP.globalId } },
      tenants.viewers.admin,
    );
    expect(problems(both.data!.userCreate.userErrors)).toEqual([['input', 'INVALID']]);
    const none = await hub.execute(UserCreateDocument, { input: { email: 'none@example.test', roles: [] } }, tenants.viewers.admin);
    expect(problems(none.data!.userCreate.userErrors)).toEqual([['input.roles', 'INVALID']]);
    expect(await count('hub_user')).toBe(before);
  });

  it('refuses the INTEGRATION role in the schema, before the mutation runs', async () => {
    const before = await count('hub_user');
    const result = await hub.execute(UserCreateDocument, { input: { email: 'system@example.test', roles: ['INTEGRATION' as never], agency: tenants.agencyA.globalId } }, tenants.viewers.admin);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('StaffRole');
    expect(await count('hub_user')).toBe(before);
  });

  it('records the new account as a CREATE, under the purpose the mutation declares', async () => {
    const [{ last }] = await hub.sql<{ last: string }>('select coalesce(max(id), 0) as last from audit_event');
    const created = await hub.execute(
      UserCreateDocument,
      { input: { email: 'Neue.Kollegin@example.test', name: ' Neue Kollegin ', roles: ['DATA_PROTECTION_OFFICER', 'DATA_PROTECTION_OFFICER'], agency: tenants.agencyA.globalId } },
      tenants.viewers.admin,
    );
    const user = created.data!.userCreate.user!;
    expect(user).toMatchObject({ email: 'Neue.Kollegin@example.test', name: 'Neue Kollegin', roles: ['DATA_PROTECTION_OFFICER'] });
    const rows = await hub.sql<{ action: string; purpose: string; actor: string; agency_id: number; fields: string[] }>(
      "select action::text, purpose::text, actor, agency_id, fields from audit_event where id > ? and subject_id = ? and action = 'CREATE'",
      [last, user.id],
    );
    expect(rows).toEqual([{ action: 'CREATE', purpose: 'ADMINISTRATION', actor: toGlobalId('User', userIdOf(tenants.viewers.admin)), agency_id: tenants.agencyA.id, fields: ['email', 'name', 'roles'] }]);
  });
});

describe('viewer', () => {
  it('answers roles as Role values and the scopes of a key apart from them', async () => {
    const key = await hub.execute(ViewerDocument, {}, tenants.viewers.keyA);
    expect(key.data!.viewer).toMatchObject({ kind: 'INTEGRATION', roles: ['INTEGRATION'], scopes: ['CASELOAD_READ', 'CASELOAD_WRITE'], user: null, agency: { id: tenants.agencyA.globalId } });
    const person = await hub.execute(ViewerDocument, {}, tenants.viewers.managerA);
    expect(person.data!.viewer).toMatchObject({ kind: 'USER', roles: ['MANAGER'], scopes: [] });
    const nobody = await hub.execute(ViewerDocument, {});
    expect(nobody.data!.viewer).toMatchObject({ kind: 'ANONYMOUS', roles: [], scopes: [] });
  });
});
