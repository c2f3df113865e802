import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { GermanCertificate } from '../caseloads/client-facts.enums';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ConnectionArgs, ConnectionType, EdgeType } from '../core/relay/connection';
import { Referral } from './referral.entity';
import { ReferralReason, ReferralStatus } from './referral.enums';
import { MAX_MESSAGE, MAX_REASON_TEXT } from './referral.service';
import { ReferralUserError } from './referral.user-errors';

@InputType({ description: 'A referral of a client to a published offer.' })
export class ReferralCreateInput {
  @Field(() => ID, { description: 'The client, of your caseload.' })
  client!: string;

  @Field(() => ID, { description: 'The published offer.' })
  offer!: string;

  @Field(() => String, { nullable: true, description: `A message to the provider (at most ${MAX_MESSAGE} characters).` })
  message?: string | null;

  @Field(() => ID, { nullable: true, description: "The plan measure that follows the referral; omitted: the plan's open measure with this offer, if any." })
  measure?: string | null;
}

@InputType({ description: 'A step of a referral that takes no reason.' })
export class ReferralStepInput {
  @Field(() => ID, { description: 'The referral.' })
  referral!: string;
}

@InputType({ description: 'A step of a referral with a reason.' })
export class ReferralReasonInput {
  @Field(() => ID, { description: 'The referral.' })
  referral!: string;

  @Field(() => ReferralReason, { nullable: true, description: 'Why (required for declining, dropping out and withdrawing).' })
  reason?: ReferralReason | null;

  @Field(() => String, { nullable: true, description: `The reason in words (at most ${MAX_REASON_TEXT} characters; required with OTHER).` })
  reasonText?: string | null;
}

@InputType({ description: 'The completion of a referral, with the certificate it ended with.' })
export class ReferralCompleteInput {
  @Field(() => ID, { description: 'The referral.' })
  referral!: string;

  @Field(() => GermanCertificate, { nullable: true, description: "The certificate the person obtained; null: completed without one. A German certificate becomes the person's level evidence when it proves a higher level." })
  certificate?: GermanCertificate | null;
}

@ObjectType({ simpleResolvers: true, description: 'Result of a referral mutation.' })
export class ReferralPayload {
  @Field(() => Referral, { nullable: true, description: 'The referral as it is now; null when nothing was done.' })
  referral!: Referral | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ReferralUserError], { description: 'Problems; empty on success.' })
  userErrors!: ReferralUserError[];
}

@InputType({ description: 'Which referrals to list.' })
export class IncomingReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only referrals to this offer.' })
  offer?: string | null;
}

@ArgsType()
export class IncomingReferralArgs extends ConnectionArgs {
  @Field(() => IncomingReferralFilter, { nullable: true, description: 'Which referrals.' })
  filter?: IncomingReferralFilter | null;
}

@ObjectType({ simpleResolvers: true, description: 'A referral with its cursor.' })
export class ReferralEdge extends EdgeType(Referral) {}

@ObjectType({ simpleResolvers: true, description: 'A page of referrals, newest first.' })
export class ReferralConnection extends ConnectionType(Referral, ReferralEdge) {}

@ObjectType({ simpleResolvers: true, description: 'A step of a referral as the live subscription carries it: IDs and statuses, no personal data.' })
export class ReferralStatusChange {
  @Field(() => ID, { description: 'The referral.' })
  referral!: string;

  @Field(() => ID, { description: 'The client (a global ID; readable only where the client is).' })
  client!: string;

  @Field(() => ID, { description: 'The offer.' })
  offer!: string;

  @Field(() => String, { description: 'The step (a ReferralAction).' })
  action!: string;

  @Field(() => ReferralStatus, { nullable: true, description: 'The status before.' })
  from!: ReferralStatus | null;

  @Field(() => ReferralStatus, { description: 'The status now.' })
  to!: ReferralStatus;

  @Field(() => Date, { description: 'When.' })
  at!: Date;
}
