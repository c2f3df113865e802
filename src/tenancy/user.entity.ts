import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import { Node } from '../core/relay/node';
import { Provider } from '../providers/provider.entity';
import { Agency } from './agency.entity';
import { Team } from './team.entity';

/** The lengths of hub_user.email (the longest address SMTP carries) and hub_user.name. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PERSON_NAME_LENGTH = 200;

/**
 * A person who signs in: staff of an agency or of a provider, or an admin. Created by an admin
 * ahead of time (matched by e-mail at first sign-in) or at first sign-in from the token.
 * Name and e-mail are personal data: reads are audited.
 */
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A person who signs in to the hub: agency or provider staff, or an admin.' })
@Entity({ tableName: 'hub_user' })
export class User extends Node {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** The identity provider's `sub`; null until the first sign-in. */
  @Property({ type: 'string', length: 255, nullable: true, unique: true })
  subject: string | null = null;

  @Field({ description: 'E-mail address.' })
  @Property({ type: 'string', length: MAX_EMAIL_LENGTH })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  @Property({ type: 'string', length: MAX_PERSON_NAME_LENGTH, nullable: true })
  name: string | null = null;

  @ManyToOne(() => Agency, { ref: true, nullable: true })
  agency: Ref<Agency> | null = null;

  @ManyToOne(() => Provider, { ref: true, nullable: true })
  provider: Ref<Provider> | null = null;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team: Ref<Team> | null = null;

  @Field(() => [Role], { description: 'Roles, as of the last sign-in or as an admin set them.' })
  @Property({ type: 'text[]' })
  roles: Role[] = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'Last sign-in, refreshed at most once a minute (so up to a minute behind).' })
  @Property({ type: 'datetime', nullable: true })
  lastSeenAt: Date | null = null;
}

