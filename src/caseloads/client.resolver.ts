import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { AppError } from '../core/errors';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { OrderDirection } from '../core/relay/order-direction';
import { Municipality } from '../geography/municipality.entity';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { User } from '../tenancy/user.entity';
import { CaseNote } from './case-note.entity';
import { ClientCourse } from './client-course.entity';
import { MAX_COURSES_PER_CLIENT, MAX_HOUSEHOLD_MEMBERS } from './client-facts.enums';
import { ListCap } from '../core/graphql/list-cap';
import { Prefetch, prefetchSelection } from '../core/graphql/prefetch';
import { selectedProperties, unionOfSelections } from '../core/graphql/projection';
import { mapNow } from '../core/loaders';
import { CaseloadService, type CaseloadCriteria } from './caseload.service';
import { CaseloadArgs, CaseloadOrderField, ClientConnection, MAX_CASELOAD_PAGE, MAX_SUPPORT_ENDING_WITHIN_DAYS } from './caseload.types';
import { clientDataTables, ClientExportService, type ExportDocument } from './client-export.service';
import type { ClientFieldChanges } from './client-fields';
import { Client } from './client.entity';
import { CaseNoteAddInput, ClientCloseInput, ClientCreateInput, ClientFieldsInput, ClientStatusInput, ClientTransferInput, ClientUpdateInput, SupportExtendInput } from './client.inputs';
import { CASE_NOTES, SUPPORT_EXTENSIONS } from './client.loaders';
import { ClientService, type ClientChangeResult } from './client.service';
import {
  CaseNoteAddPayload,
  CaseNoteConnection,
  ClientClosePayload,
  ClientCreatePayload,
  ClientStatusSetPayload,
  ClientTransferPayload,
  ClientUpdatePayload,
  SupportExtendPayload,
  SupportExtensionConnection,
} from './client.types';
import { clientUpdatePath, clientUserErrors, type ClientInputPath } from './client.user-errors';
import { SupportExtension } from './support-extension.entity';

/** Where a connection's nodes are in its selection. */
const PAGE_NODES = [['edges', 'node'], ['nodes']];
const CASELOAD_READERS = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_READ];
const CASEWORK = [Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE];

/** The service for a mutation: its changes are audited under the purpose the mutation declared. */
const casework = (ctx: Context, info: GraphQLResolveInfo) => new ClientService(ctx.em, auditRecorder(ctx, info));

/** GraphQL input → service changes: decodes the municipality ID, keeps undefined (unchanged) apart from null (clear). */
function toChanges(fields: ClientFieldsInput, path: string): ClientFieldChanges {
  const { municipality, householdWith, obligations, ...rest } = fields;
  return {
    ...rest,
    ...(obligations === undefined ? {} : { obligations: obligations && obligations.map(({ ground, obligedOn, validUntil }) => ({ ground, obligedOn, validUntil: validUntil ?? null })) }),
    ...(municipality === undefined ? {} : { municipalityId: municipality === null ? null : fromGlobalIdOf('Municipality', municipality, `${path}.municipality`) }),
    ...(householdWith === undefined ? {} : { householdWithId: householdWith === null ? null : fromGlobalIdOf('Client', householdWith, `${path}.householdWith`) }),
  };
}

/** A change of a case as its payload: the case as it is now, and the problems at their input paths. */
function changePayload(result: ClientChangeResult, path?: ClientInputPath): { client: Client | null; userErrors: ReturnType<typeof clientUserErrors> } {
  return result.ok ? { client: result.value, userErrors: [] } : { client: result.client, userErrors: clientUserErrors(result.problems, path) };
}

