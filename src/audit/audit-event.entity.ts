import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { AuditAction, AuditPurpose } from './audit.enums';

/**
 * One processing of personal data: who, in which role and agency, did what to which record, for
 * which purpose, in which request. Append-only: the app role may only insert and read, and the
 * database refuses UPDATE, DELETE and TRUNCATE.
 */
@ObjectType({ simpleResolvers: true, description: 'An entry of the audit log: one processing of personal data.' })
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  // Not a Node: entries are read through the log, never refetched one by one.
  @PrimaryKey({ type: new BigIntType('number') })
  id!: number;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field({ description: 'The request it happened in; the same ID as in the server log.' })
  @Property({ type: 'string', length: 64 })
  requestId!: string;

  @Field({ description: 'Global ID of who acted: a User, or an ApiKey for third-party systems.' })
  @Property({ type: 'string', length: 255 })
  actor!: string;

  @Field(() => [String], { description: 'Roles the actor held, or the scopes of an API key.' })
  @Property({ type: 'text[]' })
  actorRoles!: string[];

  @Property({ type: 'integer', nullable: true })
  actorAgencyId!: number | null;

  /** The agency whose data this was; its data protection officer reads the entry. */
  @Property({ type: 'integer', nullable: true })
  agencyId!: number | null;

  @Field(() => AuditAction, { description: 'What was done.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field(() => AuditPurpose, { description: 'The purpose the operation declared.' })
  @Enum({ items: () => AuditPurpose, nativeEnumName: 'audit_purpose' })
  purpose!: AuditPurpose;

  @Field({ description: 'Type of the record, e.g. "Client".' })
  @Property({ type: 'string', length: 64 })
  subjectType!: string;

  @Field({ description: 'Global ID of the record.' })
  @Property({ type: 'string', length: 128 })
  subjectId!: string;

  @Field(() => [String], { description: 'The fields read or written.' })
  @Property({ type: 'text[]' })
  fields!: string[];

  @Property({ type: 'string', length: 16 })
  actorKind!: 'USER' | 'INTEGRATION' | 'SYSTEM';
}
