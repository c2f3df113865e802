import type { TypedDocumentString } from '../generated/graphql.js';

/**
 * A refusal of the API: its `extensions.code` (e.g. BAD_USER_INPUT, RATE_LIMITED), the `reason`
 * of a bad input (e.g. UNKNOWN_POSTAL_CODE) and the message.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reason: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }>;
}

/**
 * The hub's GraphQL endpoint: the page's `<meta name="hub-endpoint">`, so a portal served
 * elsewhere points at its hub (which must list that origin in CORS_ORIGINS).
 */
const ENDPOINT = document.querySelector<HTMLMetaElement>('meta[name="hub-endpoint"]')?.content || '/graphql';

/** Runs one typed operation anonymously, as every partner portal does: no credentials, no cookies. */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    credentials: 'omit',
    signal,
  });
  let answer: Answer<TResult>;
  try {
    answer = (await response.json()) as Answer<TResult>;
  } catch {
    throw new ApiError(`HTTP_${response.status}`, response.statusText);
  }
  const [error] = answer.errors ?? [];
  if (error) throw new ApiError(error.extensions?.code ?? 'UNKNOWN', error.message, error.extensions?.reason ?? null, error.extensions?.retryAfterSeconds ?? null);
  if (!answer.data) throw new ApiError(`HTTP_${response.status}`, 'No data');
  return answer.data;
}
