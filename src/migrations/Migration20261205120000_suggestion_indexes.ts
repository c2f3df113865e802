import { Migration } from '@mikro-orm/migrations';

/** What the suggestions' candidate statement reads of an offer (candidate-sql.ts): its filter and its score's bound. */
const MATCH_COLUMNS =
  'id, programme, format, family, start_date, end_date, rolling_entry, capacity, seats_taken, waitlist_open, waitlist_length, min_age, max_age, entry_level_min, entry_level_max, childcare, admitted_residence_statuses, support_languages, weekdays, times_of_day';

/**
 * Covering indexes for suggestions, so that candidates are found by index-only scans instead of
 * reading wide offer rows (title, description, search vector): offers at a place, reached through
 * the GiST index on locations, and offers without a place to travel to (online, hybrid, or no
 * location), which the old statement found by scanning every offer.
 */
export class Migration20261205120000_suggestion_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "offer_match_location_idx" on "offer" ("location_id") include (${MATCH_COLUMNS}) where status = 'PUBLISHED';`);
    this.addSql(
      `create index "offer_match_remote_idx" on "offer" ("programme") include (location_id, ${MATCH_COLUMNS.replace('programme, ', '')}) where status = 'PUBLISHED' and (format <> 'IN_PERSON' or location_id is null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "offer_match_remote_idx";');
    this.addSql('drop index "offer_match_location_idx";');
  }
}
