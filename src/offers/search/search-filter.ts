import { AppError } from '../../core/errors';
import type { CefrLevel } from '../../vocabulary/cefr-level';
import type { Audience, OfferFamily, OfferFormat, Programme } from '../offer.enums';

/** Where a radius search starts: exactly one of a point, a postal code or a municipality. */
export interface GeoRadius {
  latitude?: number | null;
  longitude?: number | null;
  postalCode?: string | null;
  /** Primary key of a municipality (decoded from its global ID by the resolver). */
  municipalityId?: number | null;
  radiusKm: number;
}

/** The public catalogue filter, already decoded from GraphQL (IDs are primary keys). */
export interface OfferSearchFilter {
  text?: string | null;
  families?: OfferFamily[] | null;
  programmes?: Programme[] | null;
  near?: GeoRadius | null;
  startsFrom?: string | null;
  startsUntil?: string | null;
  levels?: CefrLevel[] | null;
  audiences?: Audience[] | null;
  childcare?: boolean | null;
  formats?: OfferFormat[] | null;
  hasFreeSeats?: boolean | null;
  providerId?: number | null;
  districtId?: number | null;
}

export type OfferSortField = 'RELEVANCE' | 'DISTANCE' | 'START_DATE';

export interface OfferSort {
  field: OfferSortField;
  direction?: 'ASC' | 'DESC' | null;
}

export const MAX_RADIUS_KM = 300;
export const MAX_TEXT_LENGTH = 200;

const POSTAL_CODE = /^[0-9]{5}$/;

/** Refuses a filter no search can answer (`INVALID_ARGUMENT`, naming the argument at fault). */
export function validateFilter(filter: OfferSearchFilter): void {
  const fail = (argument: string, message: string): never => {
    throw new AppError('INVALID_ARGUMENT', message, { argument });
  };
  if (filter.text && filter.text.length > MAX_TEXT_LENGTH) fail('filter.text', `"filter.text" must not exceed ${MAX_TEXT_LENGTH} characters.`);
  if (filter.startsFrom && filter.startsUntil && filter.startsFrom > filter.startsUntil) {
    fail('filter.startsUntil', '"filter.startsUntil" must not be before "filter.startsFrom".');
  }
  const near = filter.near;
  if (!near) return;
  if (!(near.radiusKm > 0 && near.radiusKm <= MAX_RADIUS_KM)) {
    fail('filter.near.radiusKm', `"filter.near.radiusKm" must be greater than 0 and at most ${MAX_RADIUS_KM}.`);
  }
  const hasPoint = near.latitude != null || near.longitude != null;
  const origins = [hasPoint, near.postalCode != null, near.municipalityId != null].filter(Boolean).length;
  if (origins !== 1) {
    fail('filter.near', '"filter.near" needs exactly one origin: latitude and longitude, postalCode, or municipality.');
  }
  if (hasPoint) {
    if (near.latitude == null || !(near.latitude >= -90 && near.latitude <= 90)) fail('filter.near.latitude', '"filter.near.latitude" must be between -90 and 90.');
    if (near.longitude == null || !(near.longitude >= -180 && near.longitude <= 180)) fail('filter.near.longitude', '"filter.near.longitude" must be between -180 and 180.');
  }
  if (near.postalCode != null && !POSTAL_CODE.test(near.postalCode)) fail('filter.near.postalCode', '"filter.near.postalCode" must be five digits.');
}
