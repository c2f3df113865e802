import type { PortalSearchQuery } from '../generated/graphql.js';
import { facts, h } from './dom.js';
import { formatDistance, formatPeriod, formatSeats } from './format.js';
import { FORMATS, PROGRAMMES, TEXTS, type Lang } from './i18n.js';

export type SearchPage = PortalSearchQuery['offers'];

/** One page of results as list entries; each title is a button opening the offer. */
export function renderResults(lang: Lang, page: SearchPage, firstNumber: number, onOpen: (id: string, opener: HTMLElement) => void): HTMLOListElement {
  const t = TEXTS[lang];
  const list = h('ol', { class: 'results', start: firstNumber });
  page.edges.forEach(({ node, distanceKm }, index) => {
    const headingId = `result-${firstNumber + index}`;
    const open = h('button', { type: 'button', class: 'title-button', 'data-offer': node.id }, node.title);
    open.addEventListener('click', () => onOpen(node.id, open));
    list.append(
      h(
        'li',
        { class: 'offer' },
        h(
          'article',
          { 'aria-labelledby': headingId },
          h('h3', { id: headingId }, open),
          h('p', { class: 'meta' }, `${PROGRAMMES[node.programme]} · ${node.provider.name}`),
          facts([
            [t.distance, distanceKm != null ? formatDistance(lang, distanceKm) : null],
            [t.where, node.location ? node.location.municipality.name : `${FORMATS[lang][node.format]} (${t.online})`],
            [t.dates, [formatPeriod(lang, t, node), node.rollingEntry && node.endDate ? ` · ${t.rollingEntry}` : null]],
            [t.seats, h('span', { class: node.freeSeats === 0 ? 'full' : '' }, formatSeats(t, node))],
          ]),
        ),
      ),
    );
  });
  return list;
}

/** "Offers 11–20 of 57", or why there are none. */
export function summary(lang: Lang, page: SearchPage, firstNumber: number): string {
  const t = TEXTS[lang];
  if (page.totalCount === 0) return t.none;
  return `${t.found(page.totalCount)}. ${t.range(firstNumber, firstNumber + page.edges.length - 1, page.totalCount)}.`;
}
