import type { Random } from '../random';

// Dates and instants of a caseload as ISO strings in UTC, so nothing depends on the machine's
// clock or time zone. A caseload does date arithmetic a few dozen times per client, so days are
// converted through caches instead of a Date each time (a third of the generation time otherwise).

const DAY_MS = 86_400_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

/** Days since 1970-01-01. */
function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    day = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    if (Number.isNaN(day)) throw new Error(`not an ISO date: "${iso}"`);
    dayNumbers.set(iso, day);
  }
  return day;
}

function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Same day and month `years` later; 29 February becomes 28 February, as in PostgreSQL's date arithmetic. */
export function addYears(iso: string, years: number): string {
  const year = String(Number(iso.slice(0, 4)) + years).padStart(4, '0');
  const shifted = `${year}${iso.slice(4)}`;
  return iso.endsWith('-02-29') && isoDate(dayNumber(`${year}-03-01`) - 1) !== shifted ? `${year}-02-28` : shifted;
}

/** A day in [from, to], both inclusive; `from` when the range is empty. */
export function dayBetween(random: Random, from: string, to: string): string {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

/** An instant during office hours (08:00–16:59 in Germany, written in UTC) on the given day. */
export function officeTime(random: Random, isoDate: string): string {
  const hour = String(random.int(7, 15)).padStart(2, '0');
  const minute = String(random.int(0, 11) * 5).padStart(2, '0');
  return `${isoDate}T${hour}:${minute}:00Z`;
}

export function later(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
