import type { Knex } from '@mikro-orm/postgresql';

/**
 * Demo tenants, derived from the districts: one agency per Stadt- or Landkreis covering its
 * municipalities ("lra-tuebingen", "stadt-stuttgart", …) with two teams each. Deterministic, so
 * tokens for `npm run token -- --agency lra-tuebingen` work on every fresh database.
 */
export async function seedTenancy(trx: Knex.Transaction): Promise<{ agencies: number; teams: number }> {
  // "Landkreis Tübingen" → "tuebingen", "Rems-Murr-Kreis" → "rems-murr-kreis".
  const place = `regexp_replace(d.name, '^Landkreis ', '')`;
  const slug = `trim(both '-' from regexp_replace(replace(replace(replace(replace(lower(${place}), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), '[^a-z0-9]+', '-', 'g'))`;
  const agencies = await trx.raw(`
    insert into agency (key, name, kind, team_caseloads_visible)
    select case d.kind when 'STADTKREIS' then 'stadt-' else 'lra-' end || ${slug},
           case d.kind when 'STADTKREIS' then 'Stadt ' || d.name else 'Landratsamt ' || ${place} end,
           case d.kind when 'STADTKREIS' then 'MUNICIPALITY' else 'DISTRICT_OFFICE' end::agency_kind,
           d.kind = 'STADTKREIS'
    from district d order by d.ags
    on conflict (key) do nothing`);
  await trx.raw(`
    insert into agency_municipality (agency_id, municipality_id)
    select a.id, m.id from district d
    join agency a on a.key = case d.kind when 'STADTKREIS' then 'stadt-' else 'lra-' end || ${slug}
    join municipality m on m.district_id = d.id
    on conflict do nothing`);
  const teams = await trx.raw(`
    insert into team (agency_id, name)
    select a.id, t.name from agency a cross join (values ('Team Nord'), ('Team Süd')) as t(name) order by a.id, t.name
    on conflict do nothing`);
  return { agencies: agencies.rowCount ?? 0, teams: teams.rowCount ?? 0 };
}
