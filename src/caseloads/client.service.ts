import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, type AuditPurpose } from '../audit/audit.enums';
import type { AuditLog } from '../audit/audit-log';
import { agencyOf, hasRole, requireAgency, Role, userIdOf, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import { Municipality } from '../geography/municipality.entity';
import { clientOpened } from './client-events';
import { findWorkableClient } from './client.policy';
import { Agency } from '../tenancy/agency.entity';
import { User } from '../tenancy/user.entity';
import { CaseNote } from './case-note.entity';
import { validateClientFields, type ClientFieldChanges } from './client-fields';
import { Client } from './client.entity';
import { ClientStatus, LocationPrecision } from './client.enums';
import { SupportExtension } from './support-extension.entity';

const SUPPORT_YEARS = 2;
/** Funding rules: up to 3 years, 4 where justified; later ends are refused. */
const MAX_SUPPORT_YEARS = 4;
/** A case is entered when support is agreed; a start further ahead is a typo. */
const SUPPORT_START_AHEAD_YEARS = 1;
/** The most cases one transfer moves; also the cap of `ClientTransferPayload.clients`. */
export const MAX_TRANSFER = 500;

export interface Result<T> {
  value: T | null;
  userErrors: UserError[];
}

const notFound = (field: string[]): UserError => userError(field, UserErrorCode.NOT_FOUND, 'No such client in your caseload.');

/**
 * The managers' daily work on a case: create, correct, pause, close, hand over, extend, note.
 * Every change is audited under the operation's purpose. A client outside the viewer's caseload
 * answers exactly like a missing one (row-level security hides it as well).
 */
export class ClientService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly audit: AuditLog,
    private readonly purpose: AuditPurpose,
  ) {}

  /** A client the viewer may work on, or null. */
  find(clientId: number): Promise<Client | null> {
    return findWorkableClient(this.em, this.viewer, clientId);
  }

  async create(input: ClientFieldChanges & { managerId: number | null; supportStart: string | null; allowDuplicate: boolean }): Promise<Result<Client> & { duplicate: Client | null }> {
    const agencyId = requireAgency(this.viewer);
    const { values, userErrors } = validateClientFields(input, input, ['input']);
    for (const field of ['givenNames', 'familyName', 'birthDate', 'municipalityId'] as const) {
      if (input[field] == null && !userErrors.some((error) => error.field[1] === field)) {
        userErrors.push(userError(['input', field === 'municipalityId' ? 'municipality' : field], UserErrorCode.INVALID, 'This field is required.'));
      }
    }
    const today = new Date().toISOString().slice(0, 10);
    const supportStart = input.supportStart ?? today;
    // Support a case may have begun before it is entered, but not longer ago than support can last.
    if (supportStart < addYears(today, -MAX_SUPPORT_YEARS) || supportStart > addYears(today, SUPPORT_START_AHEAD_YEARS)) {
      userErrors.push(userError(['input', 'supportStart'], UserErrorCode.INVALID, `Support starts between ${addYears(today, -MAX_SUPPORT_YEARS)} and ${addYears(today, SUPPORT_START_AHEAD_YEARS)}.`));
    }
    const municipality = values.municipalityId == null ? null : await this.coveredMunicipality(agencyId, values.municipalityId, ['input', 'municipality'], userErrors);
    const managerId = await this.managerFor(agencyId, input.managerId, ['input', 'manager'], userErrors);
    if (userErrors.length > 0) return { value: null, duplicate: null, userErrors };

    if (!input.allowDuplicate) {
      const [match] = await this.em.execute<Array<{ id: number }>>('select hub_client_duplicates(?, ?, ?::date) as id', [values.givenNames, values.familyName, values.birthDate]);
      if (match) {
        const duplicate = await this.em.findOne(Client, match.id);
        return {
          value: null,
          duplicate,
          userErrors: [userError(['input'], UserErrorCode.DUPLICATE, 'The agency already supports a person with these names and birth date. Check `duplicate`, or create with allowDuplicate.')],
        };
      }
    }

    const client = Object.assign(new Client(), this.entityValues(values, municipality!), {
      agency: this.em.getReference(Agency, agencyId, { wrapped: true }),
      manager: managerId === null ? null : this.em.getReference(User, managerId, { wrapped: true }),
      supportStart,
      supportPlannedEnd: addYears(supportStart, SUPPORT_YEARS),
    });
    this.em.persist(client);
    clientOpened(this.em, this.viewer, client);
    await this.em.flush();
    this.record(AuditAction.CREATE, client, Object.keys(values));
    return { value: client, duplicate: null, userErrors: [] };
  }

  async update(clientId: number, changes: ClientFieldChanges): Promise<Result<Client>> {
    const agencyId = requireAgency(this.viewer);
    const client = await this.find(clientId);
    if (!client) return { value: null, userErrors: [notFound(['input', 'client'])] };
    const merged = { ...this.fieldsOf(client), ...changes };
    const { values, userErrors } = validateClientFields(changes, merged, ['input', 'fields']);
    const municipality = values.municipalityId == null ? null : await this.coveredMunicipality(agencyId, values.municipalityId, ['input', 'fields', 'municipality'], userErrors);
    if (userErrors.length > 0) return { value: client, userErrors };

    const updates = this.entityValues(values, municipality ?? (await this.em.findOneOrFail(Municipality, client.municipality.id)));
    const touched = Object.keys(values);
    // Without new coordinates or municipality, location fields stay as they were.
    if (values.latitude === undefined && values.municipalityId === undefined) {
      delete (updates as Partial<Client>).latitude;
      delete (updates as Partial<Client>).longitude;
      delete (updates as Partial<Client>).locationPrecision;
    }
    Object.assign(client, updates);
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, touched);
    return { value: client, userErrors: [] };
  }

  async close(clientId: number, reason: string): Promise<Result<Client>> {
    const client = await this.find(clientId);
    if (!client) return { value: null, userErrors: [notFound(['input', 'client'])] };
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > 500) return { value: client, userErrors: [userError(['input', 'reason'], UserErrorCode.INVALID, 'Give a reason of 1 to 500 characters.')] };
    if (client.status === ClientStatus.CLOSED) return { value: client, userErrors: [userError(['input', 'client'], UserErrorCode.INVALID, 'The case is closed already.')] };
    Object.assign(client, { status: ClientStatus.CLOSED, closedReason: trimmed, closedAt: new Date() });
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['status', 'closedReason', 'closedAt']);
    return { value: client, userErrors: [] };
  }

  async setPaused(clientId: number, paused: boolean): Promise<Result<Client>> {
    const client = await this.find(clientId);
    if (!client) return { value: null, userErrors: [notFound(['input', 'client'])] };
    if (client.status === ClientStatus.CLOSED) return { value: client, userErrors: [userError(['input', 'client'], UserErrorCode.INVALID, 'A closed case cannot be paused or resumed.')] };
    client.status = paused ? ClientStatus.PAUSED : ClientStatus.ACTIVE;
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['status']);
    return { value: client, userErrors: [] };
  }

  /** Single and bulk handover to another manager of the agency; all or nothing. Coordinators only. */
  async transfer(clientIds: number[], managerId: number): Promise<{ value: Client[]; userErrors: UserError[] }> {
    const agencyId = requireAgency(this.viewer);
    if (!hasRole(this.viewer, Role.COORDINATOR) && this.viewer.kind !== 'integration') throw new AppError('FORBIDDEN', 'Only coordinators transfer cases.');
    const ids = [...new Set(clientIds)];
    const userErrors: UserError[] = [];
    if (ids.length === 0 || ids.length > MAX_TRANSFER) userErrors.push(userError(['input', 'clients'], UserErrorCode.INVALID, `Name 1 to ${MAX_TRANSFER} clients.`));
    await this.managerFor(agencyId, managerId, ['input', 'manager'], userErrors);
    const clients = ids.length === 0 ? [] : await this.em.find(Client, { id: { $in: ids }, agency: agencyId });
    if (clients.length !== ids.length) userErrors.push(userError(['input', 'clients'], UserErrorCode.NOT_FOUND, 'A client is not in your agency.'));
    if (userErrors.length > 0) return { value: [], userErrors };
    for (const client of clients) client.manager = this.em.getReference(User, managerId, { wrapped: true });
    await this.em.flush();
    for (const client of clients) this.record(AuditAction.TRANSFER, client, ['manager']);
    return { value: clients, userErrors: [] };
  }

  async extendSupport(clientId: number, extendedTo: string, reason: string): Promise<Result<Client>> {
    const client = await this.find(clientId);
    if (!client) return { value: null, userErrors: [notFound(['input', 'client'])] };
    const userErrors: UserError[] = [];
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > 500) userErrors.push(userError(['input', 'reason'], UserErrorCode.INVALID, 'Give a reason of 1 to 500 characters.'));
    if (extendedTo <= client.supportPlannedEnd) userErrors.push(userError(['input', 'extendedTo'], UserErrorCode.INVALID, `Give a date after the planned end (${client.supportPlannedEnd}).`));
    else if (extendedTo > addYears(client.supportStart, MAX_SUPPORT_YEARS)) {
      userErrors.push(userError(['input', 'extendedTo'], UserErrorCode.INVALID, `Support ends at the latest four years after its start (${addYears(client.supportStart, MAX_SUPPORT_YEARS)}).`));
    }
    if (client.status === ClientStatus.CLOSED) userErrors.push(userError(['input', 'client'], UserErrorCode.INVALID, 'The case is closed.'));
    if (userErrors.length > 0) return { value: client, userErrors };
    const extension = Object.assign(new SupportExtension(), { client, extendedTo, reason: trimmed, recordedBy: this.userRef() });
    client.supportPlannedEnd = extendedTo;
    this.em.persist(extension);
    await this.em.flush();
    this.record(AuditAction.UPDATE, client, ['supportPlannedEnd', 'supportExtensions']);
    return { value: client, userErrors: [] };
  }

  async addNote(clientId: number, body: string): Promise<Result<CaseNote>> {
    const client = await this.find(clientId);
    if (!client) return { value: null, userErrors: [notFound(['input', 'client'])] };
    const text = body.trim();
    if (text.length === 0 || text.length > 5000) return { value: null, userErrors: [userError(['input', 'body'], UserErrorCode.INVALID, 'Write 1 to 5,000 characters.')] };
    const note = Object.assign(new CaseNote(), { client, body: text, author: this.userRef() });
    await this.em.persistAndFlush(note);
    this.record(AuditAction.CREATE, client, ['caseNotes']);
    return { value: note, userErrors: [] };
  }

  private record(action: AuditAction, client: Client, fields: string[]): void {
    this.audit.record({ action, purpose: this.purpose, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: fields.map((field) => (field === 'municipalityId' ? 'municipality' : field)) });
  }

  private userRef() {
    return userRefOf(this.em, this.viewer);
  }

  private async coveredMunicipality(agencyId: number, municipalityId: number, field: string[], userErrors: UserError[]): Promise<Municipality | null> {
    const [covered] = await this.em.execute<Array<{ id: number }>>('select municipality_id as id from agency_municipality where agency_id = ? and municipality_id = ?', [agencyId, municipalityId]);
    if (!covered) {
      userErrors.push(userError(field, UserErrorCode.NOT_FOUND, 'The agency does not cover this municipality.'));
      return null;
    }
    return this.em.findOneOrFail(Municipality, municipalityId);
  }

  /** The manager for a new or moved case: a manager or coordinator of the agency. Managers take their own. */
  private async managerFor(agencyId: number, requested: number | null, field: string[], userErrors: UserError[]): Promise<number | null> {
    const self = userIdOf(this.viewer);
    if (requested === null) return hasRole(this.viewer, Role.MANAGER) ? self : null;
    if (requested !== self && !hasRole(this.viewer, Role.COORDINATOR) && this.viewer.kind !== 'integration') {
      userErrors.push(userError(field, UserErrorCode.INVALID, 'Only coordinators assign cases to others.'));
      return null;
    }
    const manager = await this.em.findOne(User, { id: requested, agency: agencyId });
    if (!manager || !manager.roles.some((role) => role === Role.MANAGER || role === Role.COORDINATOR)) {
      userErrors.push(userError(field, UserErrorCode.NOT_FOUND, 'No such manager in your agency.'));
      return null;
    }
    return requested;
  }

  private fieldsOf(client: Client): ClientFieldChanges {
    return { ...client, municipalityId: client.municipality.id };
  }

  /** Entity values from validated changes; coordinates fall back to the municipality centre. */
  private entityValues(values: ClientFieldChanges, municipality: Municipality): Partial<Client> {
    const { municipalityId: _municipalityId, latitude, longitude, ...rest } = values;
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
