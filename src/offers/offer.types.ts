import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { ConnectionType } from '../core/relay/connection';
import { District } from '../geography/district.entity';
import { Offer } from './offer.entity';
import { OfferFamily, OfferFormat, Programme } from './offer.enums';

/** Facets count closed sets: at most one entry per enum value, or per district of Baden-Württemberg. */
const BW_DISTRICTS = 44;

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
  @ListCap(Object.values(OfferFamily).length)
  @Field(() => [OfferFamilyFacet], { description: 'Counts per family.' })
  families!: OfferFamilyFacet[];

  @ListCap(Object.values(Programme).length)
  @Field(() => [ProgrammeFacet], { description: 'Counts per programme.' })
  programmes!: ProgrammeFacet[];

  @ListCap(BW_DISTRICTS)
  @Field(() => [DistrictFacet], { description: 'Counts per district (offers with a location only).' })
  districts!: DistrictFacet[];

  @ListCap(Object.values(OfferFormat).length)
  @Field(() => [OfferFormatFacet], { description: 'Counts per format.' })
  formats!: OfferFormatFacet[];
}
