import type { Audience, CefrLevel, OfferFamily, OfferFormat, PartOfDay, Programme, Weekday } from '../generated/graphql.js';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

const de = {
  pageTitle: 'Integrationsangebote finden',
  title: 'Integrationsangebote in Baden-Württemberg',
  intro: 'Sprachkurse, Ehrenamtsprogramme und Angebote für Schule und Beruf in Ihrer Nähe.',
  skipToResults: 'Zu den Ergebnissen springen',
  languageNav: 'Sprache',
  searchHeading: 'Suche',
  place: 'Ort oder Postleitzahl',
  placeHint: 'z. B. Tübingen oder 72070; leer: ganz Baden-Württemberg',
  radius: 'Umkreis',
  text: 'Suchbegriff',
  textHint: 'z. B. Integrationskurs, B1, Abendkurs',
  moreFilters: 'Weitere Filter',
  family: 'Art des Angebots',
  level: 'Ihr Deutschniveau',
  audience: 'Zielgruppe',
  format: 'Format',
  startsFrom: 'Einstieg ab',
  childcare: 'Mit Kinderbetreuung',
  freeSeats: 'Nur mit freien Plätzen',
  any: 'beliebig',
  anyLevel: 'beliebig (auch ohne Deutschkenntnisse)',
  search: 'Suchen',
  reset: 'Zurücksetzen',
  resultsHeading: 'Ergebnisse',
  mapHeading: 'Karte',
  mapLabel: 'Karte der Orte und Kreise Baden-Württembergs mit den Angeboten dieser Seite',
  mapNote: 'Punkte: Orte; Kreise: Kreismittelpunkte (ohne Grenzen); rot: Angebote dieser Seite. Die Liste enthält dieselben Angebote.',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  loading: 'Wird geladen …',
  found: (total: number) => (total === 1 ? '1 Angebot gefunden' : `${total} Angebote gefunden`),
  range: (from: number, to: number, total: number) => `Angebote ${from}–${to} von ${total}`,
  none: 'Keine Angebote gefunden. Vergrößern Sie den Umkreis oder entfernen Sie Filter.',
  pager: 'Seiten der Ergebnisse',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  distance: 'Entfernung',
  where: 'Ort',
  online: 'online',
  dates: 'Zeitraum',
  ongoing: 'laufend',
  since: (date: string) => `seit ${date}`,
  rollingEntry: 'Einstieg jederzeit möglich',
  seats: 'Freie Plätze',
  seatsOf: (free: number, capacity: number) => `${free} von ${capacity}`,
  openCapacity: 'offen (ohne feste Platzzahl)',
  full: 'ausgebucht',
  provider: 'Träger',
  details: 'Details',
  detailFor: (title: string) => `Details zu ${title}`,
  close: 'Schließen',
  schedule: 'Termine',
  meetingTimes: 'Wann',
  scope: 'Umfang',
  access: 'Zugang',
  noMeetingTimes: 'nach Vereinbarung',
  hoursPerWeek: (hours: string) => `${hours} Stunden pro Woche`,
  units: (units: number) => `${units} Unterrichtseinheiten`,
  contact: 'Kontakt',
  email: 'E-Mail',
  phone: 'Telefon',
  website: 'Webseite',
  address: 'Adresse',
  wheelchair: 'Barrierefrei zugänglich',
  notWheelchair: 'Nicht stufenlos zugänglich',
  requirements: 'Voraussetzungen',
  levels: 'Deutschniveau',
  levelRange: (min: string, max: string) => `${min} bis ${max}`,
  levelFrom: (min: string) => `ab ${min}`,
  levelUpTo: (max: string) => `bis ${max}`,
  noGerman: 'keine Deutschkenntnisse nötig',
  target: 'Ziel',
  ages: 'Alter',
  ageRange: (min: number | null, max: number | null) => (min != null && max != null ? `${min} bis ${max} Jahre` : min != null ? `ab ${min} Jahren` : `bis ${max} Jahre`),
  audiences: 'Für',
  everyone: 'alle',
  costs: 'Kosten',
  free: 'kostenlos',
  fee: (euro: string) => `${euro} (vor Befreiungen)`,
  supportLanguages: 'Unterstützung auf',
  waitlist: 'Warteliste offen',
  descriptionGerman: 'Beschreibung (Deutsch)',
  errorUnknownPostalCode: (code: string) => `Zur Postleitzahl ${code} kennt der Katalog keinen Ort.`,
  errorUnknownPlace: (name: string) => `Den Ort „${name}“ gibt es im Katalog nicht. Wählen Sie einen Ort aus der Liste.`,
  errorRateLimited: (seconds: number) => `Zu viele Anfragen. Bitte versuchen Sie es in ${seconds} Sekunden erneut.`,
  errorGeneric: 'Die Suche ist gerade nicht möglich. Bitte versuchen Sie es später erneut.',
  offerGone: 'Dieses Angebot ist nicht mehr veröffentlicht.',
  districtOffers: (name: string, count: number) => `${name}: ${count} ${count === 1 ? 'Angebot' : 'Angebote'}`,
  attribution: 'Orte: GeoNames (CC BY 4.0); Kreise: Destatis (CC BY 4.0)',
  footer: 'Beispielseite auf der öffentlichen GraphQL-API des Hubs, ohne Anmeldung und ohne personenbezogene Daten.',
};

