import { isSpanContextValid, trace, TraceFlags } from '@opentelemetry/api';

/**
 * What the rest of the hub needs of tracing, through the OpenTelemetry API only: without a
 * tracer provider (tracing off, see tracing.ts) every call here is a no-op.
 */

/** The span attribute carrying the hub's request id, on the HTTP span and every span inside the request. */
export const REQUEST_ID_ATTRIBUTE = 'hub.request_id';

/** Marks the active span (the HTTP server span of a request) with the request id. */
export function tagActiveSpan(requestId: string): void {
  trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
}

/** The ids pino adds to a log line written inside a sampled span; nothing otherwise. */
export function traceFieldsOfActiveSpan(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext) || (spanContext.traceFlags & TraceFlags.SAMPLED) === 0) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}
