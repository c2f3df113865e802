import { Migration } from '@mikro-orm/migrations';

/**
 * Trusted documents (persisted operations) that an admin registers, and keys that may send
 * nothing else. Readable by every request, since the hub looks a document up before it knows
 * anything about it; written by admins only.
 */
export class Migration20261201100000_trusted_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "trusted_document" (
      "id" serial primary key,
      "sha256" text not null unique check ("sha256" ~ '^[0-9a-f]{64}$'),
      "name" varchar(100) not null check (length(trim("name")) > 0),
      "body" text not null,
      "registered_at" timestamptz not null default now()
    );`);
    this.addSql('alter table "trusted_document" enable row level security;');
    this.addSql('create policy "trusted_document_read" on "trusted_document" for select using (true);');
    this.addSql(`create policy "trusted_document_admin" on "trusted_document" for insert with check (hub_has_role('ADMIN'));`);
    this.addSql('grant select, insert on "trusted_document" to hub_app;');
    this.addSql('grant usage on sequence "trusted_document_id_seq" to hub_app;');
    this.addSql('alter table "api_key" add column "trusted_documents_only" boolean not null default false;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "api_key" drop column "trusted_documents_only";');
    this.addSql('drop table "trusted_document";');
  }
}
