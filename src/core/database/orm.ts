import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { District } from '../../geography/district.entity';
import { Municipality } from '../../geography/municipality.entity';
import { Offer } from '../../offers/offer.entity';
import { SearchTerm } from '../../offers/search-term.entity';
import { ApiKey } from '../../integrations/api-key.entity';
import { AuditEvent } from '../../audit/audit-event.entity';
import { Agency } from '../../tenancy/agency.entity';
import { Team } from '../../tenancy/team.entity';
import { User } from '../../tenancy/user.entity';
import { Client } from '../../caseloads/client.entity';
import { CaseNote } from '../../caseloads/case-note.entity';
import { SupportExtension } from '../../caseloads/support-extension.entity';
import { Plan, PlanGoal, PlanMeasure, PlanReview } from '../../plans/plan.entity';
import { Consent } from '../../consents/consent.entity';
import { Location } from '../../providers/location.entity';
import { Provider } from '../../providers/provider.entity';
import { migrationsList } from '../../migrations';
import { statementCounter } from './statement-counter';

/** Every entity of the hub; new domain folders add theirs here. */
export const entities = [
  ...[District, Municipality, Provider, Location, Offer, SearchTerm],
  ...[ApiKey, Agency, Team, User, AuditEvent],
  ...[Client, CaseNote, SupportExtension, Plan, PlanGoal, PlanMeasure, PlanReview, Consent],
];

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  const { pool, ...rest } = overrides;
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    // Explicit list rather than a folder glob: the same code runs from src/ (Jest) and dist/ (node).
    migrations: { migrationsList, tableName: 'mikro_orm_migrations', transactional: true, allOrNothing: true, snapshot: false },
    discovery: { requireEntitiesArray: true },
    pool: { min: 0, max: 10, ...pool },
    // The global EntityManager must never be used by a request: each request forks its own.
    allowGlobalContext: false,
    forceUndefined: false,
    debug: false,
    // The migrator reports through this; callers log what was applied themselves.
    logger: () => undefined,
    ...rest,
  };
}

export async function createOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  statementCounter.attach(orm);
  return orm;
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((migration) => migration.name);
}
