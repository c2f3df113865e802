import { Geography } from './catalogue/geography';
import { buildOffer } from './catalogue/offer-factory';
import { calendarFor, type Calendar } from './catalogue/offer-dates';
import { canStart, hasClosure, SEEDED_CLOSURES, type ProgrammeClosure } from './catalogue/programme-closures';
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
  /** Programmes the eligibility rules close for courses starting on some days; default: the seeded rule set's. */
  closures?: readonly ProgrammeClosure[];
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
  private readonly closures: readonly ProgrammeClosure[];

  constructor(private readonly options: CatalogueOptions) {
    if (!Number.isInteger(options.offers) || options.offers < 0) throw new Error('offers must be a non-negative integer');
    this.districts = this.geography.districts;
    this.municipalities = this.geography.places.map(toMunicipalityRow);
    this.calendar = calendarFor(options.referenceDate ?? DEFAULT_REFERENCE_DATE);
    this.seed = options.seed ?? DEFAULT_SEED;
    this.perProvider = options.offersPerProvider ?? 8;
    this.closures = options.closures ?? SEEDED_CLOSURES;
  }

  *batches(size = 1000): Generator<CatalogueBatch> {
    const random = new Random(this.seed);
    const mix = new WeightedTable(programmeMix(), ([, weight]) => weight);
    const lasting = programmeMix().filter(([profile]) => !hasClosure(this.closures, profile.programme));
    const directory = new ProviderDirectory(random, this.geography);
    let offers: OfferRow[] = [];
    for (let index = 0; index < this.options.offers; index += 1) {
      const [profile] = mix.pick(random);
      const provider = this.providerFor(random, directory, profile, index);
      provider.offerCount += 1;
      offers.push(this.openOffer(index + 1, profile, provider, random, lasting));
      if (offers.length >= size) {
        yield { ...directory.drain(), offers };
        offers = [];
      }
    }
    const rest = directory.drain();
    if (offers.length > 0 || rest.providers.length > 0) yield { ...rest, offers };
  }

  /**
   * An offer of the profile, unless the rules close its programme on the start date drawn (the
   * Jugendintegrationskurs from 1 May 2025): then, for the same provider, one of a programme no
   * rule closes that the provider's kind runs, as the provider would have planned instead.
   */
  private openOffer(id: number, profile: ProgrammeProfile, provider: GeneratedProvider, random: Random, lasting: Weighted<ProgrammeProfile>): OfferRow {
    const offer = buildOffer(id, profile, provider, random, this.calendar);
    if (canStart(this.closures, offer.programme, offer.startDate)) return offer;
    const fitting = lasting.filter(([candidate]) => candidate.providers.some(([kind]) => kind === provider.profile));
    return buildOffer(id, random.weighted(fitting.length > 0 ? fitting : lasting), provider, random, this.calendar);
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
