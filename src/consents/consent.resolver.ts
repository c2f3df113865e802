import { auditLog } from '../audit/audit-log';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { ClientService } from '../caseloads/client.service';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { ListCap } from '../core/graphql/list-cap';
import { MAX_USER_ERRORS, UserError } from '../core/graphql/user-error';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Provider, ProviderKind } from '../providers/provider.entity';
import { Consent } from './consent.entity';
import { ConsentService } from './consent.service';

@InputType({ description: 'A consent the person gave. Name one recipient: a provider or a kind of provider.' })
export class ConsentRecordInput {
  @Field(() => ID, { description: 'The client.' })
  client!: string;

  @Field(() => AuditPurpose, { description: 'What the data may be used for, e.g. REFERRAL.' })
  purpose!: AuditPurpose;

  @Field(() => ID, { nullable: true, description: 'The provider that may receive the data.' })
  recipientProvider?: string | null;

  @Field(() => ProviderKind, { nullable: true, description: 'Every provider of this kind may receive the data.' })
  recipientProviderKind?: ProviderKind | null;

  @Field({ description: 'Version of the consent text agreed to, e.g. "v2026-01".' })
  textVersion!: string;

  @Field(() => Date, { description: 'When the person gave the consent.' })
  givenAt!: Date;
}

@InputType({ description: 'Withdraws a consent.' })
export class ConsentWithdrawInput {
  @Field(() => ID, { description: 'The consent.' })
  consent!: string;
}

@ObjectType({ description: 'Result of recording or withdrawing a consent.' })
export class ConsentPayload {
  @Field(() => Consent, { nullable: true, description: 'The consent.' })
  consent!: Consent | null;

  @ListCap(MAX_USER_ERRORS)
  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

const service = (ctx: Context) => {
  const purpose = AuditPurpose.CASE_MANAGEMENT;
  return new ConsentService(ctx.em, ctx.viewer, new ClientService(ctx.em), auditLog(ctx), purpose);
};

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized<string>(Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ConsentPayload, { description: 'Records a consent in the ledger.' })
  consentRecord(@Ctx() ctx: Context, @Arg('input', { description: 'The consent.' }) input: ConsentRecordInput): Promise<ConsentPayload> {
    return service(ctx).record({
      clientId: fromGlobalIdOf('Client', input.client, 'input.client'),
      purpose: input.purpose,
      recipientProviderId: input.recipientProvider == null ? null : fromGlobalIdOf('Provider', input.recipientProvider, 'input.recipientProvider'),
      recipientProviderKind: input.recipientProviderKind ?? null,
      textVersion: input.textVersion,
      givenAt: input.givenAt,
    });
  }

  @Authorized<string>(Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ConsentPayload, { description: 'Withdraws a consent; the entry stays in the ledger with its withdrawal time.' })
  consentWithdraw(@Ctx() ctx: Context, @Arg('input', { description: 'The consent.' }) input: ConsentWithdrawInput): Promise<ConsentPayload> {
    return service(ctx).withdraw(fromGlobalIdOf('Consent', input.consent, 'input.consent'));
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider that may receive the data.' })
  recipientProvider(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Provider | null> | null {
    return consent.recipientProvider && ctx.loaders.byId(Provider).load(consent.recipientProvider.id);
  }
}
