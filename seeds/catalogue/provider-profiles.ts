import { ProviderKind } from '../../src/providers/provider.entity';
import type { Weighted } from '../random';

/** Finer than ProviderKind: a sports club and a refugee helper circle are both a VEREIN but run different things. */
export type ProviderProfileKey =
  | 'VHS'
  | 'LANGUAGE_SCHOOL'
  | 'VOCATIONAL_TRAINER'
  | 'HELPER_CIRCLE'
  | 'SPORTS_CLUB'
  | 'MIGRANT_ASSOCIATION'
  | 'WELFARE'
  | 'MUNICIPALITY'
  | 'VOCATIONAL_SCHOOL'
  | 'CHAMBER'
  | 'COMPANY'
  | 'EMPLOYMENT_AGENCY';

/** A site name and how titles refer to it ("im Gemeindehaus"). */
export interface SiteName {
  name: string | null;
  at: string;
}

export interface NameTemplate {
  /** Placeholders: {ort} place, {kreis} district (short), {landkreis} district (full), {gemeinde} "Stadt" or "Gemeinde", {nachname} surname, {jahr} founding year. */
  template: string;
  /** Languages this organisation's offers favour, e.g. a Ukrainian community association. */
  languages?: readonly string[];
  /** Trade or sector, used for EQ and internship titles. */
  sector?: Sector;
}

export type Sector = 'METALL' | 'ELEKTRO' | 'HOLZ' | 'BAU' | 'PFLEGE' | 'GASTRO' | 'HANDEL' | 'LOGISTIK' | 'GARTEN';

export interface ProviderProfile {
  kind: ProviderKind;
  /** Smallest place that plausibly hosts such an organisation. */
  minPopulation: number;
  names: readonly NameTemplate[];
  /** Host name prefix before the slug of the place or name, e.g. "vhs-". */
  domain: 'PLACE' | 'NAME';
  domainPrefix: string;
  emailUser: string;
  websiteChance: number;
  phoneChance: number;
  locationCounts: Weighted<number>;
  sites: readonly SiteName[];
  /** Share of this profile's sites with step-free access. */
  wheelchairShare: number;
}

const site = (name: string | null, at: string): SiteName => ({ name, at });
const plain = (...templates: string[]): NameTemplate[] => templates.map((template) => ({ template }));

