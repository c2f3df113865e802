import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditAction, AuditPurpose } from '../audit/audit.enums';
import { SystemAudit } from '../audit/system-audit';
import { Client } from '../caseloads/client.entity';
import { ANONYMOUS, type Viewer } from '../core/auth/viewer';
import { withSettings, type TenantSettings } from '../core/database/tenant-settings';
import { SuggestionService } from '../matching/suggestion.service';
import { ReferralAction, ReferralNoticeKind, ReferralSide, ReferralStatus } from './referral.enums';
import { outboxOf } from './referral.outbox';
import { ReferralService, SYSTEM_CLOCK, type Actor, type Clock } from './referral.service';

/** Hours before the response deadline the provider is reminded. */
export const DEFAULT_REMIND_BEFORE_HOURS = 48;
/** How many other offers an expiry notice names at most. */
export const NEXT_OFFERS = 3;
/** The actor the audit log names for this job. */
const JOB_ACTOR = 'referral-deadlines';

/** A referral whose deadline is near (a reminder is due) or past (it expires). */
export interface DueReferral {
  referralId: number;
  providerId: number;
  expired: boolean;
}

export type DeadlineOutcome =
  | { done: 'EXPIRED'; referralId: number; agencyId: number }
  | { done: 'REMINDED'; referralId: number }
  | { done: 'NOTHING'; referralId: number };

/** The hub taking a step itself: no person, no key. */
const HUB: Actor = { side: ReferralSide.HUB, actor: null, viewer: ANONYMOUS };

/**
 * An agency's own system, for the matching the expiry notice needs: it sees the agency's clients
 * the way row-level security lets the `INTEGRATION` role see them. Never a request's viewer.
 */
function agencySystem(agencyId: number): Viewer {
  return { kind: 'integration', apiKeyId: 0, agencyId, providerId: null, scopes: [], trustedDocumentsOnly: true };
}

/**
 * The referral deadlines, as jobs (see src/app/jobs.ts for their schedule): find the due
 * referrals, remind the provider or expire the referral, and tell the manager of an expired one
 * the next fitting offers. Each step runs in a transaction of its own with the settings of the
 * side it acts for, and writes its events and audit entries (as the system actor) before it
 * commits. Each is idempotent: run twice, the second finds nothing to do (the referral is
 * locked and checked again; a notice is written once per referral).
 */
