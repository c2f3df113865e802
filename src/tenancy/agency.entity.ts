import { Collection, Entity, Enum, ManyToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';
import { Node } from '../core/relay/node';
import { Municipality } from '../geography/municipality.entity';

export enum AgencyKind {
  MUNICIPALITY = 'MUNICIPALITY',
  DISTRICT_OFFICE = 'DISTRICT_OFFICE',
  WELFARE_ORGANISATION = 'WELFARE_ORGANISATION',
}
describeEnum(AgencyKind, 'AgencyKind', 'Who runs the Integrationsmanagement.', {
  MUNICIPALITY: 'A town or municipality (Stadt, Gemeinde).',
  DISTRICT_OFFICE: 'A district office (Landratsamt) for the municipalities of its district.',
  WELFARE_ORGANISATION: 'A welfare organisation acting for municipalities (Caritas, Diakonie, AWO, DRK, …).',
});

/** The length of agency.key and agency.name. */
export const MAX_AGENCY_KEY_LENGTH = 64;
export const MAX_AGENCY_NAME_LENGTH = 200;

/** A tenant: the organisation running Integrationsmanagement for one or more municipalities. */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An organisation running Integrationsmanagement: a tenant of the hub.' })
@Entity({ tableName: 'agency' })
export class Agency extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Field({ description: 'Stable short name, e.g. "lra-tuebingen"; identity providers put it in the "agency" claim.' })
  @Property({ type: 'string', length: MAX_AGENCY_KEY_LENGTH, unique: true })
  key!: string;

  @Field({ description: 'Name of the agency.' })
  @Property({ type: 'string', length: MAX_AGENCY_NAME_LENGTH })
  name!: string;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind' })
  kind!: AgencyKind;

  @Field({ description: "Whether managers may see their team's caseloads, not only their own." })
  @Property({ type: 'boolean' })
  teamCaseloadsVisible: boolean = false;

  @ManyToMany(() => Municipality, undefined, { pivotTable: 'agency_municipality', joinColumn: 'agency_id', inverseJoinColumn: 'municipality_id' })
  municipalities = new Collection<Municipality>(this);

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