export const PROVIDER_PROFILES: Readonly<Record<ProviderProfileKey, ProviderProfile>> = {
  VHS: {
    kind: ProviderKind.VOLKSHOCHSCHULE, minPopulation: 8000, names: plain('Volkshochschule {ort}'),
    domain: 'PLACE', domainPrefix: 'vhs-', emailUser: 'info', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 45], [2, 35], [3, 20]], wheelchairShare: 0.8,
    sites: [site('VHS-Haus', 'im VHS-Haus'), site('Bildungszentrum', 'im Bildungszentrum'), site('Kulturzentrum', 'im Kulturzentrum'), site('Hauptstelle', 'in der Hauptstelle')],
  },
  LANGUAGE_SCHOOL: {
    kind: ProviderKind.BILDUNGSTRAEGER, minPopulation: 15000,
    names: plain('Sprachinstitut {ort}', 'Sprachschule {nachname}', 'Sprachzentrum {ort} gGmbH', 'Akademie für Sprache und Beruf {ort}', 'Bildungsinstitut {nachname} GmbH', 'Deutschakademie {kreis}', 'Lernwerkstatt Deutsch {ort}'),
    domain: 'NAME', domainPrefix: '', emailUser: 'kontakt', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 55], [2, 35], [3, 10]], wheelchairShare: 0.65,
    sites: [site('Schulungszentrum', 'im Schulungszentrum'), site(null, 'in den Unterrichtsräumen'), site('Sprachzentrum am Bahnhof', 'im Sprachzentrum am Bahnhof'), site('Lernzentrum', 'im Lernzentrum')],
  },
  VOCATIONAL_TRAINER: {
    kind: ProviderKind.BILDUNGSTRAEGER, minPopulation: 15000,
    names: [
      { template: 'Berufsbildungswerk {ort} gGmbH', sector: 'METALL' },
      { template: 'Bildungszentrum {ort}', sector: 'BAU' },
      { template: 'Qualifizierungswerk {kreis} gGmbH', sector: 'LOGISTIK' },
      { template: 'Ausbildungsverbund {ort} e. V.', sector: 'ELEKTRO' },
      { template: 'Jugendberufshilfe {ort} gGmbH', sector: 'HANDEL' },
      { template: 'Pflegeschule und Bildungswerk {kreis}', sector: 'PFLEGE' },
    ],
    domain: 'NAME', domainPrefix: '', emailUser: 'info', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 55], [2, 35], [3, 10]], wheelchairShare: 0.7,
    sites: [site('Ausbildungszentrum', 'im Ausbildungszentrum'), site('Lehrwerkstatt', 'in der Lehrwerkstatt'), site('Beratungsbüro', 'im Beratungsbüro')],
  },
  HELPER_CIRCLE: {
    kind: ProviderKind.VEREIN, minPopulation: 0,
    names: plain('Freundeskreis Asyl {ort} e. V.', 'Helferkreis Asyl {ort}', 'Arbeitskreis Asyl {ort} e. V.', 'Netzwerk Willkommen in {ort}', 'Begegnungscafé {ort} e. V.', 'Miteinander in {ort} e. V.'),
    domain: 'NAME', domainPrefix: '', emailUser: 'kontakt', websiteChance: 0.6, phoneChance: 0.7,
    locationCounts: [[1, 65], [2, 30], [3, 5]], wheelchairShare: 0.55,
    sites: [
      site('Gemeindehaus', 'im Gemeindehaus'), site('Stadtteilzentrum', 'im Stadtteilzentrum'), site('Bürgerhaus', 'im Bürgerhaus'),
      site('Mehrgenerationenhaus', 'im Mehrgenerationenhaus'), site('Familienzentrum', 'im Familienzentrum'), site('Stadtbibliothek', 'in der Stadtbibliothek'),
      site('Evangelisches Gemeindezentrum', 'im Evangelischen Gemeindezentrum'), site('Katholisches Gemeindehaus St. Martin', 'im Gemeindehaus St. Martin'),
    ],
  },
  SPORTS_CLUB: {
    kind: ProviderKind.VEREIN, minPopulation: 0,
    names: plain('TSV {ort} {jahr} e. V.', 'SV {ort} e. V.', 'TV {ort} {jahr} e. V.', 'SpVgg {ort} e. V.', 'FC {ort} {jahr} e. V.'),
    domain: 'NAME', domainPrefix: '', emailUser: 'info', websiteChance: 0.9, phoneChance: 0.6,
    locationCounts: [[1, 60], [2, 40]], wheelchairShare: 0.5,
    sites: [site('Sporthalle', 'in der Sporthalle'), site('Vereinsheim', 'im Vereinsheim'), site('Sportgelände', 'auf dem Sportgelände'), site('Turnhalle der Grundschule', 'in der Turnhalle der Grundschule')],
  },
  MIGRANT_ASSOCIATION: {
    kind: ProviderKind.VEREIN, minPopulation: 20000,
    names: [
      { template: 'Deutsch-Arabischer Kulturverein {ort} e. V.', languages: ['ar'] },
      { template: 'Afghanischer Kulturverein {ort} e. V.', languages: ['fa', 'ps'] },
      { template: 'Ukrainische Gemeinde {ort} e. V.', languages: ['uk', 'ru'] },
      { template: 'Eritreischer Verein {kreis} e. V.', languages: ['ti'] },
      { template: 'Internationaler Frauenverein {ort} e. V.', languages: ['ar', 'tr', 'fa'] },
      { template: 'Kurdisches Gemeinschaftszentrum {ort} e. V.', languages: ['ku', 'tr'] },
      { template: 'Afrika-Forum {kreis} e. V.', languages: ['fr', 'en', 'so'] },
    ],
    domain: 'NAME', domainPrefix: '', emailUser: 'vorstand', websiteChance: 0.5, phoneChance: 0.8,
    locationCounts: [[1, 85], [2, 15]], wheelchairShare: 0.4,
    sites: [site('Vereinsräume', 'in den Vereinsräumen'), site('Begegnungszentrum', 'im Begegnungszentrum'), site('Internationales Haus', 'im Internationalen Haus')],
  },
  WELFARE: {
    kind: ProviderKind.WOHLFAHRTSVERBAND, minPopulation: 10000,
    names: plain('Sozialwerk {ort} e. V.', 'Evangelischer Sozialdienst {kreis}', 'Katholischer Migrationsdienst {kreis}', 'Wohlfahrtswerk {kreis} gGmbH', 'Paritätischer Integrationsdienst {ort}'),
    domain: 'NAME', domainPrefix: '', emailUser: 'migration', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 40], [2, 40], [3, 20]], wheelchairShare: 0.75,
    sites: [site('Beratungszentrum', 'im Beratungszentrum'), site('Haus der Begegnung', 'im Haus der Begegnung'), site('Familienzentrum', 'im Familienzentrum'), site('Jugendhaus', 'im Jugendhaus')],
  },
  MUNICIPALITY: {
    kind: ProviderKind.KOMMUNE, minPopulation: 0,
    names: plain('{gemeinde} {ort} – Integrationsmanagement', '{gemeinde} {ort} – Ehrenamtskoordination', 'Landratsamt {kreis} – Integrationsbeauftragte'),
    domain: 'NAME', domainPrefix: '', emailUser: 'integration', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 70], [2, 30]], wheelchairShare: 0.85,
    sites: [site('Rathaus', 'im Rathaus'), site('Bürgerhaus', 'im Bürgerhaus'), site('Integrationsbüro', 'im Integrationsbüro'), site('Stadtteilzentrum', 'im Stadtteilzentrum')],
  },
  VOCATIONAL_SCHOOL: {
    kind: ProviderKind.SCHULE, minPopulation: 12000,
    names: plain('Gewerbliche Schule {ort}', 'Kaufmännische Schule {ort}', 'Berufliches Schulzentrum {ort}', 'Hauswirtschaftliche Schule {ort}', 'Gewerbeschule {ort}', 'Max-Eyth-Schule {ort}', 'Robert-Bosch-Schule {ort}', 'Carl-Benz-Schule {ort}'),
    domain: 'NAME', domainPrefix: '', emailUser: 'sekretariat', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 75], [2, 25]], wheelchairShare: 0.7,
    sites: [site('Hauptgebäude', 'im Hauptgebäude'), site('Gebäude B', 'in Gebäude B'), site('Werkstattgebäude', 'im Werkstattgebäude')],
  },
  CHAMBER: {
    kind: ProviderKind.KAMMER, minPopulation: 25000,
    names: [
      { template: 'Bildungsakademie der Handwerkskammer – Standort {ort}', sector: 'BAU' },
      { template: 'IHK-Bildungszentrum {ort}', sector: 'HANDEL' },
      { template: 'Kreishandwerkerschaft {kreis}', sector: 'HOLZ' },
      { template: 'Überbetriebliche Ausbildungsstätte Metall {ort}', sector: 'METALL' },
    ],
    domain: 'NAME', domainPrefix: '', emailUser: 'bildung', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 70], [2, 30]], wheelchairShare: 0.8,
    sites: [site('Bildungszentrum', 'im Bildungszentrum'), site('Technologiezentrum', 'im Technologiezentrum'), site('Lehrwerkstatt', 'in der Lehrwerkstatt')],
  },
  COMPANY: {
    kind: ProviderKind.UNTERNEHMEN, minPopulation: 2000,
    names: [
      { template: 'Metallbau {nachname} GmbH', sector: 'METALL' },
      { template: '{nachname} Elektrotechnik GmbH & Co. KG', sector: 'ELEKTRO' },
      { template: 'Schreinerei {nachname}', sector: 'HOLZ' },
      { template: 'Malerbetrieb {nachname}', sector: 'BAU' },
      { template: 'Seniorenzentrum {ort} gGmbH', sector: 'PFLEGE' },
      { template: 'Hotel-Gasthof Krone {ort}', sector: 'GASTRO' },
      { template: 'Bäckerei {nachname}', sector: 'HANDEL' },
      { template: 'Autohaus {nachname} GmbH', sector: 'METALL' },
      { template: 'Logistikzentrum {ort} GmbH', sector: 'LOGISTIK' },
      { template: 'Gärtnerei {nachname}', sector: 'GARTEN' },
      { template: 'Kliniken {kreis} gGmbH', sector: 'PFLEGE' },
    ],
    domain: 'NAME', domainPrefix: '', emailUser: 'ausbildung', websiteChance: 0.85, phoneChance: 1,
    locationCounts: [[1, 85], [2, 15]], wheelchairShare: 0.45,
    sites: [site(null, 'im Betrieb'), site('Betriebsgelände', 'auf dem Betriebsgelände'), site('Werk 2', 'in Werk 2')],
  },
  EMPLOYMENT_AGENCY: {
    kind: ProviderKind.AGENTUR_FUER_ARBEIT, minPopulation: 30000,
    names: plain('Agentur für Arbeit {ort}', 'Jobcenter {landkreis}'),
    domain: 'NAME', domainPrefix: '', emailUser: 'berufsberatung', websiteChance: 1, phoneChance: 1,
    locationCounts: [[1, 80], [2, 20]], wheelchairShare: 0.95,
    sites: [site('Berufsinformationszentrum (BiZ)', 'im Berufsinformationszentrum (BiZ)'), site('Dienststelle', 'in der Dienststelle')],
  },
};

