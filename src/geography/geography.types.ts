import { ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { District } from './district.entity';
import { Municipality } from './municipality.entity';

@ObjectType({ simpleResolvers: true, description: 'A district with its cursor.' })
export class DistrictEdge extends EdgeType(District) {}

@ObjectType({ simpleResolvers: true, description: 'A page of districts.' })
export class DistrictConnection extends ConnectionType(District, DistrictEdge) {}

@ObjectType({ simpleResolvers: true, description: 'A municipality with its cursor.' })
export class MunicipalityEdge extends EdgeType(Municipality) {}

@ObjectType({ simpleResolvers: true, description: 'A page of municipalities.' })
export class MunicipalityConnection extends ConnectionType(Municipality, MunicipalityEdge) {}
