import { CefrLevel } from '../../src/vocabulary/cefr-level';
import { type ResidenceStatus } from '../../src/vocabulary/residence-status';
import { PartOfDay, Weekday, type TimeSlot } from '../../src/vocabulary/time-slot';
import { slugify } from '../catalogue/words';
import type { Random, Weighted, WeightedTable } from '../random';
import { CERTIFICATES, CLOSED_REASONS, HEALTH_NEEDS, SCHOOLING_ADULT, SCHOOLING_YOUNG, WORK_BACKGROUNDS, WORK_BACKGROUNDS_YOUNG } from './client-texts';
import { addDays, addYears, daysBetween, dayBetween, earlier, later, officeTime } from './moments';
import { DRAMA_NUMBERS, FICTITIOUS_STREETS, ORIGINS, type Origin } from './people';
import { RESIDENCE_PROFILES } from './residence';
import type { ClientRow, ClientStatus, WorkPermit } from './rows';
import type { WorldMunicipality } from './world';

/** Encrypts one special-category value; `context` names the column (`client.origin_country`, …). */
export type Encrypt = (plaintext: string, context: string) => string;

export interface ClientContext {
  id: number;
  agencyId: number;
  managerId: number;
  /** The agency's places, weighted by population. */
  places: WeightedTable<WorldMunicipality>;
  /** The generated caseload's "today", ISO date. */
  reference: string;
  encrypt: Encrypt;
}

/** A client row and what the plan generator needs to fit goals to the person. */
export interface GeneratedClient {
  row: ClientRow;
  age: number;
  hasHealthNeeds: boolean;
  /** Last day anything happened in the case: the reference date, or the day it closed. */
  lastDay: string;
}

const AGE_BANDS: Weighted<readonly [number, number]> = [[[16, 20], 12], [[21, 30], 32], [[31, 40], 28], [[41, 50], 18], [[51, 60], 10]];
const CHILD_COUNTS: Weighted<number> = [[0, 45], [1, 15], [2, 18], [3, 12], [4, 7], [5, 3]];
const LEVELS_NEW: Weighted<CefrLevel | null> = [[null, 40], [CefrLevel.A1, 40], [CefrLevel.A2, 15], [CefrLevel.B1, 5]];
const LEVELS_SETTLED: Weighted<CefrLevel | null> = [[null, 10], [CefrLevel.A1, 22], [CefrLevel.A2, 28], [CefrLevel.B1, 26], [CefrLevel.B2, 11], [CefrLevel.C1, 3]];
const CERTIFICATE_CHANCE: Readonly<Record<CefrLevel, number>> = { A1: 0.3, A2: 0.6, B1: 0.75, B2: 0.8, C1: 0.9, C2: 0.9 };
const STATUSES: Weighted<ClientStatus> = [['ACTIVE', 85], ['PAUSED', 8], ['CLOSED', 7]];
const TRAVEL_KM: Weighted<number | null> = [[5, 10], [10, 25], [15, 20], [20, 20], [30, 15], [50, 5], [null, 5]];
const WEEKDAY_CHANCES: ReadonlyArray<readonly [Weekday, number]> = [
  [Weekday.MONDAY, 0.6], [Weekday.TUESDAY, 0.6], [Weekday.WEDNESDAY, 0.6], [Weekday.THURSDAY, 0.6], [Weekday.FRIDAY, 0.5],
  [Weekday.SATURDAY, 0.15], [Weekday.SUNDAY, 0.05],
];
const TIMES: Weighted<PartOfDay> = [[PartOfDay.MORNING, 45], [PartOfDay.AFTERNOON, 35], [PartOfDay.EVENING, 20]];
const TIME_ORDER = [PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING];

