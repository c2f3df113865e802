import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Location } from '../providers/location.entity';
import { LocationPublishingService, type LocationWriteResult } from './location-publishing.service';
import { Offer } from './offer.entity';
import { OfferPublishingService, type OfferWriteResult } from './offer-publishing.service';
import {
  LocationArchiveInput,
  LocationCreateInput,
  LocationUpdateInput,
  OfferArchiveInput,
  OfferCreateInput,
  OfferPublishInput,
  OfferUpdateInput,
  toLocationFields,
  toOfferFields,
} from './offer-publishing.inputs';
import { offerUserError, OfferUserError } from './offer.user-errors';

/** One payload type per mutation (Shopify's rule), all of the same shape. */
function offerPayload(name: string, action: string) {
  @ObjectType(name, { simpleResolvers: true, description: `Result of ${action}: the offer, and what was wrong with the input.` })
  class OfferPayload {
    @Field(() => Offer, { nullable: true, description: 'The offer as it is now (unchanged when there are problems); null when it is not one of yours.' })
    offer!: Offer | null;

    @ListCap(MAX_USER_ERRORS)
    @Field(() => [OfferUserError], { description: 'Problems with the input; empty on success.' })
    userErrors!: OfferUserError[];
  }
  return OfferPayload;
}

function locationPayload(name: string, action: string) {
  @ObjectType(name, { simpleResolvers: true, description: `Result of ${action}: the location, and what was wrong with the input.` })
  class LocationPayload {
    @Field(() => Location, { nullable: true, description: 'The location as it is now (unchanged when there are problems); null when it is not one of yours.' })
    location!: Location | null;

    @ListCap(MAX_USER_ERRORS)
    @Field(() => [OfferUserError], { description: 'Problems with the input; empty on success.' })
    userErrors!: OfferUserError[];
  }
  return LocationPayload;
}

export const OfferCreatePayload = offerPayload('OfferCreatePayload', 'offerCreate');
export const OfferUpdatePayload = offerPayload('OfferUpdatePayload', 'offerUpdate');
export const OfferPublishPayload = offerPayload('OfferPublishPayload', 'offerPublish');
export const OfferArchivePayload = offerPayload('OfferArchivePayload', 'offerArchive');
export const LocationCreatePayload = locationPayload('LocationCreatePayload', 'locationCreate');
export const LocationUpdatePayload = locationPayload('LocationUpdatePayload', 'locationUpdate');
export const LocationArchivePayload = locationPayload('LocationArchivePayload', 'locationArchive');

type OfferPayloadShape = { offer: Offer | null; userErrors: OfferUserError[] };
type LocationPayloadShape = { location: Location | null; userErrors: OfferUserError[] };

const offerAnswer = (result: OfferWriteResult): OfferPayloadShape =>
  result.ok ? { offer: result.value, userErrors: [] } : { offer: result.offer, userErrors: result.problems.map(offerUserError) };
const locationAnswer = (result: LocationWriteResult): LocationPayloadShape =>
  result.ok ? { location: result.value, userErrors: [] } : { location: result.location, userErrors: result.problems.map(offerUserError) };

const WRITERS = [Role.PROVIDER_STAFF, ApiKeyScope.OFFERS_WRITE];

/** Providers publish their own catalogue: provider staff and keys with OFFERS_WRITE, for their own provider only. */
@Resolver()
export class OfferPublishingResolver {
  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => OfferCreatePayload, { description: 'Creates a draft offer of your provider. Provider staff and keys with OFFERS_WRITE.' })
  async offerCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new offer.' }) input: OfferCreateInput): Promise<OfferPayloadShape> {
    return offerAnswer(await new OfferPublishingService(ctx.em).create(ctx.viewer, toOfferFields(input.fields, 'input.fields')));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => OfferUpdatePayload, { description: "Changes one of your provider's offers, from the version you read (CONFLICT when it changed since). A published offer must stay complete." })
  async offerUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: OfferUpdateInput): Promise<OfferPayloadShape> {
    const offerId = fromGlobalIdOf('Offer', input.offer, 'input.offer');
    return offerAnswer(await new OfferPublishingService(ctx.em).update(ctx.viewer, offerId, input.version, toOfferFields(input.fields, 'input.fields')));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => OfferPublishPayload, { description: "Publishes one of your provider's offers once it is complete; it then appears in the public catalogue." })
  async offerPublish(@Ctx() ctx: Context, @Arg('input', { description: 'The offer.' }) input: OfferPublishInput): Promise<OfferPayloadShape> {
    const offerId = fromGlobalIdOf('Offer', input.offer, 'input.offer');
    return offerAnswer(await new OfferPublishingService(ctx.em).publish(ctx.viewer, offerId, input.version ?? null));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => OfferArchivePayload, { description: "Archives one of your provider's offers: it leaves the public catalogue; referrals already made keep it." })
  async offerArchive(@Ctx() ctx: Context, @Arg('input', { description: 'The offer.' }) input: OfferArchiveInput): Promise<OfferPayloadShape> {
    const offerId = fromGlobalIdOf('Offer', input.offer, 'input.offer');
    return offerAnswer(await new OfferPublishingService(ctx.em).archive(ctx.viewer, offerId));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => LocationCreatePayload, { description: 'Creates a location of your provider (public at once). Provider staff and keys with OFFERS_WRITE.' })
  async locationCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new location.' }) input: LocationCreateInput): Promise<LocationPayloadShape> {
    return locationAnswer(await new LocationPublishingService(ctx.em).create(ctx.viewer, toLocationFields(input.fields, 'input.fields')));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => LocationUpdatePayload, { description: "Changes one of your provider's locations." })
  async locationUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The changes.' }) input: LocationUpdateInput): Promise<LocationPayloadShape> {
    const locationId = fromGlobalIdOf('Location', input.location, 'input.location');
    return locationAnswer(await new LocationPublishingService(ctx.em).update(ctx.viewer, locationId, toLocationFields(input.fields, 'input.fields')));
  }

  @Authorized<Role | ApiKeyScope>(...WRITERS)
  @Mutation(() => LocationArchivePayload, { description: "Archives one of your provider's locations: it takes no new offers. Refused while a published offer meets there." })
  async locationArchive(@Ctx() ctx: Context, @Arg('input', { description: 'The location.' }) input: LocationArchiveInput): Promise<LocationPayloadShape> {
    const locationId = fromGlobalIdOf('Location', input.location, 'input.location');
    return locationAnswer(await new LocationPublishingService(ctx.em).archive(ctx.viewer, locationId));
  }
}
