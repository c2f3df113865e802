import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { EncryptedText } from '../core/crypto/encrypted-text';
import { Node } from '../core/relay/node';
import { User } from '../tenancy/user.entity';
import { Client } from './client.entity';

/** A manager's note on a case. Notes often touch health or family: stored only encrypted. */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A case note (stored encrypted).' })
@Entity({ tableName: 'case_note' })
export class CaseNote extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Client, { ref: true })
  client!: Ref<Client>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  author: Ref<User> | null = null;

  @Field(() => Date, { description: 'When the note was written.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: 'The note.' })
  @Property({ type: new EncryptedText('case_note.body'), fieldName: 'body_encrypted' })
  body!: string;
}

