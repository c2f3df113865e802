import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { Provider } from '../providers/provider.entity';
import { Agency, AgencyKind, MAX_AGENCY_KEY_LENGTH, MAX_AGENCY_NAME_LENGTH } from './agency.entity';
import { MAX_TEAM_NAME_LENGTH, Team } from './team.entity';
import { StaffRole } from './tenancy.enums';
import { TenancyUserError } from './tenancy.user-errors';
import { MAX_EMAIL_LENGTH, MAX_PERSON_NAME_LENGTH, User } from './user.entity';

@InputType({ description: 'A new agency.' })
export class AgencyCreateInput {
  @Field({ description: `Stable short name: 2–${MAX_AGENCY_KEY_LENGTH} lower-case letters, digits and dashes, starting with a letter or digit, e.g. "lra-tuebingen"; unique. Surrounding spaces are dropped.` })
  key!: string;

  @Field({ description: `Name of the agency (1–${MAX_AGENCY_NAME_LENGTH} characters after surrounding spaces are dropped).` })
  name!: string;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  kind!: AgencyKind;

  @Field(() => [ID], { description: 'Municipalities the agency covers (at least one; repeated IDs count once).' })
  municipalities!: string[];

  @Field({ defaultValue: false, description: "Whether managers may see their team's caseloads." })
  teamCaseloadsVisible!: boolean;
}

@InputType({ description: 'A new team in an agency.' })
export class TeamCreateInput {
  @Field(() => ID, { description: 'The agency.' })
  agency!: string;

  @Field({ description: `Name of the team, unique within the agency (1–${MAX_TEAM_NAME_LENGTH} characters after surrounding spaces are dropped).` })
  name!: string;
}

@InputType({ description: 'A person to prepare an account for; it is claimed by e-mail address at their first sign-in.' })
export class UserCreateInput {
  @Field({ description: `E-mail address, as the identity provider will send it (at most ${MAX_EMAIL_LENGTH} characters); no other account may have it, in any letter case.` })
  email!: string;

  @Field(() => String, { nullable: true, description: `Full name (at most ${MAX_PERSON_NAME_LENGTH} characters).` })
  name?: string | null;

  @Field(() => [StaffRole], {
    description: 'Roles (at least one): managers, coordinators and data protection officers need an agency, provider staff a provider. The identity provider’s token decides them again at each sign-in.',
  })
  roles!: StaffRole[];

  @Field(() => ID, { nullable: true, description: 'The agency the person works for (agency staff); not together with provider.' })
  agency?: string | null;

  @Field(() => ID, { nullable: true, description: 'The provider the person works for (provider staff); not together with agency.' })
  provider?: string | null;

  @Field(() => ID, { nullable: true, description: "A team of the person's agency." })
  team?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of agencyCreate.' })
export class AgencyCreatePayload {
  @Field(() => Agency, { nullable: true, description: 'The new agency; null when userErrors explain why not.' })
  agency!: Agency | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [TenancyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: TenancyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of teamCreate.' })
export class TeamCreatePayload {
  @Field(() => Team, { nullable: true, description: 'The new team; null when userErrors explain why not.' })
  team!: Team | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [TenancyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: TenancyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of userCreate.' })
export class UserCreatePayload {
  @Field(() => User, { nullable: true, description: 'The prepared account; null when userErrors explain why not.' })
  user!: User | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [TenancyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: TenancyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'An agency with its cursor.' })
export class AgencyEdge extends EdgeType(Agency) {}

@ObjectType({ simpleResolvers: true, description: 'A page of agencies.' })
export class AgencyConnection extends ConnectionType(Agency, AgencyEdge) {}

@ObjectType({ simpleResolvers: true, description: 'A person with their cursor.' })
export class UserEdge extends EdgeType(User) {}

@ObjectType({ simpleResolvers: true, description: 'A page of people.' })
export class UserConnection extends ConnectionType(User, UserEdge) {}

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  INTEGRATION = 'INTEGRATION',
}
describeEnum(ViewerKind, 'ViewerKind', 'What kind of caller a request comes from.', {
  ANONYMOUS: 'No credentials: the public audience of partner portals.',
  USER: 'A person signed in with a token of the identity provider.',
  INTEGRATION: "A third-party system with an API key.",
});

/** Who is asking, as the hub sees it. */
@ObjectType({ description: 'Who is asking: the signed-in person or API key, with roles and tenant.' })
export class ViewerInfo {
  @Field(() => ViewerKind, { description: 'Whether a person, a system or nobody in particular is asking.' })
  kind!: ViewerKind;

  @Field(() => [Role], { description: "The roles of a signed-in person; [INTEGRATION] for an API key (its `scopes` say what it may do); empty for the public audience." })
  roles!: Role[];

  @Field(() => User, { nullable: true, description: 'The signed-in person.' })
  user!: User | null;

  @Field(() => Agency, { nullable: true, description: 'The agency acted for.' })
  agency!: Agency | null;

  @Field(() => Provider, { nullable: true, description: 'The provider acted for.' })
  provider!: Provider | null;
}