function caseloadCriteria(args: CaseloadArgs): CaseloadCriteria {
  const { filter } = args;
  const withinDays = filter?.supportEndingWithinDays ?? null;
  if (withinDays !== null && (withinDays < 0 || withinDays > MAX_SUPPORT_ENDING_WITHIN_DAYS)) {
    throw new AppError('INVALID_ARGUMENT', `"filter.supportEndingWithinDays" must be between 0 and ${MAX_SUPPORT_ENDING_WITHIN_DAYS}.`, { argument: 'filter.supportEndingWithinDays' });
  }
  return {
    statuses: filter?.statuses ?? null,
    managerId: filter?.manager == null ? null : fromGlobalIdOf('User', filter.manager, 'filter.manager'),
    teamId: filter?.team == null ? null : fromGlobalIdOf('Team', filter.team, 'filter.team'),
    supportEndingWithinDays: withinDays,
    germanLevels: filter?.germanLevels ?? null,
    openGoalAreas: filter?.openGoalAreas ?? null,
    withoutActiveMeasure: filter?.withoutActiveMeasure ?? null,
  };
}

@Resolver()
export class CaseloadResolver {
  @Authorized<string>(...CASELOAD_READERS)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => ClientConnection, { description: `Your caseload: managers their own cases (or a team's, where the agency allows), coordinators and agency keys the agency's. Up to ${MAX_CASELOAD_PAGE} per page.` })
  async caseload(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() args: CaseloadArgs): Promise<ClientConnection> {
    const page = pageRequest(args, MAX_CASELOAD_PAGE);
    const criteria = caseloadCriteria(args);
    const caseloads = new CaseloadService(ctx.em);
    // Only the columns the nodes' selection reads (the same for `edges.node` and `nodes`, or all).
    const selected = unionOfSelections(PAGE_NODES.map((path) => selectedProperties(info, path)));
    const rows = await caseloads.page(ctx.viewer, criteria, args.orderBy ?? { field: CaseloadOrderField.NAME, direction: OrderDirection.ASC }, page, selected);
    const nodes = ctx.loaders.byId(Client, selected);
    for (const { client } of rows) nodes.prime(client.id, client);
    // The page's plans, goals, measures … level by level now, so that they resolve without promises.
    await prefetchSelection(ctx, info, PAGE_NODES, rows.slice(0, page.limit).map(({ client }) => client));
    const connection = buildConnection(rows, page, ({ client, cursor }) => ({ cursor, node: client }), () => caseloads.count(ctx.viewer, criteria));
    return Object.assign(new ClientConnection(), connection, { countStatuses: () => caseloads.countByStatus(ctx.viewer, criteria) });
  }

  @Authorized<string>(...CASELOAD_READERS)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Query(() => Client, { nullable: true, description: 'A client of your caseload; null when there is none with this ID you may see.' })
  async client(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The client.' }) id: string): Promise<Client | null> {
    return new ClientService(ctx.em).find(ctx.viewer, fromGlobalIdOf('Client', id, 'id'));
  }

  @Authorized(Role.MANAGER, Role.COORDINATOR)
  @Purpose(AuditPurpose.DATA_SUBJECT_REQUEST)
  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description: 'GDPR Art. 15: every stored field of the person, decrypted, as one JSON document (client, plan versions with goals, measures and reviews, notes, consents, extensions). Audited as EXPORT. Null when not in your caseload.',
  })
  clientDataExport(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID, { description: 'The client.' }) id: string): Promise<ExportDocument | null> {
    return new ClientExportService(ctx.em, auditRecorder(ctx, info), clientDataTables(ctx.personalData)).export(ctx.viewer, fromGlobalIdOf('Client', id, 'id'));
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientCreatePayload, { description: 'Creates a client with an empty plan (version 1). Refuses a likely duplicate unless allowDuplicate.' })
  async clientCreate(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The client.' }) input: ClientCreateInput): Promise<ClientCreatePayload> {
    const { manager, supportStart, allowDuplicate, ...fields } = input;
    const result = await casework(ctx, info).create(ctx.viewer, {
      ...toChanges(fields, 'input'),
      managerId: manager == null ? null : fromGlobalIdOf('User', manager, 'input.manager'),
      supportStart: supportStart ?? null,
      allowDuplicate,
    });
    if (result.ok) return { client: result.value, duplicate: null, userErrors: [] };
    return { client: null, duplicate: result.duplicate, userErrors: clientUserErrors(result.problems) };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientUpdatePayload, { description: "Changes a client's facts." })
  async clientUpdate(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The changes.' }) input: ClientUpdateInput): Promise<ClientUpdatePayload> {
    const result = await casework(ctx, info).update(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), toChanges(input.fields, 'input.fields'));
    return changePayload(result, clientUpdatePath);
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientStatusSetPayload, { description: 'Pauses or resumes support.' })
  async clientStatusSet(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The client and whether to pause.' }) input: ClientStatusInput): Promise<ClientStatusSetPayload> {
    return changePayload(await casework(ctx, info).setPaused(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), input.paused));
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientClosePayload, { description: 'Closes a case. Its data is erased after the retention period.' })
  async clientClose(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The client and reason.' }) input: ClientCloseInput): Promise<ClientClosePayload> {
    return changePayload(await casework(ctx, info).close(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), input.reason));
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => SupportExtendPayload, { description: 'Extends the support period, with the reason.' })
  async supportExtend(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The extension.' }) input: SupportExtendInput): Promise<SupportExtendPayload> {
    return changePayload(await casework(ctx, info).extendSupport(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), input.extendedTo, input.reason));
  }

  @Authorized<string>(Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ClientTransferPayload, { description: 'Moves one or many cases to another manager of the agency, all or none. Coordinators only.' })
  async clientTransfer(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The cases and the new manager.' }) input: ClientTransferInput): Promise<ClientTransferPayload> {
    const result = await casework(ctx, info).transfer(
      ctx.viewer,
      input.clients.map((id, i) => fromGlobalIdOf('Client', id, `input.clients[${i}]`)),
      fromGlobalIdOf('User', input.manager, 'input.manager'),
    );
    return result.ok ? { clients: result.value, userErrors: [] } : { clients: [], userErrors: clientUserErrors(result.problems) };
  }

  @Authorized<string>(...CASEWORK)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => CaseNoteAddPayload, { description: 'Adds a case note (stored encrypted).' })
  async caseNoteAdd(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The note.' }) input: CaseNoteAddInput): Promise<CaseNoteAddPayload> {
    const result = await casework(ctx, info).addNote(ctx.viewer, fromGlobalIdOf('Client', input.client, 'input.client'), input.body);
    return result.ok ? { caseNote: result.value, userErrors: [] } : { caseNote: null, userErrors: clientUserErrors(result.problems) };
  }
}

