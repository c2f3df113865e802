import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Context } from '../context';
import { formatError } from '../errors';
import { requestScope } from '../request-scope';

export function createApollo(schema: GraphQLSchema, config: Pick<Config, 'introspection'>, logger: Logger): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Apollo's default landing page loads from a CDN; we serve GraphiQL ourselves (see graphiql.ts).
    // Cache control would wrap every field resolver to compute HTTP cache hints we don't send.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => formatError(formatted, error, requestScope.getStore()?.requestId, logger),
  });
}

