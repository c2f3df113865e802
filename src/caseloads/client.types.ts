import { Field, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { CaseNote } from './case-note.entity';
import { Client } from './client.entity';
import { MAX_TRANSFER } from './client.limits';
import { ClientUserError } from './client.user-errors';
import { SupportExtension } from './support-extension.entity';

// One payload type per mutation: each can grow on its own without changing the others.

@ObjectType({ description: 'Result of clientCreate.' })
export class ClientCreatePayload {
  @Field(() => Client, { nullable: true, description: 'The new client; null when userErrors explain why not.' })
  client!: Client | null;

  @Field(() => Client, { nullable: true, description: 'With a DUPLICATE error: the existing record, where you may see it.' })
  duplicate!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing was created).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of clientUpdate.' })
export class ClientUpdatePayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing changed).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of clientStatusSet.' })
export class ClientStatusSetPayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing changed).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of clientClose.' })
export class ClientClosePayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing changed).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of supportExtend.' })
export class SupportExtendPayload {
  @Field(() => Client, { nullable: true, description: 'The client as it is now, with the new planned end; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing changed).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of clientTransfer.' })
export class ClientTransferPayload {
  @ListCap(MAX_TRANSFER)
  @Field(() => [Client], { description: `The transferred clients (at most ${MAX_TRANSFER}); empty when userErrors explain why not.` })
  clients!: Client[];

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], {
    description: 'Problems with the input; empty on success. Nothing is transferred if any. A client not in your agency is named by its place in the list, e.g. ["input", "clients", "3"].',
  })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of caseNoteAdd.' })
export class CaseNoteAddPayload {
  @Field(() => CaseNote, { nullable: true, description: 'The new note; null when userErrors explain why not.' })
  caseNote!: CaseNote | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing was written).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A case note with its cursor.' })
export class CaseNoteEdge extends EdgeType(CaseNote) {}

@ObjectType({ simpleResolvers: true, description: 'A page of case notes.' })
export class CaseNoteConnection extends ConnectionType(CaseNote, CaseNoteEdge) {}

@ObjectType({ simpleResolvers: true, description: 'An extension of the support period with its cursor.' })
export class SupportExtensionEdge extends EdgeType(SupportExtension) {}

@ObjectType({ simpleResolvers: true, description: 'A page of extensions of the support period.' })
export class SupportExtensionConnection extends ConnectionType(SupportExtension, SupportExtensionEdge) {}
