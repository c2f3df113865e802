import { describeEnum } from '../core/graphql/described-enum';

export enum AuditAction {
  READ = 'READ',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  EXPORT = 'EXPORT',
  TRANSFER = 'TRANSFER',
}
describeEnum(AuditAction, 'AuditAction', 'What was done with personal data.', {
  READ: 'Fields were read.',
  CREATE: 'A record was created.',
  UPDATE: 'Fields were changed.',
  DELETE: 'A record was deleted or erased.',
  EXPORT: 'A copy of all stored data was handed out (GDPR Art. 15).',
  TRANSFER: 'A case moved to another manager.',
});

/**
 * Why personal data is processed (GDPR Art. 5(1)(b), purpose limitation). Every operation that
 * reaches personal data declares one with `@Purpose`; the schema does not build without it.
 */
export enum AuditPurpose {
  CASE_MANAGEMENT = 'CASE_MANAGEMENT',
  REFERRAL = 'REFERRAL',
  STATISTICS = 'STATISTICS',
  DATA_SUBJECT_REQUEST = 'DATA_SUBJECT_REQUEST',
  ADMINISTRATION = 'ADMINISTRATION',
  RETENTION = 'RETENTION',
}
describeEnum(AuditPurpose, 'AuditPurpose', 'Why personal data was processed.', {
  CASE_MANAGEMENT: 'Supporting a client along the Integrationsplan.',
  REFERRAL: 'Referring a client to a measure and following the referral.',
  STATISTICS: 'Anonymous counts for reporting.',
  DATA_SUBJECT_REQUEST: "Answering a person's request under GDPR Art. 15–17.",
  ADMINISTRATION: 'Managing staff accounts, teams and tenants, and reading the audit log (its actors and subjects).',
  RETENTION: 'Erasing data at the end of its retention period.',
});

/** Who acted: a signed-in person, an API key, or the hub itself (the retention job). */
export enum AuditActorKind {
  USER = 'USER',
  INTEGRATION = 'INTEGRATION',
  SYSTEM = 'SYSTEM',
}
describeEnum(AuditActorKind, 'AuditActorKind', 'What kind of actor an audit entry names.', {
  USER: 'A signed-in person; actorId is the global ID of a User.',
  INTEGRATION: "A third-party system; actorId is the global ID of an ApiKey.",
  SYSTEM: 'The hub itself, e.g. the erasure of closed cases; actorId names the job ("retention"), not an object.',
});
