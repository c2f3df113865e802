import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { limitError } from './limits/limit-error';

type PersistedQueryCache = NonNullable<Exclude<ApolloServerOptions<Context>['persistedQueries'], false>>['cache'];

/** Where trusted documents (persisted operations registered by an admin) are looked up. */
export interface TrustedDocumentStore {
  /** The text of the trusted document with this SHA-256 (hex), if one is registered. */
  find(sha256: string): Promise<string | undefined>;
}

/**
 * Apollo's persisted-query cache, answered from the trusted documents: a client may send
 * `extensions.persistedQuery.sha256Hash` alone (Apollo APQ). Read-only: sending a new text with
 * its hash registers nothing, so no client can fill the process memory or the table.
 */
export function trustedDocumentCache(store: TrustedDocumentStore): NonNullable<PersistedQueryCache> {
  return {
    // Apollo prefixes its keys ("apq:"); the hash is what follows.
    get: (key) => store.find(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/** Refuses any other document from API keys that are limited to trusted documents. */
export function trustedDocumentsPlugin(store: TrustedDocumentStore): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { viewer } = contextValue;
      if (viewer.kind !== 'integration' || !viewer.trustedDocumentsOnly) return;
      return {
        async didResolveOperation({ queryHash }) {
          if (queryHash && (await store.find(queryHash)) !== undefined) return;
          throw limitError('TRUSTED_DOCUMENT_REQUIRED', 'This API key may send only trusted documents that an admin registered; send the SHA-256 of one (extensions.persistedQuery) or its exact text.', {}, { status: 403 });
        },
      };
    },
  };
}