export class ReferralDeadlines {
  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock = SYSTEM_CLOCK,
    private readonly remindBeforeHours = DEFAULT_REMIND_BEFORE_HOURS,
  ) {}

  /** Referrals due now: past their response deadline, or within the reminder window and not reminded. */
  async due(): Promise<DueReferral[]> {
    const rows = await this.orm.em.fork().execute<Array<{ referral_id: number; provider_id: number; expired: boolean }>>(
      'select referral_id, provider_id, expired from hub_referrals_due(?, make_interval(hours => ?))',
      [this.clock.now(), this.remindBeforeHours],
    );
    return rows.map((row) => ({ referralId: row.referral_id, providerId: row.provider_id, expired: row.expired }));
  }

  /** Reminds or expires one due referral, as its provider sees it; NOTHING when that was done already or is no longer due. */
  async process(due: DueReferral): Promise<DeadlineOutcome> {
    return this.inTransaction({ 'hub.provider_id': String(due.providerId) }, async (em, audit) => {
      const service = new ReferralService(em, audit, this.clock);
      const [row] = await em.execute<Array<{ status: ReferralStatus; response_due_at: Date; reminded_at: Date | null; agency_id: number }>>(
        'select status, response_due_at, reminded_at, agency_id from referral where id = ? for update',
        [due.referralId],
      );
      const now = this.clock.now().getTime();
      const nothing = { done: 'NOTHING' as const, referralId: due.referralId };
      if (!row || row.status !== ReferralStatus.REQUESTED) return nothing;
      if (new Date(row.response_due_at).getTime() <= now) {
        const expired = await service.step(HUB, due.referralId, ReferralAction.EXPIRE);
        return expired.ok ? { done: 'EXPIRED' as const, referralId: due.referralId, agencyId: row.agency_id } : nothing;
      }
      if (row.reminded_at === null && new Date(row.response_due_at).getTime() - this.remindBeforeHours * 3_600_000 <= now) {
        return (await service.remind(HUB, due.referralId)) ? { done: 'REMINDED' as const, referralId: due.referralId } : nothing;
      }
      return nothing;
    });
  }

  /**
   * Leaves the manager of an expired referral a notice with the next fitting offers of the same
   * kind that have a free seat (matching's best suggestions, the expired offer left out), as the
   * agency's system. False when there is nothing to notify (not expired, or notified already).
   */
  async notifyExpired(referralId: number, agencyId: number): Promise<boolean> {
    return this.inTransaction({ 'hub.agency_id': String(agencyId), 'hub.roles': 'INTEGRATION' }, async (em, audit) => {
      const [referral] = await em.execute<Array<{ client_id: number; offer_id: number; family: string }>>(
        `select r.client_id, r.offer_id, o.family from referral r join offer o on o.id = r.offer_id
         where r.id = ? and r.status = 'EXPIRED' and r.agency_id = ?
           and not exists (select 1 from referral_notice n where n.referral_id = r.id and n.kind = ?)`,
        [referralId, agencyId, ReferralNoticeKind.EXPIRED],
      );
      if (!referral) return false;
      const client = await em.findOne(Client, referral.client_id);
      if (!client) return false;
      const suggestions = await new SuggestionService(em).best(agencySystem(agencyId), client, {
        families: [referral.family], programmes: null, goalId: null, onlyWithFreeSeats: true,
      }, NEXT_OFFERS + 1);
      const offerIds = suggestions
        .filter((s) => s.offerId !== referral.offer_id && s.eligibility.eligible && s.excludedBy.length === 0)
        .slice(0, NEXT_OFFERS)
        .map((s) => s.offerId);
      const written = await em.execute<Array<{ id: number }>>(
        `insert into referral_notice (referral_id, client_id, agency_id, kind, offer_ids, created_at) values (?, ?, ?, ?, ?::int[], ?)
         on conflict on constraint referral_notice_once do nothing returning id`,
        [referralId, referral.client_id, agencyId, ReferralNoticeKind.EXPIRED, `{${offerIds.join(',')}}`, this.clock.now()],
      );
      audit.record({ action: AuditAction.READ, subjectType: 'Client', subjectId: referral.client_id, agencyId, fields: ['suggestions'] });
      if (written.length > 0) audit.record({ action: AuditAction.CREATE, subjectType: 'Client', subjectId: referral.client_id, agencyId, fields: ['referralNotices'] });
      return written.length > 0;
    });
  }

  /** Finds what is due and does it all, one referral after the other (the in-process form of the jobs; tests drive it with a fixed clock). */
  async runOnce(): Promise<DeadlineOutcome[]> {
    const outcomes: DeadlineOutcome[] = [];
    for (const due of await this.due()) {
      const outcome = await this.process(due);
      if (outcome.done === 'EXPIRED') await this.notifyExpired(outcome.referralId, outcome.agencyId);
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private inTransaction<T>(settings: Partial<TenantSettings>, work: (em: EntityManager, audit: SystemAudit) => Promise<T>): Promise<T> {
    const requestId = `${JOB_ACTOR}-${randomUUID()}`;
    return withSettings(this.orm.em.fork(), { ...settings, 'hub.request_id': requestId }, async (em) => {
      const audit = new SystemAudit(AuditPurpose.REFERRAL, JOB_ACTOR, requestId);
      const result = await work(em, audit);
      await outboxOf(em).flush(em);
      await audit.flush(em);
      return result;
    });
  }
}
