import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../core/relay/connection';
import { AuditEvent } from './audit-event.entity';
import { AuditAction, AuditPurpose } from './audit.enums';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted: the global ID of a User or an ApiKey.' })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record concerned, by global ID.' })
  subject?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'Only these actions.' })
  actions?: AuditAction[] | null;

  @Field(() => [AuditPurpose], { nullable: true, description: 'Only these purposes.' })
  purposes?: AuditPurpose[] | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  until?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'An audit log entry with its cursor.' })
export class AuditEventEdge extends EdgeType(AuditEvent) {}

@ObjectType({ simpleResolvers: true, description: 'A page of the audit log, newest first.' })
export class AuditEventConnection extends ConnectionType(AuditEvent, AuditEventEdge) {}
