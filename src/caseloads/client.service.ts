import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import { hasRole, requireAgency, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { fail, problem, succeed, type Failure, type Problem, type Result, type Success } from '../core/result';
import { Municipality } from '../geography/municipality.entity';
import { Agency } from '../tenancy/agency.entity';
import { User } from '../tenancy/user.entity';
import { CaseNote } from './case-note.entity';
import { clientOpened } from './client-events';
import { clientFieldName, REQUIRED_CLIENT_FIELDS, validateClientFields, type ClientFieldChanges } from './client-fields';
import { Client } from './client.entity';
import { ClientStatus, LocationPrecision } from './client.enums';
import type { ClientErrorCode } from './client.errors';
import { MAX_HOUSEHOLD_MEMBERS } from './client-facts.enums';
import { MAX_NOTE_LENGTH, MAX_REASON_LENGTH, MAX_SUPPORT_YEARS, MAX_TRANSFER, SUPPORT_START_AHEAD_YEARS, SUPPORT_YEARS } from './client.limits';
import { findWorkableClient } from './client.policy';
import { SupportExtension } from './support-extension.entity';

/** Clients of a refused transfer named one by one; the rest are counted in one more problem. */
const MISSING_CLIENTS_NAMED = 10;

type ClientProblem = Problem<ClientErrorCode>;

/** What clientCreate takes: the facts, and who manages the case from when. */
export interface ClientNew extends ClientFieldChanges {
  managerId: number | null;
  supportStart: string | null;
  allowDuplicate: boolean;
}

/** A refused clientCreate; with DUPLICATE, the existing record where the viewer may see it. */
export type ClientCreateFailure = Failure<ClientErrorCode> & { duplicate: Client | null };
export type ClientCreateResult = Success<Client> | ClientCreateFailure;

/** A refused change of a case, with the case as it is now (null when it is not found). */
export type ClientChangeFailure = Failure<ClientErrorCode> & { client: Client | null };
export type ClientChangeResult = Success<Client> | ClientChangeFailure;

const NOT_FOUND_MESSAGE = 'No such client in your caseload.';
const notFound = (): ClientChangeFailure => ({ ...fail([problem('NOT_FOUND', 'client', NOT_FOUND_MESSAGE)]), client: null });
const refused = (client: Client, problems: readonly ClientProblem[]): ClientChangeFailure => ({ ...fail(problems), client });

/**
 * The managers' daily work on a case: create, correct, pause, close, hand over, extend, note.
 * Every change is audited under the purpose its operation declared (the `AuditRecorder`). A
 * client outside the viewer's caseload answers exactly like a missing one (row-level security
 * hides it as well). Problems name the domain's fields ('municipality', 'supportStart', 'clients.3').
 */
export class ClientService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit?: AuditRecorder,
  ) {}

  /** A client the viewer may work on, or null. */
  find(viewer: Viewer, clientId: number): Promise<Client | null> {
    return findWorkableClient(this.em, viewer, clientId);
  }

  async create(viewer: Viewer, input: ClientNew): Promise<ClientCreateResult> {
    const agencyId = requireAgency(viewer);
    const { managerId: requestedManager, supportStart: requestedStart, allowDuplicate, ...fields } = input;
    const { values, problems } = validateClientFields(fields, fields);
    for (const field of REQUIRED_CLIENT_FIELDS) {
      const name = clientFieldName(field);
      if (fields[field] == null && !problems.some((known) => known.field === name)) problems.push(problem('INVALID', name, 'This field is required.'));
    }
    const today = new Date().toISOString().slice(0, 10);
    const supportStart = requestedStart ?? today;
    // Support may have begun before the case is entered, but not longer ago than support can last.
    const earliest = addYears(today, -MAX_SUPPORT_YEARS);
    const latest = addYears(today, SUPPORT_START_AHEAD_YEARS);
    if (supportStart < earliest || supportStart > latest) problems.push(problem('INVALID', 'supportStart', `Support starts between ${earliest} and ${latest}.`));
    const municipality = values.municipalityId == null ? null : await this.coveredMunicipality(agencyId, values.municipalityId, problems);
    const managerId = await this.managerFor(viewer, agencyId, requestedManager, problems);
    const household = await this.householdFor(viewer, null, values.householdWithId, problems);
    if (problems.length > 0) return { ...fail(problems), duplicate: null };

    if (!allowDuplicate) {
      const [match] = await this.em.execute<Array<{ id: number }>>('select hub_client_duplicates(?, ?, ?::date) as id', [values.givenNames, values.familyName, values.birthDate]);
      if (match) {
        // The match may lie outside the viewer's caseload: then its existence is all they learn.
        const duplicate = await this.em.findOne(Client, match.id);
        const message = 'The agency already supports a person with these names and birth date. Check `duplicate`, or create with allowDuplicate.';
        return { ...fail([problem('DUPLICATE', null, message)]), duplicate };
      }
    }

    const client = Object.assign(new Client(), this.entityValues(values, municipality!), {
      agency: this.em.getReference(Agency, agencyId, { wrapped: true }),
      manager: managerId === null ? null : this.em.getReference(User, managerId, { wrapped: true }),
      supportStart,
      supportPlannedEnd: addYears(supportStart, SUPPORT_YEARS),
      ...(household === undefined ? {} : { householdId: household.id }),
    });
    this.em.persist(client);
    clientOpened(this.em, viewer, client);
    await this.em.flush();
    this.record(AuditAction.CREATE, client, [...Object.keys(values), 'manager', 'supportStart', 'supportPlannedEnd']);
    if (household?.opened) this.record(AuditAction.UPDATE, household.opened, ['household']);
    return succeed(client);
  }

  async update(viewer: Viewer, clientId: number, changes: ClientFieldChanges): Promise<ClientChangeResult> {
    const agencyId = requireAgency(viewer);
    const client = await this.find(viewer, clientId);
    if (!client) return notFound();
    const merged = { ...this.fieldsOf(client), ...changes };
    const { values, problems } = validateClientFields(changes, merged);
    const municipality = values.municipalityId == null ? null : await this.coveredMunicipality(agencyId, values.municipalityId, problems);
    const household = await this.householdFor(viewer, client, values.householdWithId, problems);
    if (problems.length > 0) return refused(client, problems);

    const updates = this.entityValues(values, municipality ?? (await this.em.findOneOrFail(Municipality, client.municipality.id)));
    const touched = Object.keys(values);
    // Without new coordinates or municipality, location fields stay as they were.
    if (values.latitude === undefined && values.municipalityId === undefined) {
      delete (updates as Partial<Client>).latitude;
      delete (updates as Partial<Client>).longitude;
      delete (updates as Partial<Client>).locationPrecision;
    }
    Object.assign(client, updates);
    if (household !== undefined) client.householdId = household.id;
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, touched);
    if (household?.opened) this.record(AuditAction.UPDATE, household.opened, ['household']);
    return succeed(client);
  }

  async close(viewer: Viewer, clientId: number, reason: string): Promise<ClientChangeResult> {
    const client = await this.find(viewer, clientId);
    if (!client) return notFound();
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) return refused(client, [problem('INVALID', 'reason', `Give a reason of 1 to ${MAX_REASON_LENGTH} characters.`)]);
    if (client.status === ClientStatus.CLOSED) return refused(client, [problem('INVALID', 'client', 'The case is closed already.')]);
    Object.assign(client, { status: ClientStatus.CLOSED, closedReason: trimmed, closedAt: new Date() });
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['status', 'closedReason', 'closedAt']);
    return succeed(client);
  }

  async setPaused(viewer: Viewer, clientId: number, paused: boolean): Promise<ClientChangeResult> {
    const client = await this.find(viewer, clientId);
    if (!client) return notFound();
    if (client.status === ClientStatus.CLOSED) return refused(client, [problem('INVALID', 'client', 'A closed case cannot be paused or resumed.')]);
    client.status = paused ? ClientStatus.PAUSED : ClientStatus.ACTIVE;
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['status']);
    return succeed(client);
  }

  /**
   * Single and bulk handover to another manager of the agency; all or nothing. Coordinators and
   * agency keys only. A client not in the agency is named by its place in the list ('clients.3').
   */
  async transfer(viewer: Viewer, clientIds: readonly number[], managerId: number): Promise<Result<Client[], ClientErrorCode>> {
    const agencyId = requireAgency(viewer);
    if (!hasRole(viewer, Role.COORDINATOR) && viewer.kind !== 'integration') throw new AppError('FORBIDDEN', 'Only coordinators transfer cases.');
    const ids = [...new Set(clientIds)];
    const problems: ClientProblem[] = [];
    const countFits = ids.length > 0 && ids.length <= MAX_TRANSFER;
    if (!countFits) problems.push(problem('INVALID', 'clients', `Name 1 to ${MAX_TRANSFER} clients.`));
    await this.managerFor(viewer, agencyId, managerId, problems);
    const clients = countFits ? await this.em.find(Client, { id: { $in: ids }, agency: agencyId }) : [];
    if (countFits && clients.length !== ids.length) {
      const found = new Set(clients.map((client) => client.id));
      const missing = clientIds.flatMap((id, index) => (found.has(id) ? [] : [index]));
      for (const index of missing.slice(0, MISSING_CLIENTS_NAMED)) problems.push(problem('NOT_FOUND', `clients.${index}`, 'This client is not in your agency.'));
      if (missing.length > MISSING_CLIENTS_NAMED) problems.push(problem('NOT_FOUND', 'clients', `${missing.length - MISSING_CLIENTS_NAMED} more of the clients are not in your agency.`));
    }
    if (problems.length > 0) return fail(problems);
    for (const client of clients) client.manager = this.em.getReference(User, managerId, { wrapped: true });
    await this.em.flush();
    for (const client of clients) this.record(AuditAction.TRANSFER, client, ['manager']);
    return succeed(clients);
  }

  async extendSupport(viewer: Viewer, clientId: number, extendedTo: string, reason: string): Promise<ClientChangeResult> {
    const client = await this.find(viewer, clientId);
    if (!client) return notFound();
    const problems: ClientProblem[] = [];
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) problems.push(problem('INVALID', 'reason', `Give a reason of 1 to ${MAX_REASON_LENGTH} characters.`));
    const latest = addYears(client.supportStart, MAX_SUPPORT_YEARS);
    if (extendedTo <= client.supportPlannedEnd) problems.push(problem('INVALID', 'extendedTo', `Give a date after the planned end (${client.supportPlannedEnd}).`));
    else if (extendedTo > latest) problems.push(problem('INVALID', 'extendedTo', `Support ends at the latest ${MAX_SUPPORT_YEARS} years after its start (${latest}).`));
    if (client.status === ClientStatus.CLOSED) problems.push(problem('INVALID', 'client', 'The case is closed.'));
    if (problems.length > 0) return refused(client, problems);
    const extension = Object.assign(new SupportExtension(), { client, extendedTo, reason: trimmed, recordedBy: userRefOf(this.em, viewer) });
    client.supportPlannedEnd = extendedTo;
    this.em.persist(extension);
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['supportPlannedEnd', 'supportExtensions']);
    return succeed(client);
  }

  async addNote(viewer: Viewer, clientId: number, body: string): Promise<Result<CaseNote, ClientErrorCode>> {
    const client = await this.find(viewer, clientId);
    if (!client) return fail([problem('NOT_FOUND', 'client', NOT_FOUND_MESSAGE)]);
    const text = body.trim();
    if (text.length === 0 || text.length > MAX_NOTE_LENGTH) return fail([problem('INVALID', 'body', `Write 1 to ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`)]);
    const note = Object.assign(new CaseNote(), { client, body: text, author: userRefOf(this.em, viewer) });
    await this.em.persistAndFlush(note);
    this.record(AuditAction.CREATE, client, ['caseNotes']);
    return succeed(note);
  }

  private record(action: AuditAction, client: Client, fields: string[]): void {
    if (!this.audit) throw new Error('ClientService changes cases only with an audit recorder');
    this.audit.record({ action, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: [...new Set(fields.map(clientFieldName))] });
  }

  /**
   * The household a client joins: that of `withId` (a client the viewer may work on), opened for
   * both when it has none (`opened`: that other client, changed too). undefined: unchanged; id
   * null: leaves. A household holds at most MAX_HOUSEHOLD_MEMBERS people.
   */
  private async householdFor(viewer: Viewer, client: Client | null, withId: number | null | undefined, problems: ClientProblem[]): Promise<{ id: number | null; opened?: Client } | undefined> {
    if (withId === undefined) return undefined;
    if (withId === null) return { id: null };
    const other = await this.find(viewer, withId);
    if (!other) {
      problems.push(problem('NOT_FOUND', 'householdWith', NOT_FOUND_MESSAGE));
      return undefined;
    }
    if (client !== null && other.id === client.id) {
      problems.push(problem('INVALID', 'householdWith', 'Name another person of the household.'));
      return undefined;
    }
    if (other.householdId === null) {
      const [next] = await this.em.execute<Array<{ id: number }>>("select nextval('client_household_seq')::int as id");
      other.householdId = next.id;
      return { id: next.id, opened: other };
    }
    if (client !== null && client.householdId === other.householdId) return { id: other.householdId };
    const [members] = await this.em.execute<Array<{ n: number }>>('select hub_household_size(?) as n', [other.householdId]);
    if (members.n >= MAX_HOUSEHOLD_MEMBERS) problems.push(problem('INVALID', 'householdWith', `A household holds at most ${MAX_HOUSEHOLD_MEMBERS} people.`));
    return { id: other.householdId };
  }

  private async coveredMunicipality(agencyId: number, municipalityId: number, problems: ClientProblem[]): Promise<Municipality | null> {
    const [covered] = await this.em.execute<Array<{ id: number }>>('select municipality_id as id from agency_municipality where agency_id = ? and municipality_id = ?', [agencyId, municipalityId]);
    if (!covered) {
      problems.push(problem('NOT_FOUND', 'municipality', 'The agency does not cover this municipality.'));
      return null;
    }
    return this.em.findOneOrFail(Municipality, municipalityId);
  }

  /** The manager for a new or moved case: a manager or coordinator of the agency. Managers take their own. */
  private async managerFor(viewer: Viewer, agencyId: number, requested: number | null, problems: ClientProblem[]): Promise<number | null> {
    const self = userIdOf(viewer);
    if (requested === null) return hasRole(viewer, Role.MANAGER) ? self : null;
    if (requested !== self && !hasRole(viewer, Role.COORDINATOR) && viewer.kind !== 'integration') {
      problems.push(problem('INVALID', 'manager', 'Only coordinators assign cases to others.'));
      return null;
    }
    const manager = await this.em.findOne(User, { id: requested, agency: agencyId });
    if (!manager || !manager.roles.some((role) => role === Role.MANAGER || role === Role.COORDINATOR)) {
      problems.push(problem('NOT_FOUND', 'manager', 'No such manager in your agency.'));
      return null;
    }
    return requested;
  }

  private fieldsOf(client: Client): ClientFieldChanges {
    return { ...client, municipalityId: client.municipality.id };
  }

  /** Entity values from validated changes; coordinates fall back to the municipality centre. */
  private entityValues(values: ClientFieldChanges, municipality: Municipality): Partial<Client> {
    const { municipalityId: _municipalityId, householdWithId: _householdWithId, latitude, longitude, ...rest } = values;
    const atAddress = latitude != null && longitude != null;
    return {
      ...(rest as Partial<Client>),
      municipality: this.em.getReference(Municipality, municipality.id, { wrapped: true }),
      latitude: atAddress ? latitude : municipality.latitude,
      longitude: atAddress ? longitude : municipality.longitude,
      locationPrecision: atAddress ? LocationPrecision.ADDRESS : LocationPrecision.MUNICIPALITY,
    };
  }
}

/** A reference to the acting person, for `recordedBy`-style columns; null for API keys. */
export function userRefOf(em: EntityManager, viewer: Viewer) {
  const userId = userIdOf(viewer);
  return userId === null ? null : em.getReference(User, userId, { wrapped: true });
}

export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year + years, month - 1, day));
  // 29 February plus whole years ends on 28 February, the end of that month (§ 188(3) BGB).
  if (date.getUTCMonth() !== month - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}
