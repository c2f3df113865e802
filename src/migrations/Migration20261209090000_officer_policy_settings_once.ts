import { Migration } from '@mikro-orm/migrations';

/**
 * The officer's read policy on `client` reads its settings once per statement, like `client_caseload`
 * (see Migration20261125210000_policy_settings_once). Written with bare `hub_setting_int` and
 * `hub_has_role`, it was ORed into every look at `client`, so each statement called
 * `current_setting` and `string_to_array` for every row, and the OR of two differently written
 * `agency_id` tests left no index condition: the visible-client check behind every plan, goal and
 * measure query (`client_id in (select c.id from client c)`) filtered all 150,000 clients, 25 to 80 ms a
 * statement. With scalar sub-selects both policies test `agency_id = <InitPlan>` and the check reads
 * the agency's entries of `client_agency_manager_index` (about 1 ms). Who sees which row is unchanged.
 */
export class Migration20261209090000_officer_policy_settings_once extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop policy "client_data_protection_officer" on "client";');
    this.addSql(`create policy "client_data_protection_officer" on "client" for select
      using ("agency_id" = (select hub_setting_int('hub.agency_id')) and (select hub_has_role('DATA_PROTECTION_OFFICER')));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop policy "client_data_protection_officer" on "client";');
    this.addSql(`create policy "client_data_protection_officer" on "client" for select
      using ("agency_id" = hub_setting_int('hub.agency_id') and hub_has_role('DATA_PROTECTION_OFFICER'));`);
  }
}
