import type { Span } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type ReadableSpan, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { requestScope } from '../request-scope';
import { REQUEST_ID_ATTRIBUTE } from './trace-context';

/**
 * OpenTelemetry traces, off unless the standard OTEL_EXPORTER_OTLP_ENDPOINT (or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: spans of HTTP, GraphQL (parse, validate, execute,
 * resolvers that do work) and every SQL statement, exported over OTLP/HTTP (JSON). The
 * instrumentations patch `http`, `pg` and `graphql` when they are required, so this module must be
 * the first import of a process (main.ts, worker.ts); imported later, it traces what loads later.
 * The exporter reads the other standard variables itself (headers, timeout, OTEL_BSP_*).
 */

/** Paths whose requests are not worth a trace (probes, scrapes). */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

let provider: NodeTracerProvider | undefined;

/**
 * Tags each span started inside a request with its request id, so that the request id found in a
 * log line finds every span of the request, and the other way round.
 */
const requestIdTagger: SpanProcessor = {
  onStart(span: Span) {
    const requestId = requestScope.getStore()?.requestId;
    if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
  },
  onEnd(_span: ReadableSpan) {},
  forceFlush: async () => undefined,
  shutdown: async () => undefined,
};

/** Starts tracing when the environment asks for it; returns whether it runs. Idempotent. */
export function startTracing(env: NodeJS.ProcessEnv = process.env, processors: readonly SpanProcessor[] = []): boolean {
  if (provider) return true;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint && processors.length === 0) return false;
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'integration-hub' }),
    spanProcessors: [requestIdTagger, ...(endpoint ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []), ...processors],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]),
        // Outgoing requests of the hub itself (JWKS fetches) are traced only inside a request.
        requireParentforOutgoingSpans: true,
      }),
      new PgInstrumentation({ requireParentSpan: true }),
      // One span per field would drown a caseload of 200 clients: only resolvers that do work.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true, allowValues: false }),
    ],
  });
  return true;
}

/** Sends what is buffered and stops; call before the process exits. */
export async function stopTracing(): Promise<void> {
  const running = provider;
  provider = undefined;
  await running?.shutdown();
}

// The first import of a process starts tracing when the environment asks for it.
startTracing();
