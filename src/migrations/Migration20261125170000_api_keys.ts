import { Migration } from '@mikro-orm/migrations';

/** API keys of providers' third-party systems: hash-only secrets, scopes, revocation, last use. */
export class Migration20261125170000_api_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_key" (
      "id" serial primary key,
      "name" varchar(100) not null check (length(trim("name")) > 0),
      "provider_id" int not null references "provider" ("id") on update cascade,
      "scopes" text[] not null default '{}',
      "prefix" varchar(16) not null,
      "secret_hash" bytea not null check (length("secret_hash") = 32),
      "created_at" timestamptz not null default now(),
      "issued_at" timestamptz not null default now(),
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "api_key_prefix_unique" unique ("prefix"));`);
    this.addSql('create index "api_key_provider_id_index" on "api_key" ("provider_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "api_key";');
  }
}
