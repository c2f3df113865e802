import { eventually, poll } from '../support/eventually';

describe('poll and eventually (the tests\' one way to wait)', () => {
  it('returns the first answer that is not undefined', async () => {
    let asked = 0;
    await expect(poll('the third ask', () => (++asked >= 3 ? asked : undefined), { everyMs: 1 })).resolves.toBe(3);
  });

  it('fails naming what it waited for once the time is up, with the details', async () => {
    await expect(eventually('a state that never comes', () => false, { timeoutMs: 30, everyMs: 5, details: () => 'the output' })).rejects.toThrow(
      /Timed out after 30 ms waiting for a state that never comes\nthe output/,
    );
  });

  it('stops at once when told to give up, but not before asking once more', async () => {
    const started = Date.now();
    await expect(eventually('a dead process to answer', () => false, { timeoutMs: 10_000, giveUp: () => 'it ended' })).rejects.toThrow('Stopped waiting for a dead process to answer: it ended');
    expect(Date.now() - started).toBeLessThan(1_000);
    // Ending can bring the awaited state about: the last ask counts.
    let ended = false;
    const check = () => ended;
    await expect(eventually('connections to be refused', check, { giveUp: () => ((ended = true), 'it ended') })).resolves.toBeUndefined();
  });
});
