import { OfferFormat, OfferStatus, PROGRAMME_FAMILY } from '../../src/offers/offer.enums';
import type { Random, Weighted } from '../random';
import type { OfferRow } from '../rows';
import { type Calendar, offerDates } from './offer-dates';
import { describeOffer } from './offer-text';
import type { ProgrammeProfile } from './programme-profile';
import type { GeneratedProvider } from './provider-directory';
import { OCCUPATIONS, SECTOR_FIELDS } from './provider-profiles';
import { buildSchedule } from './schedules';
import { euro, fill, monthYear, SUPPORT_LANGUAGES } from './words';

const STATUSES: Weighted<OfferStatus> = [[OfferStatus.PUBLISHED, 85], [OfferStatus.DRAFT, 10], [OfferStatus.ARCHIVED, 5]];

/** One offer of `profile` run by `provider`; all randomness comes from `random`, in a fixed order. */
export function buildOffer(id: number, profile: ProgrammeProfile, provider: GeneratedProvider, random: Random, calendar: Calendar): OfferRow {
  const variant = random.weighted(profile.variants.map((v) => [v, v.weight] as const));
  const status = random.weighted(STATUSES);
  const format = random.weighted(profile.formats);
  const location = format === OfferFormat.ONLINE ? null : random.pick(provider.locations);
  const schedule = buildSchedule(random.weighted(variant.schedules ?? profile.schedules), random);
  const units = variant.units !== undefined ? variant.units : profile.units;

  const lengthWeeks = profile.duration.kind === 'WEEKS'
    ? random.int(profile.duration.min, profile.duration.max)
    : unitWeeks(units, schedule.uePerWeek);
  const { startDate, endDate } = offerDates(random, calendar, status, profile.duration, lengthWeeks);

  const range = variant.capacity ?? profile.capacity;
  const capacity = random.chance(profile.openCapacityChance) ? null : random.int(range[0], range[1]);
  const seats = occupancy(random, capacity, status, startDate <= calendar.reference);

  const fee = feeFor(random, profile, units);
  const note = random.pick(profile.cost.notes);
  const languages = supportLanguages(random, profile, provider.languages);
  const levels = variant.levels ?? profile.levels;
  const childcare = random.chance(variant.childcareChance ?? profile.childcareChance);

  const values = {
    zeit: schedule.label,
    ort: location?.place.name ?? provider.place.name,
    am: location?.at ?? 'online',
    anbieter: provider.row.name,
    beiAnbieter: schoolDative(provider.row.name),
    beruf: random.pick(OCCUPATIONS[provider.sector]),
    bereich: SECTOR_FIELDS[provider.sector],
    monat: monthYear(startDate),
  };
  const rollingEntry = random.chance(profile.rollingEntryChance);
  const title = fill(random.pick(variant.titles), values);
  const description = describeOffer(random, {
    summary: fill(random.pick(variant.summaries), values),
    schedule, format, startDate, endDate, languages, childcare, rollingEntry, reference: calendar.reference,
    closings: profile.closings,
  });

  return {
    id,
    providerId: provider.row.id,
    locationId: location?.row.id ?? null,
    status,
    family: PROGRAMME_FAMILY[profile.programme],
    programme: profile.programme,
    title,
    description,
    supportLanguages: languages,
    entryLevelMin: levels.min,
    entryLevelMax: levels.max,
    targetLevel: levels.target,
    audiences: [...(variant.audiences ?? profile.audiences)],
    childcare,
    format,
    startDate,
    endDate,
    rollingEntry,
    weekdays: schedule.weekdays,
    timesOfDay: schedule.timesOfDay,
    hoursPerWeek: schedule.hoursPerWeek,
    totalUnits: units,
    capacity,
    ...seats,
    feeEuro: fee,
    costNote: note === null ? null : fill(note, { gebuehr: fee === null ? 'kein Betrag' : euro(fee) }),
    funding: [...random.weighted(profile.cost.funding)],
    minAge: variant.minAge !== undefined ? variant.minAge : profile.minAge,
    maxAge: variant.maxAge !== undefined ? variant.maxAge : profile.maxAge,
    admittedResidenceStatuses: [...profile.admitted],
  };
}

/** Course length in weeks from UE, plus a week's break per twelve (holidays). */
function unitWeeks(units: number | null, uePerWeek: number | null): number {
  if (units === null || uePerWeek === null) return 12;
  const weeks = Math.ceil(units / uePerWeek);
  return weeks + Math.floor(weeks / 12);
}

/** Offers that have started are fuller; some are full, with or without an open waiting list. */
function occupancy(random: Random, capacity: number | null, status: OfferStatus, started: boolean) {
  const none = { seatsTaken: 0, waitlistLength: 0, waitlistOpen: false };
  if (capacity === null) return none;
  if (status === OfferStatus.DRAFT) return { ...none, seatsTaken: random.int(0, Math.floor(capacity * 0.3)) };
  const fullChance = status === OfferStatus.ARCHIVED ? 0.5 : started ? 0.45 : 0.2;
  if (random.chance(fullChance)) {
    const waitlistOpen = status === OfferStatus.PUBLISHED && random.chance(0.7);
    const waitlistLength = waitlistOpen ? random.int(1, Math.max(2, Math.ceil(capacity * 0.6))) : random.int(0, 3);
    return { seatsTaken: capacity, waitlistLength, waitlistOpen };
  }
  return { ...none, seatsTaken: Math.floor(capacity * random.float(started ? 0.5 : 0, 0.95)) };
}

function feeFor(random: Random, profile: ProgrammeProfile, units: number | null): number | null {
  const { perUnit, flat, feeChance, freeAsZero } = profile.cost;
  if (perUnit !== undefined && units !== null) return Math.round(units * perUnit * 100) / 100;
  if (flat && random.chance(feeChance ?? 0)) return random.int(flat[0] / 5, flat[1] / 5) * 5;
  return freeAsZero ? 0 : null;
}

/** The provider's own community languages are far likelier (a Ukrainian association supports uk). */
function supportLanguages(random: Random, profile: ProgrammeProfile, favoured: readonly string[]): string[] {
  if (!random.chance(profile.languages.chance)) return [];
  const pool = SUPPORT_LANGUAGES.map(([code, weight]) => [code, favoured.includes(code) ? weight * 8 : weight] as const);
  return random.sampleWeighted(pool, random.int(1, profile.languages.max)).sort();
}

/** "an der Gewerblichen Schule X" for titles; adjectives in school names decline. */
function schoolDative(name: string): string {
  const declined = name.replace(/^(Gewerbliche|Kaufmännische|Hauswirtschaftliche) /, '$1n ');
  if (/^Berufliches Schulzentrum/.test(name)) return `am ${name.replace('Berufliches', 'Beruflichen')}`;
  if (/Schule|schule/.test(name)) return `an der ${declined}`;
  return `bei ${name}`;
}
