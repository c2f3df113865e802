import type { EntityManager } from '@mikro-orm/postgresql';
import { agencyOf, Role, type Viewer } from '../core/auth/viewer';
import { AppError } from '../core/errors';

/** Cells of fewer people are only counted, never shown (statistical confidentiality). */
export const MIN_FUNNEL_CELL = 5;
/** The most cells one funnel shows per dimension. */
export const MAX_FUNNEL_CELLS = 500;

export type FunnelDimension = 'DISTRICT' | 'PROGRAMME' | 'PROVIDER';
export const FUNNEL_DIMENSIONS: readonly FunnelDimension[] = ['DISTRICT', 'PROGRAMME', 'PROVIDER'];

export interface FunnelCriteria {
  /** Referrals made on or after this day, and before `until` (ISO dates). */
  from: string;
  until: string;
  programmes: readonly string[] | null;
}

export interface FunnelCell {
  dimension: FunnelDimension;
  value: string;
  referred: number;
  /** A step's count, or null where fewer than MIN_FUNNEL_CELL people reached it (suppressed). */
  accepted: number | null;
  started: number | null;
  completed: number | null;
  withCertificate: number | null;
  /** Median days between the steps, over the people who took both; null where fewer than MIN_FUNNEL_CELL did. */
  medianDaysToAccept: number | null;
  medianDaysToStart: number | null;
  medianDaysToComplete: number | null;
}

export interface Funnel {
  cells: FunnelCell[];
  /** Cells with fewer than MIN_FUNNEL_CELL referrals, left out. */
  suppressedCells: number;
}

interface Row {
  dimension: FunnelDimension;
  value: string;
  referred: number;
  accepted: number;
  started: number;
  completed: number;
  certificates: number;
  to_accept: number | null;
  to_start: number | null;
  to_complete: number | null;
}

const shown = (count: number) => (count >= MIN_FUNNEL_CELL ? count : null);
const median = (days: number | null, people: number) => (people >= MIN_FUNNEL_CELL && days !== null ? Math.round(days * 10) / 10 : null);

/**
 * The referral funnel of the viewer's agency: referred → accepted → started → completed → with a
 * certificate, per district (of the person's place), programme and provider, with the median days
 * between the steps, from the referrals' events (the first time each status was reached). A
 * coordinator's aggregate (purpose STATISTICS): cells and steps below MIN_FUNNEL_CELL people are
 * suppressed. One statement; row-level security keeps it to the agency's own referrals.
 */
export class ReferralFunnelService {
  constructor(private readonly em: EntityManager) {}

  async funnel(viewer: Viewer, criteria: FunnelCriteria): Promise<Funnel> {
    const agencyId = agencyOf(viewer);
    if (agencyId === null || viewer.kind !== 'user' || !viewer.roles.includes(Role.COORDINATOR)) throw new AppError('FORBIDDEN', 'The referral funnel is for the coordinators of an agency.');
    const rows = await this.em.execute<Row[]>(
      `with reached as (
         select r.id, r.certificate is not null as certified, o.programme::text as programme, p.name as provider, coalesce(d.name, 'ohne Ort') as district, r.created_at as referred_at,
           (select min(e.at) from referral_event e where e.referral_id = r.id and e.to_status = 'ACCEPTED') as accepted_at,
           (select min(e.at) from referral_event e where e.referral_id = r.id and e.to_status = 'STARTED') as started_at,
           (select min(e.at) from referral_event e where e.referral_id = r.id and e.to_status = 'COMPLETED') as completed_at
         from referral r
         join offer o on o.id = r.offer_id
         join provider p on p.id = r.provider_id
         join client c on c.id = r.client_id
         left join municipality m on m.id = c.municipality_id
         left join district d on d.id = m.district_id
         where r.agency_id = ? and r.created_at >= ?::date and r.created_at < ?::date
           and (?::text[] is null or o.programme::text = any(?::text[]))
       ), cells as (
         select 'DISTRICT' as dimension, district as value, * from reached
         union all select 'PROGRAMME', programme, * from reached
         union all select 'PROVIDER', provider, * from reached
       )
       select dimension, value, count(*)::int as referred, count(accepted_at)::int as accepted, count(started_at)::int as started,
         count(completed_at)::int as completed, count(*) filter (where certified and completed_at is not null)::int as certificates,
         percentile_cont(0.5) within group (order by extract(epoch from accepted_at - referred_at) / 86400) as to_accept,
         percentile_cont(0.5) within group (order by extract(epoch from started_at - accepted_at) / 86400) as to_start,
         percentile_cont(0.5) within group (order by extract(epoch from completed_at - started_at) / 86400) as to_complete
       from cells group by dimension, value order by dimension, value`,
      [agencyId, criteria.from, criteria.until, criteria.programmes === null ? null : `{${criteria.programmes.join(',')}}`, criteria.programmes === null ? null : `{${criteria.programmes.join(',')}}`],
    );
    const cells: FunnelCell[] = [];
    let suppressedCells = 0;
    for (const row of rows) {
      if (row.referred < MIN_FUNNEL_CELL) {
        suppressedCells += 1;
        continue;
      }
      if (cells.filter((cell) => cell.dimension === row.dimension).length >= MAX_FUNNEL_CELLS) continue;
      cells.push({
        dimension: row.dimension,
        value: row.value,
        referred: row.referred,
        accepted: shown(row.accepted),
        started: shown(row.started),
        completed: shown(row.completed),
        withCertificate: shown(row.certificates),
        medianDaysToAccept: median(row.to_accept, row.accepted),
        medianDaysToStart: median(row.to_start, row.started),
        medianDaysToComplete: median(row.to_complete, row.completed),
      });
    }
    return { cells, suppressedCells };
  }
}