type Texts = typeof de;

const en: Texts = {
  pageTitle: 'Find integration offers',
  title: 'Integration offers in Baden-Württemberg',
  intro: 'Language courses, volunteer programmes and school-to-work offers near you.',
  skipToResults: 'Skip to the results',
  languageNav: 'Language',
  searchHeading: 'Search',
  place: 'Place or postal code',
  placeHint: 'e.g. Tübingen or 72070; empty: all of Baden-Württemberg',
  radius: 'Radius',
  text: 'Search words',
  textHint: 'e.g. Integrationskurs, B1, evening',
  moreFilters: 'More filters',
  family: 'Kind of offer',
  level: 'Your German level',
  audience: 'Designed for',
  format: 'Format',
  startsFrom: 'Joining from',
  childcare: 'With childcare',
  freeSeats: 'Only with free seats',
  any: 'any',
  anyLevel: 'any (also without German)',
  search: 'Search',
  reset: 'Reset',
  resultsHeading: 'Results',
  mapHeading: 'Map',
  mapLabel: "Map of Baden-Württemberg's places and districts with the offers of this page",
  mapNote: 'Dots: places; circles: district centres (no boundaries); red: offers of this page. The list holds the same offers.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  loading: 'Loading …',
  found: (total) => (total === 1 ? '1 offer found' : `${total} offers found`),
  range: (from, to, total) => `Offers ${from}–${to} of ${total}`,
  none: 'No offers found. Widen the radius or remove filters.',
  pager: 'Result pages',
  previous: 'Previous page',
  next: 'Next page',
  distance: 'Distance',
  where: 'Place',
  online: 'online',
  dates: 'Dates',
  ongoing: 'ongoing',
  since: (date) => `since ${date}`,
  rollingEntry: 'Join at any time',
  seats: 'Free seats',
  seatsOf: (free, capacity) => `${free} of ${capacity}`,
  openCapacity: 'open (no fixed number)',
  full: 'fully booked',
  provider: 'Provider',
  details: 'Details',
  detailFor: (title) => `Details of ${title}`,
  close: 'Close',
  schedule: 'Schedule',
  meetingTimes: 'When',
  scope: 'Scope',
  access: 'Access',
  noMeetingTimes: 'by arrangement',
  hoursPerWeek: (hours) => `${hours} hours a week`,
  units: (units) => `${units} teaching units`,
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  address: 'Address',
  wheelchair: 'Step-free access',
  notWheelchair: 'No step-free access',
  requirements: 'Requirements',
  levels: 'German level',
  levelRange: (min, max) => `${min} to ${max}`,
  levelFrom: (min) => `from ${min}`,
  levelUpTo: (max) => `up to ${max}`,
  noGerman: 'no German needed',
  target: 'Leads to',
  ages: 'Age',
  ageRange: (min, max) => (min != null && max != null ? `${min} to ${max} years` : min != null ? `${min} years and older` : `up to ${max} years`),
  audiences: 'For',
  everyone: 'everyone',
  costs: 'Costs',
  free: 'free of charge',
  fee: (euro) => `${euro} (before exemptions)`,
  supportLanguages: 'Support in',
  waitlist: 'Waiting list open',
  descriptionGerman: 'Description (German)',
  errorUnknownPostalCode: (code) => `The catalogue knows no place with the postal code ${code}.`,
  errorUnknownPlace: (name) => `The catalogue has no place "${name}". Choose a place from the list.`,
  errorRateLimited: (seconds) => `Too many requests. Please try again in ${seconds} seconds.`,
  errorGeneric: 'The search is not available right now. Please try again later.',
  offerGone: 'This offer is no longer published.',
  districtOffers: (name, count) => `${name}: ${count} ${count === 1 ? 'offer' : 'offers'}`,
  attribution: 'Places: GeoNames (CC BY 4.0); districts: Destatis (CC BY 4.0)',
  footer: "An example page on the hub's public GraphQL API, without signing in and without personal data.",
};

