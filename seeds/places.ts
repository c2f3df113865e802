import { DistrictKind } from '../src/geography/district.entity';
import districtsJson from './data/districts.json';
import municipalitiesJson from './data/municipalities.json';
import type { DistrictRow, MunicipalityRow } from './rows';

/** A municipality with its district, as the generator needs it. */
export interface Place extends MunicipalityRow {
  district: DistrictRow;
}

function districtKind(value: string): DistrictKind {
  if (value === DistrictKind.STADTKREIS || value === DistrictKind.LANDKREIS) return value;
  throw new Error(`seeds/data/districts.json: unknown district kind "${value}"`);
}

/** The 44 districts in file order; ids follow that order, so they are the same on every run. */
export function loadDistricts(): DistrictRow[] {
  return districtsJson.map((row, index) => ({
    id: index + 1,
    ags: row.ags,
    name: row.name,
    kind: districtKind(row.kind),
    population: row.population,
  }));
}

export function loadPlaces(districts: readonly DistrictRow[]): Place[] {
  const byAgs = new Map(districts.map((district) => [district.ags, district]));
  return municipalitiesJson.map((row, index) => {
    const district = byAgs.get(row.districtAgs);
    if (!district) throw new Error(`seeds/data/municipalities.json: ${row.name} has unknown district ${row.districtAgs}`);
    return {
      id: index + 1,
      name: row.name,
      districtId: district.id,
      latitude: row.latitude,
      longitude: row.longitude,
      population: row.population,
      postalCode: row.postalCode,
      district,
    };
  });
}

export function toMunicipalityRow(place: Place): MunicipalityRow {
  const { district: _district, ...row } = place;
  return row;
}

/** Great-circle distance in km (haversine, same sphere as the database's hub_distance_km). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
