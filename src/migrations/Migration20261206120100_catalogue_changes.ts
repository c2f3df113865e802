import { Migration } from '@mikro-orm/migrations';

/**
 * The catalogue's changes feed (issue 12): an outbox written in the transaction of each offer or
 * location change (the offers module's before-commit hook), read by `catalogueChanges` and, later,
 * by webhook delivery.
 *
 * Order: each row carries the ID of the transaction that wrote it (`tx`, xid8). The feed is read
 * in (tx, id) order and only up to the oldest transaction still running
 * (`pg_snapshot_xmin(pg_current_snapshot())`): a row of a transaction that began earlier but
 * commits later is never overtaken by a cursor, so a consumer that resumes from its cursor misses
 * nothing and sees nothing twice.
 *
 * `public`: the change concerns the public catalogue (the offer is published, or has just left
 * it: a tombstone). Providers see their own non-public changes too.
 */
export class Migration20261206120100_catalogue_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "catalogue_change_action" as enum ('CREATED', 'UPDATED', 'PUBLISHED', 'ARCHIVED', 'SEATS_CHANGED');`);
    this.addSql(`create type "catalogue_subject" as enum ('OFFER', 'LOCATION');`);
    this.addSql(`create table "catalogue_change" (
      "id" bigint generated always as identity primary key,
      "tx" xid8 not null default pg_current_xact_id(),
      "subject_type" "catalogue_subject" not null,
      "subject_id" int not null,
      "provider_id" int not null references "provider" ("id"),
      "action" "catalogue_change_action" not null,
      "public" boolean not null,
      "version" int null,
      "at" timestamptz not null default now());`);
    this.addSql('create index "catalogue_change_order_index" on "catalogue_change" ("tx", "id");');
    this.addSql('create index "catalogue_change_provider_index" on "catalogue_change" ("provider_id", "tx", "id");');
    this.addSql('alter table "catalogue_change" enable row level security;');
    this.addSql('alter table "catalogue_change" force row level security;');
    this.addSql(`create policy "catalogue_change_read" on "catalogue_change" for select using ("public" or "provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql(`create policy "catalogue_change_append" on "catalogue_change" for insert with check ("provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql('grant select, insert on "catalogue_change" to hub_app;');
    this.addSql('grant usage on sequence "catalogue_change_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "catalogue_change";');
    this.addSql('drop type "catalogue_change_action";');
    this.addSql('drop type "catalogue_subject";');
  }
}
