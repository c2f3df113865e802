import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import { CERTIFICATE_LEVEL, type GermanCertificate } from '../caseloads/client-facts.enums';
import type { Viewer } from '../core/auth/viewer';
import { succeed } from '../core/result';
import { PlanMeasure } from '../plans/plan.entity';
import { newVersion } from '../plans/plan-versions';
import type { MeasureStatus } from '../plans/plan.enums';
import { withSettings } from './tenant-elevation';

/** The referral as the case file needs it. */
export interface ReferralOfCase {
  clientId: number;
  agencyId: number;
  offerId: number;
  measureOriginId: number | null;
  startedAt: Date | null;
}

/**
 * What a referral's steps change in the client's case file, in the step's transaction: the plan
 * measure follows the referral's status (a new plan version, as every plan change), and a
 * certificate it ended with is recorded as a course attended and raises the German level it proves.
 * The provider's side never sees the case file, so this runs as an agency system (see
 * tenant-elevation.ts), for this client only.
 */
export class ReferralCaseFile {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
  ) {}

  private asAgency<T>(referral: ReferralOfCase, work: () => Promise<T>): Promise<T> {
    return withSettings(this.em, { 'hub.agency_id': String(referral.agencyId), 'hub.roles': 'INTEGRATION' }, work);
  }

  /** Moves the referral's measure (in the plan in force) to `status`, unless it is there already. */
  async followMeasure(viewer: Viewer, referral: ReferralOfCase, status: MeasureStatus): Promise<void> {
    const originId = referral.measureOriginId;
    if (originId === null) return;
    await this.asAgency(referral, async () => {
      const [current] = await this.em.execute<Array<{ status: MeasureStatus }>>(
        'select m.status from plan_measure m join plan p on p.id = m.plan_id and p.is_current where m.client_id = ? and m.origin_id = ?',
        [referral.clientId, originId],
      );
      if (!current || current.status === status) return;
      const change = { clientId: referral.clientId, description: `Maßnahme ${status} (Zuweisung)`, fields: ['plan.measures.status'] };
      await newVersion(this.em, viewer, this.audit, change, async ({ rows, em }) => {
        const copy = await em.findOneOrFail(PlanMeasure, rows.measures.get(originId)!);
        copy.status = status;
        await em.flush();
        return succeed(copy);
      });
    });
  }

  /** Records the course with its certificate; a certificate proving a higher level than known becomes the level's evidence. */
  async recordCertificate(referral: ReferralOfCase, certificate: GermanCertificate, on: string): Promise<void> {
    await this.asAgency(referral, async () => {
      await this.em.execute(
        `insert into client_course (client_id, programme, start_date, end_date, completed, certificate)
         select ?, o.programme, ?::date, ?::date, true, ?::german_certificate from offer o where o.id = ?`,
        [referral.clientId, referral.startedAt ? referral.startedAt.toISOString().slice(0, 10) : null, on, certificate, referral.offerId],
      );
      const level = CERTIFICATE_LEVEL[certificate];
      const fields = ['coursesAttended'];
      if (level !== null) {
        const raised = await this.em.execute<Array<{ id: number }>>(
          `update client set german_level = ?::cefr_level, german_evidence = 'CERTIFICATE', german_certificate = ?, german_evidence_date = ?::date
           where id = ? and (german_level is null or german_level < ?::cefr_level) returning id`,
          [level, certificate.replace(/_/g, ' '), on, referral.clientId, level],
        );
        if (raised.length > 0) fields.push('germanLevel', 'germanEvidence', 'germanCertificate', 'germanEvidenceDate');
      }
      this.audit.record({ action: AuditAction.UPDATE, subjectType: 'Client', subjectId: referral.clientId, agencyId: referral.agencyId, fields });
    });
  }
}
