import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLResult, TestHub } from './test-hub';

interface PageShape<TNode> {
  offers: { edges: Array<{ node: TNode; distanceKm?: number | null }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}

/** Follows `after` cursors until the last page and returns every edge in order. */
export async function collectAllOffers<TNode, TVars extends { first?: number | null; after?: string | null }>(
  hub: TestHub,
  document: TypedDocumentNode<PageShape<TNode>, TVars>,
  variables: TVars,
): Promise<Array<{ node: TNode; distanceKm?: number | null }>> {
  const edges: Array<{ node: TNode; distanceKm?: number | null }> = [];
  let after: string | null | undefined = null;
  for (let pages = 0; pages < 1000; pages++) {
    const result: GraphQLResult<PageShape<TNode>> = await hub.execute(document, { ...variables, after });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const offers: PageShape<TNode>['offers'] = result.data!.offers;
    edges.push(...offers.edges);
    if (!offers.pageInfo.hasNextPage) return edges;
    after = offers.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}
