import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { Municipality } from '../geography/municipality.entity';
import { Provider } from './provider.entity';

@ObjectType({ implements: Node, simpleResolvers: true, description: 'A place where a provider runs offers.' })
@Entity({ tableName: 'location' })
// Radius search prefilters with earthdistance's cube box over this expression.
@Index({ name: 'location_earth_idx', expression: 'create index "location_earth_idx" on "location" using gist (ll_to_earth("latitude", "longitude"))' })
export class Location extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Provider, { ref: true, index: true })
  provider!: Ref<Provider>;

  @Field(() => String, { nullable: true, description: 'Name of the building or site, e.g. "Bildungszentrum Nord".' })
  @Property({ type: 'string', nullable: true })
  name: string | null = null;

  @Field({ description: 'Street and house number.' })
  @Property({ type: 'string' })
  street!: string;

  @Field({ description: 'Five-digit German postal code.' })
  @Property({ type: 'string', length: 5, index: true })
  postalCode!: string;

  @ManyToOne(() => Municipality, { ref: true, index: true })
  municipality!: Ref<Municipality>;

  @Field(() => Float, { description: 'Latitude (WGS 84).' })
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (WGS 84).' })
  @Property({ type: 'double' })
  longitude!: number;

  @Field({ description: 'Step-free access to the rooms used.' })
  @Property({ type: 'boolean', default: false })
  wheelchairAccessible: boolean = false;

  @Field(() => String, { nullable: true, description: 'Further accessibility notes (German).' })
  @Property({ type: 'text', nullable: true })
  accessibilityNotes: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the provider archived the location: it keeps its past offers but takes no new ones. Null while in use.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Date, { description: 'When the location was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the location last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