/** One client; all randomness comes from `random`, in a fixed order. */
export function buildClient(random: Random, context: ClientContext): GeneratedClient {
  const { reference } = context;
  const origin = random.weighted(ORIGINS);
  const givenNames = random.chance(0.15) ? twoDistinct(random, origin.givenNames).join(' ') : random.pick(origin.givenNames);
  const familyName = random.pick(origin.familyNames);
  const [youngest, oldest] = random.weighted(AGE_BANDS);
  const age = random.int(youngest, oldest);
  // Born between age + 1 and age years before the reference date: `age` on that day.
  const birthDate = addDays(addYears(reference, -(age + 1)), random.int(1, 364));
  const supportStart = addDays(reference, -random.int(0, 729));
  const arrivalDate = arrival(random, origin, supportStart);
  const germanLevel = random.weighted(daysBetween(arrivalDate, reference) < 540 ? LEVELS_NEW : LEVELS_SETTLED);
  const residenceStatus = random.weighted(origin.residence);
  const { status, closedAt, closedReason } = caseStatus(random, supportStart, reference);
  const healthNeeds = random.chance(0.25) ? random.pick(HEALTH_NEEDS) : null;
  const createdAt = officeTime(random, supportStart);

  const row: ClientRow = {
    id: context.id,
    agencyId: context.agencyId,
    managerId: context.managerId,
    givenNames,
    familyName,
    birthDate,
    phone: random.chance(0.85) ? `${random.pick(DRAMA_NUMBERS)}-${String(random.int(0, 999)).padStart(3, '0')}` : null,
    email: random.chance(0.65) ? `${slugify(givenNames).replace(/-/g, '.')}.${slugify(familyName)}${random.chance(0.5) ? random.int(1, 99) : ''}@example.test` : null,
    ...whereabouts(random, context.places.pick(random)),
    languages: languages(random, origin),
    germanLevel,
    ...germanEvidence(random, germanLevel, arrivalDate, supportStart, reference),
    latinLiterate: random.chance(0.1) ? null : random.chance(origin.latinLiterate),
    schooling: random.chance(0.9) ? random.weighted(age <= 20 ? SCHOOLING_YOUNG : SCHOOLING_ADULT) : null,
    workBackground: random.chance(0.85) ? random.weighted(age <= 20 ? WORK_BACKGROUNDS_YOUNG : WORK_BACKGROUNDS) : null,
    residenceStatus,
    residenceParagraph: RESIDENCE_PROFILES[residenceStatus].paragraph,
    residenceValidUntil: validUntil(random, residenceStatus, arrivalDate, reference),
    workPermit: workPermit(random, residenceStatus, arrivalDate, reference),
    arrivalDate,
    childrenBirthYears: childrenBirthYears(random, birthDate, reference),
    availability: availability(random),
    maxTravelKm: random.weighted(TRAVEL_KM),
    supportStart,
    supportPlannedEnd: addYears(supportStart, 2),
    status,
    closedReason,
    closedAt,
    // The matching's facts come from their own random stream (client-facts.ts), so adding them left every other value as it was.
    gender: null,
    employment: null,
    feeExempt: null,
    obligations: [],
    householdId: null,
    originCountryEncrypted: context.encrypt(origin.country, 'client.origin_country'),
    healthNeedsEncrypted: healthNeeds === null ? null : context.encrypt(healthNeeds, 'client.health_needs'),
    createdAt,
    // Closing is the last change to a closed case.
    updatedAt: closedAt ?? later(createdAt, officeTime(random, dayBetween(random, supportStart, reference))),
  };
  return { row, age, hasHealthNeeds: healthNeeds !== null, lastDay: closedAt?.slice(0, 10) ?? reference };
}

function twoDistinct(random: Random, names: readonly string[]): [string, string] {
  const first = random.pick(names);
  const rest = names.filter((name) => name !== first);
  return [first, random.pick(rest)];
}

/** Arrived some months to years before counselling began, never before the origin's main movement. */
function arrival(random: Random, origin: Origin, supportStart: string): string {
  const drawn = addDays(supportStart, -random.int(60, 5 * 365));
  return drawn >= origin.arrivedFrom ? drawn : dayBetween(random, origin.arrivedFrom, addDays(supportStart, -30));
}

/** The municipality's centre, or a fictitious address a few hundred metres from it. */
function whereabouts(random: Random, place: WorldMunicipality) {
  const common = { municipalityId: place.id, postalCode: place.postalCode };
  if (!random.chance(0.45)) {
    return { ...common, street: null, latitude: place.latitude, longitude: place.longitude, locationPrecision: 'MUNICIPALITY' as const };
  }
  const maxKm = 0.3 + 1.2 * Math.min(1, place.population / 500_000);
  const km = maxKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  return {
    ...common,
    street: `${random.pick(FICTITIOUS_STREETS)} ${random.int(1, 80)}`,
    latitude: round(place.latitude + (km * Math.cos(angle)) / 111.32, 5),
    longitude: round(place.longitude + (km * Math.sin(angle)) / (111.32 * Math.cos((place.latitude * Math.PI) / 180)), 5),
    locationPrecision: 'ADDRESS' as const,
  };
}