@Resolver(() => Client)
export class ClientResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The manager; null while unassigned.' })
  @Prefetch(() => Client, (ctx, clients) => ctx.loaders.byId(User).loadAll(clients.flatMap((client) => (client.manager ? [client.manager.id] : []))))
  manager(@Root() client: Client, @Ctx() ctx: Context): User | null | Promise<User | null> {
    return client.manager && ctx.loaders.byId(User).now(client.manager.id);
  }

  @FieldResolver(() => Municipality, { description: 'Municipality of residence.' })
  @Prefetch(() => Client, (ctx, clients) => ctx.loaders.byId(Municipality).loadAll(clients.map((client) => client.municipality.id)))
  municipality(@Root() client: Client, @Ctx() ctx: Context): Municipality | Promise<Municipality> {
    return mapNow(ctx.loaders.byId(Municipality).now(client.municipality.id), (municipality) => municipality!);
  }

  @ListCap(MAX_COURSES_PER_CLIENT)
  @FieldResolver(() => [ClientCourse], { description: `Courses the person attended, with their certificates, in the order recorded (at most ${MAX_COURSES_PER_CLIENT}).` })
  coursesAttended(@Root() client: Client, @Ctx() ctx: Context): Promise<ClientCourse[]> {
    return ctx.loaders.byColumn(ClientCourse, 'client_id').load(client.id);
  }

  @ListCap(MAX_HOUSEHOLD_MEMBERS - 1)
  @FieldResolver(() => [Client], { description: 'The other members of the household that you may see (the rest of the caseload stays hidden); empty without a household.' })
  async householdMembers(@Root() client: Client, @Ctx() ctx: Context): Promise<Client[]> {
    if (client.householdId === null) return [];
    // Row-level security narrows the members to the viewer's caseload; the agency keeps it to the client's.
    const members = await ctx.loaders.byColumn(Client, 'household_id', { where: `a.agency_id = ${Number(client.agency.id)}` }).load(client.householdId);
    return members.filter((member) => member.id !== client.id);
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
