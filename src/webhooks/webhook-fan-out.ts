import type PgBoss from 'pg-boss';
import type { Pool, PoolClient } from 'pg';
import { toGlobalId } from '../core/relay/global-id';
import type { CatalogueAction, CatalogueSubject } from '../offers/catalogue-changes';
import type { ReferralAction } from '../referrals/referral.enums';
import { PROVIDER_ONLY_EVENTS, WebhookEventType, wireNameOf } from './webhook.enums';
import { inWorkerTransaction, insertDeliveryJobs } from './webhook-jobs';

/** One outbox row as an event: who it concerns and its thin payload. */
export interface OutboxEvent {
  tx: string;
  id: string;
  /** The webhook-id: derived from the outbox row, so a replayed fan-out names the same message. */
  messageId: string;
  type: WebhookEventType | null;
  providerId: number;
  /** Concerns the public catalogue (hub-wide endpoints receive only these). */
  public: boolean;
  at: Date;
  data: Record<string, string | number | null>;
}

interface Source {
  name: 'catalogue' | 'referrals';
  read(client: PoolClient, after: { tx: string; id: string }, limit: number): Promise<OutboxEvent[]>;
}

const CATALOGUE_EVENTS: Record<CatalogueSubject, Partial<Record<CatalogueAction, WebhookEventType>>> = {
  OFFER: {
    CREATED: WebhookEventType.OFFER_CREATED,
    UPDATED: WebhookEventType.OFFER_UPDATED,
    PUBLISHED: WebhookEventType.OFFER_PUBLISHED,
    ARCHIVED: WebhookEventType.OFFER_ARCHIVED,
    SEATS_CHANGED: WebhookEventType.OFFER_SEATS_CHANGED,
  },
  LOCATION: { CREATED: WebhookEventType.LOCATION_CREATED, UPDATED: WebhookEventType.LOCATION_UPDATED, ARCHIVED: WebhookEventType.LOCATION_ARCHIVED },
};

const REFERRAL_EVENTS: Record<ReferralAction, WebhookEventType> = {
  CREATE: WebhookEventType.REFERRAL_CREATED,
  ACCEPT: WebhookEventType.REFERRAL_ACCEPTED,
  DECLINE: WebhookEventType.REFERRAL_DECLINED,
  WAITLIST: WebhookEventType.REFERRAL_WAITLISTED,
  PROMOTE: WebhookEventType.REFERRAL_PROMOTED,
  START: WebhookEventType.REFERRAL_STARTED,
  COMPLETE: WebhookEventType.REFERRAL_COMPLETED,
  DROP_OUT: WebhookEventType.REFERRAL_DROPPED_OUT,
  WITHDRAW: WebhookEventType.REFERRAL_WITHDRAWN,
  EXPIRE: WebhookEventType.REFERRAL_EXPIRED,
  REMIND: WebhookEventType.REFERRAL_REMINDED,
};

/** Both outboxes are read in (tx, id) order and only below the oldest running transaction, like the changes feed. */
const SOURCES: readonly Source[] = [
  {
    name: 'catalogue',
    async read(client, after, limit) {
      const { rows } = await client.query<{ tx: string; id: string; subject_type: CatalogueSubject; subject_id: number; provider_id: number; action: CatalogueAction; public: boolean; version: number | null; at: Date }>(
        `select c.tx::text as tx, c.id::text as id, c.subject_type, c.subject_id, c.provider_id, c.action, c.public, c.version, c.at
         from catalogue_change c
         where c.tx < pg_snapshot_xmin(pg_current_snapshot()) and (c.tx, c.id) > ($1::xid8, $2::bigint)
         order by c.tx, c.id limit $3`,
        [after.tx, after.id, limit],
      );
      return rows.map((row) => {
        const subject = row.subject_type === 'OFFER' ? 'offer' : 'location';
        return {
          tx: row.tx,
          id: row.id,
          messageId: `msg_catalogue_${row.id}`,
          type: CATALOGUE_EVENTS[row.subject_type][row.action] ?? null,
          providerId: row.provider_id,
          public: row.public,
          at: new Date(row.at),
          data: { [subject]: toGlobalId(row.subject_type === 'OFFER' ? 'Offer' : 'Location', row.subject_id), provider: toGlobalId('Provider', row.provider_id), version: row.version },
        };
      });
    },
  },
  {
    name: 'referrals',
    async read(client, after, limit) {
      const { rows } = await client.query<{ tx: string; id: number; referral_id: number; offer_id: number; provider_id: number; action: ReferralAction; at: Date }>(
        'select tx::text as tx, id, referral_id, offer_id, provider_id, action, at from hub_webhook_referral_events($1::xid8, $2::int, $3::int)',
        [after.tx, after.id, limit],
      );
      return rows.map((row) => ({
        tx: row.tx,
        id: String(row.id),
        messageId: `msg_referral_${row.id}`,
        type: REFERRAL_EVENTS[row.action] ?? null,
        providerId: row.provider_id,
        public: false,
        at: new Date(row.at),
        data: { referral: toGlobalId('Referral', row.referral_id), offer: toGlobalId('Offer', row.offer_id), provider: toGlobalId('Provider', row.provider_id) },
      }));
    },
  },
];

