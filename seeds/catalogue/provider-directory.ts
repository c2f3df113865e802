import { DistrictKind } from '../../src/geography/district.entity';
import type { Place } from '../places';
import type { Random } from '../random';
import type { DistrictRow, LocationRow, ProviderRow } from '../rows';
import type { Geography } from './geography';
import { OCCUPATIONS, PROVIDER_PROFILES, type ProviderProfile, type ProviderProfileKey, type Sector, type SiteName } from './provider-profiles';
import { fill, slugify, STREETS, SURNAMES } from './words';

export interface GeneratedLocation {
  row: LocationRow;
  place: Place;
  /** How titles refer to the site: "im Gemeindehaus". */
  at: string;
}

export interface GeneratedProvider {
  row: ProviderRow;
  profile: ProviderProfileKey;
  district: DistrictRow;
  place: Place;
  locations: GeneratedLocation[];
  languages: readonly string[];
  sector: Sector;
  offerCount: number;
}

/** Bundesnetzagentur "drama numbers": ranges never assigned to a subscriber (Mitteilung 148/2021). */
const DRAMA_NUMBERS = ['030 23125', '069 90009', '040 66969', '0221 4710', '089 99998'];
const SECTORS = Object.keys(OCCUPATIONS) as Sector[];
const LEGAL_FORMS = /\b(e\. V\.|gGmbH|GmbH & Co\. KG|GmbH)$/;

/** Providers and their sites, created on demand per district and profile; names are unique. */
export class ProviderDirectory {
  private readonly byDistrictProfile = new Map<string, GeneratedProvider[]>();
  private readonly byName = new Map<string, GeneratedProvider>();
  private pendingProviders: ProviderRow[] = [];
  private pendingLocations: LocationRow[] = [];
  private nextProviderId = 1;
  private nextLocationId = 1;

  constructor(private readonly random: Random, private readonly geography: Geography) {}

  get size(): number {
    return this.nextProviderId - 1;
  }

  inDistrict(district: DistrictRow, profile: ProviderProfileKey): readonly GeneratedProvider[] {
    return this.byDistrictProfile.get(`${district.id}:${profile}`) ?? [];
  }

