import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { Provider } from '../providers/provider.entity';
import { Agency } from '../tenancy/agency.entity';
import { describeEnum } from '../core/graphql/described-enum';

export enum ApiKeyScope {
  OFFERS_WRITE = 'OFFERS_WRITE',
  REFERRALS_READ = 'REFERRALS_READ',
  REFERRALS_WRITE = 'REFERRALS_WRITE',
  WEBHOOKS_MANAGE = 'WEBHOOKS_MANAGE',
  CASELOAD_READ = 'CASELOAD_READ',
  CASELOAD_WRITE = 'CASELOAD_WRITE',
}
describeEnum(ApiKeyScope, 'ApiKeyScope', "What a third-party system may do with an API key, within its provider's or agency's data.", {
  OFFERS_WRITE: "Provider keys: publish and update the provider's offers.",
  REFERRALS_READ: 'Provider keys: read referrals addressed to the provider.',
  REFERRALS_WRITE: 'Provider keys: answer referrals addressed to the provider.',
  WEBHOOKS_MANAGE: "Provider keys: register and manage the provider's webhook endpoints and see their deliveries.",
  CASELOAD_READ: "Agency keys: read the agency's caseloads (its case-management software).",
  CASELOAD_WRITE: "Agency keys: create and update the agency's clients and plans.",
});

/** The length of api_key.name. */
export const MAX_API_KEY_NAME_LENGTH = 100;

/** Which scopes fit which kind of key. */
export const PROVIDER_SCOPES: readonly ApiKeyScope[] = [ApiKeyScope.OFFERS_WRITE, ApiKeyScope.REFERRALS_READ, ApiKeyScope.REFERRALS_WRITE, ApiKeyScope.WEBHOOKS_MANAGE];
export const AGENCY_SCOPES: readonly ApiKeyScope[] = [ApiKeyScope.CASELOAD_READ, ApiKeyScope.CASELOAD_WRITE];

/**
 * A credential of a provider's or agency's third-party system. The secret is shown once at creation or
 * rotation; only its SHA-256 is stored (it is 256 random bits, so a slow hash adds nothing).
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: "An API key of a provider's or agency's third-party system. Its secret is never shown again." })
@Entity({ tableName: 'api_key' })
export class ApiKey extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: `Name given by the admin (1–${MAX_API_KEY_NAME_LENGTH} characters), e.g. "Kursverwaltung VHS Ulm".` })
  @Property({ type: 'string', length: MAX_API_KEY_NAME_LENGTH })
  name!: string;

  /** The one tenant the key acts for: a provider or an agency. */
  @ManyToOne(() => Provider, { ref: true, nullable: true, index: true })
  provider: Ref<Provider> | null = null;

  @ManyToOne(() => Agency, { ref: true, nullable: true, index: true })
  agency: Ref<Agency> | null = null;

  @Field(() => [ApiKeyScope], { description: 'What the key may do.' })
  @Enum({ items: () => ApiKeyScope, array: true })
  scopes: ApiKeyScope[] = [];

  @Field({ description: 'The key may send only trusted documents that an admin registered (trustedDocumentRegister).' })
  @Property({ type: 'boolean' })
  trustedDocumentsOnly: boolean = false;

  /** Public part of the key, to find it; shown to help people tell keys apart. */
  @Field({ description: 'The public part of the key, 10 hex digits (hub_<prefix>_…), to tell keys apart; a rotation gives a new one.' })
  @Property({ type: 'string', length: 16, unique: true })
  prefix!: string;

  @Property({ type: 'blob', hidden: true, lazy: true })
  secretHash!: Buffer;

  @Field(() => Date, { description: 'When the key was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the current secret was issued (creation or last rotation).' })
  @Property({ type: 'datetime' })
  issuedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Last successful use, recorded at most once a minute (so up to a minute behind).' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key is refused.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
