import { parse, specifiedRules, validate, GraphQLError, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { TrustedDocument } from './trusted-document.entity';
import { MAX_TRUSTED_DOCUMENT_TOKENS, TrustedDocumentService, type DocumentCheck } from './trusted-document.service';
import { TrustedDocumentConnection, TrustedDocumentRegisterInput, TrustedDocumentRegisterPayload } from './trusted-document.types';
import { trustedDocumentUserErrors } from './trusted-document.user-errors';

@Resolver(() => TrustedDocument)
export class TrustedDocumentResolver {
  @Authorized(Role.ADMIN)
  @Query(() => TrustedDocumentConnection, { description: 'Trusted documents, newest first. Admins only.' })
  async trustedDocuments(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<TrustedDocumentConnection> {
    const page = pageRequest(args);
    const service = new TrustedDocumentService(ctx.em);
    const { rows, cursorOf } = await service.list(ctx.viewer, page);
    return buildConnection(rows, page, (node) => ({ cursor: cursorOf(node), node }), () => service.count(ctx.viewer)) as TrustedDocumentConnection;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TrustedDocumentRegisterPayload, {
    description: 'Registers a document that API keys with `trustedDocumentsOnly` may send (by its SHA-256 or as text). Admins only.',
  })
  async trustedDocumentRegister(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', { description: 'The document.' }) input: TrustedDocumentRegisterInput,
  ): Promise<TrustedDocumentRegisterPayload> {
    const result = await new TrustedDocumentService(ctx.em).register(ctx.viewer, { name: input.name, body: input.document }, schemaCheck(info.schema));
    return result.ok ? { trustedDocument: result.value, userErrors: [] } : { trustedDocument: null, userErrors: trustedDocumentUserErrors(result.problems) };
  }
}

/** Why a text is no valid document of this schema, or null. */
function schemaCheck(schema: GraphQLSchema): DocumentCheck {
  return (text) => {
    try {
      const errors = validate(schema, parse(text, { maxTokens: MAX_TRUSTED_DOCUMENT_TOKENS }), specifiedRules);
      return errors.length === 0 ? null : `The document is not valid: ${errors[0].message}`;
    } catch (error) {
      if (error instanceof GraphQLError) return `The document does not parse: ${error.message}`;
      throw error;
    }
  };
}
