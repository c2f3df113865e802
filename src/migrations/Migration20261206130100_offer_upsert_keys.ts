import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys of `offersUpsert` (issue 12): per provider, the key, a SHA-256 of the input
 * and the answer, written in the transaction of the changes (so a key is stored exactly when its
 * changes committed). A key answers for 24 hours (the service reads only younger rows, and a later
 * call may reuse an expired one: the row is overwritten). Expired rows are left in place; they are
 * small and hold no personal data. Each provider sees and writes only its own keys.
 */
export class Migration20261206130100_offer_upsert_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "offer_upsert_key" (
      "provider_id" int not null references "provider" ("id"),
      "key" varchar(255) not null,
      "request_hash" char(64) not null,
      "answer" jsonb not null,
      "created_at" timestamptz not null default now(),
      primary key ("provider_id", "key"));`);
    this.addSql('alter table "offer_upsert_key" enable row level security;');
    this.addSql('alter table "offer_upsert_key" force row level security;');
    this.addSql(`create policy "offer_upsert_key_own" on "offer_upsert_key" for all
      using ("provider_id" = hub_setting_int('hub.provider_id')) with check ("provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql('grant select, insert, update on "offer_upsert_key" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "offer_upsert_key";');
  }
}
