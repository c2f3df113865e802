// Calendar arithmetic on ISO dates (YYYY-MM-DD) in UTC, so results never depend on the machine's time zone.

const DAY_MS = 86_400_000;

export function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  return (toDate(iso).getUTCDay() + 6) % 7;
}

/** The first day on or after `iso` that falls on `weekday` (0 = Monday). */
export function onOrAfter(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayIndex(iso) + 7) % 7);
}

/** The last day on or before `iso` that falls on `weekday` (0 = Monday). */
export function onOrBefore(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayIndex(iso) - weekday + 7) % 7));
}

/**
 * Approximate BW school year: summer holidays end around 12 September and start around 30 July.
 * Exact holiday dates vary by year; seed data only needs the right season.
 */
export function schoolYear(startYear: number): { start: string; end: string } {
  return {
    start: onOrAfter(`${startYear}-09-13`, 0),
    end: onOrBefore(`${startYear + 1}-07-29`, 2),
  };
}
