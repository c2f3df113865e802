import type { PortalOfferQuery } from '../generated/graphql.js';
import { facts, h } from './dom.js';
import { formatEuro, formatNumber, formatPeriod, formatSeats } from './format.js';
import { AUDIENCES, FAMILIES, FORMATS, PARTS_OF_DAY, PROGRAMMES, TEXTS, WEEKDAYS, type Lang } from './i18n.js';

export type OfferDetail = Extract<NonNullable<PortalOfferQuery['node']>, { title: string }>;

/** The offer's page in the dialog: what it is, its schedule, who may join, costs and contact. */
export function renderDetail(lang: Lang, offer: OfferDetail): HTMLElement {
  const t = TEXTS[lang];
  const location = offer.location;
  const slots = offer.meetingTimes.map((slot) => `${WEEKDAYS[lang][slot.weekday]} ${PARTS_OF_DAY[lang][slot.partOfDay]}`);

  const schedule = facts([
    [t.dates, formatPeriod(lang, t, offer)],
    [t.meetingTimes, slots.length > 0 ? h('ul', { class: 'plain' }, ...slots.map((slot) => h('li', {}, slot))) : t.noMeetingTimes],
    [t.scope, [offer.hoursPerWeek != null ? t.hoursPerWeek(formatNumber(lang, offer.hoursPerWeek, offer.hoursPerWeek % 1 === 0 ? 0 : 1)) : null, offer.totalUnits != null ? `${offer.hoursPerWeek != null ? ' · ' : ''}${t.units(offer.totalUnits)}` : null]],
    [t.rollingEntry, offer.rollingEntry ? '✓' : null],
    [t.seats, [formatSeats(t, offer), offer.waitlistOpen && offer.freeSeats === 0 ? ` · ${t.waitlist}` : null]],
  ]);

  const requirements = facts([
    [t.levels, levelText(lang, offer)],
    [t.target, offer.targetLevel ?? null],
    [t.ages, offer.minAge != null || offer.maxAge != null ? t.ageRange(offer.minAge ?? null, offer.maxAge ?? null) : null],
    [t.audiences, offer.audiences.length > 0 ? offer.audiences.map((a) => AUDIENCES[lang][a]).join(', ') : t.everyone],
    [t.childcare, offer.childcare ? '✓' : null],
    [t.supportLanguages, offer.supportLanguages.length > 0 ? offer.supportLanguages.map((code) => languageName(lang, code)).join(', ') : null],
    [t.costs, [offer.feeEuro ? `${t.fee(formatEuro(lang, offer.feeEuro))} ` : offer.costNote ? null : t.free, offer.costNote ? h('span', { lang: 'de' }, offer.costNote) : null]],
  ]);

  const provider = offer.provider;
  const contact = facts([
    [t.provider, provider.name],
    [t.address, location ? [location.name ? `${location.name}, ` : '', `${location.street}, ${location.postalCode} ${location.municipality.name} (${location.municipality.district.name})`] : t.online],
    [t.access, location ? [location.wheelchairAccessible ? t.wheelchair : t.notWheelchair, location.accessibilityNotes ? h('span', { lang: 'de' }, `. ${location.accessibilityNotes}`) : null] : null],
    [t.email, provider.email ? h('a', { href: `mailto:${provider.email}` }, provider.email) : null],
    [t.phone, provider.phone ? h('a', { href: `tel:${provider.phone.replace(/[^+\d]/g, '')}` }, provider.phone) : null],
    [t.website, provider.website && /^https?:\/\//.test(provider.website) ? h('a', { href: provider.website, rel: 'noopener noreferrer', target: '_blank' }, provider.website) : null],
  ]);

  return h(
    'div',
    { class: 'detail-body' },
    h('p', { class: 'meta' }, `${PROGRAMMES[offer.programme]} · ${FAMILIES[lang][offer.family]} · ${FORMATS[lang][offer.format]}`),
    h('h3', {}, t.schedule),
    schedule,
    h('h3', {}, t.requirements),
    requirements,
    h('h3', {}, t.contact),
    contact,
    h('h3', {}, t.descriptionGerman),
    h('p', { lang: 'de', class: 'description' }, offer.description),
  );
}

function levelText(lang: Lang, offer: OfferDetail): string {
  const t = TEXTS[lang];
  const { entryLevelMin: min, entryLevelMax: max } = offer;
  if (min && max) return t.levelRange(min, max);
  if (min) return t.levelFrom(min);
  if (max) return t.levelUpTo(max);
  return t.noGerman;
}

function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
