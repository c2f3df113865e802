import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  /** Time to send a request's headers, and the whole request (Node answers 408 after either). */
  headersTimeoutMs: number;
  receiveTimeoutMs: number;
  /** Open connections at most; further ones are closed on arrival. */
  maxConnections: number;
  /** Open connections of one peer address at most (0: no cap). */
  maxConnectionsPerAddress: number;
}

/**
 * Node's own request timeouts, checked often enough to matter. Node's defaults give a client 60 s
 * for its headers and 300 s for its request, checked every 30 s: 10,000 connections dribbling
 * their headers from one address were all still held after 40 s. (A /graphql body is bounded by
 * the request's deadline as well, see server.ts; the receive timeout bounds every route.)
 */
export function serverTimeouts(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.receiveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/**
 * Caps the connections `server` holds, in all and per peer address, so that no one sender, and
 * no flood of them, exhausts the process's memory or descriptors. A refused connection is closed
 * on arrival (before anything is read from it) and counted by `refused`. The peer is the socket's
 * address: behind proxies that is a proxy, so there the cap is theirs to keep (see config.ts).
 */
export function capConnections(server: Server, limits: ConnectionLimits, refused?: (reason: 'total' | 'per_address') => void): void {
  server.maxConnections = limits.maxConnections;
  server.on('drop', () => refused?.('total'));
  if (limits.maxConnectionsPerAddress === 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      refused?.('per_address');
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
