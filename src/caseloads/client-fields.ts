import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import { CefrLevel } from '../vocabulary/cefr-level';
import { ResidenceStatus } from '../vocabulary/residence-status';
import { DAY_TIMES, GermanEvidence, WEEKDAYS, WorkPermit } from './client.enums';

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
  availability?: string[] | null;
  maxTravelKm?: number | null;
  originCountry?: string | null;
  healthNeeds?: string | null;
}

const REQUIRED = ['givenNames', 'familyName', 'birthDate', 'municipalityId'] as const;
const LISTS = ['languages', 'childrenBirthYears', 'availability'] as const;
const TEXT_LIMITS: Partial<Record<keyof ClientFieldChanges, number>> = {
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
};
const SLOTS = new Set(WEEKDAYS.flatMap((day) => DAY_TIMES.map((time) => `${day}_${time}`)));
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Checks changes on their own and against the record they apply to (`current`, the merged
 * values for cross-field rules). Returns trimmed values and every problem at once, with the
 * input path of each; nothing is written while there are problems.
 */
export function validateClientFields(changes: ClientFieldChanges, merged: ClientFieldChanges, path: string[]): { values: ClientFieldChanges; userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const fail = (field: string, message: string) => userErrors.push(userError([...path, field === 'municipalityId' ? 'municipality' : field], UserErrorCode.INVALID, message));
  const values: ClientFieldChanges = { ...changes };

  for (const [field, limit] of Object.entries(TEXT_LIMITS) as Array<[keyof ClientFieldChanges, number]>) {
    const value = values[field];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    (values as Record<string, unknown>)[field] = trimmed === '' ? null : trimmed;
    if (trimmed.length > limit) fail(field, `Use at most ${limit} characters.`);
  }
  for (const field of REQUIRED) {
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
    if (values.latitude < 47 || values.latitude > 50.5 || values.longitude < 7 || values.longitude > 11) fail('latitude', 'The coordinates lie outside Baden-Württemberg.');
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
    if (values.childrenBirthYears.some((born) => !Number.isInteger(born) || born < year - 30 || born > year)) fail('childrenBirthYears', `Birth years lie between ${year - 30} and ${year}.`);
  }
  if (values.availability) {
    values.availability = [...new Set(values.availability)];
    if (values.availability.some((slot) => !SLOTS.has(slot))) fail('availability', 'Use weekday and part of day, e.g. MONDAY_MORNING or SATURDAY_EVENING.');
  }
  if (values.maxTravelKm != null && (values.maxTravelKm < 0 || values.maxTravelKm > 500)) fail('maxTravelKm', 'Give 0 to 500 km.');
  return { values, userErrors };
}
