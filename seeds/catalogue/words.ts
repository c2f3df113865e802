import type { Weighted } from '../random';

// Word lists for names and addresses. Common German surnames and street names: any match with a
// real business is coincidence; contact details always use reserved example domains and numbers.

export const SURNAMES = [
  'Müller', 'Schmid', 'Schneider', 'Fischer', 'Weber', 'Maier', 'Wagner', 'Becker', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Hofmann', 'Hartmann',
  'Lang', 'Seitz', 'Haug', 'Kuhn', 'Eberle', 'Vogt', 'Kienzle', 'Graf', 'Pfister', 'Hummel',
  'Brenner', 'Rapp', 'Bader', 'Kübler', 'Gaiser', 'Dreher', 'Wörner', 'Schill', 'Riedel', 'Heller',
  'Ott', 'Frank', 'Keller', 'Mayer', 'Kaiser', 'Fuchs', 'Bühler', 'Stiefel', 'Ruoff', 'Nägele',
] as const;

export const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Schillerstraße', 'Goethestraße', 'Kirchstraße', 'Lindenstraße',
  'Friedrichstraße', 'Karlstraße', 'Wilhelmstraße', 'Schulstraße', 'Gartenstraße', 'Poststraße',
  'Uhlandstraße', 'Mörikestraße', 'Hölderlinweg', 'Neckarstraße', 'Marktplatz', 'Rathausplatz',
  'Mühlweg', 'Talstraße', 'Bergstraße', 'Ringstraße', 'Blumenstraße', 'Industriestraße',
  'Gewerbestraße', 'Robert-Bosch-Straße', 'Daimlerstraße', 'Max-Eyth-Straße', 'Eichendorffstraße',
  'Kepplerstraße', 'Hebelstraße', 'Scheffelstraße', 'Am Stadtgarten', 'Im Wiesengrund', 'Kastanienallee',
  'Ulmer Straße', 'Stuttgarter Straße', 'Albstraße', 'Schwarzwaldstraße', 'Brunnenstraße',
] as const;

/** ISO 639-1 codes of the languages refugees in BW most often speak, with rough weights. */
export const SUPPORT_LANGUAGES: Weighted<string> = [
  ['ar', 25], ['uk', 20], ['fa', 15], ['en', 15], ['tr', 12], ['ru', 10], ['ku', 6], ['ti', 6],
  ['fr', 6], ['ps', 5], ['so', 3], ['sq', 2], ['ro', 2],
];

/** German names of the support languages, dative-free adverbial form ("auf Arabisch"). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'Arabisch', uk: 'Ukrainisch', fa: 'Persisch (Farsi/Dari)', en: 'Englisch', tr: 'Türkisch',
  ru: 'Russisch', ku: 'Kurdisch', ti: 'Tigrinya', fr: 'Französisch', ps: 'Paschtu', so: 'Somali',
  sq: 'Albanisch', ro: 'Rumänisch',
};

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "März 2027" from an ISO date. */
export function monthYear(isoDate: string): string {
  return `${MONTHS[Number(isoDate.slice(5, 7)) - 1]} ${isoDate.slice(0, 4)}`;
}

/** "14.09.2026" from an ISO date. */
export function germanDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.${isoDate.slice(0, 4)}`;
}

/** "A, B und C". */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

/** Lower-case ASCII for host names: umlauts transliterated, everything else reduced to hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Replaces {key} placeholders; an unknown key is a bug in a template, so it throws. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template "${template}" needs {${key}}`);
    return value;
  });
}

/** Euro amount in German notation, "1.603,00 €"; by hand so output never depends on the ICU build. */
export function euro(amount: number): string {
  const [whole, cents] = amount.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents} €`;
}
