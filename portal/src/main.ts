import {
  PortalDistrictsDocument,
  PortalOfferDocument,
  PortalPlacesDocument,
  PortalSearchDocument,
  type OfferFilter,
  type PortalSearchQueryVariables,
} from '../generated/graphql.js';
import { ApiError, request } from './api.js';
import { renderDetail, type OfferDetail } from './detail.js';
import { byId, h } from './dom.js';
import { buildControls, labelControls, placeLabels, readForm, showCounts, type Origin } from './filters.js';
import { LANGS, TEXTS, initialLang, rememberLang, type Lang, type TextKey } from './i18n.js';
import { OfferMap, type District, type Place } from './map.js';
import { renderResults, summary, type SearchPage } from './results.js';

const PAGE_SIZE = 10;

let lang: Lang = initialLang();
let places = new Map<string, Place>();
let byPostalCode = new Map<string, Place>();
/** The search on screen: its filters and origin, the page shown and that page's position. */
let search: { filter: OfferFilter; origin: Origin } = { filter: {}, origin: null };
let shown: { page: SearchPage; firstNumber: number } | null = null;
let detail: OfferDetail | null = null;
let inFlight: AbortController | null = null;

const map = new OfferMap(byId('map'), TEXTS[lang], (id) => void openOffer(id));
// Without places the map stays empty and only postal codes work; the search itself still does.
const geography = loadGeography().catch(() => undefined);

buildControls();
applyLanguage(lang);
wireUp();
void runSearch({ first: PAGE_SIZE }, 1, false);

function wireUp(): void {
  byId<HTMLFormElement>('search').addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  byId<HTMLFormElement>('search').addEventListener('reset', () => {
    setFormError(null);
    search = { filter: {}, origin: null };
    // After the browser has reset the fields.
    setTimeout(() => void runSearch({ first: PAGE_SIZE }, 1, false));
  });
  byId('next').addEventListener('click', () => {
    if (shown?.page.pageInfo.endCursor) void runSearch({ first: PAGE_SIZE, after: shown.page.pageInfo.endCursor }, shown.firstNumber + PAGE_SIZE, true);
  });
  byId('previous').addEventListener('click', () => {
    if (shown?.page.pageInfo.startCursor) void runSearch({ last: PAGE_SIZE, before: shown.page.pageInfo.startCursor }, Math.max(1, shown.firstNumber - PAGE_SIZE), true);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.addEventListener('click', () => applyLanguage(button.dataset.lang as Lang));
  }
  const dialog = byId<HTMLDialogElement>('detail');
  byId('detail-close').addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it, like Escape.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => (detail = null));
  const wide = window.matchMedia('(min-width: 48rem)');
  const filters = byId<HTMLDetailsElement>('more-filters');
  filters.open = wide.matches;
  wide.addEventListener('change', () => map.resize());
}

async function submit(): Promise<void> {
  await geography;
  const resolved = readForm(places, byPostalCode);
  if ('error' in resolved) {
    setFormError(TEXTS[lang].errorUnknownPlace(resolved.input));
    return;
  }
  setFormError(null);
  search = resolved;
  await runSearch({ first: PAGE_SIZE }, 1, false);
}

async function runSearch(paging: Pick<PortalSearchQueryVariables, 'first' | 'after' | 'last' | 'before'>, firstNumber: number, moveFocus: boolean): Promise<void> {
  inFlight?.abort();
  const controller = (inFlight = new AbortController());
  const { filter } = search;
  const status = byId('status');
  byId('results-section').setAttribute('aria-busy', 'true');
  status.textContent = TEXTS[lang].loading;
  try {
    const answer = await request(
      PortalSearchDocument,
      { filter, familyFilter: { ...filter, families: undefined }, formatFilter: { ...filter, formats: undefined }, ...paging },
      controller.signal,
    );
    shown = { page: answer.offers, firstNumber };
    renderPage();
    showCounts(answer.familyFacets.families, answer.formatFacets.formats);
    map.setDistrictCounts(new Map(answer.districtFacets.districts.map((facet) => [facet.district.id, facet.count])));
    if (moveFocus) byId('results-heading').focus();
  } catch (error) {
    if (controller.signal.aborted) return;
    shown = null;
    renderPage();
    const message = errorMessage(error);
    // A bad postal code is the form's problem, said beside the field; anything else where results go.
    const fieldError = error instanceof ApiError && error.reason === 'UNKNOWN_POSTAL_CODE';
    status.textContent = fieldError ? '' : message;
    if (fieldError) setFormError(message);
  } finally {
    if (inFlight === controller) byId('results-section').removeAttribute('aria-busy');
  }
}

