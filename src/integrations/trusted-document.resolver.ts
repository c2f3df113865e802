import { parse, specifiedRules, validate, GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../core/auth/viewer';
import type { Context } from '../core/context';
import { UserErrorCode, userError } from '../core/graphql/user-error';
import { buildConnection, ConnectionArgs, pageRequest } from '../core/relay/connection';
import { TrustedDocument } from './trusted-document.entity';
import { TrustedDocumentService } from './trusted-document.service';
import { TrustedDocumentConnection, TrustedDocumentPayload, TrustedDocumentRegisterInput } from './trusted-document.types';

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
  @Mutation(() => TrustedDocumentPayload, {
    description: 'Registers a document that API keys with `trustedDocumentsOnly` may send (by its SHA-256 or as text). Admins only.',
  })
  async trustedDocumentRegister(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', { description: 'The document.' }) input: TrustedDocumentRegisterInput,
  ): Promise<TrustedDocumentPayload> {
    const problem = schemaProblem(info, input.document);
    if (problem) return { trustedDocument: null, userErrors: [userError(['input', 'document'], UserErrorCode.INVALID, problem)] };
    return new TrustedDocumentService(ctx.em).register(ctx.viewer, { name: input.name, body: input.document });
  }
}

/** Why the text is no valid document of this schema, or null. */
function schemaProblem(info: GraphQLResolveInfo, text: string): string | null {
  try {
    const errors = validate(info.schema, parse(text, { maxTokens: 10_000 }), specifiedRules);
    return errors.length === 0 ? null : `The document is not valid: ${errors[0].message}`;
  } catch (error) {
    if (error instanceof GraphQLError) return `The document does not parse: ${error.message}`;
    throw error;
  }
}
