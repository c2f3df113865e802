import { auditLog } from '../audit/audit-log';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Municipality } from '../geography/municipality.entity';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { User } from '../tenancy/user.entity';
import { CaseNote } from './case-note.entity';
import { CASE_NOTES, SUPPORT_EXTENSIONS } from './client.loaders';
import { CaseloadArgs, CaseloadOrderField, ClientConnection } from './caseload.types';
import { OrderDirection } from '../core/relay/order-direction';
import { CaseloadService } from './caseload.service';
import type { ClientFieldChanges } from './client-fields';
import { Client } from './client.entity';
import { CaseNoteAddInput, ClientCloseInput, ClientCreateInput, ClientFieldsInput, ClientStatusInput, ClientTransferInput, ClientUpdateInput, SupportExtendInput } from './client.inputs';
import { ClientService } from './client.service';
import { clientDataTables, ClientExportService, type ExportDocument } from './client-export.service';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  CaseNoteConnection,
  CaseNotePayload,
  ClientCreatePayload,
  ClientPayload,
  ClientTransferPayload,
  SupportExtensionConnection,
} from './client.types';
import { SupportExtension } from './support-extension.entity';

const CASELOAD_READERS = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_READ];
const CASEWORK = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE];
/** Caseloads are paged in larger pages than other lists: a manager holds 100–160 cases. */
const MAX_CASELOAD_PAGE = 200;

const service = (ctx: Context) => new ClientService(ctx.em, ctx.viewer, auditLog(ctx), AuditPurpose.CASE_MANAGEMENT);

/** GraphQL input → service changes: decodes the municipality ID, keeps undefined (unchanged) apart from null (clear). */
function toChanges(fields: ClientFieldsInput, path: string): ClientFieldChanges {
  const { municipality, ...rest } = fields;
  return {
    ...rest,
    ...(municipality === undefined ? {} : { municipalityId: municipality === null ? null : fromGlobalIdOf('Municipality', municipality, `${path}.municipality`) }),
  };
}

