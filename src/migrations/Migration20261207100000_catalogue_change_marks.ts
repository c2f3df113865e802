import { Migration } from '@mikro-orm/migrations';

/**
 * Every offer and location row carries the transaction that last wrote it (`changed_tx`), set by
 * a trigger on every insert and update, whatever the writer (the API, the seed, a raw statement):
 * the suggestions' catalogue index (src/matching/suggestions/catalogue-index.ts) rereads only the
 * rows written by transactions not yet finished at its last read, which misses nothing even when
 * transactions commit out of order.
 */
export class Migration20261207100000_catalogue_change_marks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function hub_mark_changed_tx() returns trigger language plpgsql as $$
      begin
        new.changed_tx := pg_current_xact_id();
        return new;
      end $$;`);
    for (const table of ['offer', 'location']) {
      this.addSql(`alter table "${table}" add column "changed_tx" xid8 not null default pg_current_xact_id();`);
      this.addSql(`create trigger "${table}_changed_tx" before insert or update on "${table}" for each row execute function hub_mark_changed_tx();`);
      this.addSql(`create index "${table}_changed_tx_idx" on "${table}" ("changed_tx");`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['offer', 'location']) {
      this.addSql(`drop trigger "${table}_changed_tx" on "${table}";`);
      this.addSql(`alter table "${table}" drop column "changed_tx";`);
    }
    this.addSql('drop function hub_mark_changed_tx();');
  }
}
