import { Migration } from '@mikro-orm/migrations';

const MATCH_COLUMNS =
  'id, programme, format, family, start_date, end_date, rolling_entry, capacity, seats_taken, seats_referred, waitlist_open, waitlist_length, min_age, max_age, entry_level_min, entry_level_max, childcare, admitted_residence_statuses, support_languages, weekdays, times_of_day';

/** The suggestions' covering indexes (Migration20261205120000) with the referrals' seat ledger, which free seats now count. */
export class Migration20261206095000_suggestion_indexes_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop index "offer_match_remote_idx";');
    this.addSql('drop index "offer_match_location_idx";');
    this.addSql(`create index "offer_match_location_idx" on "offer" ("location_id") include (${MATCH_COLUMNS}) where status = 'PUBLISHED';`);
    this.addSql(
      `create index "offer_match_remote_idx" on "offer" ("programme") include (location_id, ${MATCH_COLUMNS.replace('programme, ', '')}) where status = 'PUBLISHED' and (format <> 'IN_PERSON' or location_id is null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "offer_match_remote_idx";');
    this.addSql('drop index "offer_match_location_idx";');
    const columns = MATCH_COLUMNS.replace(' seats_referred,', '');
    this.addSql(`create index "offer_match_location_idx" on "offer" ("location_id") include (${columns}) where status = 'PUBLISHED';`);
    this.addSql(`create index "offer_match_remote_idx" on "offer" ("programme") include (location_id, ${columns.replace('programme, ', '')}) where status = 'PUBLISHED' and (format <> 'IN_PERSON' or location_id is null);`);
  }
}
