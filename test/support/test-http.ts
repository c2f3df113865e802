import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../../src/core/graphql/server';
import { requestEnvironment } from '../../src/app/hub';
import { silentLogger, type TestHub } from './test-hub';

type ServerOptions = Parameters<typeof createHttpServer>[0];

export interface TestHttp {
  /** `http://127.0.0.1:<port>`, no path. */
  url: string;
  server: Server;
  /** Ends open connections too (a test may leave one hanging on purpose), then stops listening. */
  close(): Promise<void>;
}

/**
 * The hub's real HTTP server on a free loopback port, serving `hub`'s Apollo server and ORM
 * unless `options` replace them. `authenticate` is each test's own; `config` defaults to
 * introspection on, with everything else as `createHttpServer` defaults it.
 */
export async function startTestHttp(hub: TestHub, options: Partial<ServerOptions> & Pick<ServerOptions, 'authenticate'>): Promise<TestHttp> {
  const server = createHttpServer({ apollo: hub.apollo, environment: requestEnvironment(hub.orm, silentLogger), config: { introspection: true }, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
