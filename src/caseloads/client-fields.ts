import { problem, type Problem } from '../core/result';
import type { CefrLevel } from '../vocabulary/cefr-level';
import type { ResidenceStatus } from '../vocabulary/residence-status';
import type { ClientErrorCode } from './client.errors';
import type { ClientObligationValue, EmploymentSituation, Gender } from './client-facts.enums';
import { GermanEvidence, PartOfDay, Weekday, type TimeSlot, type WorkPermit } from './client.enums';

/** Client facts as a service receives them: undefined = unchanged, null = clear (refused for the required ones; a list becomes empty). */
export interface ClientFieldChanges {
  givenNames?: string | null;
  familyName?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  email?: string | null;
  municipalityId?: number | null;
  street?: string | null;
  postalCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  languages?: string[] | null;
  germanLevel?: CefrLevel | null;
  germanEvidence?: GermanEvidence | null;
  germanCertificate?: string | null;
  germanEvidenceDate?: string | null;
  latinLiterate?: boolean | null;
  schooling?: string | null;
  workBackground?: string | null;
  residenceStatus?: ResidenceStatus | null;
  residenceParagraph?: string | null;
  residenceValidUntil?: string | null;
  workPermit?: WorkPermit | null;
  arrivalDate?: string | null;
  childrenBirthYears?: number[] | null;
  /** Parts of weekdays; duplicates are merged, so at most MAX_AVAILABILITY_SLOTS (21) remain. */
  availability?: TimeSlot[] | null;
  maxTravelKm?: number | null;
  originCountry?: string | null;
  healthNeeds?: string | null;
  gender?: Gender | null;
  employment?: EmploymentSituation | null;
  feeExempt?: boolean | null;
  /** Each ground once; null clears the list. */
  obligations?: ClientObligationValue[] | null;
  /**
   * Join the household of this client of the agency (the service finds or opens its household);
   * null leaves the household. Not a column: the service turns it into `householdId`.
   */
  householdWithId?: number | null;
}

/** What a client always has: clientCreate needs them, clientUpdate refuses null for them. */
export const REQUIRED_CLIENT_FIELDS = ['givenNames', 'familyName', 'birthDate', 'municipalityId'] as const;
const LISTS = ['languages', 'childrenBirthYears', 'availability', 'obligations'] as const;
/** The longest texts, in characters (the input descriptions quote them). */
export const CLIENT_TEXT_LIMITS = {
  givenNames: 200,
  familyName: 200,
  phone: 50,
  email: 254,
  street: 200,
  germanCertificate: 200,
  schooling: 500,
  workBackground: 500,
  residenceParagraph: 60,
  originCountry: 100,
  healthNeeds: 2000,
} as const satisfies Partial<Record<keyof ClientFieldChanges, number>>;
/** The longest acceptable travel distance, in km (the column has the same check). */
export const MAX_TRAVEL_KM = 500;
/** Where client coordinates may lie: Baden-Württemberg and its surroundings, in degrees. */
export const CLIENT_AREA = { south: 47, north: 50.5, west: 7, east: 11 } as const;
/** How many years back a child's birth year may lie. */
export const CHILDREN_YEARS_BACK = 30;
const WEEKDAYS = new Set<string>(Object.values(Weekday));
const PARTS_OF_DAY = new Set<string>(Object.values(PartOfDay));
const today = () => new Date().toISOString().slice(0, 10);

/** The domain name of a client field: the municipality is one, whatever identifies it. */
export function clientFieldName(field: string): string {
  return field === 'municipalityId' ? 'municipality' : field === 'householdWithId' ? 'household' : field;
}

/**
 * Checks changes on their own and against the record they apply to (`merged`: the record with
 * the changes applied, for cross-field rules). Returns trimmed values and every problem at once,
 * each naming its field as the domain does ('municipality', 'birthDate'); nothing is written
 * while there are problems.
 */
