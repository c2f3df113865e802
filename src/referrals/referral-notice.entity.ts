import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { Referral } from './referral.entity';
import { ReferralNoticeKind } from './referral.enums';

/**
 * A notice to the manager about one of their referrals, written by the deadline job: an expired
 * referral and the next fitting offers (their IDs; the offers are read when shown). Agency side
 * only (row-level security through the client), never shown to the provider.
 */
@ObjectType({ simpleResolvers: true, description: 'A notice to the manager about a referral, e.g. that it expired, with the next fitting offers.' })
@Entity({ tableName: 'referral_notice' })
export class ReferralNotice {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Referral, { ref: true })
  referral!: Ref<Referral>;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Property({ type: 'integer' })
  agencyId!: number;

  @Field(() => ReferralNoticeKind, { description: 'What happened.' })
  @Enum({ items: () => ReferralNoticeKind, columnType: 'varchar(16)' })
  kind!: ReferralNoticeKind;

  @Property({ type: 'integer[]', columnType: 'int[]' })
  offerIds: number[] = [];

  @Field(() => Date, { description: 'When the hub wrote it.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
