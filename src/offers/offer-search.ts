import type { Audience, OfferFamily, OfferFormat, Programme } from './offer.enums';
import type { CefrLevel } from '../vocabulary/cefr-level';

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
