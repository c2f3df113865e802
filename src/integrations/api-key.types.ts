import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { AGENCY_SCOPES, ApiKey, ApiKeyScope, MAX_API_KEY_NAME_LENGTH, PROVIDER_SCOPES } from './api-key.entity';
import { ApiKeyUserError } from './api-key.user-errors';

@InputType({ description: 'A new API key for a provider or an agency (name exactly one).' })
export class ApiKeyCreateInput {
  @Field({ description: `Name of the key, e.g. the system that will use it (1–${MAX_API_KEY_NAME_LENGTH} characters after surrounding spaces are dropped).` })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The provider the key acts for.' })
  provider?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency the key acts for.' })
  agency?: string | null;

  @Field(() => [ApiKeyScope], {
    description: `What the key may do (at least one scope; repeated ones count once): a provider key takes ${PROVIDER_SCOPES.join(', ')}; an agency key ${AGENCY_SCOPES.join(', ')}.`,
  })
  scopes!: ApiKeyScope[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Limit the key to trusted documents (persisted operations an admin registered); ad-hoc documents are refused. Default false.' })
  trustedDocumentsOnly?: boolean | null;
}

@InputType({ description: 'Selects an API key.' })
export class ApiKeyInput {
  @Field(() => ID, { description: 'The API key.' })
  apiKey!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Result of apiKeyCreate.' })
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when userErrors explain why not.' })
  apiKey!: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The full key, shown only in this response: store it now. Send it as "Authorization: Bearer <key>".' })
  secret!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ApiKeyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: ApiKeyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of apiKeyRotate.' })
export class ApiKeyRotatePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The key with its new prefix; null when it does not exist. A revoked key is returned unchanged, with ALREADY_REVOKED.' })
  apiKey!: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The new full key, shown only in this response: store it now. The old one stopped working. Null when userErrors explain why.' })
  secret!: string | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ApiKeyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: ApiKeyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of apiKeyRevoke.' })
export class ApiKeyRevokePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key (also when it was revoked before, with ALREADY_REVOKED); null when it does not exist.' })
  apiKey!: ApiKey | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ApiKeyUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: ApiKeyUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'An API key with its cursor.' })
export class ApiKeyEdge extends EdgeType(ApiKey) {}

@ObjectType({ simpleResolvers: true, description: 'A page of API keys.' })
export class ApiKeyConnection extends ConnectionType(ApiKey, ApiKeyEdge) {}
