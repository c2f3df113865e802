import type { HubModule } from '../core/module';
import { USER_PROCESSING } from './tenancy.processing';
import { Agency } from './agency.entity';
import { Team } from './team.entity';
import { canSeeTeam, canSeeUser } from './tenancy.policy';
import { AgencyResolver, TeamResolver, TenancyResolver, UserResolver } from './tenancy.resolver';
import { User } from './user.entity';

/** Agencies, their teams, and the people who sign in. */
export const tenancyModule: HubModule = {
  name: 'tenancy',
  entities: [Agency, Team, User],
  resolvers: [TenancyResolver, AgencyResolver, TeamResolver, UserResolver],
  nodeTypes: [
    { typeName: 'Agency', entity: Agency, visible: () => true },
    { typeName: 'Team', entity: Team, visible: canSeeTeam },
    { typeName: 'User', entity: User, visible: canSeeUser },
  ],
  processing: [USER_PROCESSING],
  displayNames: [
    { entity: Agency, name: (agency: Agency) => agency.name },
    { entity: Team, name: (team: Team) => team.name },
    { entity: User, name: (user: User) => user.name ?? user.email },
  ],
  personalData: [{ type: User, subjectType: 'User', subjectId: (user: User) => user.id, agencyId: (user: User) => user.agency?.id ?? null }],
};
