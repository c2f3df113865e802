import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import { describeEnum } from '../core/graphql/described-enum';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { Provider } from '../providers/provider.entity';
import { Agency, AgencyKind } from './agency.entity';
import { Team } from './team.entity';
import { User } from './user.entity';

@InputType({ description: 'A new agency.' })
export class AgencyCreateInput {
  @Field({ description: 'Stable short name: lower-case letters, digits and dashes, 2–64 characters, e.g. "lra-tuebingen".' })
  key!: string;

  @Field({ description: 'Name of the agency (1–200 characters).' })
  name!: string;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  kind!: AgencyKind;

  @Field(() => [ID], { description: 'Municipalities the agency covers (at least one).' })
  municipalities!: string[];

  @Field({ defaultValue: false, description: "Whether managers may see their team's caseloads." })
  teamCaseloadsVisible!: boolean;
}

@InputType({ description: 'A new team in an agency.' })
export class TeamCreateInput {
  @Field(() => ID, { description: 'The agency.' })
  agency!: string;

  @Field({ description: 'Name of the team, unique within the agency (1–100 characters).' })
  name!: string;
}

@InputType({ description: 'A person to prepare an account for; it is claimed by e-mail address at their first sign-in.' })
export class UserCreateInput {
  @Field({ description: 'E-mail address, as the identity provider will send it.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => [Role], { description: 'Roles; the identity provider’s token decides them again at each sign-in.' })
  roles!: Role[];

  @Field(() => ID, { nullable: true, description: 'The agency the person works for (agency staff).' })
  agency?: string | null;

  @Field(() => ID, { nullable: true, description: 'The provider the person works for (provider staff).' })
  provider?: string | null;

  @Field(() => ID, { nullable: true, description: "A team of the person's agency." })
  team?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of creating an agency.' })
export class AgencyPayload {
  @Field(() => Agency, { nullable: true, description: 'The agency; null when userErrors explain why not.' })
  agency!: Agency | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of creating a team.' })
export class TeamPayload {
  @Field(() => Team, { nullable: true, description: 'The team; null when userErrors explain why not.' })
  team!: Team | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of preparing an account.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The account; null when userErrors explain why not.' })
  user!: User | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
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

  @Field(() => [String], { description: 'Roles of a person, or the scopes of an API key.' })
  roles!: string[];

  @Field(() => User, { nullable: true, description: 'The signed-in person.' })
  user!: User | null;

  @Field(() => Agency, { nullable: true, description: 'The agency acted for.' })
  agency!: Agency | null;

  @Field(() => Provider, { nullable: true, description: 'The provider acted for.' })
  provider!: Provider | null;
}