@Resolver()
export class CaseloadResolver {
  @Authorized<string>(...CASELOAD_READERS)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => ClientConnection, { description: `Your caseload: managers their own cases (or a team's, where the agency allows), coordinators and agency keys the agency's. Up to ${MAX_CASELOAD_PAGE} per page.` })
  async caseload(@Ctx() ctx: Context, @Args() args: CaseloadArgs): Promise<ClientConnection> {
    const page = pageRequest(args, MAX_CASELOAD_PAGE);
    const { filter } = args;
    const criteria = {
      statuses: filter?.statuses ?? null,
      managerId: filter?.manager == null ? null : fromGlobalIdOf('User', filter.manager, 'filter.manager'),
      teamId: filter?.team == null ? null : fromGlobalIdOf('Team', filter.team, 'filter.team'),
      supportEndingWithinDays: filter?.supportEndingWithinDays ?? null,
      germanLevels: filter?.germanLevels ?? null,
      openGoalAreas: filter?.openGoalAreas ?? null,
      withoutActiveMeasure: filter?.withoutActiveMeasure ?? null,
    };
    const caseloads = new CaseloadService(ctx.em, ctx.viewer);
    const rows = await caseloads.page(criteria, args.orderBy ?? { field: CaseloadOrderField.NAME, direction: OrderDirection.ASC }, page);
    for (const { client } of rows) ctx.loaders.byId(Client).prime(client.id, client);
    const connection = buildConnection(rows, page, ({ client, cursor }) => ({ cursor, node: client }), () => caseloads.count(criteria));
    return Object.assign(new ClientConnection(), connection, { countStatuses: () => caseloads.countByStatus(criteria) });
  }

  @Authorized<string>(...CASELOAD_READERS)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => Client, { nullable: true, description: 'A client of your caseload; null when there is none with this ID you may see.' })
  async client(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The client.' }) id: string): Promise<Client | null> {
    return service(ctx).find(fromGlobalIdOf('Client', id, 'id'));
  }

  @Authorized(Role.MANAGER, Role.COORDINATOR)
  @Purpose(AuditPurpose.DATA_SUBJECT_REQUEST)
  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description: "GDPR Art. 15: every stored field of the person, decrypted, as one JSON document (client, plan versions with goals, measures and reviews, notes, consents, extensions). Audited as EXPORT. Null when not in your caseload.",
  })
  clientDataExport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The client.' }) id: string): Promise<ExportDocument | null> {
    const purpose = AuditPurpose.DATA_SUBJECT_REQUEST;
    return new ClientExportService(ctx.em, new ClientService(ctx.em, ctx.viewer, auditLog(ctx), purpose), auditLog(ctx), purpose, clientDataTables(ctx.personalData)).export(fromGlobalIdOf('Client', id, 'id'));
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientCreatePayload, { description: 'Creates a client with an empty plan (version 1). Refuses a likely duplicate unless allowDuplicate.' })
  async clientCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The client.' }) input: ClientCreateInput): Promise<ClientCreatePayload> {
    const { manager, supportStart, allowDuplicate, ...fields } = input;
    const result = await service(ctx).create({
      ...toChanges(fields, 'input'),
      managerId: manager == null ? null : fromGlobalIdOf('User', manager, 'input.manager'),
      supportStart: supportStart ?? null,
      allowDuplicate,
    });
    return { client: result.value, duplicate: result.duplicate, userErrors: result.userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientPayload, { description: "Changes a client's facts." })
  async clientUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: ClientUpdateInput): Promise<ClientPayload> {
    const result = await service(ctx).update(fromGlobalIdOf('Client', input.client, 'input.client'), toChanges(input.fields, 'input.fields'));
    return { client: result.value, userErrors: result.userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientPayload, { description: 'Pauses or resumes support.' })
  async clientStatusSet(@Ctx() ctx: Context, @Arg('input', { description: 'The client and whether to pause.' }) input: ClientStatusInput): Promise<ClientPayload> {
    const result = await service(ctx).setPaused(fromGlobalIdOf('Client', input.client, 'input.client'), input.paused);
    return { client: result.value, userErrors: result.userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientPayload, { description: 'Closes a case. Its data is erased after the retention period.' })
  async clientClose(@Ctx() ctx: Context, @Arg('input', { description: 'The client and reason.' }) input: ClientCloseInput): Promise<ClientPayload> {
    const result = await service(ctx).close(fromGlobalIdOf('Client', input.client, 'input.client'), input.reason);
    return { client: result.value, userErrors: result.userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientPayload, { description: 'Extends the support period, with the reason.' })
  async supportExtend(@Ctx() ctx: Context, @Arg('input', { description: 'The extension.' }) input: SupportExtendInput): Promise<ClientPayload> {
    const result = await service(ctx).extendSupport(fromGlobalIdOf('Client', input.client, 'input.client'), input.extendedTo, input.reason);
    return { client: result.value, userErrors: result.userErrors };
  }

  @Authorized<string>(Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientTransferPayload, { description: 'Moves one or many cases to another manager of the agency, all or none. Coordinators only.' })
  async clientTransfer(@Ctx() ctx: Context, @Arg('input', { description: 'The cases and the new manager.' }) input: ClientTransferInput): Promise<ClientTransferPayload> {
    const result = await service(ctx).transfer(
      input.clients.map((id, i) => fromGlobalIdOf('Client', id, `input.clients[${i}]`)),
      fromGlobalIdOf('User', input.manager, 'input.manager'),
    );
    return { clients: result.value, userErrors: result.userErrors };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => CaseNotePayload, { description: 'Adds a case note (stored encrypted).' })
  async caseNoteAdd(@Ctx() ctx: Context, @Arg('input', { description: 'The note.' }) input: CaseNoteAddInput): Promise<CaseNotePayload> {
    const result = await service(ctx).addNote(fromGlobalIdOf('Client', input.client, 'input.client'), input.body);
    return { caseNote: result.value, userErrors: result.userErrors };
  }
}

@Resolver(() => Client)
export class ClientResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The manager; null while unassigned.' })
  manager(@Root() client: Client, @Ctx() ctx: Context): Promise<User | null> | null {
    return client.manager && ctx.loaders.byId(User).load(client.manager.id);
  }

  @FieldResolver(() => Municipality, { description: 'Municipality of residence.' })
  async municipality(@Root() client: Client, @Ctx() ctx: Context): Promise<Municipality> {
    return (await ctx.loaders.byId(Municipality).load(client.municipality.id))!;
  }

  // The lists below grow while a case runs: connections, each page of all clients of a request in
  // one statement. The plan's fields are the plans module's, the consents the consents module's.

  @FieldResolver(() => CaseNoteConnection, { description: 'Case notes, newest first.' })
  caseNotes(@Root() client: Client, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<CaseNoteConnection> {
    return ctx.loaders.connection(CaseNote, CASE_NOTES, client.id, args) as Promise<CaseNoteConnection>;
  }

  @FieldResolver(() => SupportExtensionConnection, { description: 'Extensions of the support period, oldest first.' })
  supportExtensions(@Root() client: Client, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<SupportExtensionConnection> {
    return ctx.loaders.connection(SupportExtension, SUPPORT_EXTENSIONS, client.id, args) as Promise<SupportExtensionConnection>;
  }
}
