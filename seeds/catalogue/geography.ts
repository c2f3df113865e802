import { distanceKm, loadDistricts, loadPlaces, type Place } from '../places';
import { type Random, WeightedTable } from '../random';
import type { DistrictRow } from '../rows';

/** Districts and places with the weighted look-ups the generator needs, built once. */
export class Geography {
  readonly districts: DistrictRow[];
  readonly places: Place[];
  private readonly districtTable: WeightedTable<DistrictRow>;
  private readonly placesByDistrict = new Map<number, Place[]>();
  private readonly placeTables = new Map<string, WeightedTable<Place>>();
  private readonly neighbourCache = new Map<number, Place[]>();

  constructor() {
    this.districts = loadDistricts();
    this.places = loadPlaces(this.districts);
    // Offers follow where people live: districts by Destatis population.
    this.districtTable = new WeightedTable(this.districts, (district) => district.population);
    for (const place of this.places) {
      const list = this.placesByDistrict.get(place.districtId) ?? [];
      list.push(place);
      this.placesByDistrict.set(place.districtId, list);
    }
  }

  pickDistrict(random: Random): DistrictRow {
    return this.districtTable.pick(random);
  }

  /**
   * A place in the district, by population, among those with at least `minPopulation` inhabitants
   * (a VHS needs a town); falls back to the district's largest place.
   */
  pickPlace(random: Random, district: DistrictRow, minPopulation: number): Place {
    const key = `${district.id}:${minPopulation}`;
    let table = this.placeTables.get(key);
    if (!table) {
      const all = this.placesByDistrict.get(district.id) ?? [];
      const eligible = all.filter((place) => place.population >= minPopulation);
      const largest = [...all].sort((a, b) => b.population - a.population).slice(0, 1);
      table = new WeightedTable(eligible.length > 0 ? eligible : largest, (place) => place.population);
      this.placeTables.set(key, table);
    }
    return table.pick(random);
  }

  /** The nearest places in the same district, nearest first. */
  neighbours(place: Place, count = 4): Place[] {
    let list = this.neighbourCache.get(place.id);
    if (!list) {
      list = (this.placesByDistrict.get(place.districtId) ?? [])
        .filter((other) => other.id !== place.id)
        .map((other) => ({ other, km: distanceKm(place, other) }))
        .sort((a, b) => a.km - b.km || a.other.id - b.other.id)
        .slice(0, count)
        .map(({ other }) => other);
      this.neighbourCache.set(place.id, list);
    }
    return list;
  }
}
