import type { Server } from 'node:http';

/** How often idle keep-alive connections are closed while draining. */
const SWEEP_MS = 50;

export interface Drain {
  /** True from `drain()` on: /ready answers 503 "draining" and answers ask to close the connection. */
  readonly draining: boolean;
  /** Requests being answered right now. */
  readonly inFlight: number;
  /**
   * Stops accepting connections, lets the requests in flight finish for up to `graceMs`, closing
   * every connection as soon as it is idle, then cuts the rest. Resolves with how many were cut.
   */
  drain(graceMs: number): Promise<{ cut: number }>;
}

/**
 * Graceful shutdown of an HTTP server (SIGTERM): a balancer sees /ready fail and new connections
 * refused (safe to retry elsewhere: nothing was sent), while requests already running complete.
 * A keep-alive connection is closed once idle, never in the middle of an answer.
 */
export function drainable(server: Server): Drain {
  let draining = false;
  let inFlight = 0;
  let settle: (() => void) | undefined;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) settle?.();
    });
  });
  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    async drain(graceMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sweep = setInterval(() => server.closeIdleConnections(), SWEEP_MS);
      const finished = inFlight === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => (settle = () => resolve(true)));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
      const inTime = await Promise.race([finished, deadline]);
      clearTimeout(timer);
      clearInterval(sweep);
      const cut = inTime ? 0 : inFlight;
      // Whatever is left is idle (or past the grace period): no answer is lost by closing it now.
      server.closeAllConnections();
      await closed;
      return { cut };
    },
  };
}
