/** A bounded HTTP load driver: fixed request count, fixed concurrency, loopback only. */
export interface LoadResult {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
}

export async function runLoad(options: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  requests: number;
  concurrency: number;
  warmup: number;
  check: (status: number, body: string) => void;
}): Promise<LoadResult> {
  const send = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(options.url, { method: 'POST', headers: { 'content-type': 'application/json', ...options.headers }, body: options.body });
    const text = await response.text();
    const elapsed = performance.now() - started;
    options.check(response.status, text);
    return elapsed;
  };
  for (let i = 0; i < options.warmup; i++) await send();

  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.requests) {
      next++;
      latencies.push(await send());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return {
    requests: latencies.length,
    concurrency: options.concurrency,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requestsPerSecond: latencies.length / seconds,
  };
}