export const TEXTS: Record<Lang, Texts> = { de, en };
export type TextKey = { [K in keyof Texts]: Texts[K] extends string ? K : never }[keyof Texts];

export const FAMILIES: Record<Lang, Record<OfferFamily, string>> = {
  de: { LANGUAGE_COURSE: 'Sprachkurs', SCHOOL_TO_WORK: 'Schule und Beruf', VOLUNTEER_PROGRAMME: 'Ehrenamtliches Angebot' },
  en: { LANGUAGE_COURSE: 'Language course', SCHOOL_TO_WORK: 'School to work', VOLUNTEER_PROGRAMME: 'Volunteer programme' },
};

export const FORMATS: Record<Lang, Record<OfferFormat, string>> = {
  de: { IN_PERSON: 'Vor Ort', ONLINE: 'Online', HYBRID: 'Hybrid' },
  en: { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'Hybrid' },
};

export const AUDIENCES: Record<Lang, Record<Audience, string>> = {
  de: {
    ACADEMICS: 'Akademikerinnen und Akademiker', CHILDREN: 'Kinder', EMPLOYED: 'Berufstätige', FAMILIES: 'Familien',
    JOB_SEEKERS: 'Arbeitsuchende', NON_LITERATE: 'Menschen, die lesen und schreiben lernen', PARENTS: 'Eltern', TRAINEES: 'Auszubildende',
    WOMEN: 'Frauen', YOUNG_ADULTS: 'Junge Erwachsene', YOUTH: 'Jugendliche',
  },
  en: {
    ACADEMICS: 'Graduates', CHILDREN: 'Children', EMPLOYED: 'Employed people', FAMILIES: 'Families',
    JOB_SEEKERS: 'Job seekers', NON_LITERATE: 'People learning to read and write', PARENTS: 'Parents', TRAINEES: 'Apprentices',
    WOMEN: 'Women', YOUNG_ADULTS: 'Young adults', YOUTH: 'Young people',
  },
};

export const WEEKDAYS: Record<Lang, Record<Weekday, string>> = {
  de: { MONDAY: 'Montag', TUESDAY: 'Dienstag', WEDNESDAY: 'Mittwoch', THURSDAY: 'Donnerstag', FRIDAY: 'Freitag', SATURDAY: 'Samstag', SUNDAY: 'Sonntag' },
  en: { MONDAY: 'Monday', TUESDAY: 'Tuesday', WEDNESDAY: 'Wednesday', THURSDAY: 'Thursday', FRIDAY: 'Friday', SATURDAY: 'Saturday', SUNDAY: 'Sunday' },
};

