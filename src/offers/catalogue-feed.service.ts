import type { EntityManager } from '@mikro-orm/postgresql';
import type { CatalogueAction, CatalogueSubject } from './catalogue-changes';

/** A position in the feed: the writing transaction's ID and the row's ID (both 64-bit, as decimal text). */
export interface FeedPosition {
  tx: string;
  id: string;
}

/** One public change of the catalogue, as the feed serves it. */
export interface CatalogueFeedEntry {
  position: FeedPosition;
  subjectType: CatalogueSubject;
  subjectId: number;
  providerId: number;
  action: CatalogueAction;
  /** The subject left the public catalogue with this change (a tombstone). */
  removed: boolean;
  version: number | null;
  occurredAt: Date;
}

export interface FeedPage {
  entries: CatalogueFeedEntry[];
  /** More entries are visible now beyond this page. */
  hasMore: boolean;
}

interface FeedRow {
  tx: string;
  id: string;
  subject_type: CatalogueSubject;
  subject_id: number;
  provider_id: number;
  action: CatalogueAction;
  version: number | null;
  at: Date;
}

const DECIMAL = /^\d{1,20}$/;

/** Whether text can be a feed position's part (a cursor from elsewhere is refused before SQL). */
export const isFeedPositionPart = (value: unknown): value is string => typeof value === 'string' && DECIMAL.test(value);

/**
 * The public changes feed, read from the outbox `catalogue_change` in (transaction, id) order.
 *
 * Only rows of transactions older than the oldest one still running are served
 * (`tx < pg_snapshot_xmin(pg_current_snapshot())`, in the same statement as the read): every
 * transaction below that bound has ended, so no row can later appear before a cursor already
 * handed out. A transaction that began earlier but commits later holds the feed back until it
 * ends (at most the idle-in-transaction and statement timeouts) instead of being skipped.
 */
export class CatalogueFeedService {
  constructor(private readonly em: EntityManager) {}

  async page(after: FeedPosition | null, limit: number): Promise<FeedPage> {
    const rows: FeedRow[] = await this.em.execute(
      `select c.tx::text as tx, c.id::text as id, c.subject_type, c.subject_id, c.provider_id, c.action, c.version, c.at
       from catalogue_change c
       where c.public
         and c.tx < pg_snapshot_xmin(pg_current_snapshot())
         and (c.tx, c.id) > (?::xid8, ?::bigint)
       order by c.tx, c.id
       limit ?`,
      [after?.tx ?? '0', after?.id ?? '0', limit + 1],
    );
    const entries = rows.slice(0, limit).map((row) => ({
      position: { tx: row.tx, id: row.id },
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      providerId: row.provider_id,
      action: row.action,
      removed: row.action === 'ARCHIVED',
      version: row.version,
      occurredAt: new Date(row.at),
    }));
    return { entries, hasMore: rows.length > limit };
  }
}
