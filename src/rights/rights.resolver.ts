import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Client } from '../caseloads/client.entity';
import { clientDataTables } from '../caseloads/client-export.service';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { fromGlobalIdOf, toGlobalId } from '../core/relay/global-id';
import { User } from '../tenancy/user.entity';
import { ClientErasureRequest } from './client-erasure-request.entity';
import { ERASURE_CONFIRMATION_HOURS } from './erasure.enums';
import { ErasureService } from './erasure.service';
import { ClientErasureConfirmInput, ClientErasureConfirmPayload, ClientErasureRequestInput, ClientErasureRequestPayload } from './erasure.types';
import { buildRecordsOfProcessing, recordsAsMarkdown } from './records-of-processing';
import { rightsUserErrors } from './rights.user-errors';

const erasure = (ctx: Context, info: GraphQLResolveInfo) =>
  new ErasureService(
    ctx.em,
    auditRecorder(ctx, info),
    ctx.modules.flatMap((module) => module.erasureBlockers ?? []),
    clientDataTables(ctx.personalData).map((table) => table.key),
  );

@ObjectType({ description: 'The records of processing activities (GDPR Art. 30(1)), generated from the annotations next to the entity fields.' })
export class RecordsOfProcessingDocument {
  @Field({ description: 'The record as Markdown (German), to hand to the supervisory authority.' })
  markdown!: string;

  @Field(() => GraphQLJSONObject, { description: 'The same record as JSON: one activity per table, each column with its category, purpose and legal basis.' })
  document!: Record<string, unknown>;
}

@Resolver()
export class RightsResolver {
  @Authorized(Role.DATA_PROTECTION_OFFICER)
  @Query(() => RecordsOfProcessingDocument, { description: 'The records of processing (GDPR Art. 30), for data protection officers. Describes the processing, holds no personal data.' })
  recordsOfProcessing(@Ctx() ctx: Context): RecordsOfProcessingDocument {
    const records = buildRecordsOfProcessing(ctx.modules, ctx.em.getMetadata());
    return { markdown: recordsAsMarkdown(records), document: records as unknown as Record<string, unknown> };
  }

  @Authorized(Role.COORDINATOR)
  @Purpose(AuditPurpose.DATA_SUBJECT_REQUEST)
  @Mutation(() => ClientErasureRequestPayload, {
    description: `Step 1 of erasing a client before the retention period (GDPR Art. 17), with the ground. Refused while another part of the hub objects (e.g. an open referral). Confirm within ${ERASURE_CONFIRMATION_HOURS} hours with clientErasureConfirm.`,
  })
  async clientErasureRequest(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The client and the ground.' }) input: ClientErasureRequestInput): Promise<ClientErasureRequestPayload> {
    const result = await erasure(ctx, info).request(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), input.ground);
    return result.ok ? { erasureRequest: result.value, userErrors: [] } : { erasureRequest: null, userErrors: rightsUserErrors(result.problems) };
  }

  @Authorized(Role.COORDINATOR)
  @Purpose(AuditPurpose.DATA_SUBJECT_REQUEST)
  @Mutation(() => ClientErasureConfirmPayload, {
    description: 'Step 2: erases the client of a pending request with every row of theirs, at once and for good. An anonymous count per agency, year and ground stays, and the audit log names the erasure by record ID.',
  })
  async clientErasureConfirm(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The request.' }) input: ClientErasureConfirmInput): Promise<ClientErasureConfirmPayload> {
    const result = await erasure(ctx, info).confirm(ctx.viewer, fromGlobalIdOf('ClientErasureRequest', input.request, 'input.request'));
    return result.ok ? { erasedClientId: toGlobalId('Client', result.value), userErrors: [] } : { erasedClientId: null, userErrors: rightsUserErrors(result.problems) };
  }
}

@Resolver(() => ClientErasureRequest)
export class ClientErasureRequestResolver {
  @FieldResolver(() => Client, { nullable: true, description: 'The client to be erased.' })
  client(@Root() request: ClientErasureRequest, @Ctx() ctx: Context): Promise<Client | null> {
    return ctx.loaders.byId(Client).load(request.client.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who asked for the erasure; null once that account is deleted.' })
  requestedBy(@Root() request: ClientErasureRequest, @Ctx() ctx: Context): Promise<User | null> | null {
    return request.requestedBy && ctx.loaders.byId(User).load(request.requestedBy.id);
  }

  @FieldResolver(() => Date, { description: 'Until when clientErasureConfirm accepts it.' })
  confirmBefore(@Root() request: ClientErasureRequest): Date {
    return new Date(request.requestedAt.getTime() + ERASURE_CONFIRMATION_HOURS * 3_600_000);
  }
}
