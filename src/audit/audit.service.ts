import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAgency, requireRole, Role, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { AuditEvent } from './audit-event.entity';
import type { AuditAction, AuditPurpose } from './audit.enums';

export interface AuditCriteria {
  actor: string | null;
  subject: string | null;
  actions: AuditAction[] | null;
  purposes: AuditPurpose[] | null;
  from: Date | null;
  until: Date | null;
}

/** The audit log, for the data protection officer of the agency whose data it concerns. */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  list(criteria: AuditCriteria, page: PageRequest) {
    return findPage(this.em, AuditEvent, this.where(criteria), { keys: [{ property: 'id', type: 'bigint' }], direction: 'desc' }, page);
  }

  count(criteria: AuditCriteria): Promise<number> {
    return this.em.count(AuditEvent, this.where(criteria));
  }

  private where(criteria: AuditCriteria): FilterQuery<AuditEvent> {
    requireRole(this.viewer, Role.DATA_PROTECTION_OFFICER);
    const agencyId = requireAgency(this.viewer);
    if (criteria.from && criteria.until && criteria.from >= criteria.until) {
      throw new AppError('INVALID_ARGUMENT', '"filter.from" must be before "filter.until".', { argument: 'filter.from' });
    }
    const where: Record<string, unknown> = { agencyId };
    if (criteria.actor) where.actor = criteria.actor;
    if (criteria.subject) where.subjectId = criteria.subject;
    if (criteria.actions?.length) where.action = { $in: criteria.actions };
    if (criteria.purposes?.length) where.purpose = { $in: criteria.purposes };
    if (criteria.from || criteria.until) {
      where.occurredAt = { ...(criteria.from ? { $gte: criteria.from } : {}), ...(criteria.until ? { $lt: criteria.until } : {}) };
    }
    return where as FilterQuery<AuditEvent>;
  }
}