/** The list, pager and map markers of the page on screen, in the current language. */
function renderPage(): void {
  const list = byId('results');
  const status = byId('status');
  const previous = byId<HTMLButtonElement>('previous');
  const next = byId<HTMLButtonElement>('next');
  if (!shown) {
    list.replaceChildren();
    previous.disabled = next.disabled = true;
    map.showResults([], null);
    return;
  }
  const { page, firstNumber } = shown;
  list.replaceChildren(renderResults(lang, page, firstNumber, (id) => void openOffer(id)));
  status.textContent = summary(lang, page, firstNumber);
  previous.disabled = !page.pageInfo.hasPreviousPage;
  next.disabled = !page.pageInfo.hasNextPage;
  const origin = search.origin;
  map.showResults(
    page.edges.flatMap(({ node }) => (node.location ? [{ id: node.id, title: node.title, latitude: node.location.latitude, longitude: node.location.longitude }] : [])),
    origin?.centre ? { centre: origin.centre, radiusKm: origin.radiusKm } : null,
  );
}

async function openOffer(id: string): Promise<void> {
  const dialog = byId<HTMLDialogElement>('detail');
  const body = byId('detail-body');
  byId('detail-title').textContent = TEXTS[lang].loading;
  body.replaceChildren();
  if (!dialog.open) dialog.showModal();
  try {
    const { node } = await request(PortalOfferDocument, { id });
    if (!node || !('title' in node)) {
      byId('detail-title').textContent = TEXTS[lang].offerGone;
      return;
    }
    detail = node;
    renderDetailDialog();
  } catch (error) {
    byId('detail-title').textContent = errorMessage(error);
  }
}

function renderDetailDialog(): void {
  if (!detail) return;
  byId('detail-title').textContent = detail.title;
  byId('detail-body').replaceChildren(renderDetail(lang, detail));
}

function applyLanguage(next: Lang): void {
  lang = next;
  rememberLang(lang);
  const t = TEXTS[lang];
  document.documentElement.lang = lang;
  document.title = t.pageTitle;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t[el.dataset.i18n as TextKey]));
  document.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t[el.dataset.i18nLabel as TextKey]));
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => (el.placeholder = t[el.dataset.i18nPlaceholder as TextKey]));
  for (const code of LANGS) document.querySelector(`[data-lang="${code}"]`)?.setAttribute('aria-pressed', String(code === lang));
  labelControls(lang);
  map.setTexts(t);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
  if (shown) renderPage();
  renderDetailDialog();
}

function setFormError(message: string | null): void {
  const place = byId<HTMLInputElement>('place');
  byId('form-error').textContent = message ?? '';
  if (message) {
    place.setAttribute('aria-invalid', 'true');
    place.focus();
  } else {
    place.removeAttribute('aria-invalid');
  }
}

function errorMessage(error: unknown): string {
  const t = TEXTS[lang];
  if (error instanceof ApiError && error.reason === 'UNKNOWN_POSTAL_CODE') return t.errorUnknownPostalCode(byId<HTMLInputElement>('place').value.trim());
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') return t.errorRateLimited(error.retryAfterSeconds ?? 10);
  return t.errorGeneric;
}

/** Every place (for the picker and the map) and district, through the public API's connections. */
async function loadGeography(): Promise<void> {
  const all: Place[] = [];
  let after: string | null | undefined;
  do {
    const { municipalities } = await request(PortalPlacesDocument, { after });
    all.push(...municipalities.nodes.map(({ district, ...place }) => ({ ...place, districtId: district.id })));
    after = municipalities.pageInfo.hasNextPage ? municipalities.pageInfo.endCursor : null;
  } while (after);
  const { districts } = await request(PortalDistrictsDocument, {});
  const districtList: District[] = districts.nodes;
  const names = new Map(districtList.map((district) => [district.id, district.name]));
  const labelled = placeLabels(all, (id) => names.get(id) ?? '');
  places = new Map(labelled.map(({ label, place }) => [label.toLocaleLowerCase('de'), place]));
  byPostalCode = new Map(all.map((place) => [place.postalCode, place]));
  byId('places').replaceChildren(...labelled.map(({ label }) => h('option', { value: label })));
  map.drawGeography(all, districtList);
  document.body.dataset.geography = 'ready';
}
