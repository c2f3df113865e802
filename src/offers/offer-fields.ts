import { CefrLevel } from '../vocabulary/cefr-level';
import type { ResidenceStatus } from '../vocabulary/residence-status';
import type { PartOfDay, Weekday } from '../vocabulary/time-slot';
import { isAcceptedDate } from '../core/graphql/scalars';
import { problem, type Problem } from '../core/result';
import type { Audience, Funding, OfferFormat, Programme } from './offer.enums';
import { OfferFormat as Format } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';
import { closureOf, type ProgrammeClosure } from './programme-closures';
import { MAX_COUNT } from './offer-seats.service';

/**
 * What a provider writes of an offer: undefined = unchanged (or the default at creation). The
 * family is never written: it follows from the programme (PROGRAMME_FAMILY).
 */
export interface OfferFields {
  programme?: Programme;
  title?: string;
  description?: string;
  supportLanguages?: string[];
  entryLevelMin?: CefrLevel | null;
  entryLevelMax?: CefrLevel | null;
  targetLevel?: CefrLevel | null;
  audiences?: Audience[];
  childcare?: boolean;
  format?: OfferFormat;
  locationId?: number | null;
  startDate?: string;
  endDate?: string | null;
  rollingEntry?: boolean;
  weekdays?: Weekday[];
  timesOfDay?: PartOfDay[];
  hoursPerWeek?: number | null;
  totalUnits?: number | null;
  capacity?: number | null;
  seatsTaken?: number;
  waitlistLength?: number;
  waitlistOpen?: boolean;
  feeEuro?: number | null;
  costNote?: string | null;
  funding?: Funding[];
  minAge?: number | null;
  maxAge?: number | null;
  admittedResidenceStatuses?: ResidenceStatus[];
}

/** Fields an offer cannot be without (null is refused for them). */
const NEVER_NULL = ['programme', 'title', 'description', 'supportLanguages', 'audiences', 'childcare', 'format', 'startDate', 'rollingEntry', 'weekdays', 'timesOfDay', 'seatsTaken', 'waitlistLength', 'waitlistOpen', 'funding', 'admittedResidenceStatuses'] as const;

export const LIMITS = { title: 255, description: 20_000, costNote: 2_000, supportLanguages: 20, hoursPerWeek: 60, totalUnits: 2_000, feeEuro: 100_000, age: 120 } as const;
const LEVEL_ORDER = Object.values(CefrLevel);

/** The offer as it would be after a change: what the checks read of it. */
export interface OfferState {
  programme: Programme;
  startDate: string;
  endDate: string | null;
  entryLevelMin: CefrLevel | null;
  entryLevelMax: CefrLevel | null;
  minAge: number | null;
  maxAge: number | null;
  capacity: number | null;
  seatsTaken: number;
  seatsReferred: number;
  description: string;
  format: OfferFormat;
  locationId: number | null;
}

/** The offer as it would be after `fields` are applied to `current` (what the checks read). */
export function stateAfter(current: OfferState, fields: OfferFields): OfferState {
  return {
    programme: fields.programme ?? current.programme,
    startDate: fields.startDate ?? current.startDate,
    endDate: fields.endDate !== undefined ? fields.endDate : current.endDate,
    entryLevelMin: fields.entryLevelMin !== undefined ? fields.entryLevelMin : current.entryLevelMin,
    entryLevelMax: fields.entryLevelMax !== undefined ? fields.entryLevelMax : current.entryLevelMax,
    minAge: fields.minAge !== undefined ? fields.minAge : current.minAge,
    maxAge: fields.maxAge !== undefined ? fields.maxAge : current.maxAge,
    capacity: fields.capacity !== undefined ? fields.capacity : current.capacity,
    seatsTaken: fields.seatsTaken ?? current.seatsTaken,
    seatsReferred: current.seatsReferred ?? 0,
    description: fields.description ?? current.description ?? '',
    format: fields.format ?? current.format,
    locationId: fields.locationId !== undefined ? fields.locationId : current.locationId,
  };
}

/** The location a change must be checked against (one named now, or for publication the one it keeps); null: none. */
export function locationToCheck(next: OfferState, fields: OfferFields, forPublication: boolean): number | null {
  return fields.locationId !== undefined ? fields.locationId : forPublication ? next.locationId : null;
}

/**
 * Problems of the offer as it would be after the change (`next`), each on its field under
 * `prefix` ('fields.startDate'). Every check of a draft; `forPublication` adds completeness.
 */
