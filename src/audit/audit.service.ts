import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAgency, requireRole, Role, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { AuditEvent } from './audit-event.entity';
import type { AuditAction, AuditPurpose } from './audit.enums';

export interface AuditCriteria {
  /** Global ID of the actor, as stored. */
  actor: string | null;
  /** Global ID of the subject, as stored. */
  subject: string | null;
  actions: AuditAction[] | null;
  purposes: AuditPurpose[] | null;
  from: Date | null;
  until: Date | null;
}

/** The audit log, for the data protection officer of the agency whose data it concerns. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  list(viewer: Viewer, criteria: AuditCriteria, page: PageRequest) {
    return findPage(this.em, AuditEvent, where(viewer, criteria), { keys: [{ property: 'id', type: 'bigint' }], direction: 'desc' }, page);
  }

  count(viewer: Viewer, criteria: AuditCriteria): Promise<number> {
    return this.em.count(AuditEvent, where(viewer, criteria));
  }
}

function where(viewer: Viewer, criteria: AuditCriteria): FilterQuery<AuditEvent> {
  requireRole(viewer, Role.DATA_PROTECTION_OFFICER);
  const agencyId = requireAgency(viewer);
  if (criteria.from && criteria.until && criteria.from >= criteria.until) {
    throw new AppError('INVALID_ARGUMENT', '"filter.from" must be before "filter.until".', { argument: 'filter.from' });
  }
  const where: Record<string, unknown> = { agencyId };
  if (criteria.actor) where.actorId = criteria.actor;
  if (criteria.subject) where.subjectId = criteria.subject;
  if (criteria.actions?.length) where.action = { $in: criteria.actions };
  if (criteria.purposes?.length) where.purpose = { $in: criteria.purposes };
  if (criteria.from || criteria.until) {
    where.occurredAt = { ...(criteria.from ? { $gte: criteria.from } : {}), ...(criteria.until ? { $lt: criteria.until } : {}) };
  }
  return where as FilterQuery<AuditEvent>;
}
