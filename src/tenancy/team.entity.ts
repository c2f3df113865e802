import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../core/relay/node';
import { Agency } from './agency.entity';

/** The length of team.name. */
export const MAX_TEAM_NAME_LENGTH = 100;

/** A team of managers within an agency. */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A team of managers within an agency.' })
@Entity({ tableName: 'team' })
export class Team extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @ManyToOne(() => Agency, { ref: true })
  agency!: Ref<Agency>;

  @Field({ description: 'Name of the team, unique within the agency.' })
  @Property({ type: 'string', length: MAX_TEAM_NAME_LENGTH })
  name!: string;
}
