import { ProviderKind } from '../../src/providers/provider.entity';
import type { Random, Weighted } from '../random';
import type { Encrypt, GeneratedClient } from './client-factory';
import { addDays, dayBetween, officeTime } from './moments';
import { NOTE_BODIES } from './plan-texts';
import type { CaseNoteRow, ConsentRow, PlanMeasureRow } from './rows';
import type { IdSequences, WorldOffer } from './world';

export interface RecordContext {
  ids: IdSequences;
  managerId: number;
  /** Offers by id, to find the providers the client's measures point to. */
  offersById: ReadonlyMap<number, WorldOffer>;
  encrypt: Encrypt;
}

/** Version of the consent text (Schweigepflichtentbindung) the generated consents were given on. */
export const CONSENT_TEXT_VERSION = 'v2026-01';

const NOTE_COUNTS: Weighted<number> = [[0, 35], [1, 40], [2, 25]];
const CONSENT_COUNTS: Weighted<number> = [[0, 40], [1, 40], [2, 20]];
const RECIPIENT_KINDS: Weighted<ProviderKind> = [
  [ProviderKind.VOLKSHOCHSCHULE, 35], [ProviderKind.BILDUNGSTRAEGER, 25], [ProviderKind.AGENTUR_FUER_ARBEIT, 15],
  [ProviderKind.VEREIN, 10], [ProviderKind.WOHLFAHRTSVERBAND, 10], [ProviderKind.SCHULE, 5],
];

/** 0–2 notes by the manager, in time order; the first is often the intake conversation. */
export function buildNotes(random: Random, client: GeneratedClient, context: RecordContext): CaseNoteRow[] {
  const { row } = client;
  const days = Array.from({ length: random.weighted(NOTE_COUNTS) }, () => dayBetween(random, row.supportStart, client.lastDay)).sort();
  return days.map((day, index) => {
    const intake = index === 0 && random.chance(0.5);
    return {
      id: context.ids.take('case_note'),
      clientId: row.id,
      authorId: context.managerId,
      createdAt: officeTime(random, intake ? row.supportStart : day),
      bodyEncrypted: context.encrypt(intake ? NOTE_BODIES[0] : random.pick(NOTE_BODIES), 'case_note.body'),
    };
  });
}

/**
 * 0–2 releases for referrals, each to one recipient: a provider the plan already points to, or a
 * kind of provider ("any Volkshochschule"). Some were withdrawn later.
 */
export function buildConsents(random: Random, client: GeneratedClient, measures: readonly PlanMeasureRow[], context: RecordContext): ConsentRow[] {
  const { row } = client;
  const providerIds = [...new Set(measures.flatMap((measure) => {
    const offer = measure.offerId === null ? undefined : context.offersById.get(measure.offerId);
    return offer ? [offer.providerId] : [];
  }))];
  const consents: ConsentRow[] = [];
  for (let count = random.weighted(CONSENT_COUNTS); count > 0; count -= 1) {
    const givenDay = dayBetween(random, row.supportStart, client.lastDay);
    const givenAt = officeTime(random, givenDay);
    const toProvider = providerIds.length > 0 && random.chance(0.6);
    const withdrawn = givenDay < client.lastDay && random.chance(0.12);
    consents.push({
      id: context.ids.take('consent'),
      clientId: row.id,
      purpose: 'REFERRAL',
      recipientProviderId: toProvider ? random.pick(providerIds) : null,
      recipientProviderKind: toProvider ? null : random.weighted(RECIPIENT_KINDS),
      textVersion: CONSENT_TEXT_VERSION,
      givenAt,
      recordedAt: givenAt,
      recordedById: context.managerId,
      withdrawnAt: withdrawn ? officeTime(random, dayBetween(random, addDays(givenDay, 1), client.lastDay)) : null,
      withdrawnById: withdrawn ? context.managerId : null,
    });
  }
  return consents;
}
