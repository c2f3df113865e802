import type { Lang, TEXTS } from './i18n.js';

type Texts = (typeof TEXTS)[Lang];

const locale = (lang: Lang) => (lang === 'de' ? 'de-DE' : 'en-GB');

/** A calendar date (YYYY-MM-DD, no zone) as the reader writes it. */
export function formatDate(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

export function formatNumber(lang: Lang, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}

export function formatEuro(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR' }).format(value);
}

export function formatDistance(lang: Lang, km: number): string {
  return `${formatNumber(lang, km, km < 10 ? 1 : 0)} km`;
}

export function formatPeriod(lang: Lang, texts: Texts, offer: { startDate: string; endDate?: string | null }): string {
  const start = formatDate(lang, offer.startDate);
  return offer.endDate ? `${start} – ${formatDate(lang, offer.endDate)}` : `${texts.since(start)} (${texts.ongoing})`;
}

export function formatSeats(texts: Texts, offer: { freeSeats?: number | null; capacity?: number | null }): string {
  if (offer.freeSeats == null || offer.capacity == null) return texts.openCapacity;
  if (offer.freeSeats <= 0) return texts.full;
  return texts.seatsOf(offer.freeSeats, offer.capacity);
}
