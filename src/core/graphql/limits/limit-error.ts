import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/** The codes a client gets when a document or its sender goes past a limit. */
export type LimitCode =
  | 'DOCUMENT_TOO_LARGE'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'COST_LIMIT_EXCEEDED'
  | 'RATE_LIMITED'
  | 'TRUSTED_DOCUMENT_REQUIRED';

/** The extension that carries a limit's code: Apollo overwrites `code` of validation errors with its own. */
export const LIMIT_EXTENSION = 'limit';

export interface LimitDetails {
  maximum?: number;
  found?: number;
  [key: string]: unknown;
}

/**
 * A refusal before execution. `formatError` turns the `limit` extension into `extensions.code`,
 * so each limit answers with its own code whichever phase (parsing, validation, cost) found it.
 */
export function limitError(code: LimitCode, message: string, details: LimitDetails = {}, http?: { status: number; headers?: Record<string, string> }): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      [LIMIT_EXTENSION]: { code, ...details },
      http: { status: http?.status ?? 400, headers: new HeaderMap(Object.entries(http?.headers ?? {})) },
    },
  });
}

/** graphql-js's own message when `parse(…, { maxTokens })` stops (16.x writes "more that"). */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/** The limit a formatted error reports, if any: ours, or the parser's token limit. */
export function limitOf(message: string, extensions: Record<string, unknown> | undefined): ({ code: LimitCode } & LimitDetails) | null {
  const limit = extensions?.[LIMIT_EXTENSION];
  if (limit && typeof limit === 'object' && typeof (limit as { code?: unknown }).code === 'string') return limit as { code: LimitCode } & LimitDetails;
  const tokens = TOKEN_LIMIT_MESSAGE.exec(message);
  if (tokens) return { code: 'TOKEN_LIMIT_EXCEEDED', maximum: Number(tokens[1]) };
  return null;
}