  /** A new provider in the district, or the existing one when the drawn name is taken there already. */
  obtain(district: DistrictRow, key: ProviderProfileKey): GeneratedProvider {
    const profile = PROVIDER_PROFILES[key];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const place = this.geography.pickPlace(this.random, district, profile.minPopulation);
      const template = this.random.pick(profile.names.filter((name) => district.kind === DistrictKind.LANDKREIS || !name.template.includes('Landratsamt')));
      const name = fill(template.template, {
        ort: place.name,
        kreis: district.name.replace(/^Landkreis /, ''),
        landkreis: district.name,
        gemeinde: place.population >= 10000 || district.kind === 'STADTKREIS' ? 'Stadt' : 'Gemeinde',
        nachname: this.random.pick(SURNAMES),
        jahr: String(this.random.int(1846, 1970)),
      });
      const existing = this.byName.get(name);
      if (existing) {
        if (existing.district.id === district.id && existing.profile === key) return existing;
        continue;
      }
      return this.create(name, key, district, place, template.languages ?? [], template.sector ?? this.random.pick(SECTORS));
    }
    // Every draw collided with a provider elsewhere: fall back to a name made unique by its number.
    const place = this.geography.pickPlace(this.random, district, profile.minPopulation);
    return this.create(`${fill(profile.names[0].template, fallbackValues(place, district))} (${this.nextProviderId})`, key, district, place, [], this.random.pick(SECTORS));
  }

  /** Rows created since the last call, in id order: insert them before offers that reference them. */
  drain(): { providers: ProviderRow[]; locations: LocationRow[] } {
    const drained = { providers: this.pendingProviders, locations: this.pendingLocations };
    this.pendingProviders = [];
    this.pendingLocations = [];
    return drained;
  }

  private create(name: string, key: ProviderProfileKey, district: DistrictRow, place: Place, languages: readonly string[], sector: Sector): GeneratedProvider {
    const profile = PROVIDER_PROFILES[key];
    const domain = profile.domain === 'PLACE'
      ? `${profile.domainPrefix}${slugify(place.name)}.example`
      : `${profile.domainPrefix}${slugify(name.split(' – ')[0].replace(LEGAL_FORMS, ''))}.example`;
    const row: ProviderRow = {
      id: this.nextProviderId++,
      name,
      kind: profile.kind,
      email: `${profile.emailUser}@${domain}`,
      phone: this.random.chance(profile.phoneChance) ? `${this.random.pick(DRAMA_NUMBERS)}-${String(this.random.int(0, 999)).padStart(3, '0')}` : null,
      website: this.random.chance(profile.websiteChance) ? `https://www.${domain}` : null,
    };
    const provider: GeneratedProvider = { row, profile: key, district, place, locations: [], languages, sector, offerCount: 0 };
    provider.locations = this.createLocations(provider, profile);
    this.pendingProviders.push(row);
    this.byName.set(name, provider);
    const listKey = `${district.id}:${key}`;
    const list = this.byDistrictProfile.get(listKey) ?? [];
    list.push(provider);
    this.byDistrictProfile.set(listKey, list);
    return provider;
  }

  /** 1–3 sites: the first in the home place, others there or in a neighbouring place of the district. */
  private createLocations(provider: GeneratedProvider, profile: ProviderProfile): GeneratedLocation[] {
    const count = this.random.weighted(profile.locationCounts);
    const sites = [...profile.sites];
    const neighbours = this.geography.neighbours(provider.place);
    const locations: GeneratedLocation[] = [];
    for (let index = 0; index < count && sites.length > 0; index += 1) {
      const place = index === 0 || neighbours.length === 0 || this.random.chance(0.5) ? provider.place : this.random.pick(neighbours);
      const site = sites.splice(this.random.int(0, sites.length - 1), 1)[0];
      const wheelchair = this.random.chance(profile.wheelchairShare);
      const row: LocationRow = {
        id: this.nextLocationId++,
        providerId: provider.row.id,
        name: place.id === provider.place.id ? site.name : branchName(site.name, place),
        street: this.street(),
        postalCode: place.postalCode,
        municipalityId: place.id,
        ...this.jitter(place),
        wheelchairAccessible: wheelchair,
        accessibilityNotes: this.random.pick(wheelchair ? ACCESSIBLE_NOTES : INACCESSIBLE_NOTES),
      };
      this.pendingLocations.push(row);
      locations.push({ row, place, at: place.id === provider.place.id ? site.at : branchAt(site, place) });
    }
    return locations;
  }

  private street(): string {
    const suffix = this.random.chance(0.1) ? this.random.pick(['a', 'b', 'c']) : '';
    return `${this.random.pick(STREETS)} ${this.random.int(1, 120)}${suffix}`;
  }

  /**
   * A point a few hundred metres from the place centre, uniform on a disc; larger towns spread
   * wider (up to 1.5 km for Stuttgart), so radius searches inside a city return different distances.
   */
  private jitter(place: Place): { latitude: number; longitude: number } {
    const maxKm = 0.3 + 1.2 * Math.min(1, place.population / 500_000);
    const km = maxKm * Math.sqrt(this.random.next());
    const angle = this.random.next() * 2 * Math.PI;
    const latitude = place.latitude + (km * Math.cos(angle)) / 111.32;
    const longitude = place.longitude + (km * Math.sin(angle)) / (111.32 * Math.cos((place.latitude * Math.PI) / 180));
    return { latitude: round(latitude, 5), longitude: round(longitude, 5) };
  }
}

const ACCESSIBLE_NOTES = [null, null, 'Aufzug vorhanden.', 'Stufenloser Eingang über die Rampe am Seiteneingang.', 'Barrierefreies WC im Erdgeschoss.'];
const INACCESSIBLE_NOTES = [null, 'Räume im 1. Obergeschoss, kein Aufzug.', 'Eingang mit drei Stufen; Hilfe auf Anfrage.'];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A site in a neighbouring place: "Gemeindehaus Dettingen", or "Außenstelle Dettingen" for longer names. */
function branchName(siteName: string | null, place: Place): string {
  return siteName !== null && !siteName.includes(' ') ? `${siteName} ${place.name}` : `Außenstelle ${place.name}`;
}

function branchAt(site: SiteName, place: Place): string {
  return site.name !== null && !site.name.includes(' ') ? `${site.at} ${place.name}` : `in der Außenstelle ${place.name}`;
}

function fallbackValues(place: Place, district: DistrictRow): Record<string, string> {
  return { ort: place.name, kreis: district.name.replace(/^Landkreis /, ''), landkreis: district.name, gemeinde: 'Stadt', nachname: SURNAMES[0], jahr: '1900' };
}
