import { Migration } from '@mikro-orm/migrations';

/**
 * Webhooks (Standard Webhooks 1.0): endpoints registered by admins (hub-wide, the public catalogue)
 * or by a provider (its own catalogue and referrals), and one delivery row per event and endpoint.
 *
 * - The delivery row is the queue: the worker claims due rows with `for update skip locked`,
 *   pushing `next_attempt_at` past the attempt's deadline as a lease, so a worker killed mid-send
 *   leaves the row due again and another attempt goes out with the same `message_id` (webhook-id).
 * - Fan-out reads the outboxes (`catalogue_change`, `referral_event`) after a cursor per source in
 *   (tx, id) commit order below `pg_snapshot_xmin`, like the changes feed, and inserts deliveries
 *   in the transaction that advances the cursor: a kill at any point loses nothing, and
 *   `webhook_delivery_once` keeps a replayed fan-out from adding a second row.
 * - Referral events get their writing transaction's ID (`tx`) for that order in a table of their
 *   own, `webhook_referral_event_order` (a trigger fills it; only the owner's functions touch it).
 *   Events from before this migration have none and are never sent; the catalogue cursor starts
 *   after the changes already written (no history is sent).
 * - The worker acts with the setting `hub.roles = WEBHOOKS` (no token can carry it: unknown roles
 *   are dropped at sign-in). It may read every endpoint, delivery and catalogue change; referral
 *   events only through `hub_webhook_referral_events`, which returns IDs, never the person's.
 * - `secret_encrypted` holds the signing secret encrypted with the key ring (EncryptedText): it must be
 *   recovered to sign, so it cannot be hashed; the API shows it once.
 */
