import { combineLoads, type LoadResult } from '../bench/load';

/** A run's result as runLoad builds it, from latencies in any order. */
function run(latencies: number[], seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: sorted.length, concurrency: 4, p50: NaN, p95: NaN, p99: NaN, requestsPerSecond: sorted.length / seconds, latencies: sorted, seconds };
}

describe('combineLoads (the bench rounds of one server, taken together)', () => {
  it('takes percentiles over every latency of all rounds, not an average of the rounds', () => {
    // 100 latencies 1..100 ms split unevenly over three rounds: nearest rank over all of them.
    const all = Array.from({ length: 100 }, (_, i) => i + 1);
    const combined = combineLoads([run(all.filter((x) => x % 3 === 0), 1), run(all.filter((x) => x % 3 === 1), 2), run(all.filter((x) => x % 3 === 2), 1)]);
    expect(combined.requests).toBe(100);
    expect(combined.p50).toBe(50);
    expect(combined.p95).toBe(95);
    expect(combined.p99).toBe(99);
    expect(combined.latencies).toEqual(all);
  });

  it('counts throughput over the rounds’ summed time, and keeps their concurrency', () => {
    const combined = combineLoads([run([5, 6], 0.5), run([7, 8, 9, 10], 1.5)]);
    expect(combined.seconds).toBe(2);
    expect(combined.requestsPerSecond).toBe(3);
    expect(combined.concurrency).toBe(4);
  });

  it('one slow round shows in the p95 of the whole', () => {
    const quick = run(Array(95).fill(10), 1);
    const slow = run(Array(5).fill(100), 1);
    expect(combineLoads([quick, slow]).p95).toBe(10);
    expect(combineLoads([quick, run(Array(6).fill(100), 1)]).p95).toBe(100);
  });
});
