import { availableParallelism } from 'node:os';
import type { BenchCase } from './cases';
import { runLoad } from './load';
import { freePort, HUB_MAIN, memoryOf, startChild, stopChild, type Child } from './processes';

/** Requests in flight from the bench client, the same for one and two processes. */
const CONCURRENCY = Number(process.env.BENCH_THROUGHPUT_CONCURRENCY ?? 8);

/**
 * Throughput with one and with two API processes (`node dist/src/app/main.js`, each its own port
 * and pool), driven round-robin by the bench client at a fixed concurrency, and the resident
 * memory of each process after the load.
 */
export async function benchThroughput(
  env: Record<string, string>,
  cases: ReadonlyArray<{ benchCase: BenchCase; requests: number }>,
  check: (name: string, status: number, body: string) => void,
): Promise<void> {
  const rows: string[] = [];
  for (const processes of [1, 2]) {
    const hubs: Child[] = [];
    try {
      for (let i = 0; i < processes; i++) hubs.push(await startChild(HUB_MAIN, { ...env, PORT: String(await freePort()) }));
      const idle = hubs.map((hub) => memoryOf(hub.child.pid!));
      for (const { benchCase, requests } of cases) {
        console.log(`  throughput: ${benchCase.name} with ${processes} process${processes > 1 ? 'es' : ''}, concurrency ${CONCURRENCY} …`);
        const result = await runLoad({
          url: hubs.map((hub) => `${hub.url}/graphql`),
          body: JSON.stringify({ query: benchCase.query, variables: benchCase.variables }),
          headers: benchCase.authorization ? { authorization: benchCase.authorization } : {},
          requests,
          concurrency: CONCURRENCY,
          warmup: 20 * processes,
          check: (status, body) => check(benchCase.name, status, body),
          label: `${benchCase.name} ×${processes}`,
        });
        const memory = hubs.map((hub, i) => {
          const now = memoryOf(hub.child.pid!);
          return now ? `#${i + 1} ${idle[i]?.rss.toFixed(0) ?? '?'} → ${now.rss.toFixed(0)} MiB (peak ${now.peak.toFixed(0)})` : `#${i + 1} ?`;
        });
        rows.push(
          `  ${benchCase.name.padEnd(12)} ${String(processes).padStart(9)} | ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1).padStart(6)}  p95 ${result.p95.toFixed(1).padStart(6)} ms | RSS ${memory.join(', ')}`,
        );
      }
    } finally {
      await Promise.all(hubs.map((hub) => stopChild(hub.child)));
    }
  }
  console.log(`\nThroughput: API processes driven round-robin at concurrency ${CONCURRENCY} (the machine has ${availableParallelism()} cores, shared with the bench client and PostgreSQL)`);
  console.log('  case         processes |  throughput  latency (ms)              | resident memory per process: idle → after the load');
  for (const row of rows) console.log(row);
}
