import { OfferStatus } from '../../src/offers/offer.enums';
import type { Random } from '../random';
import { addDays, daysBetween, onOrAfter, schoolYear, toDate } from './dates';
import type { Duration } from './programme-profile';

/** The fixed "today" of a generated catalogue and the window in which published offers start. */
export interface Calendar {
  reference: string;
  windowStart: string;
  windowEnd: string;
}

/** Published offers start from about three months before to thirteen months after the reference date. */
export function calendarFor(reference: string): Calendar {
  return { reference, windowStart: addDays(reference, -85), windowEnd: addDays(reference, 401) };
}

export interface OfferDates {
  startDate: string;
  endDate: string | null;
}

const MONDAY = 0;

/**
 * Start and end by status: published offers start inside the window, drafts in the future,
 * archived ones ended before the reference date.
 */
export function offerDates(random: Random, calendar: Calendar, status: OfferStatus, duration: Duration, lengthWeeks: number): OfferDates {
  const { reference, windowStart, windowEnd } = calendar;
  switch (duration.kind) {
    case 'ONGOING': {
      if (status === OfferStatus.ARCHIVED) {
        const endDate = addDays(reference, -random.int(30, 300));
        return { startDate: addDays(endDate, -random.int(180, 1500)), endDate };
      }
      const startDate = status === OfferStatus.DRAFT ? addDays(reference, random.int(14, 120)) : addDays(reference, -random.int(0, 1100));
      return { startDate, endDate: null };
    }
    case 'SCHOOL_YEAR': {
      const year = toDate(reference).getUTCFullYear();
      const current = reference >= schoolYear(year).start ? year : year - 1;
      const startYear = status === OfferStatus.ARCHIVED ? current - 1 : status === OfferStatus.DRAFT || random.chance(0.4) ? current + 1 : current;
      const { start, end } = schoolYear(startYear);
      return { startDate: start, endDate: end };
    }
    case 'UNITS':
    case 'WEEKS': {
      const lengthDays = lengthWeeks * 7 - 3; // Monday to Friday of the last week
      let startDate: string;
      if (status === OfferStatus.ARCHIVED) {
        startDate = onOrAfter(addDays(reference, -lengthDays - random.int(14, 240)), MONDAY);
        if (addDays(startDate, lengthDays) >= reference) startDate = addDays(startDate, -14);
      } else {
        const from = status === OfferStatus.DRAFT ? addDays(reference, 30) : windowStart;
        startDate = onOrAfter(addDays(from, random.int(0, Math.max(0, daysBetween(from, windowEnd) - 7))), MONDAY);
      }
      return { startDate, endDate: addDays(startDate, lengthDays) };
    }
  }
}
