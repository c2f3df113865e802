import fc from 'fast-check';
import { fromGlobalId, toGlobalId } from '../../src/core/relay/global-id';

/** The encoding as specified: base64url of "Type:key", computed by Node's own encoder. */
const reference = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

describe('global IDs', () => {
  it('are base64url("Type:key") for every type-name length and key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Za-z]{0,20}$/), fc.integer({ min: 1, max: 2_147_483_647 }), (type, id) => {
        expect(toGlobalId(type, id)).toBe(reference(type, id));
        expect(fromGlobalId(toGlobalId(type, id))).toEqual({ type, id });
      }),
      { numRuns: 5_000 },
    );
  });

  it('are the same when asked again, also once more have been encoded than are kept', () => {
    const first = [1, 2, 99_999, 2_147_483_647].map((id) => [id, toGlobalId('PlanMeasure', id)] as const);
    // Past the bound the kept ones are dropped; each ID is still encoded right, whether kept or anew.
    for (let id = 1; id <= 250_000; id += 1) {
      const encoded = toGlobalId(id % 2 ? 'Client' : 'Offer', id);
      if (id % 9_973 === 0) expect(encoded).toBe(reference(id % 2 ? 'Client' : 'Offer', id));
    }
    for (const [id, encoded] of first) {
      expect(encoded).toBe(reference('PlanMeasure', id));
      expect(toGlobalId('PlanMeasure', id)).toBe(encoded);
      expect(toGlobalId('PlanMeasure', id)).toBe(reference('PlanMeasure', id));
    }
    // The same key under another type is another ID.
    expect(toGlobalId('Offer', 7)).not.toBe(toGlobalId('Client', 7));
  });

  it('encode a name that is not ASCII as well (never an entity, but never wrong)', () => {
    expect(toGlobalId('Übung', 7)).toBe(reference('Übung', 7));
  });
});
