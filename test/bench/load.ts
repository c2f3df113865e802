/** A bounded HTTP load driver: fixed request count, fixed concurrency, loopback only. */
export interface LoadResult {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Every measured latency, ascending (ms): runs in rounds are combined from these. */
  latencies: number[];
  /** Wall time of the measured requests (warm-up excluded). */
  seconds: number;
}

/** How often a running case reports how far it is. */
const PROGRESS_EVERY_MS = Number(process.env.BENCH_PROGRESS_MS ?? 3000);

export async function runLoad(options: {
  /** One server, or several driven round-robin (each request to the next). */
  url: string | readonly string[];
  body: string;
  headers?: Record<string, string>;
  requests: number;
  concurrency: number;
  warmup: number;
  check: (status: number, body: string) => void;
  /** Names the case in the progress lines printed while it runs; none: silent. */
  label?: string;
}): Promise<LoadResult> {
  const urls = typeof options.url === 'string' ? [options.url] : options.url;
  let sent = 0;
  // Answers measured are checked after the run: checking one (parsing a caseload page of 400 kB)
  // would hold up the answers of the others in flight, and for the hub's answers only.
  let answers: Array<{ status: number; text: string }> | null = null;
  const send = async (): Promise<number> => {
    const url = urls[sent++ % urls.length];
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...options.headers }, body: options.body });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (answers) answers.push({ status: response.status, text });
    else options.check(response.status, text);
    return elapsed;
  };
  for (let i = 0; i < options.warmup; i++) await send();
  answers = [];

  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const progress = options.label
    ? setInterval(() => {
        const sorted = [...latencies].sort((a, b) => a - b);
        const p50 = sorted.length ? percentile(sorted, 0.5).toFixed(1) : '–';
        console.log(`    … ${options.label}: ${latencies.length}/${options.requests} requests, p50 ${p50} ms, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }, PROGRESS_EVERY_MS)
    : undefined;
  const worker = async () => {
    while (next < options.requests) {
      next++;
      latencies.push(await send());
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    clearInterval(progress);
  }
  const seconds = (performance.now() - started) / 1000;
  for (const { status, text } of answers) options.check(status, text);
  return summary(latencies, options.concurrency, seconds);
}

/**
 * One result of several runs of the same case against the same server (the bench's rounds, in
 * which the hub and its baseline take turns): percentiles over all their latencies, throughput
 * over their summed time.
 */
export function combineLoads(runs: readonly LoadResult[]): LoadResult {
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  return summary(runs.flatMap((run) => run.latencies), runs[0].concurrency, seconds);
}

function summary(latencies: number[], concurrency: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    concurrency,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    requestsPerSecond: sorted.length / seconds,
    latencies: sorted,
    seconds,
  };
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
