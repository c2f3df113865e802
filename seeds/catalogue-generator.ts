import { Geography } from './catalogue/geography';
import { buildOffer } from './catalogue/offer-factory';
import { calendarFor, type Calendar } from './catalogue/offer-dates';
import type { ProgrammeProfile } from './catalogue/programme-profile';
import { programmeMix } from './catalogue/programmes';
import { type GeneratedProvider, ProviderDirectory } from './catalogue/provider-directory';
import { toMunicipalityRow } from './places';
import { Random, type Weighted, WeightedTable } from './random';
import type { DistrictRow, LocationRow, MunicipalityRow, OfferRow, ProviderRow } from './rows';

export const DEFAULT_SEED = 20261125;
/** The generated catalogue's "today": fixed, so output never depends on when it runs. */
export const DEFAULT_REFERENCE_DATE = '2026-11-25';

export interface CatalogueOptions {
  offers: number;
  seed?: number;
  /** ISO date the schedule is built around; published offers start from ~3 months before to ~13 after. */
  referenceDate?: string;
  /** Target offers per provider (new providers stop once the directory reaches offers / this). */
  offersPerProvider?: number;
}

/** Providers and locations first created for these offers, then the offers: insert in this order. */
export interface CatalogueBatch {
  providers: ProviderRow[];
  locations: LocationRow[];
  offers: OfferRow[];
}

export interface Catalogue extends CatalogueBatch {
  districts: DistrictRow[];
  municipalities: MunicipalityRow[];
}

/**
 * Deterministic catalogue: the same options give byte-identical rows, whatever the batch size.
 * Offers are streamed in batches so 100,000 of them never sit in memory at once.
 */
export class CatalogueGenerator {
  readonly districts: DistrictRow[];
  readonly municipalities: MunicipalityRow[];
  private readonly geography = new Geography();
  private readonly calendar: Calendar;
  private readonly seed: number;
  private readonly perProvider: number;

  constructor(private readonly options: CatalogueOptions) {
    if (!Number.isInteger(options.offers) || options.offers < 0) throw new Error('offers must be a non-negative integer');
    this.districts = this.geography.districts;
    this.municipalities = this.geography.places.map(toMunicipalityRow);
    this.calendar = calendarFor(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
    this.seed = options.seed ?? DEFAULT_SEED;
    this.perProvider = options.offersPerProvider ?? 8;
  }

  *batches(size = 1000): Generator<CatalogueBatch> {
    const random = new Random(this.seed);
    const mix = new WeightedTable(programmeMix(), ([, weight]) => weight);
    const directory = new ProviderDirectory(random, this.geography);
    let offers: OfferRow[] = [];
    for (let index = 0; index < this.options.offers; index += 1) {
      const [profile] = mix.pick(random);
      const provider = this.providerFor(random, directory, profile, index);
      provider.offerCount += 1;
      offers.push(buildOffer(index + 1, profile, provider, random, this.calendar));
      if (offers.length >= size) {
        yield { ...directory.drain(), offers };
        offers = [];
      }
    }
    const rest = directory.drain();
    if (offers.length > 0 || rest.providers.length > 0) yield { ...rest, offers };
  }

  /**
   * The offer's district is drawn by population; within it, a provider of a fitting kind. New
   * providers appear while there are fewer than offers / perProvider, and whenever the district has
   * nothing fitting yet (so small catalogues have more providers per offer: every district needs its
   * own school, VHS and clubs). Existing providers are chosen in proportion to what they already
   * run, so some grow large (a city VHS) and many stay small.
   */
  private providerFor(random: Random, directory: ProviderDirectory, profile: ProgrammeProfile, index: number): GeneratedProvider {
    const district = this.geography.pickDistrict(random);
    const belowTarget = directory.size < (index + 1) / this.perProvider;
    const local = belowTarget ? [] : this.fitting(directory, profile, district);
    if (local.length > 0) return random.weighted(local);
    return directory.obtain(district, random.weighted(profile.providers));
  }

  /** Providers in the district that can run the programme, weighted by kind share and size. */
  private fitting(directory: ProviderDirectory, profile: ProgrammeProfile, district: DistrictRow): Weighted<GeneratedProvider> {
    const result: Array<readonly [GeneratedProvider, number]> = [];
    for (const [key, weight] of profile.providers) {
      for (const provider of directory.inDistrict(district, key)) result.push([provider, weight * (provider.offerCount + 1)]);
    }
    return result;
  }
}

/** The whole catalogue in memory; convenient for tests and small sizes. */
export function generateCatalogue(options: CatalogueOptions): Catalogue {
  const generator = new CatalogueGenerator(options);
  const all: Catalogue = { districts: generator.districts, municipalities: generator.municipalities, providers: [], locations: [], offers: [] };
  for (const batch of generator.batches()) {
    all.providers.push(...batch.providers);
    all.locations.push(...batch.locations);
    all.offers.push(...batch.offers);
  }
  return all;
}
