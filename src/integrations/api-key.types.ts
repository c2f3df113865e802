import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { ApiKey, ApiKeyScope } from './api-key.entity';

@InputType({ description: 'A new API key for a provider or an agency (name exactly one).' })
export class ApiKeyCreateInput {
  @Field({ description: 'Name of the key, e.g. the system that will use it (1–100 characters).' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The provider the key acts for.' })
  provider?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency the key acts for.' })
  agency?: string | null;

  @Field(() => [ApiKeyScope], { description: 'What the key may do (at least one scope).' })
  scopes!: ApiKeyScope[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Limit the key to trusted documents (persisted operations an admin registered); ad-hoc documents are refused. Default false.' })
  trustedDocumentsOnly?: boolean | null;
}

@InputType({ description: 'Selects an API key.' })
export class ApiKeyInput {
  @Field(() => ID, { description: 'The API key.' })
  apiKey!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of creating or rotating an API key.' })
export class ApiKeySecretPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The key; null when userErrors explain why not.' })
  apiKey!: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The full key, shown only in this response: store it now. Send it as "Authorization: Bearer <key>".' })
  secret!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of revoking an API key.' })
export class ApiKeyRevokePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key.' })
  apiKey!: ApiKey | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'An API key with its cursor.' })
export class ApiKeyEdge extends EdgeType(ApiKey) {}

@ObjectType({ simpleResolvers: true, description: 'A page of API keys.' })
export class ApiKeyConnection extends ConnectionType(ApiKey, ApiKeyEdge) {}