export class Migration20261207090000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "webhook_endpoint_status" as enum ('ACTIVE', 'DISABLED');`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'SUCCEEDED', 'FAILED', 'DEAD');`);
    this.addSql(`create table "webhook_endpoint" (
      "id" serial primary key,
      "provider_id" int null references "provider" ("id"),
      "url" varchar(2048) not null,
      "description" varchar(200) null,
      "events" text[] not null check (cardinality("events") between 1 and 50),
      "secret_encrypted" text not null,
      "previous_secret_encrypted" text null,
      "previous_secret_expires_at" timestamptz null,
      "status" "webhook_endpoint_status" not null default 'ACTIVE',
      "disabled_reason" varchar(500) null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "webhook_endpoint_reason_iff_disabled" check (("status" = 'DISABLED') = ("disabled_reason" is not null)));`);
    this.addSql('create index "webhook_endpoint_provider_index" on "webhook_endpoint" ("provider_id", "id");');
    this.addSql(`create table "webhook_delivery" (
      "id" serial primary key,
      "endpoint_id" int not null references "webhook_endpoint" ("id") on delete cascade,
      "message_id" varchar(64) not null,
      "event_type" varchar(64) not null,
      "payload" text not null,
      "status" "webhook_delivery_status" not null default 'PENDING',
      "attempts" int not null default 0 check ("attempts" >= 0),
      "next_attempt_at" timestamptz not null default now(),
      "last_attempt_at" timestamptz null,
      "last_status_code" int null,
      "last_error" varchar(500) null,
      "succeeded_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      constraint "webhook_delivery_once" unique ("endpoint_id", "message_id"));`);
    this.addSql(`create index "webhook_delivery_due_index" on "webhook_delivery" ("next_attempt_at") where "status" in ('PENDING', 'FAILED');`);
    this.addSql('create index "webhook_delivery_endpoint_index" on "webhook_delivery" ("endpoint_id", "id");');
    this.addSql(`create table "webhook_cursor" (
      "source" varchar(32) primary key,
      "tx" xid8 not null,
      "id" bigint not null);`);

    // The commit order of referral events, kept beside them (the referrals' own table stays as it is).
    this.addSql(`create table "webhook_referral_event_order" (
      "event_id" int primary key,
      "tx" xid8 not null default pg_current_xact_id());`);
    this.addSql('create index "webhook_referral_event_order_index" on "webhook_referral_event_order" ("tx", "event_id");');
    this.addSql(`create function hub_webhook_order_referral_event() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        insert into webhook_referral_event_order (event_id) values (new.id);
        return null;
      end $$;`);
    this.addSql('revoke execute on function hub_webhook_order_referral_event() from public;');
    this.addSql('create trigger "referral_event_webhook_order" after insert on "referral_event" for each row execute function hub_webhook_order_referral_event();');
    this.addSql(`insert into "webhook_cursor" ("source", "tx", "id")
      select 'catalogue', coalesce((select c.tx from catalogue_change c order by c.tx desc, c.id desc limit 1), '0'::xid8), coalesce((select max(c.id) from catalogue_change c), 0)
      union all
      select 'referrals', '0'::xid8, 0;`);

    for (const table of ['webhook_endpoint', 'webhook_delivery', 'webhook_cursor']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
    }
    this.addSql(`create policy "webhook_endpoint_admin" on "webhook_endpoint" for all using (hub_has_role('ADMIN')) with check (hub_has_role('ADMIN'));`);
    this.addSql(`create policy "webhook_endpoint_provider" on "webhook_endpoint" for all
      using ("provider_id" = hub_setting_int('hub.provider_id')) with check ("provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql(`create policy "webhook_endpoint_worker_read" on "webhook_endpoint" for select using (hub_has_role('WEBHOOKS'));`);
    this.addSql(`create policy "webhook_endpoint_worker_disable" on "webhook_endpoint" for update using (hub_has_role('WEBHOOKS')) with check (hub_has_role('WEBHOOKS'));`);
    this.addSql(`create policy "webhook_delivery_of_visible_endpoint" on "webhook_delivery" for all
      using ("endpoint_id" in (select e.id from webhook_endpoint e)) with check ("endpoint_id" in (select e.id from webhook_endpoint e));`);
    this.addSql(`create policy "webhook_cursor_worker" on "webhook_cursor" for all using (hub_has_role('WEBHOOKS')) with check (hub_has_role('WEBHOOKS'));`);
    this.addSql(`create policy "catalogue_change_webhooks" on "catalogue_change" for select using (hub_has_role('WEBHOOKS'));`);

    // Referral events across providers for the fan-out: IDs, action and time only, in commit order.
    this.addSql(`create function hub_webhook_referral_events(after_tx xid8, after_id int, lim int)
      returns table (tx xid8, id int, referral_id int, offer_id int, provider_id int, action referral_action, at timestamptz)
      language sql stable security definer set search_path = public as $$
      select o.tx, e.id, e.referral_id, e.offer_id, e.provider_id, e.action, e.at
      from webhook_referral_event_order o join referral_event e on e.id = o.event_id
      where hub_has_role('WEBHOOKS') and o.tx < pg_snapshot_xmin(pg_current_snapshot()) and (o.tx, o.event_id) > (after_tx, after_id)
      order by o.tx, o.event_id limit lim
    $$;`);
    this.addSql('revoke execute on function hub_webhook_referral_events(xid8, int, int) from public;');
    this.addSql('grant execute on function hub_webhook_referral_events(xid8, int, int) to hub_app;');

    this.addSql('grant select, insert, update, delete on "webhook_endpoint" to hub_app;');
    this.addSql('grant usage on sequence "webhook_endpoint_id_seq" to hub_app;');
    // Deliveries go with their endpoint (cascade), never one by one.
    this.addSql('grant select, insert, update on "webhook_delivery" to hub_app;');
    this.addSql('grant usage on sequence "webhook_delivery_id_seq" to hub_app;');
    this.addSql('grant select, update on "webhook_cursor" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function hub_webhook_referral_events(xid8, int, int);');
    this.addSql('drop policy "catalogue_change_webhooks" on "catalogue_change";');
    this.addSql('drop trigger "referral_event_webhook_order" on "referral_event";');
    this.addSql('drop function hub_webhook_order_referral_event();');
    this.addSql('drop table "webhook_referral_event_order", "webhook_cursor", "webhook_delivery", "webhook_endpoint";');
    this.addSql('drop type "webhook_delivery_status";');
    this.addSql('drop type "webhook_endpoint_status";');
  }
}
