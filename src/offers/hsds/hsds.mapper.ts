import { PROVIDER_KIND_LABELS } from '../../providers/provider.labels';
import type { ProviderKind } from '../../providers/provider.entity';
import { PART_OF_DAY_LABELS, WEEKDAY_LABELS } from '../../vocabulary/labels';
import type { PartOfDay, Weekday } from '../../vocabulary/time-slot';
import { PROGRAMME_LABELS } from '../offer.labels';
import type { Programme } from '../offer.enums';
import { HsdsType, hsdsId } from './hsds-ids';
import type { HsdsOfferRow, HsdsOrganizationRow } from './hsds.repository';
import { TAXONOMY, termDocument, termOf, type HsdsTerm } from './hsds-taxonomies';

/** An HSDS object: fields without a value are left out (the schemas allow no nulls). */
type Json = Record<string, unknown>;

const RRULE_DAYS: Readonly<Record<Weekday, string>> = { MONDAY: 'MO', TUESDAY: 'TU', WEDNESDAY: 'WE', THURSDAY: 'TH', FRIDAY: 'FR', SATURDAY: 'SA', SUNDAY: 'SU' };
const PARTS_OF_DAY: readonly PartOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING'] as PartOfDay[];
const LANGUAGE_NAMES = new Intl.DisplayNames(['de'], { type: 'language' });

function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}

