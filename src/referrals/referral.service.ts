import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import type { GermanCertificate } from '../caseloads/client-facts.enums';
import { findWorkableClient } from '../caseloads/client.policy';
import { ConsentPurpose } from '../consents/consent.enums';
import { hasActiveConsent } from '../consents/consent.service';
import { agencyOf, providerOf, userIdOf, type Viewer } from '../core/auth/viewer';
import { toGlobalId } from '../core/relay/global-id';
import { fail, problem, succeed, type Result } from '../core/result';
import { Offer } from '../offers/offer.entity';
import { OfferStatus } from '../offers/offer.enums';
import { ReferralCaseFile } from './referral-case';
import { Referral } from './referral.entity';
import { ReferralAction, ReferralReason, ReferralSeat, ReferralSide, ReferralStatus } from './referral.enums';
import type { ReferralErrorCode } from './referral.errors';
import { outboxOf } from './referral.outbox';
import { MEASURE_STATUS_OF, seatAfter, transitionFor, type Transition } from './referral.transitions';
import { withSettings } from './tenant-elevation';

/** The hub's clock; tests give a fixed one. */
export interface Clock {
  now(): Date;
}
export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** Days the provider has to answer when the rules name none for the programme. */
export const DEFAULT_RESPONSE_DAYS = 10;
const DAY_MS = 86_400_000;
export const MAX_MESSAGE = 1000;
export const MAX_REASON_TEXT = 500;

export interface ReferralInput {
  clientId: number;
  offerId: number;
  message: string | null;
  /** The plan measure to follow the referral (any version's ID); null: the plan's open measure with this offer, if any. */
  measureId: number | null;
}

export interface StepInput {
  reason?: ReferralReason | null;
  reasonText?: string | null;
  certificate?: GermanCertificate | null;
}

/** Who takes a step: a side, and the global ID of the person or key (null: the hub itself). */
export interface Actor {
  side: ReferralSide;
  actor: string | null;
  viewer: Viewer;
}

/** The side a viewer acts for: a provider's staff or key, or an agency's people and keys. */
export function actorOf(viewer: Viewer): Actor | null {
  const actor = viewer.kind === 'user' ? toGlobalId('User', viewer.userId) : viewer.kind === 'integration' ? toGlobalId('ApiKey', viewer.apiKeyId) : null;
  if (providerOf(viewer) !== null) return { side: ReferralSide.PROVIDER, actor, viewer };
  if (agencyOf(viewer) !== null) return { side: ReferralSide.AGENCY, actor, viewer };
  return null;
}

type Outcome = Result<Referral, ReferralErrorCode>;
const notFound = (field: string, what = 'referral') => fail<ReferralErrorCode>([problem('NOT_FOUND', field, `No such ${what} visible to you.`)]);

let savepoints = 0;

/** True when `error` is PostgreSQL's refusal by the named constraint or index. */
function violates(error: unknown, constraint: string): boolean {
  const found = error as { constraint?: string; message?: string } | null;
  return !!found && (found.constraint === constraint || (typeof found.message === 'string' && found.message.includes(`"${constraint}"`)));
}

/**
 * Referrals: the manager refers, the provider answers, the hub keeps deadlines and the waiting
 * list. Every step follows the transition table (referral.transitions.ts), writes one event to
 * the outbox and moves the plan measure. Seats are the database's: a step that needs one tries
 * to write it in a savepoint, and the offer's capacity check decides (see the migration).
 */
export class ReferralService {
  private readonly caseFile: ReferralCaseFile;

  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {
    this.caseFile = new ReferralCaseFile(em, audit);
  }

