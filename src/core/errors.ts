import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { limitOf } from './graphql/limits/limit-error';

/**
 * Errors a client is meant to see. Everything else is logged and masked as
 * INTERNAL_SERVER_ERROR (see `formatError`). Business outcomes of mutations are
 * `userErrors` on payloads instead.
 */
export type AppErrorReason =
  | 'INVALID_ID'
  | 'INVALID_CURSOR'
  | 'PAGE_SIZE_EXCEEDED'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_POSTAL_CODE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN';

/** The top-level `extensions.code` of each reason. */
function codeOf(reason: AppErrorReason): 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  switch (reason) {
    case 'INVALID_ID':
    case 'INVALID_CURSOR':
    case 'PAGE_SIZE_EXCEEDED':
    case 'INVALID_ARGUMENT':
    case 'UNKNOWN_POSTAL_CODE':
      return 'BAD_USER_INPUT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    default:
      return assertUnreachable(reason);
  }
}

export class AppError extends Error {
  constructor(
    readonly reason: AppErrorReason,
    message: string,
    readonly details: { argument?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get code(): string {
    return codeOf(this.reason);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

/** Codes that graphql-js and Apollo raise for a client's own mistakes; safe to pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/**
 * Apollo's own refusals of a malformed request that carry an HTTP 4xx but no code (a persisted
 * query's hash that does not match its text, an unknown persisted-query version): the client's
 * mistake, not ours. Errors thrown by resolvers always wrap an original error, so none is mistaken.
 */
function isRefusedRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Apollo's formatError hook: typed errors pass with their code, anything unexpected
 * is logged with the request id and replaced by a generic message. No stack trace,
 * SQL or database message ever reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId: string | undefined,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, reason: original.reason, ...original.details },
    };
  }
  // The parser recurses per nested list, object and selection set: a document nesting deeper than
  // the call stack allows (possible within a raised GRAPHQL_MAX_TOKENS) fails with a RangeError.
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && originalErrors(error).some((cause) => cause instanceof RangeError)) {
    return { message: 'The document nests too deeply to be parsed.', extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } };
  }
  const limit = limitOf(formatted.message, formatted.extensions);
  if (limit) return { message: formatted.message, locations: formatted.locations, extensions: { ...limit } };
  if (isRefusedRequest(error)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  // graphql-js stops coercing a variable after 50 bad values and says so in an error without a code.
  if (error instanceof GraphQLError && !error.originalError && error.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    // Our own GraphQLErrors (e.g. the text check in text-input.ts) name a reason and the argument.
    const { reason, argument } = formatted.extensions ?? {};
    const detail = code === 'BAD_USER_INPUT' && typeof reason === 'string' ? { reason, ...(typeof argument === 'string' ? { argument } : {}) } : {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...detail } };
  }
  const transient = transientErrorOf(original, requestId);
  if (transient) {
    if (transient.extensions?.code === 'SERVICE_UNAVAILABLE') logger.warn({ err: original, requestId }, 'database unavailable');
    return { ...transient, path: formatted.path };
  }
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error while resolving');
  return {
    message: 'Internal server error. Quote the request id when reporting it.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/** The request's deadline passed or its client went away (see `Context.signal`). */
export class RequestAbortedError extends Error {
  // An own property, because MikroORM re-wraps driver errors by copying own properties, not the class.
  readonly requestAborted = true;

  constructor(readonly trigger: 'deadline' | 'disconnect') {
    super(trigger === 'deadline' ? 'The request passed its deadline.' : 'The client went away.');
    this.name = 'RequestAbortedError';
  }
}

/** Stopped by the request's deadline: our abort, or PostgreSQL's statement_timeout (57014). */
export function isRequestTimeout(error: unknown): boolean {
  return causes(error).some((cause) => (cause as { requestAborted?: unknown }).requestAborted === true || cause.code === '57014');
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EAI_AGAIN', 'EPIPE']);
// Shutting down, crashed, starting up; too many connections.
const SERVER_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGE = /timeout acquiring a connection|connection terminated|connection ended unexpectedly|connection timeout/i;

/** The database cannot be reached or refuses connections: answered 503, never with its message. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(
    (cause) =>
      (typeof cause.code === 'string' && (UNREACHABLE.has(cause.code) || SERVER_UNAVAILABLE.has(cause.code) || /^08/.test(cause.code))) ||
      cause.name === 'KnexTimeoutError' ||
      UNAVAILABLE_MESSAGE.test(cause.message ?? ''),
  );
}

/** REQUEST_TIMEOUT or SERVICE_UNAVAILABLE (both HTTP 503, try again later) for such errors, else null. */
export function transientErrorOf(error: unknown, requestId: string | undefined): GraphQLFormattedError | null {
  if (isRequestTimeout(error)) {
    return { message: 'The request took too long and was stopped. Try again later.', extensions: { code: 'REQUEST_TIMEOUT', requestId } };
  }
  if (isDatabaseUnavailable(error)) {
    return { message: 'The service is temporarily unavailable. Try again later.', extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
  }
  return null;
}

/** The error, its `cause` chain and an AggregateError's members (a connect attempt per address). */
function causes(error: unknown, depth = 0): Array<{ code?: unknown; name?: string; message?: string }> {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const { cause, errors } = error as { cause?: unknown; errors?: unknown };
  const nested = [cause, ...(Array.isArray(errors) ? errors : [])].flatMap((inner) => causes(inner, depth + 1));
  return [error as { code?: unknown; name?: string; message?: string }, ...nested];
}

/** `error` and the errors it wraps as a GraphQLError's `originalError`, outermost first. */
function originalErrors(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = error; at !== undefined && at !== null && chain.length < 10; at = at instanceof GraphQLError ? at.originalError : undefined) chain.push(at);
  return chain;
}
