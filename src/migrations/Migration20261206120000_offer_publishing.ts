import { Migration } from '@mikro-orm/migrations';

/** Offer columns a provider writes through offerCreate/offerUpdate (never the referral ledger's counters). */
const OFFER_EDITABLE = [
  'location_id', 'status', 'family', 'programme', 'title', 'description', 'support_languages', 'entry_level_min', 'entry_level_max', 'target_level',
  'audiences', 'childcare', 'format', 'start_date', 'end_date', 'rolling_entry', 'weekdays', 'times_of_day', 'hours_per_week', 'total_units',
  'capacity', 'seats_taken', 'waitlist_length', 'waitlist_open', 'fee_euro', 'cost_note', 'funding', 'min_age', 'max_age',
  'admitted_residence_statuses', 'updated_at', 'version', 'external_id', 'seats_confirmed_at',
];
const LOCATION_EDITABLE = ['name', 'street', 'postal_code', 'municipality_id', 'latitude', 'longitude', 'wheelchair_accessible', 'accessibility_notes', 'archived_at', 'updated_at'];
const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(', ');

/**
 * Providers publish their own offers and locations (issue 12).
 *
 * - `offer.version` for optimistic concurrency (an update names the version it read);
 *   `offer.external_id`, the provider's own key for bulk upserts, unique per provider;
 *   `offer.seats_confirmed_at`, when the provider last confirmed its seat figures (staleness).
 * - `location.archived_at`: a location is public from its creation; archived ones stay for the
 *   offers that used them but take no new ones. `created_at`/`updated_at` for the changes feed.
 * - Row-level security: a provider inserts and updates only its own offers and locations. A new
 *   offer starts with an empty referral ledger (the insert policy checks it: the counters are the
 *   referrals' triggers' to keep); the column grants leave those counters out of updates.
 */
export class Migration20261206120000_offer_publishing extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "offer"
      add column "version" int not null default 1,
      add column "external_id" varchar(100) null,
      add column "seats_confirmed_at" timestamptz not null default now(),
      add constraint "offer_version_positive" check ("version" >= 1);`);
    this.addSql('create unique index "offer_provider_external_id_unique" on "offer" ("provider_id", "external_id") where "external_id" is not null;');
    this.addSql(`alter table "location"
      add column "archived_at" timestamptz null,
      add column "created_at" timestamptz not null default now(),
      add column "updated_at" timestamptz not null default now();`);

    this.addSql(`create policy "offer_provider_insert" on "offer" for insert
      with check ("provider_id" = hub_setting_int('hub.provider_id') and "seats_referred" = 0 and "referral_tickets" = 0);`);
    this.addSql('revoke update on "offer" from hub_app;');
    this.addSql(`grant insert on "offer" to hub_app;`);
    this.addSql(`grant update (${quoted(OFFER_EDITABLE)}) on "offer" to hub_app;`);

    this.addSql('alter table "location" enable row level security;');
    this.addSql(`create policy "location_read" on "location" for select using (true);`);
    this.addSql(`create policy "location_provider_insert" on "location" for insert with check ("provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql(`create policy "location_provider_update" on "location" for update
      using ("provider_id" = hub_setting_int('hub.provider_id')) with check ("provider_id" = hub_setting_int('hub.provider_id'));`);
    this.addSql('grant insert on "location" to hub_app;');
    this.addSql(`grant update (${quoted(LOCATION_EDITABLE)}) on "location" to hub_app;`);
    this.addSql('grant usage on sequence "offer_id_seq", "location_id_seq" to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('revoke insert, update on "location" from hub_app;');
    this.addSql('drop policy "location_provider_update" on "location";');
    this.addSql('drop policy "location_provider_insert" on "location";');
    this.addSql('drop policy "location_read" on "location";');
    this.addSql('alter table "location" disable row level security;');
    this.addSql('revoke insert, update on "offer" from hub_app;');
    this.addSql('grant update ("status", "capacity", "seats_taken", "waitlist_length", "waitlist_open", "updated_at") on "offer" to hub_app;');
    this.addSql('drop policy "offer_provider_insert" on "offer";');
    this.addSql('alter table "location" drop column "archived_at", drop column "created_at", drop column "updated_at";');
    this.addSql('drop index "offer_provider_external_id_unique";');
    this.addSql('alter table "offer" drop column "version", drop column "external_id", drop column "seats_confirmed_at";');
  }
}