/** A provider's website as an absolute http(s) URI, or nothing (the schema's `format: uri`). */
function webAddress(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A provider as an HSDS organization (compiled/organization_list.json). */
export function organizationDocument(row: HsdsOrganizationRow): Json {
  return compact({
    id: hsdsId(HsdsType.ORGANIZATION, row.id),
    name: row.name,
    // Providers have no description of their own: their kind stands in (HSDS requires one).
    description: PROVIDER_KIND_LABELS[row.kind as ProviderKind] ?? row.kind,
    email: row.email,
    website: webAddress(row.website),
  });
}

function organization(row: HsdsOfferRow): Json {
  return organizationDocument({ id: row.provider_id, name: row.provider_name, kind: row.provider_kind, email: row.provider_email, website: row.provider_website });
}

function feesDescription(row: HsdsOfferRow): string | undefined {
  const free = row.fee_euro === 0 ? 'Kostenlos.' : undefined;
  return [free, row.cost_note].filter(Boolean).join(' ') || undefined;
}

/** German levels and ages, when the offer names them; nothing else is simple enough to say here. */
function eligibility(row: HsdsOfferRow): string | undefined {
  const parts: string[] = [];
  if (row.entry_level_min && row.entry_level_max) parts.push(`Deutschkenntnisse ${row.entry_level_min} bis ${row.entry_level_max}.`);
  else if (row.entry_level_min) parts.push(`Deutschkenntnisse ab ${row.entry_level_min}.`);
  else if (row.entry_level_max) parts.push(`Deutschkenntnisse bis ${row.entry_level_max}.`);
  if (row.min_age !== null && row.max_age !== null) parts.push(`Alter ${row.min_age} bis ${row.max_age} Jahre.`);
  else if (row.min_age !== null) parts.push(`Ab ${row.min_age} Jahren.`);
  else if (row.max_age !== null) parts.push(`Bis ${row.max_age} Jahre.`);
  return parts.join(' ') || undefined;
}

/** The one-to-one fields of a service with its organization: an item of `/hsds/services` (compiled/service_list.json). */
export function serviceListItem(row: HsdsOfferRow): Json {
  return compact({
    id: hsdsId(HsdsType.SERVICE, row.id),
    organization_id: hsdsId(HsdsType.ORGANIZATION, row.provider_id),
    name: row.title,
    alternate_name: PROGRAMME_LABELS[row.programme as Programme],
    description: row.description,
    status: 'active',
    fees_description: feesDescription(row),
    eligibility_description: eligibility(row),
    minimum_age: row.min_age,
    maximum_age: row.max_age,
    last_modified: new Date(row.last_modified).toISOString(),
    organization: organization(row),
  });
}

/**
 * Weekly schedules from the meeting days, one per part of the day (the hub knows "mornings", not
 * hours, so there are no opens_at/closes_at), valid from the start to the end date.
 */
function schedules(row: HsdsOfferRow, serviceId: string): Json[] {
  const days = (row.weekdays as Weekday[]).filter((day) => day in RRULE_DAYS);
  if (days.length === 0) return [];
  const parts = PARTS_OF_DAY.filter((part) => row.times_of_day.includes(part));
  const dayNames = days.map((day) => WEEKDAY_LABELS[day]).join(', ');
  const variants: (PartOfDay | null)[] = parts.length > 0 ? parts : [null];
  return variants.map((part) => {
    const scheduleId = hsdsId(HsdsType.SCHEDULE, row.id, part === null ? 1 : PARTS_OF_DAY.indexOf(part) + 2);
    return compact({
      id: scheduleId,
      service_id: serviceId,
      valid_from: row.start_date,
      valid_to: row.end_date,
      dtstart: row.start_date,
      until: row.end_date,
      freq: 'WEEKLY',
      byday: days.map((day) => RRULE_DAYS[day]).join(','),
      wkst: 'MO',
      description: part === null ? dayNames : `${dayNames} ${PART_OF_DAY_LABELS[part]}`,
      attending_type: row.format === 'ONLINE' ? 'online' : row.format === 'HYBRID' ? 'hybrid' : 'in person',
      attributes: part === null ? undefined : [attribute(row.id, scheduleId, 'schedule', termOf(TAXONOMY.PART_OF_DAY, part), 0x10000)],
    });
  });
}

/** A link from a service (or schedule) to one of the hub's taxonomy terms; `role` tells apart the same term in several roles. */
function attribute(offerId: number, linkId: string, linkType: string, term: HsdsTerm, role: number, value?: string): Json {
  const taxonomyNumber = Number.parseInt(term.taxonomy_id.slice(-12), 16);
  return compact({
    id: hsdsId(HsdsType.ATTRIBUTE, offerId, role + taxonomyNumber * 0x1000 + term.index),
    link_id: linkId,
    taxonomy_term_id: term.id,
    link_type: linkType,
    link_entity: linkType,
    value,
    taxonomy_term: termDocument(term),
  });
}

/** What the offer is, as taxonomy terms: programme, family, audiences and levels (the value says which level). */
function serviceAttributes(row: HsdsOfferRow, serviceId: string): Json[] {
  const found: Json[] = [
    attribute(row.id, serviceId, 'service', termOf(TAXONOMY.PROGRAMME, row.programme), 0),
    attribute(row.id, serviceId, 'service', termOf(TAXONOMY.FAMILY, row.family), 0),
    ...row.audiences.map((audience) => attribute(row.id, serviceId, 'service', termOf(TAXONOMY.AUDIENCE, audience), 0)),
  ];
  const levels: Array<[string | null, string, number]> = [[row.entry_level_min, LEVEL_ROLES[0], 0x100], [row.entry_level_max, LEVEL_ROLES[1], 0x200], [row.target_level, LEVEL_ROLES[2], 0x300]];
  for (const [level, value, role] of levels) if (level) found.push(attribute(row.id, serviceId, 'service', termOf(TAXONOMY.LEVEL, level), role, value));
  return found;
}

/** The `value` of a level attribute: which of the offer's levels it is. */
export const LEVEL_ROLES = ['entry_level_min', 'entry_level_max', 'target_level'] as const;

/**
 * Capacity and free seats as HSDS 3.1's `service_capacity` (3.0 has none; its schemas allow extra
 * fields): `maximum` the capacity, `available` the seats still free, `updated` the last confirmation.
 */
function capacities(row: HsdsOfferRow, serviceId: string): Json[] {
  if (row.capacity === null) return [];
  return [{
    id: hsdsId(HsdsType.SERVICE_CAPACITY, row.id),
    service_id: serviceId,
    unit: { id: hsdsId(HsdsType.UNIT, 1), name: 'Plätze', scheme: 'hub', identifier: 'seats' },
    available: Math.max(0, row.capacity - row.seats_taken - row.seats_referred),
    maximum: row.capacity,
    description: 'Freie Plätze: Kapazität abzüglich belegter und über Vermittlungen reservierter Plätze.',
    updated: new Date(row.seats_confirmed_at).toISOString(),
  }];
}

/** German, the language of every offer, then the languages of support (ISO 639-1). */
function languages(row: HsdsOfferRow, serviceId: string): Json[] {
  const codes = ['de', ...row.support_languages.filter((code) => code !== 'de')];
  return codes.map((code, index) =>
    compact({
      id: hsdsId(HsdsType.LANGUAGE, row.id, index + 1),
      service_id: serviceId,
      code,
      name: LANGUAGE_NAMES.of(code) ?? code,
      note: index === 0 ? 'Unterrichtssprache' : 'Unterstützung in dieser Sprache',
    }),
  );
}

function costOptions(row: HsdsOfferRow, serviceId: string): Json[] {
  // A fee of 0 is a fact too (free of charge); none is unknown.
  if (row.fee_euro === null) return [];
  return [compact({ id: hsdsId(HsdsType.COST_OPTION, row.id), service_id: serviceId, option: row.fee_euro === 0 ? 'Kostenlos' : 'Teilnahmebeitrag', currency: 'EUR', amount: row.fee_euro, amount_description: row.cost_note })];
}

function serviceAtLocations(row: HsdsOfferRow, serviceId: string): Json[] {
  if (row.location_id === null) return [];
  const locationId = hsdsId(HsdsType.LOCATION, row.location_id);
  const address = compact({
    id: hsdsId(HsdsType.ADDRESS, row.location_id),
    location_id: locationId,
    address_1: row.street,
    city: row.municipality,
    region: row.district,
    state_province: 'Baden-Württemberg',
    postal_code: row.postal_code,
    country: 'DE',
    address_type: 'physical',
  });
  const location = compact({
    id: locationId,
    location_type: 'physical',
    organization_id: hsdsId(HsdsType.ORGANIZATION, row.provider_id),
    name: row.location_name,
    latitude: row.latitude,
    longitude: row.longitude,
    addresses: [address],
  });
  return [{ id: hsdsId(HsdsType.SERVICE_AT_LOCATION, row.id), service_id: serviceId, location_id: locationId, location }];
}

/** An item of `/hsds/service_at_locations` (compiled/service_at_location_list.json): the place with its service. */
export function serviceAtLocationItem(row: HsdsOfferRow): Json | null {
  const item = serviceListItem(row);
  const [link] = serviceAtLocations(row, item.id as string);
  return link ? { ...link, service: item } : null;
}

/** A service with everything nested: `/hsds/services/{id}` (compiled/service_with_definitions.json). */
export function fullService(row: HsdsOfferRow): Json {
  const item = serviceListItem(row);
  const serviceId = item.id as string;
  return {
    ...item,
    schedules: schedules(row, serviceId),
    languages: languages(row, serviceId),
    cost_options: costOptions(row, serviceId),
    service_at_locations: serviceAtLocations(row, serviceId),
    attributes: serviceAttributes(row, serviceId),
    capacities: capacities(row, serviceId),
  };
}
