import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import helmet, { type HelmetOptions } from 'helmet';
import type { Config } from '../config';
import { graphiqlPage } from './graphiql';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export function use(middleware: Middleware, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => middleware(req, res, (error) => (error ? reject(error) : resolve())));
}

/**
 * helmet's headers on every response: nosniff, no framing, no referrer, HSTS in production (where
 * TLS ends at the proxy in front). The API itself needs no CSP sources at all; the GraphiQL page
 * (development) loads its scripts and styles from /graphiql/ and runs one inline script, allowed
 * by its hash.
 */
export function securityHeaders(config: Pick<Config, 'nodeEnv'>): { apiHeaders: Middleware; graphiqlHeaders: Middleware } {
  const common: HelmetOptions = {
    strictTransportSecurity: config.nodeEnv === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
  const inlineScripts = [...graphiqlPage('/graphql').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, script]) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
  return {
    apiHeaders: recorded(helmet({
      ...common,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
    })),
    graphiqlHeaders: recorded(helmet({
      ...common,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", ...inlineScripts],
          // GraphiQL's components insert <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    })),
  };
}

/**
 * helmet's headers depend on its options alone (no nonces here), yet it builds them again for every
 * response, the CSP string among them: about a tenth of what answering a refused request costs. They
 * are recorded once and then set as recorded. A middleware that does anything else than set or
 * remove headers, or does not finish at once, keeps running as it is.
 */
function recorded(middleware: Middleware): Middleware {
  const set: Array<[string, string | number | readonly string[]]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void set.push([name, value]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let finished = false;
  try {
    middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
      finished = error === undefined;
    });
  } catch {
    return middleware;
  }
  if (!finished) return middleware;
  return (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
}

/**
 * CORS for the origins of CORS_ORIGINS only; any other origin gets no CORS header at all, so a
 * browser keeps its page from reading the answer. Tokens travel in Authorization, never in cookies.
 */
export function corsFor(origins: readonly string[]): Middleware {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight'],
    exposedHeaders: ['x-request-id', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
    credentials: false,
    maxAge: 600,
    // The handler answers the preflight itself, for allowed and other origins alike.
    preflightContinue: true,
  });
}
