import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startChildHub, type ChildHub } from '../support/child-hub';
import { createTestHub, type TestHub } from '../support/test-hub';

/** A span as OTLP/HTTP JSON carries it (only the fields read here). */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: { stringValue?: string; intValue?: string | number } }>;
}

const SPAN_KIND_SERVER = 2;
const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** OTLP/JSON writes ids as hex; some exporters wrote base64. Either way: lower-case hex. */
function hexId(id: string): string {
  return /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
}

function attribute(span: OtlpSpan, key: string): string | undefined {
  const found = span.attributes?.find((a) => a.key === key)?.value;
  return found?.stringValue ?? (found?.intValue === undefined ? undefined : String(found.intValue));
}

describe('traces of a request (OpenTelemetry over OTLP/HTTP)', () => {
  let hub: TestHub;
  let child: ChildHub;
  let receiver: Server;
  const spans: OtlpSpan[] = [];

  beforeAll(async () => {
    // A stand-in collector: the exporter POSTs OTLP/JSON to <endpoint>/v1/traces.
    receiver = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const decoded = JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: OtlpSpan[] }> }> };
          for (const resource of decoded.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hub = await createTestHub();
    child = await startChildHub(hub, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      METRICS_TOKEN,
    });
  }, 120_000);

  afterAll(async () => {
    await child?.stop();
    await hub?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('has spans of HTTP, GraphQL and SQL in one trace, each with the request id that the logs carry too', async () => {
    const response = await fetch(`${child.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query TracedOffers { offers(first: 2) { totalCount edges { node { title } } } }' }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/\S{8,}/);

    const ofRequest = () => spans.filter((span) => attribute(span, 'hub.request_id') === requestId);
    const deadline = Date.now() + 20_000;
    const complete = () => {
      const mine = ofRequest();
      return mine.some((s) => s.kind === SPAN_KIND_SERVER) && mine.some((s) => s.name.startsWith('graphql.')) && mine.some((s) => s.name.startsWith('pg.query'));
    };
    while (!complete() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

    const mine = ofRequest();
    const http = mine.filter((span) => span.kind === SPAN_KIND_SERVER);
    expect(http).toHaveLength(1);
    expect(http[0].parentSpanId || undefined).toBeUndefined();
    // graphql-js's phases; the execution span is named after the operation.
    expect(mine.map((span) => span.name)).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate', 'query TracedOffers', 'graphql.resolve offers']));
    const sql = mine.filter((span) => span.name.startsWith('pg.query'));
    expect(sql.length).toBeGreaterThan(0);
    const traceId = hexId(http[0].traceId);
    // One trace: every span of the request hangs below the HTTP span.
    expect(new Set(mine.map((span) => hexId(span.traceId)))).toEqual(new Set([traceId]));
    const ids = new Set(mine.map((span) => hexId(span.spanId)));
    for (const span of mine) if (span !== http[0]) expect(ids.has(hexId(span.parentSpanId ?? ''))).toBe(true);

    // The request's log line carries the same trace.
    const logLine = child.lines
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string; requestId?: string; trace_id?: string; span_id?: string })
      .find((entry) => entry.msg === 'graphql request' && entry.requestId === requestId);
    expect(logLine?.trace_id).toBe(traceId);
    expect(logLine?.span_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('serves /metrics on the API port only with METRICS_TOKEN', async () => {
    expect((await fetch(`${child.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${child.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const scraped = await fetch(`${child.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await scraped.text();
    expect(text).toMatch(/^hub_graphql_operation_duration_seconds_count\{operation="TracedOffers",type="query",outcome="ok"\} 1$/m);
    // Scrapes and probes are not traced.
    expect(spans.some((span) => attribute(span, 'http.target') === '/metrics' || attribute(span, 'url.path') === '/metrics')).toBe(false);
  });
});