export function validateClientFields(changes: ClientFieldChanges, merged: ClientFieldChanges): { values: ClientFieldChanges; problems: Problem<ClientErrorCode>[] } {
  const problems: Problem<ClientErrorCode>[] = [];
  const fail = (field: keyof ClientFieldChanges, message: string) => problems.push(problem('INVALID', clientFieldName(field), message));
  const values: ClientFieldChanges = { ...changes };

  for (const [field, limit] of Object.entries(CLIENT_TEXT_LIMITS) as Array<[keyof ClientFieldChanges, number]>) {
    const value = values[field];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    (values as Record<string, unknown>)[field] = trimmed === '' ? null : trimmed;
    if (trimmed.length > limit) fail(field, `Use at most ${limit} characters.`);
  }
  for (const field of REQUIRED_CLIENT_FIELDS) {
    if (field in values && values[field] == null) fail(field, 'This field is required.');
  }
  // Lists are never null in the record: null clears one, like an empty list.
  for (const field of LISTS) if (values[field] === null) (values as Record<string, unknown>)[field] = [];
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) fail('email', 'Give a valid e-mail address.');
  if (values.phone && !/^\+?[0-9 ()/-]{5,}$/.test(values.phone)) fail('phone', 'Give a phone number of digits, spaces and + ( ) / -.');
  if (values.postalCode != null && !/^[0-9]{5}$/.test(values.postalCode)) fail('postalCode', 'A German postal code has 5 digits.');
  if (values.birthDate) {
    if (values.birthDate > today()) fail('birthDate', 'The birth date lies in the future.');
    else if (values.birthDate < '1900-01-01') fail('birthDate', 'Check the birth date.');
  }
  for (const field of ['arrivalDate', 'germanEvidenceDate'] as const) {
    const value = values[field];
    if (value && value > today()) fail(field, 'This date lies in the future.');
    if (value && merged.birthDate && value < merged.birthDate) fail(field, 'This date lies before the birth date.');
  }
  if ((values.latitude === undefined) !== (values.longitude === undefined) || (values.latitude === null) !== (values.longitude === null)) {
    fail('latitude', 'Give latitude and longitude together.');
  } else if (values.latitude != null && values.longitude != null) {
    // Baden-Württemberg and its surroundings: a travel distance from elsewhere would mislead matching.
    const { south, north, west, east } = CLIENT_AREA;
    if (values.latitude < south || values.latitude > north || values.longitude < west || values.longitude > east) fail('latitude', 'The coordinates lie outside Baden-Württemberg.');
  }
  if (values.languages) {
    values.languages = [...new Set(values.languages.map((code) => code.trim().toLowerCase()))];
    if (values.languages.some((code) => !/^[a-z]{2,3}$/.test(code))) fail('languages', 'Use ISO 639 codes of 2 or 3 letters, e.g. "ar" or "prs".');
  }
  if (merged.germanEvidence === GermanEvidence.CERTIFICATE && (!merged.germanCertificate || !merged.germanEvidenceDate)) {
    fail('germanCertificate', 'A certificate needs its name and date.');
  }
  if (values.childrenBirthYears) {
    const year = new Date().getUTCFullYear();
    const oldest = year - CHILDREN_YEARS_BACK;
    if (values.childrenBirthYears.some((born) => !Number.isInteger(born) || born < oldest || born > year)) fail('childrenBirthYears', `Birth years lie between ${oldest} and ${year}.`);
  }
  if (values.availability) {
    values.availability = mergeSlots(values.availability);
    if (values.availability.some((slot) => !WEEKDAYS.has(slot.weekday) || !PARTS_OF_DAY.has(slot.partOfDay))) {
      fail('availability', 'Give each slot a weekday (MONDAY to SUNDAY) and a part of the day (MORNING, AFTERNOON or EVENING).');
    }
  }
  if (values.obligations) {
    values.obligations = values.obligations.map(({ ground, obligedOn, validUntil }) => ({ ground, obligedOn, validUntil: validUntil ?? null }));
    const grounds = values.obligations.map((obligation) => obligation.ground);
    if (new Set(grounds).size !== grounds.length) fail('obligations', 'Give each ground at most once.');
    for (const { obligedOn, validUntil } of values.obligations) {
      if (obligedOn > today()) fail('obligations', 'An obligation cannot be imposed in the future.');
      else if (merged.birthDate && obligedOn < merged.birthDate) fail('obligations', 'An obligation lies before the birth date.');
      if (validUntil !== null && validUntil < obligedOn) fail('obligations', 'An obligation cannot end before it was imposed.');
    }
  }
  if (values.maxTravelKm != null && (values.maxTravelKm < 0 || values.maxTravelKm > MAX_TRAVEL_KM)) fail('maxTravelKm', `Give 0 to ${MAX_TRAVEL_KM} km.`);
  return { values, problems };
}

/**
 * Slots as plain values, each once, in the order first given: with 7 weekdays of 3 parts, at
 * most 21 remain (MAX_AVAILABILITY_SLOTS; the database checks the same).
 */
export function mergeSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  const merged = new Map<string, TimeSlot>();
  for (const { weekday, partOfDay } of slots) {
    const key = `${weekday} ${partOfDay}`;
    if (!merged.has(key)) merged.set(key, { weekday, partOfDay });
  }
  return [...merged.values()];
}
