import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../core/graphql/user-error';
import { CaseNote } from './case-note.entity';
import { Client } from './client.entity';

@ObjectType({ description: 'Result of creating a client.' })
export class ClientCreatePayload {
  @Field(() => Client, { nullable: true, description: 'The new client; null when userErrors explain why not.' })
  client!: Client | null;

  @Field(() => Client, { nullable: true, description: 'With a DUPLICATE error: the existing record, where you may see it.' })
  duplicate!: Client | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of changing a client.' })
export class ClientPayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now; null when not found.' })
  client!: Client | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success (then nothing changed).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of transferring cases.' })
export class ClientTransferPayload {
  @Field(() => [Client], { description: 'The transferred clients; empty when userErrors explain why not.' })
  clients!: Client[];

  @Field(() => [UserError], { description: 'Problems with the input; empty on success. Nothing is transferred if any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding a case note.' })
export class CaseNotePayload {
  @Field(() => CaseNote, { nullable: true, description: 'The note.' })
  caseNote!: CaseNote | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
