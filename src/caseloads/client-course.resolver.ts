import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Info, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { DateScalar } from '../core/graphql/scalars';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Programme } from '../offers/offer.enums';
import { ClientCourse } from './client-course.entity';
import { ClientCourseService } from './client-course.service';
import { GermanCertificate } from './client-facts.enums';
import { Client } from './client.entity';
import { ClientUserError, clientUserErrors } from './client.user-errors';

const CASEWORK = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE];

@InputType({ description: 'A course the person attended.' })
export class ClientCourseRecordInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => Programme, { description: 'The programme of the course.' })
  programme!: Programme;

  @Field(() => DateScalar, { nullable: true, description: 'First day attended (not in the future).' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day attended (not in the future); required when completed.' })
  endDate?: string | null;

  @Field({ defaultValue: false, description: 'Attended to the end.' })
  completed!: boolean;

  @Field(() => GermanCertificate, { nullable: true, description: 'The certificate it ended with, if any.' })
  certificate?: GermanCertificate | null;
}

@InputType({ description: 'Removes a course recorded by mistake.' })
export class ClientCourseRemoveInput {
  @Field(() => ID, { description: 'The course.' })
  course!: string;
}

@ObjectType({ description: 'Result of clientCourseRecord.' })
export class ClientCourseRecordPayload {
  @Field(() => ClientCourse, { nullable: true, description: 'The course recorded; null when userErrors explain why not.' })
  course!: ClientCourse | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing was written).' })
  userErrors!: ClientUserError[];
}

@ObjectType({ description: 'Result of clientCourseRemove.' })
export class ClientCourseRemovePayload {
  @Field(() => Client, { nullable: true, description: 'The client the course belonged to, as it is now; null when not found.' })
  client!: Client | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ClientUserError], { description: 'Problems with the input; empty on success (else nothing changed).' })
  userErrors!: ClientUserError[];
}

@Resolver()
export class ClientCourseResolver {
  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientCourseRecordPayload, { description: 'Records a course the person attended, with its certificate (what tells the matching of a finished Integrationskurs and a proven level).' })
  async clientCourseRecord(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The course.' }) input: ClientCourseRecordInput): Promise<ClientCourseRecordPayload> {
    const result = await new ClientCourseService(ctx.em, auditRecorder(ctx, info)).record(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), {
      programme: input.programme,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      completed: input.completed,
      certificate: input.certificate ?? null,
    });
    return result.ok ? { course: result.value, userErrors: [] } : { course: null, userErrors: clientUserErrors(result.problems) };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientCourseRemovePayload, { description: 'Removes a course recorded by mistake.' })
  async clientCourseRemove(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The course.' }) input: ClientCourseRemoveInput): Promise<ClientCourseRemovePayload> {
    const result = await new ClientCourseService(ctx.em, auditRecorder(ctx, info)).remove(ctx.viewer, fromGlobalIdOf('ClientCourse', input.course, 'input.course'));
    return result.ok ? { client: result.value, userErrors: [] } : { client: null, userErrors: clientUserErrors(result.problems) };
  }
}
