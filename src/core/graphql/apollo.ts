import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config';
import type { Context } from '../context';
import { formatError } from '../errors';
import { requestScope } from '../request-scope';
import { wellFormedTextPlugin } from './text-input';
import { limitValidationRules, limitsPlugin } from './limits/limits-plugin';
import type { RateLimiter } from '../rate-limit/rate-limiter';
import type { HubMetrics } from '../observability/metrics';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics';
import { trustedDocumentCache, trustedDocumentsPlugin, type TrustedDocumentStore } from './trusted-documents';
import { CompiledExecution } from './compiled-execution';

export interface ApolloOptions {
  config: Pick<Config, 'introspection' | 'limits'> & Partial<Pick<Config, 'execution'>>;
  logger: Logger;
  /** Cost budgets per principal; without one (tests of other behaviour), costs are only reported. */
  rateLimiter?: RateLimiter;
  /** Persisted operations an admin registered: sent by hash (APQ), and all that some keys may send. */
  trustedDocuments?: TrustedDocumentStore;
  /** Where operation latencies and query costs are counted. */
  metrics?: HubMetrics;
  /** The executor (tests read its stats); by default one made from `config.execution`. */
  execution?: CompiledExecution;
}

/**
 * The GraphQL server. Every document passes the limits before it runs: size and tokens at parsing,
 * depth, aliases and directives in validation, cost and budget before execution (see limits/).
 * A document that recurs runs compiled (compiled-execution.ts).
 */
export function createApollo(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<Context> {
  const { config, logger, rateLimiter, trustedDocuments, metrics } = options;
  // Without settings (tests of other behaviour): the defaults of loadConfig.
  const { compileAfter, maxCompiledDocuments } = config.execution ?? loadConfig({}).execution;
  const execution = options.execution ?? new CompiledExecution(schema, { compileAfter, maxDocuments: maxCompiledDocuments });
  metrics?.watchExecution(() => execution.stats());
  return new ApolloServer<Context>({
    gateway: execution.gateway(),
    // Apollo's own complaints go to the request log, not the console.
    logger,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Apollo's own appends a newline: a two-part string, which Node copies whole once more to write it.
    stringifyResult: (result) => JSON.stringify(result),
    // graphql-js stops lexing past the limit, before building any AST.
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limitValidationRules(config.limits),
    // Only registered documents by hash: clients cannot store documents of their own (APQ's default).
    persistedQueries: trustedDocuments ? { cache: trustedDocumentCache(trustedDocuments), ttl: null } : false,
    // Apollo's default landing page loads from a CDN; we serve GraphiQL ourselves (see graphiql.ts).
    // Cache control would wrap every field resolver to compute HTTP cache hints we don't send.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      wellFormedTextPlugin(),
      ...(trustedDocuments ? [trustedDocumentsPlugin(trustedDocuments)] : []),
      limitsPlugin({ limits: config.limits, rateLimiter, logger }),
      // After the limits plugin: its cost report is complete when this one reads it.
      ...(metrics ? [graphqlMetricsPlugin(metrics)] : []),
      transactionPlugin,
      transientStatusPlugin,
    ],
    formatError: (formatted, error) => {
      const shown = formatError(formatted, error, requestScope.getStore()?.requestId, logger);
      // Suggestions name fields and types: a map of the schema where introspection is closed.
      return config.limits.fieldSuggestions ? shown : { ...shown, message: withoutSuggestions(shown.message) };
    },
  });
}

/**
 * A signed-in request's transaction begins with execution: nothing refused before it touches the
 * database. Its before-commit work starts as soon as the operation has resolved.
 */
const transactionPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue }) {
        await contextValue.beginTransaction();
      },
      async willSendResponse({ contextValue }) {
        // Before Apollo serialises the answer: the audit INSERT runs meanwhile.
        contextValue.startBeforeCommit();
      },
    };
  },
};

/** Errors that mean "try again later": Apollo answers 200 with errors inside; these answer 503. */
const TRANSIENT_CODES = new Set(['SERVICE_UNAVAILABLE', 'REQUEST_TIMEOUT']);

/** A deadline or database outage answers HTTP 503, read from the formatted errors (never the serialised body). */
const transientStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => TRANSIENT_CODES.has(String(error.extensions?.code)))) response.http.status = 503;
      },
    };
  },
};

/** Drops graphql-js's "Did you mean …?" hints, whatever they suggest (fields, types, enum values, arguments). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}
