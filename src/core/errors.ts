import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

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
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN';

/** The top-level `extensions.code` of each reason. */
function codeOf(reason: AppErrorReason): 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  switch (reason) {
    case 'INVALID_ID':
    case 'INVALID_CURSOR':
    case 'PAGE_SIZE_EXCEEDED':
    case 'INVALID_ARGUMENT':
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
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error while resolving');
  return {
    message: 'Internal server error. Quote the request id when reporting it.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}
