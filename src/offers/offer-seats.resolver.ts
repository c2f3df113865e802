import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Offer } from './offer.entity';
import { OfferSeatsService } from './offer-seats.service';

@InputType({ description: 'New seat and waiting-list figures of an offer; omitted fields stay as they are. An offer always has each figure: null is refused.' })
export class OfferSeatsUpdateInput {
  @Field(() => ID, { description: "One of your provider's offers." })
  offer!: string;

  @Field(() => Int, { nullable: true, description: 'Seats now taken (0 to the capacity).' })
  seatsTaken?: number | null;

  @Field(() => Int, { nullable: true, description: 'People now on the waiting list.' })
  waitlistLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether people may join the waiting list.' })
  waitlistOpen?: boolean | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of updating an offer.' })
export class OfferPayload {
  @Field(() => Offer, { nullable: true, description: 'The offer as it is now; null when it is not one of yours.' })
  offer!: Offer | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class OfferSeatsResolver {
  @Authorized<Role | ApiKeyScope>(Role.PROVIDER_STAFF, ApiKeyScope.OFFERS_WRITE)
  @Mutation(() => OfferPayload, { description: "Updates the seats taken and the waiting list of one of your provider's offers. Provider staff and keys with OFFERS_WRITE." })
  offerSeatsUpdate(@Ctx() ctx: Context, @Arg('input', { description: 'The new figures.' }) input: OfferSeatsUpdateInput): Promise<OfferPayload> {
    return new OfferSeatsService(ctx.em, ctx.viewer).update({
      offerId: fromGlobalIdOf('Offer', input.offer, 'input.offer'),
      seatsTaken: input.seatsTaken,
      waitlistLength: input.waitlistLength,
      waitlistOpen: input.waitlistOpen,
    });
  }
}
