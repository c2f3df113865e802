import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { User } from '../tenancy/user.entity';
import { Client } from './client.entity';

/** Support beyond the planned two years, with the reason the funding rules ask for. */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An extension of the support period.' })
@Entity({ tableName: 'support_extension' })
export class SupportExtension extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field(() => DateScalar, { description: 'The new planned end.' })
  @Property({ type: 'date', columnType: 'date' })
  extendedTo!: string;

  @Field({ description: 'Why support continues.' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}

