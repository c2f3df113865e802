import type { Audience, CefrLevel, OfferFamily, OfferFilter, OfferFormat } from '../generated/graphql.js';
import { byId, h } from './dom.js';
import { AUDIENCES, FAMILIES, FORMATS, LEVELS, TEXTS, type Lang } from './i18n.js';
import type { Place } from './map.js';

const FAMILY_VALUES = Object.keys(FAMILIES.de) as OfferFamily[];
const FORMAT_VALUES = Object.keys(FORMATS.de) as OfferFormat[];
const AUDIENCE_VALUES = Object.keys(AUDIENCES.de) as Audience[];
export const RADII_KM = [5, 10, 25, 50, 100];

/** Where the search starts: a municipality or a postal code, with the circle to draw when known. */
export type Origin = { near: NonNullable<OfferFilter['near']>; centre: [number, number] | null; radiusKm: number } | null;

export type Resolved = { filter: OfferFilter; origin: Origin } | { error: 'unknownPlace'; input: string };

/** Fills the choices the page's HTML leaves empty: checkboxes with a place for facet counts, selects. */
export function buildControls(): void {
  const families = byId('families');
  for (const value of FAMILY_VALUES) families.append(choice('family', value));
  const formats = byId('formats');
  for (const value of FORMAT_VALUES) formats.append(choice('format', value));
  const level = byId<HTMLSelectElement>('level');
  level.append(h('option', { value: '', 'data-label': 'anyLevel' }), ...LEVELS.map((value) => h('option', { value }, value)));
  const audience = byId<HTMLSelectElement>('audience');
  audience.append(h('option', { value: '', 'data-label': 'any' }), ...AUDIENCE_VALUES.map((value) => h('option', { value, 'data-audience': value })));
  const radius = byId<HTMLSelectElement>('radius');
  radius.append(...RADII_KM.map((km) => h('option', { value: km, selected: km === 25 }, `${km} km`)));
}

function choice(name: string, value: string): HTMLElement {
  const id = `${name}-${value.toLowerCase()}`;
  return h(
    'div',
    { class: 'check' },
    h('input', { type: 'checkbox', id, name, value }),
    h('label', { for: id }, h('span', { class: 'choice-label', [`data-${name}`]: value }), ' ', h('span', { class: 'count', [`data-count-${name}`]: value })),
  );
}

/** The labels of the generated controls in the page's language. */
export function labelControls(lang: Lang): void {
  document.querySelectorAll<HTMLElement>('[data-family]').forEach((el) => (el.textContent = FAMILIES[lang][el.dataset.family as OfferFamily]));
  document.querySelectorAll<HTMLElement>('[data-format]').forEach((el) => (el.textContent = FORMATS[lang][el.dataset.format as OfferFormat]));
  document.querySelectorAll<HTMLElement>('[data-audience]').forEach((el) => (el.textContent = AUDIENCES[lang][el.dataset.audience as Audience]));
  document.querySelectorAll<HTMLElement>('option[data-label]').forEach((el) => (el.textContent = TEXTS[lang][el.dataset.label as 'any' | 'anyLevel']));
}

/** Counts beside the family and format choices: what checking that one (as well) would find. */
export function showCounts(families: ReadonlyArray<{ family: OfferFamily; count: number }>, formats: ReadonlyArray<{ format: OfferFormat; count: number }>): void {
  const byFamily = new Map(families.map((facet) => [facet.family, facet.count]));
  const byFormat = new Map(formats.map((facet) => [facet.format, facet.count]));
  document.querySelectorAll<HTMLElement>('[data-count-family]').forEach((el) => (el.textContent = `(${byFamily.get(el.dataset.countFamily as OfferFamily) ?? 0})`));
  document.querySelectorAll<HTMLElement>('[data-count-format]').forEach((el) => (el.textContent = `(${byFormat.get(el.dataset.countFormat as OfferFormat) ?? 0})`));
}

/** How a place is offered in the picker: its name, with the district where two places share it. */
export function placeLabels(places: readonly Place[], districtName: (id: string) => string): Array<{ label: string; place: Place }> {
  const seen = new Map<string, number>();
  for (const place of places) seen.set(place.name, (seen.get(place.name) ?? 0) + 1);
  return places.map((place) => ({ label: seen.get(place.name)! > 1 ? `${place.name} (${districtName(place.districtId)})` : place.name, place }));
}

/** The form as the API's filter; a place name the picker does not know is an error, not a guess. */
export function readForm(places: ReadonlyMap<string, Place>, byPostalCode: ReadonlyMap<string, Place>): Resolved {
  const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id).value.trim();
  const checked = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const radiusKm = Number(value('radius'));
  const place = value('place');
  let origin: Origin = null;
  if (/^\d{5}$/.test(place)) {
    const known = byPostalCode.get(place);
    origin = { near: { postalCode: place, radiusKm }, centre: known ? [known.latitude, known.longitude] : null, radiusKm };
  } else if (place !== '') {
    const known = places.get(place.toLocaleLowerCase('de'));
    if (!known) return { error: 'unknownPlace', input: place };
    origin = { near: { municipality: known.id, radiusKm }, centre: [known.latitude, known.longitude], radiusKm };
  }
  const families = checked('family') as OfferFamily[];
  const formats = checked('format') as OfferFormat[];
  const filter: OfferFilter = {
    near: origin?.near,
    text: value('text') || undefined,
    families: families.length > 0 ? families : undefined,
    formats: formats.length > 0 ? formats : undefined,
    levels: value('level') ? [value('level') as CefrLevel] : undefined,
    audiences: value('audience') ? [value('audience') as Audience] : undefined,
    startsFrom: value('starts-from') || undefined,
    childcare: byId<HTMLInputElement>('childcare').checked || undefined,
    hasFreeSeats: byId<HTMLInputElement>('free-seats').checked || undefined,
  };
  return { filter, origin };
}
