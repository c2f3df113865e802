import type { HubModule } from '../core/module';
import { AuditEvent } from './audit-event.entity';
import { flushAuditLog } from './audit-log';
import { AUDIT_PROCESSING } from './audit.processing';
import { AuditEventResolver, AuditResolver } from './audit.resolver';
import { assertPurposesDeclared, auditPersonalDataReads } from './purpose';

/**
 * The audit log of personal data. Every module's `personalData` types are audited on read, every
 * operation reaching them must declare a purpose, and a request's entries are written in its
 * transaction just before it commits.
 */
export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver, AuditEventResolver],
  beforeCommit: [flushAuditLog],
  processing: [AUDIT_PROCESSING],
  completeSchema(schema, modules) {
    const personalData = modules.flatMap((module) => module.personalData ?? []);
    auditPersonalDataReads(schema, personalData);
    assertPurposesDeclared(schema, personalData);
  },
};
