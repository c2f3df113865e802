import { createServer } from 'node:net';

// node:net only: global setup imports this outside Jest's module sandbox.

/** A loopback port nothing listens on right now: bound once, then released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
