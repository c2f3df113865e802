import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Offer } from './offer.entity';
import { MAX_COUNT, OfferSeatsService } from './offer-seats.service';
import { offerUserError, OfferUserError } from './offer.user-errors';

@InputType({ description: 'New seat and waiting-list figures of an offer; omitted fields stay as they are. An offer always has each figure: null is refused.' })
export class OfferSeatsUpdateInput {
  @Field(() => ID, { description: "One of your provider's offers." })
  offer!: string;

  @Field(() => Int, { nullable: true, description: `Seats now taken: 0 to the capacity (to ${MAX_COUNT.toLocaleString('en')} when the capacity is open).` })
  seatsTaken?: number | null;

  @Field(() => Int, { nullable: true, description: `People now on the waiting list: 0 to ${MAX_COUNT.toLocaleString('en')}.` })
  waitlistLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether people may join the waiting list.' })
  waitlistOpen?: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: "Result of offerSeatsUpdate: the offer, and what was wrong with the input: the offer alone, or at most 4 problems with the figures (seatsTaken can be out of range and beyond the capacity at once)." })
export class OfferSeatsUpdatePayload {
  @Field(() => Offer, { nullable: true, description: 'The offer as it is now (unchanged when there are problems); null when it is not one of yours.' })
  offer!: Offer | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [OfferUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: OfferUserError[];
}

@Resolver()
export class OfferSeatsResolver {
  @Authorized<Role | ApiKeyScope>(Role.PROVIDER_STAFF, ApiKeyScope.OFFERS_WRITE)
  @Mutation(() => OfferSeatsUpdatePayload, { description: "Updates the seats taken and the waiting list of one of your provider's offers. Provider staff and keys with OFFERS_WRITE." })
  async offerSeatsUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The new figures.' }) input: OfferSeatsUpdateInput): Promise<OfferSeatsUpdatePayload> {
    const result = await new OfferSeatsService(ctx.em).update(ctx.viewer, {
      offerId: fromGlobalIdOf('Offer', input.offer, 'input.offer'),
      seatsTaken: input.seatsTaken,
      waitlistLength: input.waitlistLength,
      waitlistOpen: input.waitlistOpen,
    });
    return result.ok ? { offer: result.value, userErrors: [] } : { offer: result.offer, userErrors: result.problems.map(offerUserError) };
  }
}
