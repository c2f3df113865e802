import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import { Client } from '../caseloads/client.entity';
import { findWorkableClient } from '../caseloads/client.policy';
import { hasRole, Role, type Viewer } from '../core/auth/viewer';
import type { ErasureBlocker } from '../core/module';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { User } from '../tenancy/user.entity';
import { ClientErasureRequest } from './client-erasure-request.entity';
import { ERASURE_CONFIRMATION_HOURS, type ErasureGround } from './erasure.enums';
import type { RightsErrorCode } from './rights.errors';

/**
 * Erasure on request (GDPR Art. 17): a coordinator asks for a person's erasure with the ground of
 * Art. 17(1), then confirms it within ERASURE_CONFIRMATION_HOURS. Both steps ask every module's
 * erasure blockers (an open referral must end first). The erasure itself is the database function
 * `hub_erase_client_on_request`: every row of the person goes (foreign keys cascade), an anonymous
 * count per agency, year and ground stays, and the audit log gets a DELETE entry naming the record.
 */
export class ErasureService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
    private readonly blockers: readonly ErasureBlocker[],
    /** The export keys of the person's tables: the fields of the DELETE entry. */
    private readonly tables: readonly string[],
  ) {}

  async request(viewer: Viewer, clientId: number, ground: ErasureGround): Promise<Result<ClientErasureRequest, RightsErrorCode>> {
    const client = hasRole(viewer, Role.COORDINATOR) ? await findWorkableClient(this.em, viewer, clientId) : null;
    if (!client) return fail([problem('NOT_FOUND', 'client', 'No such client in your agency.')]);
    const blocked = await this.blockedBy(clientId);
    if (blocked.length > 0) return fail(blocked);
    const request = Object.assign(new ClientErasureRequest(), {
      client: this.em.getReference(Client, client.id, { wrapped: true }),
      ground,
      requestedBy: viewer.kind === 'user' ? this.em.getReference(User, viewer.userId, { wrapped: true }) : null,
    });
    await this.em.persistAndFlush(request);
    this.audit.record({ action: AuditAction.CREATE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['erasureRequests'] });
    return succeed(request);
  }

  /** Erases the person of a pending request; the value is the erased client's primary key. */
  async confirm(viewer: Viewer, requestId: number, now = new Date()): Promise<Result<number, RightsErrorCode>> {
    const request = hasRole(viewer, Role.COORDINATOR) ? await this.em.findOne(ClientErasureRequest, { id: requestId }, { populate: ['client'] }) : null;
    const client = request ? await findWorkableClient(this.em, viewer, request.client.id) : null;
    if (!request || !client) return fail([problem('NOT_FOUND', 'request', 'No such erasure request in your agency.')]);
    if (now.getTime() - request.requestedAt.getTime() > ERASURE_CONFIRMATION_HOURS * 3_600_000) {
      return fail([problem('EXPIRED', 'request', `The request is older than ${ERASURE_CONFIRMATION_HOURS} hours; request the erasure again.`)]);
    }
    const blocked = await this.blockedBy(client.id);
    if (blocked.length > 0) return fail(blocked);
    const [{ erased }] = await this.em.execute<Array<{ erased: boolean }>>('select hub_erase_client_on_request(?, ?) as erased', [client.id, request.id]);
    if (!erased) return fail([problem('NOT_FOUND', 'request', 'No such erasure request in your agency.')]);
    this.audit.record({ action: AuditAction.DELETE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: [...this.tables] });
    // The rows are gone: nothing of them may be flushed or served from the identity map.
    this.em.clear();
    return succeed(client.id);
  }

  private async blockedBy(clientId: number): Promise<Problem<RightsErrorCode>[]> {
    const problems: Problem<RightsErrorCode>[] = [];
    // One after the other: they share the request's transaction.
    for (const blocker of this.blockers) {
      const reason = await blocker(this.em, clientId);
      if (reason !== null) problems.push(problem('BLOCKED', 'client', reason));
    }
    return problems;
  }
}
