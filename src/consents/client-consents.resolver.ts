import { Args, Ctx, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Client } from '../caseloads/client.entity';
import type { Context } from '../core/context';
import type { ChildRows } from '../core/loaders';
import { ConnectionArgs, ConnectionType, EdgeType } from '../core/relay/connection';
import { Consent } from './consent.entity';

/** The consent ledger in the order it was written, withdrawn entries included. */
const CONSENTS: ChildRows = { parent: 'a.client_id', ordering: { keys: [{ column: 'a.id', type: 'integer' }], direction: 'asc' } };

@ObjectType({ simpleResolvers: true, description: 'A consent with its cursor.' })
export class ConsentEdge extends EdgeType(Consent) {}

@ObjectType({ simpleResolvers: true, description: 'A page of the consent ledger.' })
export class ConsentConnection extends ConnectionType(Consent, ConsentEdge) {}

/** A client's consents: the consents module adds them to the caseloads module's type. */
@Resolver(() => Client)
export class ClientConsentsResolver {
  @FieldResolver(() => ConsentConnection, { description: 'The consent ledger, oldest first: every consent given, withdrawn ones included.' })
  consents(@Root() client: Client, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConsentConnection> {
    return ctx.loaders.connection(Consent, CONSENTS, client.id, args) as Promise<ConsentConnection>;
  }
}
