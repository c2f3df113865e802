import { Migration } from '@mikro-orm/migrations';

/**
 * Cost budgets per principal, shared by every API process. Unlogged: a budget is worth nothing
 * after a crash (everyone starts full again), and skipping the WAL keeps the one statement per
 * request cheap. The principal is stored only as a SHA-256 digest (an address is personal data),
 * and rows idle for an hour are deleted by the limiter.
 */
export class Migration20261201090000_rate_limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "rate_limit_bucket" (
      "principal" bytea primary key,
      "points" double precision not null,
      "updated_at" timestamptz not null default clock_timestamp()
    );`);
    this.addSql('create index "rate_limit_bucket_updated_at_index" on "rate_limit_bucket" ("updated_at");');
    this.addSql('grant select, insert, update, delete on "rate_limit_bucket" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table "rate_limit_bucket";');
  }
}
