import type { Audience, Funding, OfferFormat, Programme } from '../../src/offers/offer.enums';
import type { CefrLevel } from '../../src/vocabulary/cefr-level';
import type { ResidenceStatus } from '../../src/vocabulary/residence-status';
import type { Weighted } from '../random';
import type { ProviderProfileKey } from './provider-profiles';
import type { ScheduleKey } from './schedules';

export interface Levels {
  min: CefrLevel | null;
  max: CefrLevel | null;
  target: CefrLevel | null;
}

export type Duration =
  /** Course length follows from total UE and UE per week. */
  | { kind: 'UNITS' }
  | { kind: 'WEEKS'; min: number; max: number }
  | { kind: 'SCHOOL_YEAR' }
  /** Runs without an end; start = since when. */
  | { kind: 'ONGOING' };

/** One flavour of a programme, e.g. an Integrationskurs entering at module 4. Unset fields fall back to the profile. */
export interface Variant {
  weight: number;
  /**
   * Placeholders: {zeit} schedule label, {ort} place, {am} "im Gemeindehaus", {anbieter} provider,
   * {beiAnbieter} "an der Gewerblichen Schule X", {beruf} occupation, {bereich} work field, {monat} start month.
   */
  titles: readonly string[];
  /** Opening sentences of the description (same placeholders). */
  summaries: readonly string[];
  levels?: Levels;
  audiences?: readonly Audience[];
  childcareChance?: number;
  minAge?: number | null;
  maxAge?: number | null;
  units?: number | null;
  schedules?: Weighted<ScheduleKey>;
  capacity?: readonly [number, number];
}

export interface CostModel {
  /** Cost share per UE (Integrationskurs: 2.29 €); the fee is units × this. */
  perUnit?: number;
  /** Flat fee range in euros; with `feeChance`, otherwise free. */
  flat?: readonly [number, number];
  feeChance?: number;
  /** Free offers: fee 0 rather than null when the provider states "kostenlos". */
  freeAsZero: boolean;
  funding: Weighted<readonly Funding[]>;
  notes: readonly (string | null)[];
}

export interface ProgrammeProfile {
  programme: Programme;
  /** Share within the programme's family (any scale; normalised). */
  weight: number;
  providers: Weighted<ProviderProfileKey>;
  variants: readonly Variant[];
  levels: Levels;
  audiences: readonly Audience[];
  childcareChance: number;
  minAge: number | null;
  maxAge: number | null;
  units: number | null;
  schedules: Weighted<ScheduleKey>;
  duration: Duration;
  formats: Weighted<OfferFormat>;
  rollingEntryChance: number;
  /** Seat range; `openChance` of offers have open capacity (null). */
  capacity: readonly [number, number];
  openCapacityChance: number;
  cost: CostModel;
  admitted: readonly ResidenceStatus[];
  /** How many support languages an offer lists at most, and how likely it lists any. */
  languages: { chance: number; max: number };
  /** Closing sentences: registration, certificates. */
  closings: readonly string[];
}

export const NO_LEVELS: Levels = { min: null, max: null, target: null };
