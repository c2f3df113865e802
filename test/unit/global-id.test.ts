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

  it('encode a name that is not ASCII as well (never an entity, but never wrong)', () => {
    expect(toGlobalId('Übung', 7)).toBe(reference('Übung', 7));
  });
});