function languages(random: Random, origin: Origin): string[] {
  const result = [random.weighted(origin.firstLanguages)];
  for (const [code, chance] of origin.moreLanguages) {
    if (!result.includes(code) && random.chance(chance)) result.push(code);
  }
  return result;
}

function germanEvidence(random: Random, level: CefrLevel | null, arrivalDate: string, supportStart: string, reference: string) {
  if (level === null) return { germanEvidence: null, germanCertificate: null, germanEvidenceDate: null };
  if (random.chance(CERTIFICATE_CHANCE[level])) {
    return {
      germanEvidence: 'CERTIFICATE' as const,
      germanCertificate: random.pick(CERTIFICATES[level]),
      germanEvidenceDate: dayBetween(random, earlier(addDays(arrivalDate, 120), reference), reference),
    };
  }
  // Assessed together at intake, or later at a review.
  return { germanEvidence: 'SELF_ASSESSMENT' as const, germanCertificate: null, germanEvidenceDate: dayBetween(random, supportStart, reference) };
}

function validUntil(random: Random, status: ResidenceStatus, arrivalDate: string, reference: string): string | null {
  const profile = RESIDENCE_PROFILES[status];
  if (profile.validUntil !== undefined) return profile.validUntil;
  if (profile.validMonths === null) return null;
  const [min, max] = profile.validMonths;
  const months = random.int(min, max);
  const issued = dayBetween(random, later(arrivalDate, addDays(reference, -months * 30)), reference);
  return addDays(issued, Math.round(months * 30.44));
}

/** Asylum seekers may not work in their first three months; otherwise the status's usual permit. */
function workPermit(random: Random, status: ResidenceStatus, arrivalDate: string, reference: string): WorkPermit | null {
  if (random.chance(0.03)) return null;
  if (status === 'AUFENTHALTSGESTATTUNG' && daysBetween(arrivalDate, reference) < 90) return 'NOT_ALLOWED';
  return random.weighted(RESIDENCE_PROFILES[status].workPermit);
}

/** Children born once the parent was 17, the oldest at most 17 now (older ones have their own case). */
function childrenBirthYears(random: Random, birthDate: string, reference: string): number[] {
  const count = random.weighted(CHILD_COUNTS);
  const thisYear = Number(reference.slice(0, 4));
  const from = Math.max(Number(birthDate.slice(0, 4)) + 17, thisYear - 17);
  if (count === 0 || from > thisYear) return [];
  return Array.from({ length: count }, () => random.int(from, thisYear)).sort((a, b) => a - b);
}

/** Parts of weekdays: the same one or two parts of the day on the days the person can come. */
function availability(random: Random): TimeSlot[] {
  if (random.chance(0.05)) return [];
  const times = random.sampleWeighted(TIMES, random.int(1, 2)).sort((a, b) => TIME_ORDER.indexOf(a) - TIME_ORDER.indexOf(b));
  const days = WEEKDAY_CHANCES.filter(([, chance]) => random.chance(chance)).map(([day]) => day);
  if (days.length === 0) days.push(Weekday.MONDAY);
  return days.flatMap((weekday) => times.map((partOfDay) => ({ weekday, partOfDay })));
}

/** Mostly active; paused cases happen any time, closed ones at least a month after the start. */
function caseStatus(random: Random, supportStart: string, reference: string) {
  const drawn = random.weighted(STATUSES);
  const status: ClientStatus = drawn === 'CLOSED' && daysBetween(supportStart, reference) < 30 ? 'ACTIVE' : drawn;
  if (status !== 'CLOSED') return { status, closedAt: null, closedReason: null };
  const closedDay = dayBetween(random, addDays(supportStart, 30), reference);
  return { status, closedAt: officeTime(random, closedDay), closedReason: random.weighted(CLOSED_REASONS) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
