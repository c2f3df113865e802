import { RequestLoader } from '../../src/core/loaders';

/** A loader of `key * 10`, recording every batch it was asked for. */
function tenfold(fail = false) {
  const batches: number[][] = [];
  const loader = new RequestLoader<number>(async (keys) => {
    batches.push([...keys]);
    if (fail) throw new Error('the statement failed');
    return keys.map((key) => key * 10);
  });
  return { loader, batches };
}

describe('RequestLoader.loadAll', () => {
  it('batches the keys of every caller in the same tick, each key once', async () => {
    const { loader, batches } = tenfold();
    const [first, second] = await Promise.all([loader.loadAll([1, 2, 3]), loader.loadAll([3, 4])]);
    expect(first).toEqual([10, 20, 30]);
    expect(second).toEqual([30, 40]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('answers alongside DataLoader loads of the same tick (in a batch of its own)', async () => {
    const { loader, batches } = tenfold();
    const [all, one] = await Promise.all([loader.loadAll([5, 6]), loader.load(7)]);
    expect([all, one]).toEqual([[50, 60], 70]);
    expect(batches.sort((a, b) => a[0] - b[0])).toEqual([[5, 6], [7]]);
  });

  it('answers later loads from what it loaded, without a promise and without a batch', async () => {
    const { loader, batches } = tenfold();
    await loader.loadAll([8, 9]);
    expect(loader.now(8)).toBe(80);
    await expect(loader.load(9)).resolves.toBe(90);
    await expect(loader.loadAll([9, 8])).resolves.toEqual([90, 80]);
    expect(batches).toEqual([[8, 9]]);
  });

  it('answers a primed key from the value primed, without a batch, and keeps the first value', async () => {
    const { loader, batches } = tenfold();
    loader.prime(3, 33).prime(3, 99);
    expect(loader.now(3)).toBe(33);
    await expect(loader.load(3)).resolves.toBe(33);
    await expect(loader.loadAll([3])).resolves.toEqual([33]);
    expect(batches).toEqual([]);
  });

  it('gives a failed load as an Error per key, which later loads of those keys fail with', async () => {
    const { loader, batches } = tenfold(true);
    const values = await loader.loadAll([1, 2]);
    expect(values.map((value) => (value as Error).message)).toEqual(['the statement failed', 'the statement failed']);
    await expect(loader.load(1)).rejects.toThrow('the statement failed');
    expect(batches).toEqual([[1, 2]]);
  });
});