interface ActiveEndpoint {
  id: number;
  provider_id: number | null;
  events: string[];
  created_at: Date;
}

/** Whether an endpoint receives an event: subscribed, registered before it, and its own (or, hub-wide, a public one). */
export function receives(endpoint: ActiveEndpoint, event: OutboxEvent): boolean {
  if (event.type === null || !endpoint.events.includes(event.type)) return false;
  if (event.at.getTime() < new Date(endpoint.created_at).getTime()) return false;
  if (endpoint.provider_id === null) return event.public && !PROVIDER_ONLY_EVENTS.includes(event.type);
  return endpoint.provider_id === event.providerId;
}

/** The body of a delivery (Standard Webhooks' recommended shape): thin, IDs only; details come from the API. */
export function payloadOf(type: string, at: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/**
 * Turns outbox rows into deliveries and their first attempt's jobs. Each source has a cursor row;
 * one transaction (on the owner's pool, with the worker's settings) locks it (another worker skips
 * it meanwhile), reads the next rows after it, inserts the deliveries for the active endpoints with
 * their pg-boss jobs and moves the cursor: all commit together or not at all, so a crash anywhere
 * loses no event, and `webhook_delivery_once` keeps a replay from doubling one.
 */
export class WebhookFanOut {
  constructor(
    private readonly pool: Pool,
    private readonly boss: PgBoss,
    private readonly batchSize = 500,
  ) {}

  /** One batch of every source; how many outbox rows it consumed and how many jobs it queued. */
  async runOnce(): Promise<{ events: number; queued: number }> {
    const total = { events: 0, queued: 0 };
    for (const source of SOURCES) {
      const round = await this.batch(source);
      total.events += round.events;
      total.queued += round.queued;
    }
    return total;
  }

  private batch(source: Source): Promise<{ events: number; queued: number }> {
    return inWorkerTransaction(this.pool, async (client) => {
      const { rows: [cursor] } = await client.query<{ tx: string; id: string }>('select tx::text as tx, id::text as id from webhook_cursor where source = $1 for update skip locked', [source.name]);
      if (!cursor) return { events: 0, queued: 0 };
      const events = await source.read(client, cursor, this.batchSize);
      if (events.length === 0) return { events: 0, queued: 0 };
      const { rows: endpoints } = await client.query<ActiveEndpoint>(`select id, provider_id, events, created_at from webhook_endpoint where status = 'ACTIVE'`);
      const deliveries = events.flatMap((event) =>
        endpoints.filter((endpoint) => receives(endpoint, event)).map((endpoint) => {
          const type = wireNameOf(event.type!);
          return { endpoint_id: endpoint.id, message_id: event.messageId, event_type: type, payload: payloadOf(type, event.at, event.data) };
        }),
      );
      let queued = 0;
      if (deliveries.length > 0) {
        // A replayed row inserts nothing and returns nothing: its delivery has its job already.
        const { rows: inserted } = await client.query<{ id: number; job_id: string }>(
          `insert into webhook_delivery (endpoint_id, message_id, event_type, payload, job_id)
           select d.endpoint_id, d.message_id, d.event_type, d.payload, gen_random_uuid() from json_to_recordset($1::json) as d(endpoint_id int, message_id text, event_type text, payload text)
           on conflict on constraint webhook_delivery_once do nothing
           returning id, job_id`,
          [JSON.stringify(deliveries)],
        );
        await insertDeliveryJobs(this.boss, client, inserted.map((row) => ({ deliveryId: row.id, jobId: row.job_id })));
        queued = inserted.length;
      }
      const last = events[events.length - 1];
      await client.query('update webhook_cursor set tx = $1::xid8, id = $2::bigint where source = $3', [last.tx, last.id, source.name]);
      return { events: events.length, queued };
    });
  }
}