/** Occupations per sector, for Einstiegsqualifizierung and internship titles. */
export const OCCUPATIONS: Readonly<Record<Sector, readonly string[]>> = {
  METALL: ['Metallbauer/in', 'Industriemechaniker/in', 'Kfz-Mechatroniker/in', 'Fachkraft für Metalltechnik'],
  ELEKTRO: ['Elektroniker/in für Energie- und Gebäudetechnik', 'Elektroniker/in für Betriebstechnik'],
  HOLZ: ['Tischler/in', 'Holzmechaniker/in'],
  BAU: ['Maler/in und Lackierer/in', 'Anlagenmechaniker/in SHK', 'Maurer/in', 'Fliesenleger/in'],
  PFLEGE: ['Pflegefachhelfer/in', 'Pflegefachfrau/-mann', 'Hauswirtschafter/in'],
  GASTRO: ['Koch/Köchin', 'Fachkraft für Gastronomie', 'Hotelfachmann/-frau'],
  HANDEL: ['Verkäufer/in', 'Bäcker/in', 'Kaufmann/-frau im Einzelhandel'],
  LOGISTIK: ['Fachlagerist/in', 'Fachkraft für Lagerlogistik', 'Berufskraftfahrer/in'],
  GARTEN: ['Gärtner/in', 'Landschaftsgärtner/in'],
};

/** German name of a sector's work field, for BOFplus and orientation titles. */
export const SECTOR_FIELDS: Readonly<Record<Sector, string>> = {
  METALL: 'Metalltechnik', ELEKTRO: 'Elektrotechnik', HOLZ: 'Holztechnik', BAU: 'Bau und Ausbau', PFLEGE: 'Pflege und Gesundheit',
  GASTRO: 'Gastronomie und Hotellerie', HANDEL: 'Handel und Lebensmittelhandwerk', LOGISTIK: 'Lager und Logistik', GARTEN: 'Garten- und Landschaftsbau',
};
