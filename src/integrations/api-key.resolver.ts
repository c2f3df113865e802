import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { fromGlobalIdOf } from '../core/relay/global-id';
import { Provider } from '../providers/provider.entity';
import { ApiKey } from './api-key.entity';
import { Agency } from '../tenancy/agency.entity';
import { ApiKeyService } from './api-key.service';
import { ApiKeyConnection, ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyInput, ApiKeyRevokePayload, ApiKeyRotatePayload } from './api-key.types';
import { apiKeyUserErrors } from './api-key.user-errors';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, { description: 'API keys, newest first. Admins only.' })
  async apiKeys(
    @Ctx() ctx: Context,
    @Args() args: ConnectionArgs,
    @Arg('provider', () => ID, { nullable: true, description: 'Only keys of this provider.' }) provider?: string | null,
  ): Promise<ApiKeyConnection> {
    const page = pageRequest(args);
    const providerId = provider == null ? null : fromGlobalIdOf('Provider', provider, 'provider');
    const service = new ApiKeyService(ctx.em);
    const { rows, cursorOf } = await service.list(ctx.viewer, providerId, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.count(ctx.viewer, providerId)) as ApiKeyConnection;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyCreatePayload, { description: 'Creates an API key for a provider or an agency and returns its secret, once. Admins only.' })
  async apiKeyCreate(@Ctx() ctx: Context, @Arg('input', { description: 'The new key.' }) input: ApiKeyCreateInput): Promise<ApiKeyCreatePayload> {
    const result = await new ApiKeyService(ctx.em).create(ctx.viewer, {
      name: input.name,
      providerId: input.provider == null ? null : fromGlobalIdOf('Provider', input.provider, 'input.provider'),
      agencyId: input.agency == null ? null : fromGlobalIdOf('Agency', input.agency, 'input.agency'),
      scopes: input.scopes,
      trustedDocumentsOnly: input.trustedDocumentsOnly ?? false,
    });
    return result.ok ? { ...result.value, userErrors: [] } : { apiKey: result.apiKey, secret: null, userErrors: apiKeyUserErrors(result.problems) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyRotatePayload, { description: 'Replaces the secret (and prefix) of an API key; the old secret stops working at once. Admins only.' })
  async apiKeyRotate(@Ctx() ctx: Context, @Arg('input', { description: 'The key to rotate.' }) input: ApiKeyInput): Promise<ApiKeyRotatePayload> {
    const result = await new ApiKeyService(ctx.em).rotate(ctx.viewer, fromGlobalIdOf('ApiKey', input.apiKey, 'input.apiKey'));
    return result.ok ? { ...result.value, userErrors: [] } : { apiKey: result.apiKey, secret: null, userErrors: apiKeyUserErrors(result.problems) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyRevokePayload, { description: 'Revokes an API key for good. Admins only.' })
  async apiKeyRevoke(@Ctx() ctx: Context, @Arg('input', { description: 'The key to revoke.' }) input: ApiKeyInput): Promise<ApiKeyRevokePayload> {
    const result = await new ApiKeyService(ctx.em).revoke(ctx.viewer, fromGlobalIdOf('ApiKey', input.apiKey, 'input.apiKey'));
    return result.ok ? { apiKey: result.value, userErrors: [] } : { apiKey: result.apiKey, userErrors: apiKeyUserErrors(result.problems) };
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider the key acts for; null for an agency key.' })
  provider(@Root() apiKey: ApiKey, @Ctx() ctx: Context): Promise<Provider | null> | null {
    return apiKey.provider && ctx.loaders.byId(Provider).load(apiKey.provider.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the key acts for; null for a provider key.' })
  agency(@Root() apiKey: ApiKey, @Ctx() ctx: Context): Promise<Agency | null> | null {
    return apiKey.agency && ctx.loaders.byId(Agency).load(apiKey.agency.id);
  }
}
