import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { Node } from '../core/relay/node';
import { Programme } from '../offers/offer.enums';
import { User } from '../tenancy/user.entity';
import { GermanCertificate } from './client-facts.enums';
import { Client } from './client.entity';

/**
 * A course the person attended (in the hub's catalogue or elsewhere), with the certificate it
 * ended with: what tells the matching that an Integrationskurs was finished (DeuFöV § 13(2)) and
 * which level a certificate proves. Personal data of its client, audited as a read of the client.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A course the person attended, with its certificate.' })
@Entity({ tableName: 'client_course' })
export class ClientCourse extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @Field(() => Programme, { description: 'The programme of the course.' })
  @Enum({ items: () => Programme, nativeEnumName: 'programme' })
  programme!: Programme;

  @Field(() => DateScalar, { nullable: true, description: 'First day attended.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day attended; set for a completed course.' })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  endDate: string | null = null;

  @Field({ description: 'Attended to the end (whether or not an exam was passed).' })
  @Property({ type: 'boolean' })
  completed: boolean = false;

  @Field(() => GermanCertificate, { nullable: true, description: 'The certificate it ended with; null: none.' })
  @Enum({ items: () => GermanCertificate, nativeEnumName: 'german_certificate', nullable: true })
  certificate: GermanCertificate | null = null;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}
