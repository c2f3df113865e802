import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { Audience, OfferFamily, OfferFormat, Programme } from './offer.enums';
import { CefrLevel } from '../vocabulary/cefr-level';
import type { OfferSortField } from './search/search-filter';
import { describeEnum } from '../core/graphql/described-enum';
import { OrderDirection } from '../core/relay/order-direction';

export enum OfferOrderField {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  START_DATE = 'START_DATE',
}
describeEnum(OfferOrderField, 'OfferOrderField', 'Properties by which offers can be ordered.', {
  RELEVANCE: 'Full-text and title similarity to `filter.text`; needs `filter.text`. Best matches first by default.',
  DISTANCE: 'Distance from the `filter.near` origin; needs `filter.near`. Nearest first by default.',
  START_DATE: 'Start date. Earliest first by default.',
});

export { OrderDirection };

@InputType({ description: 'Ordering of offers. Ties are broken by ID, so pages are stable.' })
export class OfferOrder {
  @Field(() => OfferOrderField, { description: 'The property to order by.' })
  field!: OfferSortField;

  @Field(() => OrderDirection, { nullable: true, description: 'Direction; defaults to best first for RELEVANCE, ascending otherwise.' })
  direction?: OrderDirection | null;
}

@InputType({
  description:
    'A circle to search in. Give exactly one origin: `latitude` and `longitude`, a `postalCode`, or a `municipality`. ' +
    'Distances are great-circle distances on a 6,371 km sphere. Online-only offers have no location and never match.',
})
export class GeoRadiusInput {
  @Field(() => Float, { nullable: true, description: 'Latitude of the origin (WGS 84, -90 to 90).' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude of the origin (WGS 84, -180 to 180).' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description:
      "A five-digit postal code as origin: a municipality's, else the centre of the catalogue's addresses with it. " +
      'A code no place or address has is an error (`BAD_USER_INPUT`, reason `UNKNOWN_POSTAL_CODE`).', })
  postalCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'A municipality whose centre is the origin.' })
  municipality?: string | null;

  @Field(() => Float, { description: 'Radius in kilometres (greater than 0, at most 300).' })
  radiusKm!: number;
}

@InputType({ description: 'Criteria for public offer search. All given criteria must hold; lists match any of their values.' })
export class OfferFilter {
  @Field(() => String, { nullable: true, description:
      'German full text over title, programme name and description; every word must match (stemmed, stop words ignored). ' +
      'A word of three or more characters that the catalogue does not contain is replaced by its most similar known word, so typos and ' +
      'missing accents still find offers; shorter words (levels like "B1", abbreviations like "EQ") must match exactly.', })
  text?: string | null;

  @Field(() => [OfferFamily], { nullable: true, description: 'Families to include.' })
  families?: OfferFamily[] | null;

  @Field(() => [Programme], { nullable: true, description: 'Programmes to include.' })
  programmes?: Programme[] | null;

  @Field(() => GeoRadiusInput, { nullable: true, description: 'Only offers whose location lies within this circle.' })
  near?: GeoRadiusInput | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only offers one can join on or after this date: starting then or later, or running with rolling entry.' })
  startsFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only offers starting on or before this date.' })
  startsUntil?: string | null;

  @Field(() => [CefrLevel], { nullable: true, description: 'Only offers admitting a person at one of these German levels.' })
  levels?: CefrLevel[] | null;

  @Field(() => [Audience], { nullable: true, description: 'Only offers designed for one of these groups.' })
  audiences?: Audience[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only offers with childcare; false: only offers without.' })
  childcare?: boolean | null;

  @Field(() => [OfferFormat], { nullable: true, description: 'Formats to include.' })
  formats?: OfferFormat[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only offers with a free seat or open capacity; false: only full offers.' })
  hasFreeSeats?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only offers of this provider.' })
  provider?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only offers located in this district.' })
  district?: string | null;
}
