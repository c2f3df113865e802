import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS } from '../core/graphql/user-error';
import { ProviderKind } from '../providers/provider.entity';
import { Consent } from './consent.entity';
import { ConsentPurpose } from './consent.enums';
import { MAX_TEXT_VERSION } from './consent.service';
import { ConsentUserError } from './consent.user-errors';

@InputType({ description: 'A consent the person gave. Name exactly one recipient: a provider or a kind of provider.' })
export class ConsentRecordInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => ConsentPurpose, { description: 'What the data may be used for, e.g. REFERRAL.' })
  purpose!: ConsentPurpose;

  @Field(() => ID, { nullable: true, description: 'The provider that may receive the data.' })
  recipientProvider?: string | null;

  @Field(() => ProviderKind, { nullable: true, description: 'Every provider of this kind may receive the data.' })
  recipientProviderKind?: ProviderKind | null;

  @Field({ description: `Version of the consent text agreed to, e.g. "v2026-01" (1–${MAX_TEXT_VERSION} characters, trimmed).` })
  textVersion!: string;

  @Field(() => Date, { description: 'When the person gave the consent: not after now (a minute of clock difference allowed), not before 2000-01-01.' })
  givenAt!: Date;
}

@InputType({ description: 'Withdraws a consent.' })
export class ConsentWithdrawInput {
  @Field(() => ID, { description: 'The consent; refused when it was withdrawn before.' })
  consent!: string;
}

@ObjectType({ description: 'Result of consentRecord.' })
export class ConsentRecordPayload {
  @Field(() => Consent, { nullable: true, description: 'The recorded consent; null when it was refused.' })
  consent!: Consent | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ConsentUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: ConsentUserError[];
}

@ObjectType({ description: 'Result of consentWithdraw.' })
export class ConsentWithdrawPayload {
  @Field(() => Consent, { nullable: true, description: 'The withdrawn consent, with its withdrawal time; null when the withdrawal was refused.' })
  consent!: Consent | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [ConsentUserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: ConsentUserError[];
}
