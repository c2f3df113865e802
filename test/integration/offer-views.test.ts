import { type Offer } from '../../src/offers/offer.entity';
import { OffersViaNodesDocument, OffersViaSearchDocument } from '../generated/graphql';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

describe('search results are read-only views', () => {
  it('answer every field exactly as the managed entities do', async () => {
    const search = await hub.execute(OffersViaSearchDocument, { first: 100 });
    expect(search.errors).toBeUndefined();
    const viaSearch = search.data!.offers.nodes;
    expect(viaSearch).toHaveLength(100);
    // Online offers (no location) and every format are in the sample.
    expect(viaSearch.some((offer) => offer.location === null)).toBe(true);

    const viaNodes = await hub.execute(OffersViaNodesDocument, { ids: viaSearch.map((offer) => offer.id) });
    expect(viaNodes.errors).toBeUndefined();
    expect(viaNodes.data!.nodes).toEqual(viaSearch);
  });

  it('cannot be changed or persisted by accident', async () => {
    const { OfferSearchService } = await import('../../src/offers/search/offer-search.service');
    const { ANONYMOUS } = await import('../../src/core/auth/viewer');
    const em = hub.orm.em.fork();
    const [hit] = await new OfferSearchService(em).search(ANONYMOUS, {}, null, { limit: 1, backward: false, cursor: null });
    expect(() => {
      (hit.offer as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => em.persist(hit.offer as Offer)).toThrow();
  });
});
