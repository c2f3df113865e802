import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { District } from './district.entity';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A town or city in Baden-Württemberg.' })
@Entity({ tableName: 'municipality' })
@Index({ name: 'municipality_name_trgm_idx', expression: 'create index "municipality_name_trgm_idx" on "municipality" using gin (hub_fold("name") gin_trgm_ops)' })
export class Municipality extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Name of the place.' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => District, { ref: true, index: true })
  district!: Ref<District>;

  @Field(() => Float, { description: 'Latitude of the place centre (WGS 84).' })
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the place centre (WGS 84).' })
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => Int, { description: 'Inhabitants (GeoNames).' })
  @Property({ type: 'integer' })
  population!: number;

  @Field({ description: 'Postal code of the town centre.' })
  @Property({ type: 'string', length: 5 })
  postalCode!: string;
}
