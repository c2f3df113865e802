import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/viewer';
import { createContext, type Context, type RequestEnvironment } from '../context';
import { PgNotifications } from '../database/notifications';

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
 * a domain's subscription resolvers check access as its queries do.
 */
export function attachSubscriptions(server: Server, options: { schema: GraphQLSchema; environment: RequestEnvironment; authenticate: Authenticate; path?: string }): RunningSubscriptions {
  const notifications = new PgNotifications(options.environment.orm.config.getClientUrl());
  const wss = new WebSocketServer({ server, path: options.path ?? '/graphql' });
  const viewers = new WeakMap<object, Viewer>();
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
