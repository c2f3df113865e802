import type { DistrictKind } from '../src/geography/district.entity';
import type { ProviderKind } from '../src/providers/provider.entity';
import type { Audience, Funding, OfferFamily, OfferFormat, OfferStatus, Programme } from '../src/offers/offer.enums';
import type { CefrLevel } from '../src/vocabulary/cefr-level';
import type { ResidenceStatus } from '../src/vocabulary/residence-status';
import type { PartOfDay, Weekday } from '../src/vocabulary/time-slot';

// Rows as inserted: one property per column (camelCase of the snake_case column), ids explicit
// so that references between tables are known before anything reaches the database.

export interface DistrictRow {
  id: number;
  ags: string;
  name: string;
  kind: DistrictKind;
  population: number;
}

export interface MunicipalityRow {
  id: number;
  name: string;
  districtId: number;
  latitude: number;
  longitude: number;
  population: number;
  postalCode: string;
}

export interface ProviderRow {
  id: number;
  name: string;
  kind: ProviderKind;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface LocationRow {
  id: number;
  providerId: number;
  name: string | null;
  street: string;
  postalCode: string;
  municipalityId: number;
  latitude: number;
  longitude: number;
  wheelchairAccessible: boolean;
  accessibilityNotes: string | null;
}

export interface OfferRow {
  id: number;
  providerId: number;
  locationId: number | null;
  status: OfferStatus;
  family: OfferFamily;
  programme: Programme;
  title: string;
  description: string;
  supportLanguages: string[];
  entryLevelMin: CefrLevel | null;
  entryLevelMax: CefrLevel | null;
  targetLevel: CefrLevel | null;
  audiences: Audience[];
  childcare: boolean;
  format: OfferFormat;
  /** ISO date, YYYY-MM-DD. */
  startDate: string;
  endDate: string | null;
  rollingEntry: boolean;
  weekdays: Weekday[];
  timesOfDay: PartOfDay[];
  hoursPerWeek: number | null;
  totalUnits: number | null;
  capacity: number | null;
  seatsTaken: number;
  waitlistLength: number;
  waitlistOpen: boolean;
  feeEuro: number | null;
  costNote: string | null;
  funding: Funding[];
  minAge: number | null;
  maxAge: number | null;
  admittedResidenceStatuses: ResidenceStatus[];
}
