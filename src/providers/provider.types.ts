import { ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { Provider } from './provider.entity';

@ObjectType({ simpleResolvers: true, description: 'A provider with its cursor.' })
export class ProviderEdge extends EdgeType(Provider) {}

@ObjectType({ simpleResolvers: true, description: 'A page of providers.' })
export class ProviderConnection extends ConnectionType(Provider, ProviderEdge) {}
