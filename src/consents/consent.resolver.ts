import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import { auditRecorder } from '../audit/audit-log';
import { AuditPurpose } from '../audit/audit.enums';
import { Purpose } from '../audit/purpose';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { fromGlobalIdOf } from '../core/relay/global-id';
import type { Result } from '../core/result';
import { ApiKeyScope } from '../integrations/api-key.entity';
import { Provider } from '../providers/provider.entity';
import { Consent } from './consent.entity';
import type { ConsentErrorCode } from './consent.errors';
import { ConsentService } from './consent.service';
import { ConsentRecordInput, ConsentRecordPayload, ConsentWithdrawInput, ConsentWithdrawPayload } from './consent.types';
import { consentUserErrors } from './consent.user-errors';

/** The ledger for this request, auditing under the purpose the operation declared. */
const consentService = (ctx: Context, info: GraphQLResolveInfo) => new ConsentService(ctx.em, auditRecorder(ctx, info));

const payload = (result: Result<Consent, ConsentErrorCode>) => (result.ok ? { consent: result.value, userErrors: [] } : { consent: null, userErrors: consentUserErrors(result.problems) });

@Resolver(() => Consent)
export class ConsentResolver {
  @Authorized<string>(Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ConsentRecordPayload, { description: 'Records a consent in the ledger.' })
  async consentRecord(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The consent.' }) input: ConsentRecordInput): Promise<ConsentRecordPayload> {
    const result = await consentService(ctx, info).record(ctx.viewer, {
      clientId: fromGlobalIdOf('Client', input.client, 'input.client'),
      purpose: input.purpose,
      recipientProviderId: input.recipientProvider == null ? null : fromGlobalIdOf('Provider', input.recipientProvider, 'input.recipientProvider'),
      recipientProviderKind: input.recipientProviderKind ?? null,
      textVersion: input.textVersion,
      givenAt: input.givenAt,
    });
    return payload(result);
  }

  @Authorized<string>(Role.MANAGER, Role.COORDINATOR, ApiKeyScope.CASELOAD_WRITE)
  @Purpose(AuditPurpose.CASE_MANAGEMENT)
  @Mutation(() => ConsentWithdrawPayload, { description: 'Withdraws a consent; the entry stays in the ledger with its withdrawal time.' })
  async consentWithdraw(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', { description: 'The consent.' }) input: ConsentWithdrawInput): Promise<ConsentWithdrawPayload> {
    return payload(await consentService(ctx, info).withdraw(ctx.viewer, fromGlobalIdOf('Consent', input.consent, 'input.consent')));
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider that may receive the data.' })
  recipientProvider(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Provider | null> | null {
    return consent.recipientProvider && ctx.loaders.byId(Provider).load(consent.recipientProvider.id);
  }
}
