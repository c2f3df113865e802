import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** JSON logs on stdout; every request logs with its request id (see context.ts). */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'integration-hub' } });
}
