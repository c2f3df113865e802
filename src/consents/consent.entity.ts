import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { Node } from '../core/relay/node';
import { Provider, ProviderKind } from '../providers/provider.entity';
import { User } from '../tenancy/user.entity';
import { ConsentPurpose } from './consent.enums';

/**
 * A consent of the person, for one purpose and one recipient: a provider, or every provider of a
 * kind. Entries are never edited: withdrawal stamps `withdrawnAt`, so the ledger shows what was
 * agreed when.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A consent for a purpose and a recipient (a provider or a kind of provider).' })
@Entity({ tableName: 'consent' })
export class Consent extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field(() => ConsentPurpose, { description: 'What the data may be used for, towards the recipient.' })
  @Enum({ items: () => ConsentPurpose, nativeEnumName: 'consent_purpose' })
  purpose!: ConsentPurpose;

  @ManyToOne(() => Provider, { ref: true, nullable: true })
  recipientProvider: Ref<Provider> | null = null;

  @Field(() => ProviderKind, { nullable: true, description: 'Every provider of this kind may receive the data.' })
  @Enum({ items: () => ProviderKind, nativeEnumName: 'provider_kind', nullable: true })
  recipientProviderKind: ProviderKind | null = null;

  @Field({ description: 'Version of the consent text the person agreed to, e.g. "v2026-01".' })
  @Property({ type: 'string', length: 50 })
  textVersion!: string;

  @Field(() => Date, { description: 'When the person gave it.' })
  @Property({ type: 'datetime' })
  givenAt!: Date;

  @Field(() => Date, { description: 'When it was recorded here.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn; null while in force.' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  withdrawnBy: Ref<User> | null = null;
}

