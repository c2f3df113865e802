import { Migration } from '@mikro-orm/migrations';

/**
 * Faster caseload policies, measured at 150,000 clients: the client policy called a SQL function
 * with a sub-select, which PostgreSQL does not inline, so every row of every agency was tested
 * (2.8 s for a coordinator's 200 plans). Written out, the policy starts with
 * `agency_id = <setting>` and uses the agency index. The retention policies, ORed into every
 * query, go too: erasure now runs in one SECURITY DEFINER function that can do nothing else.
 */
export class Migration20261125200000_indexable_caseload_policies extends Migration {
  override async up(): Promise<void> {
    this.addSql('drop policy "client_caseload" on "client";');
    this.addSql('drop policy "client_retention" on "client";');
    this.addSql('drop policy "client_retention_erase" on "client";');
    this.addSql('drop policy "erased_case_count_retention" on "erased_case_count";');
    this.addSql('drop function hub_client_visible(int, int);');
    this.addSql(`create policy "client_caseload" on "client" for all using (
      "agency_id" = hub_setting_int('hub.agency_id') and (
        hub_has_role('COORDINATOR') or hub_has_role('INTEGRATION')
        or "manager_id" = hub_setting_int('hub.user_id')
        or "manager_id" in (select u.id from hub_user u where u.team_id = hub_setting_int('hub.caseload_team_id'))))
      with check ("agency_id" = hub_setting_int('hub.agency_id'));`);

    // Erases up to `batch` cases closed before `cutoff` with all their rows (foreign keys cascade),
    // counting them per agency and year and writing the audit entries. Runs as the owner, past RLS.
    this.addSql(`create function hub_erase_closed_cases(cutoff timestamptz, audit_request_id text, batch int)
      returns int language plpgsql security definer set search_path = public as $$
      -- plpgsql, not sql: its body is planned at the first call, after this transaction has
      -- committed the new audit_purpose value RETENTION (an enum value is unusable before).
      declare erased int;
      begin
      with doomed as (
        select c.id, c.agency_id, extract(year from c.closed_at)::int as closed_year from client c
        where c.status = 'CLOSED' and c.closed_at < cutoff order by c.id limit batch
      ), counted as (
        insert into erased_case_count (agency_id, closed_year, cases)
        select d.agency_id, d.closed_year, count(*) from doomed d group by 1, 2
        on conflict (agency_id, closed_year) do update set cases = erased_case_count.cases + excluded.cases
        returning 1
      ), audited as (
        insert into audit_event (request_id, actor, actor_kind, actor_roles, agency_id, action, purpose, subject_type, subject_id, fields)
        select audit_request_id, 'retention', 'SYSTEM', '{RETENTION}', d.agency_id, 'DELETE', 'RETENTION', 'Client',
               translate(encode(convert_to('Client:' || d.id, 'UTF8'), 'base64'), '+/=', '-_'),
               '{client,supportExtensions,planVersions,planGoals,planMeasures,planReviews,caseNotes,consents}'
        from doomed d
        returning 1
      ), erased as (
        delete from client c using doomed d where c.id = d.id returning c.id
      )
      select count(*)::int into erased from erased;
      return erased;
      end
    $$;`);
    this.addSql('revoke execute on function hub_erase_closed_cases(timestamptz, text, int) from public;');
    this.addSql('grant execute on function hub_erase_closed_cases(timestamptz, text, int) to hub_app;');
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists hub_erase_closed_cases(timestamptz, text, int);');
  }
}