export const PARTS_OF_DAY: Record<Lang, Record<PartOfDay, string>> = {
  de: { MORNING: 'vormittags', AFTERNOON: 'nachmittags', EVENING: 'abends' },
  en: { MORNING: 'mornings', AFTERNOON: 'afternoons', EVENING: 'evenings' },
};

export const LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** Programme names are German names of German programmes: the same in both languages. */
export const PROGRAMMES: Record<Programme, string> = {
  ASA_FLEX: 'Assistierte Ausbildung flexibel (AsA flex)',
  AV_DUAL: 'AVdual (duale Ausbildungsvorbereitung)',
  BERUFSORIENTIERUNG: 'Berufsorientierung',
  BERUFSSPRACHKURS_ANERKENNUNG: 'Berufssprachkurs für die Anerkennung',
  BERUFSSPRACHKURS_AZUBI: 'Berufssprachkurs für Auszubildende',
  BERUFSSPRACHKURS_BASIS: 'Berufssprachkurs (Basismodul)',
  BERUFSSPRACHKURS_GEWERBE_TECHNIK: 'Berufssprachkurs Gewerbe und Technik',
  BERUFSSPRACHKURS_SPEZIAL_A2: 'Berufssprachkurs Spezialmodul A2',
  BERUFSSPRACHKURS_SPEZIAL_B1: 'Berufssprachkurs Spezialmodul B1',
  BOF_PLUS: 'Berufsorientierung für Flüchtlinge (BOFplus)',
  COMMUNITY_COURSE: 'Deutschkurs vor Ort (ehrenamtlich oder kommunal)',
  EINSTIEGSQUALIFIZIERUNG: 'Einstiegsqualifizierung (EQ)',
  HOMEWORK_HELP: 'Hausaufgabenhilfe',
  INTEGRATIONSKURS_ALLGEMEIN: 'Allgemeiner Integrationskurs',
  INTEGRATIONSKURS_ALPHABETISIERUNG: 'Alphabetisierungskurs',
  INTEGRATIONSKURS_ELTERN_FRAUEN: 'Eltern- und Frauenintegrationskurs',
  INTEGRATIONSKURS_FOERDERKURS: 'Förderkurs',
  INTEGRATIONSKURS_INTENSIV: 'Intensivkurs',
  INTEGRATIONSKURS_JUGEND: 'Jugendintegrationskurs',
  INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE: 'Zweitschriftlernerkurs',
  INTERPRETING: 'Ehrenamtliches Dolmetschen',
  MENTORING: 'Mentoring und Patenschaft',
  MOBILITY_HELP: 'Fahrdienste und Fahrradwerkstatt',
  PLAY_GROUP: 'Spielgruppe',
  PRAKTIKUM: 'Praktikum',
  SPORT: 'Integration durch Sport',
  SPRACHCAFE: 'Sprachcafé',
  SPRACHPATENSCHAFT: 'Sprachpatenschaft',
  VAB: 'VAB (Ausbildungsvorbereitung)',
  VABO: 'VABO (Ausbildungsvorbereitung mit Deutsch)',
  WOMENS_MEETING_POINT: 'Frauentreff',
};

/** `?lang=` first, then what was chosen before, then the browser's languages; German otherwise. */
export function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'de' || asked === 'en') return asked;
  const stored = safeStorage()?.getItem('portal-lang');
  if (stored === 'de' || stored === 'en') return stored;
  for (const language of navigator.languages ?? []) {
    const base = language.slice(0, 2).toLowerCase();
    if (base === 'de' || base === 'en') return base;
  }
  return 'de';
}

export function rememberLang(lang: Lang): void {
  safeStorage()?.setItem('portal-lang', lang);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