export function offerProblems(
  next: OfferState,
  given: OfferFields,
  context: { prefix: string; forPublication: boolean; closures: readonly ProgrammeClosure[]; locationUsable: boolean | null },
): Problem<OfferErrorCode>[] {
  const found: Problem<OfferErrorCode>[] = [];
  const at = (field: string) => `${context.prefix}${field}`;
  const add = (code: OfferErrorCode, field: string, message: string) => found.push(problem(code, at(field), message));

  for (const field of NEVER_NULL) if ((given as Record<string, unknown>)[field] === null) add('INVALID', field, 'An offer always has this field; give a value instead of null.');

  const text = (field: 'title' | 'description' | 'costNote', value: string | null | undefined, required: boolean) => {
    if (value === undefined || value === null) return;
    if (required && value.trim() === '') add('INVALID', field, 'Give a text.');
    else if (value.length > LIMITS[field]) add('INVALID', field, `At most ${LIMITS[field].toLocaleString('en')} characters.`);
  };
  text('title', given.title, true);
  text('description', given.description, false);
  text('costNote', given.costNote, false);

  if (given.startDate != null && !isAcceptedDate(given.startDate)) add('INVALID', 'startDate', 'Not a date the hub accepts.');
  if (next.endDate !== null && next.startDate && next.endDate < next.startDate) add('INVALID', 'endDate', 'The last day comes before the first day.');
  if (next.entryLevelMin !== null && next.entryLevelMax !== null && LEVEL_ORDER.indexOf(next.entryLevelMin) > LEVEL_ORDER.indexOf(next.entryLevelMax)) {
    add('INVALID', 'entryLevelMax', 'The highest level admitted is below the lowest.');
  }
  for (const field of ['minAge', 'maxAge'] as const) {
    const value = given[field];
    if (value != null && (!Number.isInteger(value) || value < 0 || value > LIMITS.age)) add('INVALID', field, `Give an age from 0 to ${LIMITS.age}.`);
  }
  if (next.minAge !== null && next.maxAge !== null && next.minAge > next.maxAge) add('INVALID', 'maxAge', 'The maximum age is below the minimum age.');

  const count = (field: 'capacity' | 'seatsTaken' | 'waitlistLength' | 'totalUnits', value: number | null | undefined, max: number) => {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > max)) add('INVALID', field, `Give a whole number from 0 to ${max.toLocaleString('en')}.`);
  };
  count('capacity', given.capacity, MAX_COUNT);
  count('seatsTaken', given.seatsTaken, MAX_COUNT);
  count('waitlistLength', given.waitlistLength, MAX_COUNT);
  count('totalUnits', given.totalUnits, LIMITS.totalUnits);
  if (given.hoursPerWeek != null && !(given.hoursPerWeek > 0 && given.hoursPerWeek <= LIMITS.hoursPerWeek)) add('INVALID', 'hoursPerWeek', `Give more than 0 and at most ${LIMITS.hoursPerWeek} hours.`);
  if (given.feeEuro != null && !(given.feeEuro >= 0 && given.feeEuro <= LIMITS.feeEuro)) add('INVALID', 'feeEuro', `Give 0 to ${LIMITS.feeEuro.toLocaleString('en')} euros.`);
  // Seats held or taken by referrals count too (the database refuses an overbooking anyway).
  if (next.capacity !== null && next.capacity >= 0 && next.seatsTaken + next.seatsReferred > next.capacity && (given.capacity !== undefined || given.seatsTaken !== undefined)) {
    add('INVALID', given.capacity !== undefined ? 'capacity' : 'seatsTaken', next.seatsReferred === 0
      ? `The capacity is below the ${next.seatsTaken} seats taken.`
      : `The capacity is below the ${next.seatsTaken + next.seatsReferred} seats taken, ${next.seatsReferred} of them by referrals.`);
  }
  if (given.supportLanguages) {
    if (given.supportLanguages.length > LIMITS.supportLanguages) add('INVALID', 'supportLanguages', `At most ${LIMITS.supportLanguages} languages.`);
    else if (!given.supportLanguages.every((code) => /^[a-z]{2}$/.test(code))) add('INVALID', 'supportLanguages', 'Give ISO 639-1 codes in lower case, e.g. "ar" or "uk".');
  }

  if (context.locationUsable === false) add('NOT_FOUND', 'location', 'No such location of your provider in use.');

  if (next.programme && next.startDate) {
    const closed = closureOf(context.closures, next.programme, next.startDate);
    if (closed && (given.programme !== undefined || given.startDate !== undefined || context.forPublication)) {
      add('PROGRAMME_ENDED', given.programme !== undefined || given.startDate === undefined ? 'programme' : 'startDate',
        `No course of this programme may start on ${next.startDate} (${closed.rule}: ${closed.source}).`);
    }
  }

  if (context.forPublication) {
    if (next.description.trim() === '') add('INCOMPLETE', 'description', 'A published offer needs a description.');
    if (next.format !== Format.ONLINE && next.locationId === null) add('INCOMPLETE', 'location', 'A published offer that meets in person needs a location.');
  }
  return found;
}
