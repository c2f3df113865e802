import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../core/context';

export type CatalogueAction = 'CREATED' | 'UPDATED' | 'PUBLISHED' | 'ARCHIVED' | 'SEATS_CHANGED';
export type CatalogueSubject = 'OFFER' | 'LOCATION';

/** One change of the catalogue, as the outbox `catalogue_change` stores it (see its migration). */
export interface CatalogueChangeRow {
  subjectType: CatalogueSubject;
  subjectId: number;
  providerId: number;
  action: CatalogueAction;
  /** Concerns the public catalogue: the subject is public now, or has just left it (a tombstone). */
  public: boolean;
  version: number | null;
}

/**
 * The catalogue changes of one unit of work, written in one INSERT just before it commits (the
 * offers module's before-commit hook): a change and its feed entry commit together or not at all.
 * The rows take their transaction's ID (`tx`) from the column default, which orders the feed.
 */
export class CatalogueOutbox {
  private readonly pending: CatalogueChangeRow[] = [];

  add(change: CatalogueChangeRow): void {
    this.pending.push(change);
  }

  async flush(em: EntityManager): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending.splice(0).map((c) => ({ subject_type: c.subjectType, subject_id: c.subjectId, provider_id: c.providerId, action: c.action, public: c.public, version: c.version }));
    await em.execute(
      `insert into catalogue_change (subject_type, subject_id, provider_id, action, public, version)
       select c.subject_type, c.subject_id, c.provider_id, c.action, c.public, c.version
       from rows from (json_to_recordset(?::json) as (subject_type catalogue_subject, subject_id int, provider_id int, action catalogue_change_action, public boolean, version int))
         with ordinality as c(subject_type, subject_id, provider_id, action, public, version, n)
       order by c.n`,
      [JSON.stringify(rows)],
    );
  }
}

const outboxes = new WeakMap<EntityManager, CatalogueOutbox>();

/** The outbox of the unit of work `em` belongs to (created on first use). */
export function catalogueOutboxOf(em: EntityManager): CatalogueOutbox {
  let outbox = outboxes.get(em);
  if (!outbox) outboxes.set(em, (outbox = new CatalogueOutbox()));
  return outbox;
}

/** The before-commit hook: the request's catalogue changes, in its transaction. */
export async function flushCatalogueOutbox(context: Context): Promise<void> {
  await outboxes.get(context.em)?.flush(context.em);
}
