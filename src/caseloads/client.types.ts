import { Field, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { CaseNote } from './case-note.entity';
import { Client } from './client.entity';
import { MAX_TRANSFER } from './client.service';
import { SupportExtension } from './support-extension.entity';

@ObjectType({ description: 'Result of creating a client.' })
export class ClientCreatePayload {
  @Field(() => Client, { nullable: true, description: 'The new client; null when userErrors explain why not.' })
  client!: Client | null;

  @Field(() => Client, { nullable: true, description: 'With a DUPLICATE error: the existing record, where you may see it.' })
  duplicate!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of changing a client.' })
export class ClientPayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success (then nothing changed).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of transferring cases.' })
export class ClientTransferPayload {
  @ListCap(MAX_TRANSFER)
  @Field(() => [Client], { description: 'The transferred clients; empty when userErrors explain why not.' })
  clients!: Client[];

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success. Nothing is transferred if any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of adding a case note.' })
export class CaseNotePayload {
  @Field(() => CaseNote, { nullable: true, description: 'The note.' })
  caseNote!: CaseNote | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A case note with its cursor.' })
export class CaseNoteEdge extends EdgeType(CaseNote) {}

@ObjectType({ simpleResolvers: true, description: 'A page of case notes.' })
export class CaseNoteConnection extends ConnectionType(CaseNote, CaseNoteEdge) {}

@ObjectType({ simpleResolvers: true, description: 'An extension of the support period with its cursor.' })
export class SupportExtensionEdge extends EdgeType(SupportExtension) {}

@ObjectType({ simpleResolvers: true, description: 'A page of extensions of the support period.' })
export class SupportExtensionConnection extends ConnectionType(SupportExtension, SupportExtensionEdge) {}
