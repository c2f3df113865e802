import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../core/relay/connection';
import { District } from '../geography/district.entity';
import { Offer } from './offer.entity';
import { OfferFamily, OfferFormat, Programme } from './offer.enums';

@ObjectType({ simpleResolvers: true, description: 'An offer in a search result, with its cursor.' })
export class OfferEdge {
  @Field({ description: 'Cursor of this edge, for `after`/`before`.' })
  cursor!: string;

  @Field(() => Offer, { description: 'The offer.' })
  node!: Offer;

  @Field(() => Float, { nullable: true, description: 'Distance in kilometres from the `filter.near` origin; null without one.' })
  distanceKm!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of offers.' })
export class OfferConnection extends ConnectionType(Offer, OfferEdge) {}

@ObjectType({ simpleResolvers: true, description: 'Number of matching offers in one family.' })
export class OfferFamilyFacet {
  @Field(() => OfferFamily, { description: 'The family.' })
  family!: OfferFamily;

  @Field(() => Int, { description: 'Matching offers.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of matching offers of one programme.' })
export class ProgrammeFacet {
  @Field(() => Programme, { description: 'The programme.' })
  programme!: Programme;

  @Field(() => Int, { description: 'Matching offers.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of matching offers located in one district.' })
export class DistrictFacet {
  districtId!: number;

  @Field(() => District, { description: 'The district.' })
  district!: District;

  @Field(() => Int, { description: 'Matching offers.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Number of matching offers in one format.' })
export class OfferFormatFacet {
  @Field(() => OfferFormat, { description: 'The format.' })
  format!: OfferFormat;

  @Field(() => Int, { description: 'Matching offers.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Counts of the offers matching a filter, broken down four ways. Values with no match are left out.' })
export class OfferFacets {
  @Field(() => [OfferFamilyFacet], { description: 'Counts per family.' })
  families!: OfferFamilyFacet[];

  @Field(() => [ProgrammeFacet], { description: 'Counts per programme.' })
  programmes!: ProgrammeFacet[];

  @Field(() => [DistrictFacet], { description: 'Counts per district (offers with a location only).' })
  districts!: DistrictFacet[];

  @Field(() => [OfferFormatFacet], { description: 'Counts per format.' })
  formats!: OfferFormatFacet[];
}
