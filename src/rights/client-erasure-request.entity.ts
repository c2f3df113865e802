import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import { Node } from '../core/relay/node';
import { User } from '../tenancy/user.entity';
import { ErasureGround } from './erasure.enums';

/**
 * A coordinator's request to erase a person now (GDPR Art. 17), waiting for its confirmation. It
 * belongs to the person: confirming it erases it with everything else of theirs.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A pending request to erase a client (GDPR Art. 17), to be confirmed with clientErasureConfirm.' })
@Entity({ tableName: 'client_erasure_request' })
export class ClientErasureRequest extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field(() => ErasureGround, { description: 'The ground of Art. 17(1).' })
  @Enum({ items: () => ErasureGround, nativeEnumName: 'erasure_ground' })
  ground!: ErasureGround;

  @Field(() => Date, { description: 'When it was requested.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  requestedBy: Ref<User> | null = null;
}
