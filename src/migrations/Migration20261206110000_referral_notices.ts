import { Migration } from '@mikro-orm/migrations';

/**
 * Notices to the manager about a referral (issue 11, deadlines): when the provider let the
 * response deadline pass, the deadline job expires the referral and leaves one `EXPIRED` notice
 * with the next fitting offers (IDs only, from matching). One notice per referral and kind, so a
 * job that runs twice writes it once. Agency side only: row-level security through the client
 * policy, as for the client's other rows; the provider never sees it.
 */
export class Migration20261206110000_referral_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "referral_notice" (
      "id" serial primary key,
      "referral_id" int not null references "referral" ("id") on delete cascade,
      "client_id" int not null references "client" ("id") on delete cascade,
      "agency_id" int not null references "agency" ("id"),
      "kind" varchar(16) not null check ("kind" in ('EXPIRED')),
      "offer_ids" int[] not null default '{}',
      "created_at" timestamptz not null default now(),
      constraint "referral_notice_once" unique ("referral_id", "kind"));`);
    this.addSql('create index "referral_notice_client_index" on "referral_notice" ("client_id", "id");');
    this.addSql('alter table "referral_notice" enable row level security;');
    this.addSql('alter table "referral_notice" force row level security;');
    this.addSql(`create policy "referral_notice_of_visible_client" on "referral_notice" for all
      using ("client_id" in (select c.id from client c)) with check ("client_id" in (select c.id from client c));`);
    this.addSql('grant select, insert on "referral_notice" to hub_app;');
    this.addSql('grant usage on sequence "referral_notice_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "referral_notice";');
  }
}
