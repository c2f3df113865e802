import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from './global-id';
import { Reads } from '../graphql/projection';

/**
 * Relay's Node interface. Entities extend this class so every object type gets a global `id`
 * derived from its class name and primary key; the numeric key itself never leaves the server.
 */
// No resolveType of our own: type-graphql wraps one in an async function, which graphql-jit cannot
// take (compiled-execution.ts); its default finds the entity class by instanceof, synchronously.
@InterfaceType({ description: 'An object with a globally unique, opaque ID that `node(id:)` can fetch again.' })
export abstract class Node {
  abstract id: number;

  // Not a simple resolver: the GraphQL name (id) differs from the property (globalId).
  @Field(() => ID, { name: 'id', simple: false, description: 'Globally unique, opaque ID of the object.' })
  @Reads('id')
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
