import { Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../core/graphql/scalars';
import { OBLIGING_AUTHORITY, ObligationGround, ObligingAuthority, type ClientObligationValue } from './client-facts.enums';

/** An obligation to attend the Integrationskurs as stored in the client's `obligations` list. */
@ObjectType({ simpleResolvers: true, description: 'An obligation to attend the Integrationskurs (§ 44a(1) AufenthG).' })
export class ClientObligation {
  @Field(() => ObligationGround, { description: 'The ground (§ 44a(1) Nr. 1–4).' })
  ground!: ObligationGround;

  @Field(() => DateScalar, { description: 'The day the obligation was imposed.' })
  obligedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it runs; null: until the course is done.' })
  validUntil!: string | null;
}

@InputType({ description: 'An obligation to attend the Integrationskurs.' })
export class ClientObligationInput {
  @Field(() => ObligationGround, { description: 'The ground (§ 44a(1) Nr. 1–4); each at most once per person.' })
  ground!: ObligationGround;

  @Field(() => DateScalar, { description: 'The day the obligation was imposed (not in the future).' })
  obligedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it runs (not before obligedOn); omitted: until the course is done.' })
  validUntil?: string | null;
}

@Resolver(() => ClientObligation)
export class ClientObligationResolver {
  @FieldResolver(() => ObligingAuthority, { description: 'The authority that obliged the person, as the eligibility rules name it.' })
  authority(@Root() obligation: ClientObligationValue): ObligingAuthority {
    return OBLIGING_AUTHORITY[obligation.ground];
  }
}
