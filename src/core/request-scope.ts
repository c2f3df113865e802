import { AsyncLocalStorage } from 'node:async_hooks';

/** The request id, reachable from hooks that get no context (Apollo's formatError). */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();
