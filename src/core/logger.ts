import pino, { type Logger } from 'pino';
import type { Config } from './config';
import { traceFieldsOfActiveSpan } from './observability/trace-context';

/**
 * JSON logs on stdout; every request logs with its request id (see context.ts), and, when tracing
 * runs, with the `trace_id` and `span_id` of the span it was written in.
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'integration-hub' }, mixin: traceFieldsOfActiveSpan });
}