  async create(viewer: Viewer, input: ReferralInput): Promise<Outcome> {
    const actor = actorOf(viewer);
    const client = actor?.side === ReferralSide.AGENCY ? await findWorkableClient(this.em, viewer, input.clientId) : null;
    if (!actor || !client) return notFound('client', 'client in your caseload');
    const offer = await this.em.findOne(Offer, input.offerId);
    if (!offer || offer.status !== OfferStatus.PUBLISHED) return notFound('offer', 'published offer');
    const message = input.message?.trim() || null;
    if (message !== null && message.length > MAX_MESSAGE) return fail([problem('INVALID', 'message', `Keep the message to ${MAX_MESSAGE} characters.`)]);
    if (!(await hasActiveConsent(this.em, client.id, ConsentPurpose.REFERRAL, offer.provider.id))) {
      return fail([problem('CONSENT_MISSING', 'client', 'No active consent of the person covers referrals to this provider; record one first.')]);
    }
    const measureOriginId = await this.measureFor(client.id, offer.id, input.measureId);
    if (measureOriginId === undefined) return notFound('measure', "measure in the person's plan");

    const now = this.clock.now();
    const rule = await this.deadlineRule(offer.programme);
    const values = [client.id, client.agency.id, offer.id, offer.provider.id, measureOriginId, userIdOf(viewer), message, new Date(now.getTime() + rule.responseDays * DAY_MS), now, now];
    const insert = (status: ReferralStatus, seat: ReferralSeat | null) =>
      this.em.execute<Array<{ id: number }>>(
        `insert into referral (client_id, agency_id, offer_id, provider_id, measure_origin_id, created_by_id, message, response_due_at, created_at, status_changed_at, status, seat)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
        [...values, status, seat],
      );
    let id: number;
    try {
      const held = await this.inSavepoint(() => insert(ReferralStatus.REQUESTED, ReferralSeat.HELD));
      if (held === 'NO_SEAT') {
        const [{ waitlist_open: open }] = await this.em.execute<Array<{ waitlist_open: boolean }>>('select waitlist_open from offer where id = ?', [offer.id]);
        if (!open) return fail([problem('NO_FREE_SEAT', 'offer', 'No seat is free and the waiting list of the offer is closed.')]);
        const listed = await this.inSavepoint(() => insert(ReferralStatus.WAITLISTED, null));
        if (listed === 'NO_SEAT') throw new Error('A waiting-list entry takes no seat');
        [{ id }] = listed;
      } else {
        [{ id }] = held;
      }
    } catch (error) {
      if (violates(error, 'referral_one_open_per_offer')) return fail([problem('DUPLICATE', 'offer', 'The person already has an open referral to this offer.')]);
      throw error;
    }
    await this.em.execute(
      `insert into referral_snapshot (referral_id, client_id, given_names, family_name, phone, email, german_level, languages, availability, childcare_needed, taken_at)
       select ?, c.id, c.given_names, c.family_name, c.phone, c.email, c.german_level, c.languages, c.availability,
              exists (select 1 from unnest(c.children_birth_years) y where y > extract(year from ?::timestamptz) - 6), ?
       from client c where c.id = ?`,
      [id, now, now, client.id],
    );
    const referral = await this.reload(id);
    this.event(referral, actor, ReferralAction.CREATE, null, {});
    this.audit.record({ action: AuditAction.CREATE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['referrals'] });
    await this.caseFile.followMeasure(viewer, this.caseOf(referral), MEASURE_STATUS_OF[referral.status]);
    return succeed(referral);
  }

  /** Takes `action` on a referral the actor's side may act on; anything else answers NOT_FOUND or the rule it breaks. */
  async step(actor: Actor, referralId: number, action: ReferralAction, input: StepInput = {}): Promise<Outcome> {
    const referral = await this.lockVisible(actor, referralId);
    if (!referral) return notFound('referral');
    const transition = transitionFor(action, referral.status);
    if (!transition || !transition.by.includes(actor.side)) {
      return fail([problem('INVALID_TRANSITION', 'referral', `A ${referral.status} referral cannot take the step ${action}${transition ? ' from your side' : ''}.`)]);
    }
    const reason = input.reason ?? null;
    const reasonText = input.reasonText?.trim() || null;
    if (transition.reason === 'REQUIRED' && reason === null) return fail([problem('REASON_REQUIRED', 'reason', 'Give a reason code for this step.')]);
    if (reasonText !== null && reasonText.length > MAX_REASON_TEXT) return fail([problem('INVALID', 'reasonText', `Keep the reason to ${MAX_REASON_TEXT} characters.`)]);
    if (reason === ReferralReason.OTHER && reasonText === null) return fail([problem('INVALID', 'reasonText', 'Say in words what the other reason is.')]);
    const certificate = action === ReferralAction.COMPLETE ? (input.certificate ?? null) : null;
    const applied = await this.apply(actor, referral, transition, { reason, reasonText, certificate });
    if (!applied) return fail([problem('NO_FREE_SEAT', 'referral', 'No seat of the offer is free.')]);
    return succeed(applied);
  }

  /** Applies an allowed transition; null when it needs a seat and none is free (nothing changed). */
  private async apply(actor: Actor, referral: Referral, transition: Transition, input: Required<StepInput>): Promise<Referral | null> {
    const now = this.clock.now();
    // Read before the write: reloading refreshes this very entity (one identity map).
    const { status: before, seat: seatBefore } = referral;
    const seat = seatAfter(transition.seat, seatBefore);
    const offer = await this.em.findOneOrFail(Offer, referral.offer.id);
    const rule = await this.deadlineRule(offer.programme);
    const responseDueAt = transition.action === ReferralAction.PROMOTE ? new Date(now.getTime() + rule.responseDays * DAY_MS) : referral.responseDueAt;
    const startDueOn = transition.to === ReferralStatus.ACCEPTED && rule.startDays !== null ? new Date(now.getTime() + rule.startDays * DAY_MS).toISOString().slice(0, 10) : referral.startDueOn;
    const reason = transition.reason === 'NONE' ? referral.reason : (input.reason ?? referral.reason);
    const reasonText = transition.reason === 'NONE' ? referral.reasonText : input.reasonText;
    const done = await this.inSavepoint(() =>
      this.em.execute(
        `update referral set status = ?, seat = ?, reason = ?, reason_text = ?, certificate = ?, response_due_at = ?, start_due_on = ?::date,
           started_at = case when ? then ? else started_at end, reminded_at = case when ? then null else reminded_at end, status_changed_at = ?
         where id = ?`,
        [transition.to, seat, reason, reasonText, input.certificate, responseDueAt, startDueOn, transition.to === ReferralStatus.STARTED, now,
          transition.action === ReferralAction.PROMOTE, now, referral.id],
      ),
    );
    if (done === 'NO_SEAT') return null;
    const updated = await this.reload(referral.id);
    this.event(updated, actor, transition.action, before, { reason: input.reason, reasonText: input.reasonText });
    const caseOf = this.caseOf(updated);
    await this.caseFile.followMeasure(actor.viewer, caseOf, MEASURE_STATUS_OF[updated.status]);
    if (input.certificate !== null) await this.caseFile.recordCertificate(caseOf, input.certificate, now.toISOString().slice(0, 10));
    if (transition.advancesWaitlist && seatBefore !== null && seat === null) await this.advanceWaitlist(actor, updated.offer.id, updated.provider.id);
    return updated;
  }

  /**
   * A seat of the offer became free: the first referral of its waiting list (whichever agency
   * made it) now holds it, with a new response deadline; its manager learns it from the event.
   * Seen as the offer's provider, which sees its whole list; skips a list entry another
   * transaction holds locked.
   */
  async advanceWaitlist(actor: Actor, offerId: number, providerId: number): Promise<void> {
    await withSettings(this.em, { 'hub.provider_id': String(providerId) }, async () => {
      const [first] = await this.em.execute<Array<{ id: number }>>(
        `select id from referral where offer_id = ? and status = 'WAITLISTED' order by waitlist_ticket limit 1 for update skip locked`,
        [offerId],
      );
      if (!first) return;
      const waiting = await this.reload(first.id);
      await this.apply({ side: ReferralSide.HUB, actor: null, viewer: actor.viewer }, waiting, transitionFor(ReferralAction.PROMOTE, ReferralStatus.WAITLISTED)!, {
        reason: null, reasonText: null, certificate: null,
      });
      // The promoted referral may be another agency's: its event is written while the provider's view is in force.
      await outboxOf(this.em).flush(this.em);
    });
  }

  /** Records that the provider was reminded of the response deadline (the status stays); false when there was nothing to remind of. */
  async remind(actor: Actor, referralId: number): Promise<boolean> {
    const referral = await this.lockVisible(actor, referralId);
    if (!referral || referral.status !== ReferralStatus.REQUESTED || referral.remindedAt !== null) return false;
    await this.em.execute('update referral set reminded_at = ? where id = ?', [this.clock.now(), referral.id]);
    this.event(await this.reload(referral.id), actor, ReferralAction.REMIND, referral.status, {});
    return true;
  }

  /** The referral, locked for this step, if the actor's side may act on it: its provider, or the agency whose caseload holds its client. */
  private async lockVisible(actor: Actor, referralId: number): Promise<Referral | null> {
    const [row] = await this.em.execute<Array<{ id: number; provider_id: number; client_id: number }>>('select id, provider_id, client_id from referral where id = ? for update', [referralId]);
    if (!row) return null;
    if (actor.side === ReferralSide.PROVIDER && row.provider_id !== providerOf(actor.viewer)) return null;
    if (actor.side === ReferralSide.AGENCY && !(await findWorkableClient(this.em, actor.viewer, row.client_id))) return null;
    return this.reload(row.id);
  }

  private async reload(id: number): Promise<Referral> {
    return this.em.findOneOrFail(Referral, id, { refresh: true });
  }

  /** The origin ID of the measure to follow: the one named (of this client), else the plan's open one with the offer; undefined: named but not found. */
  private async measureFor(clientId: number, offerId: number, measureId: number | null): Promise<number | null | undefined> {
    if (measureId !== null) {
      const [named] = await this.em.execute<Array<{ origin_id: number }>>('select origin_id from plan_measure where id = ? and client_id = ?', [measureId, clientId]);
      return named ? named.origin_id : undefined;
    }
    const [open] = await this.em.execute<Array<{ origin_id: number }>>(
      `select m.origin_id from plan_measure m join plan p on p.id = m.plan_id and p.is_current
       where m.client_id = ? and m.offer_id = ? and m.status in ('PLANNED', 'ACTIVE') order by m.origin_id limit 1`,
      [clientId, offerId],
    );
    return open?.origin_id ?? null;
  }

  private async deadlineRule(programme: string): Promise<{ responseDays: number; startDays: number | null }> {
    const [rule] = await this.em.execute<Array<{ response_days: number; start_days: number | null }>>('select response_days, start_days from referral_deadline_rule where programme = ?', [programme]);
    return { responseDays: rule?.response_days ?? DEFAULT_RESPONSE_DAYS, startDays: rule?.start_days ?? null };
  }

  /** Runs a write that may take a seat; 'NO_SEAT' when the offer's capacity check refused it (rolled back to the savepoint). */
  private async inSavepoint<T>(write: () => Promise<T>): Promise<T | 'NO_SEAT'> {
    const name = `referral_seat_${++savepoints}`;
    await this.em.execute(`savepoint ${name}`);
    try {
      const result = await write();
      await this.em.execute(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await this.em.execute(`rollback to savepoint ${name}`);
      if (violates(error, 'offer_seats_within_capacity')) return 'NO_SEAT';
      throw error;
    }
  }

  private caseOf(referral: Referral) {
    return { clientId: referral.client.id, agencyId: referral.agency.id, offerId: referral.offer.id, measureOriginId: referral.measureOriginId, startedAt: referral.startedAt };
  }

  private event(referral: Referral, actor: Actor, action: ReferralAction, from: ReferralStatus | null, why: StepInput): void {
    outboxOf(this.em).add({
      referralId: referral.id, clientId: referral.client.id, offerId: referral.offer.id, agencyId: referral.agency.id, providerId: referral.provider.id,
      action, fromStatus: from, toStatus: referral.status, reason: why.reason ?? null, reasonText: why.reasonText?.trim() || null,
      side: actor.side, actor: actor.actor, at: this.clock.now(),
    });
  }
}
