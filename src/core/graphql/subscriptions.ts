import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import { createContext, type Context, type RequestEnvironment } from '../context';
import { PgNotifications } from '../database/notifications';
import { formatError } from '../errors';
import { limitValidationRules, type Limits } from './limits/limits-plugin';

/** The most subscriptions one connection holds at once, and the largest message it may send. */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;
const MAX_MESSAGE_BYTES = 64 * 1024;

export interface RunningSubscriptions {
  close(): Promise<void>;
}

/** The bearer credential of a connection_init payload: `{ authorization: "Bearer …" }` or `{ token: "…" }`. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (typeof params?.authorization === 'string') return params.authorization;
  if (typeof params?.Authorization === 'string') return params.Authorization;
  if (typeof params?.token === 'string') return `Bearer ${params.token}`;
  return undefined;
}

/**
 * GraphQL subscriptions over graphql-ws on the hub's HTTP server, at `path`. A connection must
 * sign in in its connection_init payload with the same credentials as /graphql (a token or an
 * API key); anonymous and invalid ones are refused (4403). Each operation gets a context like a
 * request's, with the viewer of its connection and the process's PostgreSQL notifications, so
 * a domain's subscription resolvers check access as its queries do. Queries and mutations are
 * refused here: they go to /graphql.
 */
export function attachSubscriptions(server: Server, options: { schema: GraphQLSchema; environment: RequestEnvironment; authenticate: Authenticate; limits: Limits; path?: string }): RunningSubscriptions {
  const notifications = new PgNotifications(options.environment.orm.config.getClientUrl());
  const wss = new WebSocketServer({ server, path: options.path ?? '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const viewers = new WeakMap<object, Viewer>();
  const open = new WeakMap<object, Set<string>>();
  const rules = [...specifiedRules, ...limitValidationRules(options.limits)];
  const disposable = useServer<Record<string, unknown>, Record<string, unknown>>({
    schema: options.schema,
    onConnect: async (ctx) => {
      try {
        const viewer = await options.authenticate(authorizationOf(ctx.connectionParams));
        if (viewer.kind === 'anonymous') return false;
        viewers.set(ctx.extra, viewer);
        return true;
      } catch {
        return false;
      }
    },
    // The limits of /graphql apply here too: tokens, depth, aliases, directives; and a few subscriptions per connection.
    onSubscribe: (ctx, id, payload) => {
      const mine = open.get(ctx.extra) ?? new Set<string>();
      open.set(ctx.extra, mine);
      if (mine.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) return [new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`, { extensions: { code: 'SUBSCRIPTION_LIMIT_EXCEEDED' } })];
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: options.limits.maxTokens });
      } catch (error) {
        return [error instanceof GraphQLError ? error : new GraphQLError('The document could not be parsed.')];
      }
      // graphql-ws runs queries and mutations too, but not as /graphql does: without the request's
      // transaction (tenant settings, the audit of what was read, before-commit hooks), its cost
      // budget and its deadline. They belong there.
      const operation = getOperationAST(document, payload.operationName);
      if (operation && operation.operation !== 'subscription') {
        return [new GraphQLError(`This WebSocket carries subscriptions only; send a ${operation.operation} to POST /graphql.`, { extensions: { code: 'BAD_REQUEST' } })];
      }
      const errors = validate(options.schema, document, rules);
      if (errors.length > 0) return errors;
      mine.add(id);
      return undefined;
    },
    // Errors of an operation's results as /graphql answers them (domain codes; an unexpected error
    // logged and answered INTERNAL_SERVER_ERROR), never the raw message: it may quote SQL.
    onNext: (_ctx, _id, _payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      return { ...result, errors: result.errors.map((error) => formatError(coded(error), error, randomUUID(), options.environment.logger)) };
    },
    onComplete: (ctx, id) => {
      open.get(ctx.extra)?.delete(id);
    },
    context: (ctx): Context & Record<string, unknown> => {
      const context = createContext(options.environment, ctx.extra.request, viewers.get(ctx.extra), { notifications });
      return context as Context & Record<string, unknown>;
    },
  }, wss);
  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await notifications.close();
    },
  };
}

/**
 * What Apollo labels before formatting: an error before execution began (a variable's value that
 * does not coerce, say) has no path and no code; it is the client's.
 */
function coded(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  if (formatted.extensions?.code !== undefined || error.path !== undefined) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
}
