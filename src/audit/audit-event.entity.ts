import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction, AuditActorKind, AuditPurpose } from './audit.enums';

/**
 * One processing of personal data: who, in which role and agency, did what to which record, for
 * which purpose, in which request. Append-only: the app role may only insert and read, and the
 * database refuses UPDATE, DELETE and TRUNCATE.
 *
 * `actorRoles` and `subject` are resolved in audit.resolver.ts; `actor` (a User or an ApiKey) and
 * `actorScopes` by the integrations module, which sees both types (tenancy and integrations import
 * the audit log, so it cannot import them).
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

  @Field(() => ID, { description: 'Who acted, kept even when the actor is deleted: the global ID of a User or an ApiKey, or the name of a SYSTEM job (see actorKind).' })
  @Property({ type: 'string', length: 255, fieldName: 'actor' })
  actorId!: string;

  @Field(() => AuditActorKind, { description: 'Whether a person, a third-party system or the hub itself acted.' })
  @Property({ type: 'string', length: 16 })
  actorKind!: AuditActorKind;

  /** The roles of a person, the scopes of an API key, or a SYSTEM job's own word (RETENTION), as stored. */
  @Property({ type: 'text[]', fieldName: 'actor_roles' })
  actorRolesOrScopes!: string[];

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

  @Field(() => ID, { description: 'Global ID of the record, kept even when the record is erased.' })
  @Property({ type: 'string', length: 128 })
  subjectId!: string;

  @Field(() => [String], { description: 'The fields read or written.' })
  @Property({ type: 'text[]' })
  fields!: string[];
}
