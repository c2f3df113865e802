import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '../caseloads/client.entity';
import { userIdOf, type Viewer } from '../core/auth/viewer';
import { User } from '../tenancy/user.entity';
import { Plan } from './plan.entity';

/** A new case's plan: version 1, empty, persisted with the client in the same unit of work. */
export function openFirstPlan(em: EntityManager, viewer: Viewer, client: Client): void {
  const userId = userIdOf(viewer);
  const createdBy = userId === null ? null : em.getReference(User, userId, { wrapped: true });
  em.persist(Object.assign(new Plan(), { client, version: 1, isCurrent: true, change: 'Plan angelegt', createdBy }));
}
